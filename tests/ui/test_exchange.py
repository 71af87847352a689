"""Exchange in the desktop app: "Gửi dạng tệp" beside print on the dispatch screen, the import dialog (preview,
then apply), and the cards dialog with the province roll-up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from handbook.dates import PartialDate
from handbook.exchange.apply import apply_bundle
from handbook.exchange.build import build_figures, write_bundle
from handbook.exchange.model import DispatchPayload, Person, Request
from handbook.exchange.reader import open_bundle
from handbook.flow import cases as fc
from tests.exchange import conftest as exchange_fixtures
from tests.exchange.conftest import Committees
from tests.exchange.test_apply import YEAR, confirmed_dispatch, requests
from tests.ui.conftest import FakeDialogs
from ui.actions.cases import load_year
from ui.cases.dispatches import DispatchPanel
from ui.exchange.cards_dialog import CardsDialog
from ui.exchange.import_dialog import ImportBundleDialog
from ui.exchange.send_dialog import SendDispatchDialog
from ui.operations import Runner
from ui.session import Session

committees = exchange_fixtures.committees  # the three committees that know each other


@pytest.fixture
def xa_session(committees: Committees) -> Iterator[Session]:
    yield Session(committees.xa.paths.root, committees.xa)


def test_send_a_dispatch_as_a_file_beside_print(
    app,
    committees: Committees,
    xa_session: Session,
    runner: Runner,
    dialogs: FakeDialogs,
    qtbot,
    tmp_path: Path,
) -> None:
    c = committees
    confirmed_dispatch(c)
    panel = DispatchPanel(xa_session, runner, "vi")
    qtbot.addWidget(panel)
    panel.set_data(load_year(c.xa, YEAR))
    assert panel.exchange.send_button.text() == "Gửi dạng tệp…"
    assert not panel.exchange.send_button.isEnabled()
    panel.dispatches_table.selectRow(0)
    assert panel.exchange.send_button.isEnabled()
    opened: list[SendDispatchDialog] = []
    panel.exchange.dialog_opened.connect(opened.append)
    panel.exchange.send_button.click()
    (dialog,) = opened
    assert "chỉ nơi nhận mở được" in dialog.security.text()
    dialogs.save_path = tmp_path / "cong-van"
    with qtbot.waitSignal(panel.status):
        dialog.save_button.click()
    out = tmp_path / "cong-van.sotay"
    assert out.exists() and dialogs.errors == []
    received = open_bundle(c.workplace, out.read_bytes())
    assert isinstance(received.payload, DispatchPayload)
    assert received.payload.pdf is not None and received.payload.pdf.startswith(b"%PDF")
    assert len(received.payload.sheets) == 2


def write(tmp_path: Path, data: bytes, name: str = "nhan.sotay") -> Path:
    return write_bundle(tmp_path / name, data)


def test_import_shows_the_preview_then_applies_once(
    app,
    committees: Committees,
    xa_session: Session,
    runner: Runner,
    dialogs: FakeDialogs,
    qtbot,
    tmp_path: Path,
) -> None:
    path = write(tmp_path, requests(committees))
    dialog = ImportBundleDialog(xa_session, runner, "vi")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.preview_button.click()
    texts = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
    assert any("Sẽ mở 2 phiếu nhận xét mới" in t for t in texts)
    assert any("Nguyễn Văn An (CCCD 040090001234): khớp theo CCCD với Nguyễn Văn An" in t for t in texts)
    assert any("Lê Văn Cường: khớp theo họ tên và ngày sinh" in t for t in texts)
    assert dialog.apply_button.isEnabled() and not dialog.skip.isVisibleTo(dialog)
    assert fc.list_cases(committees.xa, YEAR) == []  # the preview wrote nothing
    with qtbot.waitSignal(dialog.applied):
        dialog.apply_button.click()
    assert len(fc.list_cases(committees.xa, YEAR)) == 2
    assert not dialog.apply_button.isEnabled()
    # the case's details name the channel it came by
    from ui.actions.cases import load_request
    from ui.cases.request_dialog import RequestDialog

    case = fc.list_cases(committees.xa, YEAR)[0]
    details = RequestDialog(load_request(committees.xa, case.id), xa_session, runner, "vi", None)
    qtbot.addWidget(details)
    assert details.channel.currentText() == "Tệp trao đổi"
    assert [details.channel.itemText(i) for i in range(details.channel.count())][-1] == "Tệp trao đổi"
    dialog.preview_button.click()  # the same file again
    assert dialogs.errors and "không nhập lần thứ hai" in dialogs.errors[-1]


def test_import_with_conflicts_applies_only_when_told_to_skip(
    app,
    committees: Committees,
    xa_session: Session,
    runner: Runner,
    qtbot,
    tmp_path: Path,
) -> None:
    extra = (Request("x", Person("Hoàng Văn Lạ", PartialDate(1980, 1, 1), "")),)
    path = write(tmp_path, requests(committees, extra))
    dialog = ImportBundleDialog(xa_session, runner, "vi")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.preview_button.click()
    assert dialog.skip.isVisibleTo(dialog) and not dialog.apply_button.isEnabled()
    assert any("Hoàng Văn Lạ" in dialog.lines.item(i).text() for i in range(dialog.lines.count()))
    dialog.skip.setChecked(True)
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert len(fc.list_cases(committees.xa, YEAR)) == 2


def test_cards_dialog_and_the_province_table(
    app,
    committees: Committees,
    runner: Runner,
    dialogs: FakeDialogs,
    qtbot,
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    from handbook.exchange.figures import round_figures
    from tests.exchange.test_province_reports import _member_in_cell, _old_commune, _v1_bundle
    from ui.exchange.rollup_panel import RollupPanel

    c = committees
    _member_in_cell(c.xa)
    fc.open_year(c.xa, YEAR)
    apply_bundle(c.province, build_figures(c.xa, YEAR).data)
    old = _old_commune(c, tmp_path)
    apply_bundle(c.province, _v1_bundle(old, c.province, round_figures(old, YEAR)))
    old.close()
    dialog = CardsDialog(Session(c.province.paths.root, c.province), runner, "vi")
    qtbot.addWidget(dialog)
    assert len(dialog.own_fingerprint.text()) == 29
    assert dialog.cards.rowCount() == 3  # the commune, the workplace committee, the commune still on version 1
    panel = dialog.province_box
    assert isinstance(panel, RollupPanel) and panel.isVisibleTo(dialog)
    panel.year.setValue(YEAR)
    model = panel.model
    assert model.rowCount() == 3  # two communes and the totals
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["Đảng ủy xã Cũ", "Đảng ủy xã Tân An", "Tổng cộng"]
    assert "2 nơi đã gửi, 130 nơi chưa gửi" in panel.summary.text() and "phiên bản cũ" in panel.summary.text()
    assert "Chưa gửi:" in panel.missing.text()
    panel.choice.setCurrentIndex(panel.choice.findText("Giới tính"))
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    female = headings.index("Nữ")
    assert model.data(model.index(0, female)) == "—" and model.data(model.index(1, female)) == "1"
    assert model.data(model.index(2, female)) == "1"
    assert [panel.choice.itemText(i) for i in (0, panel.choice.count() - 1)] == [
        f"Tiến độ nhận xét năm {YEAR}",
        "Biến động đảng viên trong quý",
    ]
    dialogs.save_path = tmp_path / "tong-hop"
    panel.xlsx_button.click()
    book = load_workbook(tmp_path / "tong-hop.xlsx")
    assert "Giới tính" in book.sheetnames and "Chưa gửi" in book.sheetnames
    assert dialogs.errors == []
    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "cards.png"))


def test_the_workplace_sees_the_dispatch_received_and_sends_the_acknowledgement(
    app, committees: Committees, runner: Runner, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    from handbook.exchange.build import build_dispatch
    from handbook.flow import dispatch as fd
    from ui.cases.small_dialogs import DateDialog

    c = committees
    dispatch_id = confirmed_dispatch(c)
    apply_bundle(c.workplace, build_dispatch(c.xa, dispatch_id, pdf=b"%PDF-1.7").data)
    dialog = CardsDialog(Session(c.workplace.paths.root, c.workplace), runner, "vi")
    qtbot.addWidget(dialog)
    panel = dialog.received
    assert panel.isVisibleTo(dialog) and not dialog.province_box.isVisibleTo(dialog)
    assert panel.model.rowCount() == 1 and not panel.ack_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.pdf_button.isEnabled() and panel.ack_button.isEnabled()
    opened: list[DateDialog] = []
    panel.ack_dialog_opened.connect(opened.append)
    panel.ack_button.click()
    dialogs.save_path = tmp_path / "da-nhan"
    with qtbot.waitSignal(panel.status):
        opened[0].ok_button.click()
    assert dialogs.errors == []
    apply_bundle(c.xa, (tmp_path / "da-nhan.sotay").read_bytes())
    assert fd.get_dispatch(c.xa, dispatch_id).acknowledged_on == date.today()
    assert panel.model.data(panel.model.index(0, 4)) == date.today().strftime("%d/%m/%Y")


def test_a_commune_sends_its_figures_to_the_province_from_the_cards_dialog(
    app, committees: Committees, runner: Runner, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    c = committees
    fc.open_year(c.xa, YEAR)
    dialog = CardsDialog(Session(c.xa.paths.root, c.xa), runner, "vi")
    qtbot.addWidget(dialog)
    assert dialog.figures.isVisibleTo(dialog) and not dialog.received.isVisibleTo(dialog)
    dialog.figures.year.setValue(YEAR)
    dialogs.save_path = tmp_path / "so-lieu"
    dialog.figures.send_button.click()
    assert "tệp được mã hóa" in dialog.figures.result.text()
    assert apply_bundle(c.province, (tmp_path / "so-lieu.sotay").read_bytes()).summary["cells"] >= 1


def test_the_head_makes_the_vault_a_province_office(app, committees: Committees, runner: Runner, qtbot) -> None:
    from handbook.exchange.cards import own_card
    from handbook.exchange.model import Mode

    c = committees
    dialog = CardsDialog(Session(c.xa.paths.root, c.xa), runner, "vi")
    qtbot.addWidget(dialog)
    assert dialog.figures.isVisibleTo(dialog) and not dialog.province_box.isVisibleTo(dialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.PROVINCE.value))
    dialog.code.setText("40")
    dialog.mode_button.click()
    assert own_card(c.xa.conn).kind is Mode.PROVINCE and own_card(c.xa.conn).code == "40"
    assert dialog.province_box.isVisibleTo(dialog) and not dialog.figures.isVisibleTo(dialog)
    assert "mã 40" in dialog.own.text()


def test_the_workplace_sends_requests_from_the_cards_dialog(
    app, committees: Committees, runner: Runner, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    from handbook.exchange.model import RequestsPayload
    from tests.exchange.conftest import add_workplace_members
    from ui.exchange.requests_dialog import SendRequestsDialog

    c = committees
    add_workplace_members(c.workplace)
    dialog = CardsDialog(Session(c.workplace.paths.root, c.workplace), runner, "vi")
    qtbot.addWidget(dialog)
    assert dialog.requests_box.isVisibleTo(dialog) and not dialog.figures.isVisibleTo(dialog)
    dialog.resize(1280, 720)
    dialog.grab().save(str(tmp_path / "workplace.png"))
    opened: list[SendRequestsDialog] = []
    dialog.requests.dialog_opened.connect(opened.append)
    dialog.requests.button.click()
    (ask,) = opened
    assert ask.recipient.currentText() == "Đảng ủy xã Tân An (17890)"  # the trusted commune card comes first
    assert "chỉ nơi nhận mở được" in ask.security.text()
    assert ask.members.count() == 2 and not ask.save_button.isEnabled()  # nobody chosen yet
    ask.search.setText("cuong")
    shown = [ask.members.item(i).text() for i in range(2) if not ask.members.item(i).isHidden()]
    assert shown == ["Lê Văn Cường, sinh 03/05/1990"]
    ask.all_button.click()
    ask.search.setText("")
    assert ask.count.text() == "Đã chọn 1 người" and ask.save_button.isEnabled()
    ask.members.item(0).setCheckState(Qt.CheckState.Checked)
    ask.doc_no.setText("45-CV/ĐU")
    ask.doc_date.setText("31/02/2025")  # no such day: said in the dialog, nothing saved
    ask.save_button.click()
    assert ask.problem.isVisibleTo(ask) and "31/02/2025" in ask.problem.text() and ask.isVisible()
    ask.doc_date.setText("01/10/2025")
    ask.grab().save(str(tmp_path / "requests.png"))
    dialogs.save_path = tmp_path / "de-nghi"
    with qtbot.waitSignal(dialog.requests.status):
        ask.save_button.click()
    assert dialogs.errors == []
    assert "tệp được mã hóa" in dialog.requests_result.text()
    received = open_bundle(c.xa, (tmp_path / "de-nghi.sotay").read_bytes())
    assert isinstance(received.payload, RequestsPayload)
    assert received.payload.doc_no == "45-CV/ĐU" and received.payload.doc_date == date(2025, 10, 1)
    assert sorted(r.person.full_name for r in received.payload.requests) == ["Lê Văn Cường", "Nguyễn Văn An"]


def test_requests_without_a_card_need_the_recipients_name(
    app, committees: Committees, runner: Runner, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    from tests.exchange.conftest import add_workplace_members
    from ui.exchange.requests_dialog import SendRequestsDialog

    c = committees
    add_workplace_members(c.workplace)
    dialog = CardsDialog(Session(c.workplace.paths.root, c.workplace), runner, "vi")
    qtbot.addWidget(dialog)
    opened: list[SendRequestsDialog] = []
    dialog.requests.dialog_opened.connect(opened.append)
    dialog.requests.button.click()
    (ask,) = opened
    ask.recipient.setCurrentIndex(ask.recipient.count() - 1)  # no card yet
    assert "ai có tệp cũng đọc được" in ask.security.text() and ask.recipient_name.isEnabled()
    ask.all_button.click()
    assert not ask.save_button.isEnabled()  # whom it goes to is not said yet
    ask.recipient_name.setText("Đảng ủy xã Khác")
    assert ask.save_button.isEnabled()
    dialogs.save_path = tmp_path / "de-nghi"
    with qtbot.waitSignal(dialog.requests.status):
        ask.save_button.click()
    assert "ai có tệp cũng đọc được" in dialog.requests_result.text()
    data = json.loads((tmp_path / "de-nghi.sotay").read_bytes())
    assert data["header"]["encryption"] == {"alg": "none"}
    assert data["header"]["recipient"]["name"] == "Đảng ủy xã Khác"
