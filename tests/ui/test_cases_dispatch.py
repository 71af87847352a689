"""Dispatches: grouped by workplace committee, made with a date and channel, previewed, signed with a self-made
PKCS#12 file (then verified), marked received; signing is only for those who may sign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.model import CaseState, Channel
from handbook.signing.verify import all_ok, verify_pdf
from tests.signing.conftest import P12_PASSWORD, make_pki
from tests.ui.conftest import Commune
from tests.ui.test_cases_page import YEAR, Flow, as_user, comment, make_page, register_members
from ui.cases import preview
from ui.cases.dispatch_models import GroupColumn
from ui.cases.page import CasesPage
from ui.cases.sign_dialog import P11, DispatchSignDialog
from ui.cases.small_dialogs import DateDialog
from ui.settings.signing_prefs import SigningPrefs, SigningPrefsStore
from ui.widgets.pdf_preview import PdfPreviewDialog


@pytest.fixture
def opened(commune: Commune) -> Flow:
    flow = register_members(commune)
    fc.open_year(flow.vault, YEAR)
    return flow


@pytest.fixture
def confirmed(opened: Flow) -> Flow:
    ids = comment(opened, ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Vũ Đình Khánh"])
    fc.confirm(opened.vault, ids)
    return opened


def dispatch_page(session, runner, qtbot) -> CasesPage:
    page = make_page(session, runner, qtbot)
    page.show_dispatches()
    return page


def test_confirmed_cases_grouped_by_workplace_then_dispatched(
    app, confirmed: Flow, session, runner, qtbot, dialogs
) -> None:
    page = dispatch_page(session, runner, qtbot)
    panel = page.dispatch
    groups = panel.groups
    assert groups.rowCount() == 2
    rows = {
        groups.data(groups.index(r, GroupColumn.WORKPLACE)): groups.data(groups.index(r, GroupColumn.COUNT))
        for r in range(2)
    }
    assert rows == {"Đảng ủy Bệnh viện Đa khoa tỉnh": "1", "Đảng ủy Trường Trung học phổ thông Tân An": "3"}
    assert page.tabs.tabText(2) == "Gửi về nơi công tác (4)"
    assert panel.make_all_button.text() == "Tạo công văn cho tất cả (2 nơi)"
    assert not panel.make_selected_button.isEnabled()

    panel.groups_table.selectRow(1)  # the school
    panel.channel.setCurrentIndex(panel.channel.findData(Channel.APP.value))
    dialogs.answers = [True]
    with qtbot.waitSignal(runner.changed):
        panel.make_selected_button.click()
    assert "Tạo 1 công văn gửi trả kết quả nhận xét (3 phiếu)" in dialogs.questions[0]
    [made] = fd.list_dispatches(confirmed.vault, YEAR)
    assert made.workplace_name == "Đảng ủy Trường Trung học phổ thông Tân An" and made.channel is Channel.APP
    assert len(made.case_ids) == 3 and made.date == date.today()
    assert "Đã tạo 1 công văn: 1-CV/BXDĐ." in page.status_label.text()
    qtbot.waitUntil(lambda: panel.dispatches.rowCount() == 1)
    assert groups.rowCount() == 1

    dialogs.answers = [True]
    panel.make_all_button.click()
    assert len(fd.list_dispatches(confirmed.vault, YEAR)) == 2
    assert confirmed.cases(CaseState.CONFIRMED) == []
    assert dialogs.errors == []


def test_preview_sign_and_mark_received(
    app, confirmed: Flow, session, runner, qtbot, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [made] = fd.dispatch(confirmed.vault, YEAR, org_ids=[confirmed.school])
    shown: list[tuple[bytes, str, str]] = []
    monkeypatch.setattr(
        preview,
        "show_pdf",
        lambda parent, runner, pdf, *, title, suggested_name: shown.append((pdf, title, suggested_name)),
    )
    page = dispatch_page(session, runner, qtbot)
    panel = page.dispatch
    panel.dispatches_table.selectRow(0)
    assert panel.selected_dispatch() is not None and panel.selected_dispatch().id == made  # type: ignore[union-attr]

    panel.preview_button.click()
    [(pdf, title, name)] = shown
    assert pdf.startswith(b"%PDF")
    assert title == "Công văn 1-CV/BXDĐ gửi Đảng ủy Trường Trung học phổ thông Tân An"
    assert name == "cong-van-1-cv-bxdd-dang-uy-truong-trung-hoc-pho-thong-tan-an.pdf"

    pki = make_pki()
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(pki.p12())
    out = tmp_path / "da-ky.pdf"
    dialogs.save_path = out
    SigningPrefsStore().save(SigningPrefs(kind="pkcs12", pkcs12_path=str(p12)))  # set up in Cài đặt
    with qtbot.waitSignal(panel.sign_dialog_opened) as opened:
        panel.sign_button.click()
    sign: DispatchSignDialog = opened.args[0]
    assert sign.p12_path.text() == str(p12) and sign.p12_password.text() == ""
    sign.p12_password.setText(P12_PASSWORD)
    assert sign.sign_button.isEnabled()
    sign.sign_button.click()
    assert dialogs.errors == []
    reports = verify_pdf(out.read_bytes(), [pki.ca_pem])
    assert all_ok(reports) and len(reports) == 1
    assert reports[0].signer_name == "Nguyễn Thị Hoà"
    assert f"Đã ký số công văn 1-CV/BXDĐ (Nguyễn Thị Hoà) và lưu vào {out}." == page.status_label.text()

    with qtbot.waitSignal(panel.ack_dialog_opened) as opened_ack:
        panel.ack_button.click()
    ack: DateDialog = opened_ack.args[0]
    assert ack.day() == date.today()
    with qtbot.waitSignal(runner.changed):
        ack.ok_button.click()
    assert fd.get_dispatch(confirmed.vault, made).acknowledged_on == date.today()
    assert {c.state for c in confirmed.cases() if c.dispatch_id == made} == {CaseState.ACKNOWLEDGED}
    qtbot.waitUntil(lambda: not panel.ack_button.isEnabled())


def test_a_wrong_p12_password_is_a_sentence_and_writes_nothing(
    app, confirmed: Flow, session, runner, qtbot, dialogs, tmp_path: Path
) -> None:
    fd.dispatch(confirmed.vault, YEAR)
    page = dispatch_page(session, runner, qtbot)
    panel = page.dispatch
    panel.dispatches_table.selectRow(0)
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(make_pki().p12())
    dialogs.save_path = tmp_path / "da-ky.pdf"
    with qtbot.waitSignal(panel.sign_dialog_opened) as opened:
        panel.sign_button.click()
    sign: DispatchSignDialog = opened.args[0]
    sign.p12_path.setText(str(p12))
    sign.p12_password.setText("sai-mat-khau")
    sign.sign_button.click()
    assert len(dialogs.errors) == 1 and "mật khẩu" in dialogs.errors[0].lower()
    assert not (tmp_path / "da-ky.pdf").exists()


def test_the_token_choice_asks_for_module_and_pin(app, confirmed: Flow, session, runner, qtbot) -> None:
    fd.dispatch(confirmed.vault, YEAR)
    page = dispatch_page(session, runner, qtbot)
    panel = page.dispatch
    panel.dispatches_table.selectRow(0)
    with qtbot.waitSignal(panel.sign_dialog_opened) as opened:
        panel.sign_button.click()
    sign: DispatchSignDialog = opened.args[0]
    sign.use_p11.click()
    assert sign.pages.currentIndex() == P11 and not sign.sign_button.isEnabled()
    sign.p11_module.setText("/usr/lib/softhsm/libsofthsm2.so")
    sign.p11_pin.setText("1234")
    sign.p11_label.setText("Token Tân An")
    assert sign.sign_button.isEnabled()
    spec = sign.signer()
    assert (spec.module_path, spec.pin, spec.token_label) == ("/usr/lib/softhsm/libsofthsm2.so", "1234", "Token Tân An")  # type: ignore[union-attr]
    sign.forget()
    assert sign.p11_pin.text() == ""
    sign.reject()


def test_staff_may_dispatch_but_not_sign(app, confirmed: Flow, runner, qtbot, dialogs) -> None:
    fd.dispatch(confirmed.vault, YEAR, org_ids=[confirmed.hospital])
    staff = as_user(confirmed.commune, "chuyenvien")
    try:
        page = dispatch_page(staff, runner, qtbot)
        panel = page.dispatch
        panel.dispatches_table.selectRow(0)
        assert panel.make_all_button.isEnabled() and panel.preview_button.isEnabled()
        assert not panel.sign_button.isEnabled()
        assert "ký số văn bản" in panel.sign_button.toolTip() and "Chuyên viên" in panel.sign_button.toolTip()
    finally:
        staff.end()


def test_the_real_preview_opens_from_memory(app, confirmed: Flow, session, runner, qtbot) -> None:
    fd.dispatch(confirmed.vault, YEAR, org_ids=[confirmed.hospital])
    page = dispatch_page(session, runner, qtbot)
    page.dispatch.dispatches_table.selectRow(0)
    page.dispatch.preview_button.click()
    [dialog] = [w for w in page.findChildren(PdfPreviewDialog) if w.isVisible()]
    assert dialog.page_count >= 2  # the cover letter, then the sheet
    dialog.close()
