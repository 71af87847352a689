"""The Sinh hoạt nơi cư trú (213) screen: the list and its filters, registering from an introduction letter (a new
working member, a workplace added on the spot, an error then an accepted warning), an existing member, moving,
ending, printing the endorsement and the letter, and a viewer who may not register."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from handbook.flow import registrations as flow
from handbook.flow.model import EndReason, ResidenceKind
from handbook.members import repo
from handbook.orgs import repo as orgs
from handbook.permissions import Op
from handbook.vault.vault import Vault
from tests.forms.pdftools import pdf_text
from tests.ui.conftest import STAFF_PASSWORD, Commune, FakeDialogs, press, type_text
from tests.ui.test_translations import chrome_texts, looks_vietnamese
from ui.operations import InlineExecutor, Runner
from ui.orgs.fields import set_date
from ui.registrations.dialogs import EndRegistrationDialog, MoveRegistrationDialog
from ui.registrations.page import SEARCH_DELAY_MS, RegistrationsPage
from ui.registrations.register_dialog import RegisterDialog, WorkplaceDialog
from ui.registrations.table_model import Column
from ui.session import Session
from ui.translations import Translations
from ui.widgets import pdf_preview


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str, str]]:
    """What was handed to the print preview (pdf, title, suggested file name), instead of a window."""
    shown: list[tuple[bytes, str, str]] = []

    def fake(parent: object, runner: object, pdf: bytes, *, title: str, suggested_name: str) -> None:
        shown.append((pdf, title, suggested_name))

    monkeypatch.setattr(pdf_preview, "show_pdf", fake)
    return shown


def member_id(commune: Commune, name: str):
    return next(r.id for r in repo.list_members(commune.vault) if r.full_name == name)


@pytest.fixture
def registered(commune: Commune):
    """Two registrations: Lê Văn Cường (active, thôn Đông) and Phạm Thị Dung (ended: moved away)."""
    vault = commune.vault
    hospital = orgs.add_external_org(vault, "Đảng ủy Bệnh viện Đa khoa tỉnh", superior="Đảng bộ Khối cơ quan tỉnh")
    school = orgs.add_external_org(vault, "Chi bộ Trường THPT Tân An")
    first = flow.register(
        vault,
        member_id(commune, "Lê Văn Cường"),
        workplace_org_id=hospital,
        letter_no="45-GGT/ĐU",
        letter_date=date(2025, 3, 2),
        received_date=date(2025, 3, 5),
        residence_kind=ResidenceKind.PERMANENT,
        residence_address="Xóm 2, thôn Đông",
        cell_id=commune.cells["Thôn Đông"],
    )
    second = flow.register(
        vault,
        member_id(commune, "Phạm Thị Dung"),
        workplace_org_id=school,
        letter_no="7-GGT",
        letter_date=date(2024, 9, 1),
        received_date=date(2024, 9, 3),
        residence_kind=ResidenceKind.TEMPORARY,
        residence_address="Thôn Đoài",
        cell_id=commune.cells["Thôn Đoài"],
    )
    flow.end_registration(vault, second, date(2025, 6, 1), EndReason.MOVED)
    return first, second


def make_page(session: Session, runner, qtbot, rows: int | None = None) -> RegistrationsPage:
    page = RegistrationsPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    if rows is not None:
        assert page.model.rowCount() == rows
    return page


def names(page: RegistrationsPage) -> list[str]:
    return [page.model.data(page.model.index(r, Column.MEMBER)) for r in range(page.model.rowCount())]


def workplace_line(dialog: RegisterDialog) -> QLineEdit:
    line = dialog.workplace.lineEdit()
    assert line is not None
    return line


def opened(page: RegistrationsPage, qtbot, button) -> Any:
    with qtbot.waitSignal(page.dialog_opened) as signal:
        button.click()
    return signal.args[0]


def test_the_list_and_its_filters(app, commune: Commune, registered, session, runner, qtbot, qtmodeltester) -> None:
    page = make_page(session, runner, qtbot, rows=1)
    qtmodeltester.check(page.model)
    row = [page.model.data(page.model.index(0, c)) for c in Column]
    assert row[:7] == [
        "Lê Văn Cường",
        "Đảng ủy Bệnh viện Đa khoa tỉnh",
        "45-GGT/ĐU, ngày 02/03/2025",
        "05/03/2025",
        "Chi bộ thôn Đông",
        "Sinh hoạt bình thường",
        "Thường trú: Xóm 2, thôn Đông",
    ]
    assert page.count_label.text() == "1 đăng ký"
    assert page.table.isColumnHidden(Column.ENDED)

    page.shown.setCurrentIndex(page.shown.findData("ended"))
    qtbot.waitUntil(lambda: names(page) == ["Phạm Thị Dung"])
    assert not page.table.isColumnHidden(Column.ENDED)
    assert page.model.data(page.model.index(0, Column.ENDED)) == "01/06/2025 — Chuyển nơi cư trú khỏi địa phương"

    page.shown.setCurrentIndex(page.shown.findData("all"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    type_text(page.search, "benh vien")  # the workplace, without tones
    qtbot.waitUntil(lambda: names(page) == ["Lê Văn Cường"], timeout=SEARCH_DELAY_MS * 4)
    assert page.search.text() == "benh vien"

    page.search.clear()
    page.shown.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.cell_filter.count() == 4)
    page.cell_filter.setCurrentIndex(page.cell_filter.findText("Chi bộ thôn Đoài"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.stack.currentWidget() is page.empty
    assert "theo bộ lọc" in page.empty.text()


def test_register_a_new_working_member_with_a_workplace_added_on_the_spot(
    app, commune: Commune, session, runner, qtbot, dialogs
) -> None:
    page = make_page(session, runner, qtbot, rows=0)
    assert "Chưa có đảng viên" in page.empty.text()
    dialog = opened(page, qtbot, page.register_button)
    assert isinstance(dialog, RegisterDialog)
    assert dialog.save_button.text() == "Lưu" and not dialog.save_anyway_button.isVisible()
    dialog.new_radio.setChecked(True)
    assert dialog.member_stack.currentWidget() is dialog.new_member
    type_text(dialog.line("ho"), "Phan")
    type_text(dialog.line("dem"), "Thanh")
    type_text(dialog.line("ten"), "Tùng")
    type_text(dialog.line("birth_date"), "31/02/1985")  # an impossible date: an error under the field

    type_text(workplace_line(dialog), "Bệnh viện Y học cổ truyền")
    assert dialog.workplace.selected() is None
    dialog.add_workplace_button.click()
    workplace = dialog.workplace_dialog
    assert isinstance(workplace, WorkplaceDialog) and workplace.isVisible()
    assert workplace.name.text() == "Bệnh viện Y học cổ truyền"
    workplace.name.setText("Đảng ủy Bệnh viện Y học cổ truyền tỉnh")
    type_text(workplace.superior, "Đảng bộ Sở Y tế")
    with qtbot.waitSignal(runner.changed):
        press(workplace.name, Qt.Key.Key_Return)
    assert not workplace.isVisible()
    assert dialog.workplace.currentText() == "Đảng ủy Bệnh viện Y học cổ truyền tỉnh"
    assert dialog.workplace.selected() is not None
    assert [o.superior for o in orgs.list_external_orgs(commune.vault)] == ["Đảng bộ Sở Y tế"]

    type_text(dialog.letter_no, "112-GGT/ĐU")
    set_date(dialog.letter_date, date.today() - timedelta(days=3))
    type_text(dialog.address, "Số 5, thôn Đoài")
    dialog.cell.setCurrentIndex(dialog.cell.findText("Chi bộ thôn Đoài"))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.boxes["birth_date"].has_problem
    assert "không có thật" in dialog.boxes["birth_date"].message.text()
    assert repo.count_members(commune.vault) == 8

    dialog.line("birth_date").clear()
    type_text(dialog.line("birth_date"), "1985")
    assert not dialog.boxes["birth_date"].has_problem
    type_text(dialog.line("phone"), "12345")  # not a Vietnamese phone number: a warning the person may accept
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.save_anyway_button.isVisible()
    assert dialog.boxes["phone"].has_problem
    assert repo.count_members(commune.vault) == 8

    with qtbot.waitSignal(page.model.modelReset):
        dialog.save_anyway_button.click()
    assert not dialog.isVisible()
    assert dialogs.errors == []
    assert repo.count_members(commune.vault) == 9
    (reg,) = flow.list_registrations(commune.vault)
    assert reg.member_name == "Phan Thanh Tùng"
    assert reg.workplace_name == "Đảng ủy Bệnh viện Y học cổ truyền tỉnh"
    assert reg.letter_no == "112-GGT/ĐU" and reg.received_date == date.today()
    assert reg.cell_name == "Chi bộ thôn Đoài" and reg.residence_address == "Số 5, thôn Đoài"
    member = repo.get_member(commune.vault, reg.member_id)
    assert member.cell_id is None  # their official cell is at the workplace
    assert member.data.workplace == "Đảng ủy Bệnh viện Y học cổ truyền tỉnh"
    assert names(page) == ["Phan Thanh Tùng"] and page.selected_id() == reg.id


def test_a_refused_letter_leaves_no_new_member_behind(app, commune: Commune, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot, rows=0)
    dialog = opened(page, qtbot, page.register_button)
    assert isinstance(dialog, RegisterDialog)
    dialog.new_radio.setChecked(True)
    type_text(dialog.line("ho"), "Trịnh")
    type_text(dialog.line("ten"), "Hưng")
    dialog.cell.setCurrentIndex(1)  # no cell yet
    set_date(dialog.letter_date, date.today() + timedelta(days=2))  # the letter after the day it was received
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "trước ngày của giấy giới thiệu" in dialog.problems_label.text()
    assert repo.count_members(commune.vault) == 8

    type_text(workplace_line(dialog), "Công an tỉnh")  # a name not in the directory
    set_date(dialog.letter_date, date.today())
    dialog.save_button.click()
    assert "chưa có trong danh mục" in dialog.problems_label.text()
    assert repo.count_members(commune.vault) == 8


def test_register_an_existing_member(app, commune: Commune, registered, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot, rows=1)
    dialog = opened(page, qtbot, page.register_button)
    assert isinstance(dialog, RegisterDialog)
    dialog.save_button.click()
    assert "Chưa chọn đảng viên" in dialog.problems_label.text()
    type_text(dialog.picker.search, "duc")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1, timeout=SEARCH_DELAY_MS * 4)
    assert dialog.picker.current() is not None  # the only one found is chosen
    assert dialog.picker.results.item(0).text().startswith("Hoàng Văn Đức")
    press(dialog.picker.search, Qt.Key.Key_Return)  # Enter chooses; it does not save yet
    assert dialog.isVisible()
    type_text(workplace_line(dialog), "truong tan an")
    assert dialog.workplace.filter.rowCount() == 1  # found without tones
    dialog.workplace.setCurrentIndex(dialog.workplace.findText("Chi bộ Trường THPT Tân An"))
    type_text(dialog.letter_no, "3-GGT")
    press(dialog.letter_no, Qt.Key.Key_Return)  # no residence cell chosen yet: refused, nothing saved
    assert dialog.isVisible() and "Chưa chọn chi bộ nơi cư trú" in dialog.problems_label.text()
    dialog.cell.setCurrentIndex(dialog.cell.findText("Chi bộ thôn Đông"))
    dialog.letter_no.setFocus()
    with qtbot.waitSignal(page.model.modelReset):
        press(dialog.letter_no, Qt.Key.Key_Return)  # Enter in a field saves
    assert not dialog.isVisible()
    assert sorted(names(page)) == ["Hoàng Văn Đức", "Lê Văn Cường"]
    chosen = page.selected()
    assert chosen is not None and chosen.member_name == "Hoàng Văn Đức"

    dialog = opened(page, qtbot, page.register_button)  # the same member again: the core says no
    dialog.cell.setCurrentIndex(dialog.cell.findText("Chi bộ thôn Đoài"))
    type_text(dialog.picker.search, "duc")
    qtbot.waitUntil(lambda: dialog.picker.current() is not None, timeout=SEARCH_DELAY_MS * 4)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.problems_panel.isVisibleTo(dialog)
    assert "đang có đăng ký sinh hoạt nơi cư trú" in dialog.problems_label.text()
    assert len(flow.list_registrations(commune.vault)) == 2


def test_move_to_another_cell_then_end(app, commune: Commune, registered, session, runner, qtbot) -> None:
    first, _ = registered
    page = make_page(session, runner, qtbot, rows=1)
    assert not page.move_button.isEnabled()  # nothing chosen yet
    page.table.selectRow(0)
    assert page.move_button.isEnabled() and page.end_button.isEnabled()
    dialog = opened(page, qtbot, page.move_button)
    assert isinstance(dialog, MoveRegistrationDialog)
    assert [dialog.cell.itemText(i) for i in range(dialog.cell.count())] == ["Chi bộ thôn Đoài"]
    with qtbot.waitSignal(page.model.modelReset):
        dialog.action_button.click()
    assert flow.get_registration(commune.vault, first).cell_name == "Chi bộ thôn Đoài"
    assert page.model.data(page.model.index(0, Column.CELL)) == "Chi bộ thôn Đoài"

    page.table.selectRow(0)
    dialog = opened(page, qtbot, page.end_button)
    assert isinstance(dialog, EndRegistrationDialog)
    set_date(dialog.when, date(2020, 1, 1))  # before it was received: the core's sentence, in the dialog
    dialog.action_button.click()
    assert dialog.isVisible() and "05/03/2025" in dialog.refusal.text()
    set_date(dialog.when, date.today())
    dialog.reason.setCurrentIndex(dialog.reason.findData(EndReason.RETIRED.value))
    type_text(dialog.note, "Nghỉ hưu từ tháng này")
    with qtbot.waitSignal(page.model.modelReset):
        dialog.action_button.click()
    assert not dialog.isVisible()
    reg = flow.get_registration(commune.vault, first)
    assert reg.ended_on == date.today() and reg.end_reason is EndReason.RETIRED
    assert page.model.rowCount() == 0


def test_print_the_endorsement_and_the_letter(app, commune: Commune, registered, session, runner, qtbot, previews):
    from handbook.orgs.profile import Signer, add_signer

    # The letter of 05/03/2025 is signed T/M ĐẢNG ỦY / BÍ THƯ: the secretary of that time is recorded first, as the
    # office does in Cài đặt › Người ký (without it the form says so instead of printing a blank name).
    add_signer(
        commune.vault, Signer("Hoàng Văn Bí", "secretary", "Bí thư Đảng ủy", date(2020, 1, 1), date(2025, 6, 30))
    )
    page = make_page(session, runner, qtbot, rows=1)
    page.table.selectRow(0)
    assert page.endorsement_button.isEnabled() and page.letter_button.isEnabled()
    with qtbot.waitSignal(page.preview_shown):
        page.endorsement_button.click()
    pdf, title, name = previews[0]
    assert title == "Tiếp nhận giấy giới thiệu — Lê Văn Cường"
    assert name == "tiep-nhan-le-van-cuong.pdf"
    text = " ".join(pdf_text(pdf).split())
    assert "Tiếp nhận ngày 05 tháng 3 năm 2025" in text
    assert "Chi bộ thôn Đông" in text

    with qtbot.waitSignal(page.preview_shown):
        page.letter_button.click()
    pdf, title, name = previews[1]
    assert title.startswith("Giấy giới thiệu đến chi bộ") and name.startswith("giay-gioi-thieu-")
    text = " ".join(pdf_text(pdf).split())
    assert "GIẤY GIỚI THIỆU" in text and "Lê Văn Cường" in text


def test_a_letter_without_a_recorded_signer_prints_with_the_name_left_blank(
    app, commune: Commune, registered, session, runner, dialogs: FakeDialogs, qtbot, previews
) -> None:
    # Nobody is recorded as Bí thư on 05/03/2025: the core refuses the letter with a sentence naming the period;
    # the screen shows that sentence and offers the letter with the signer's name left blank, to sign by hand.
    page = make_page(session, runner, qtbot, rows=1)
    page.table.selectRow(0)
    dialogs.answers = [False]
    page.letter_button.click()
    assert previews == [] and dialogs.errors == []
    [question] = dialogs.questions
    assert "chưa ghi ai giữ chức này" in question and "Cài đặt › Người ký" in question
    assert "In ngay với tên người ký để trống" in question

    dialogs.answers = [True]
    with qtbot.waitSignal(page.preview_shown):
        page.letter_button.click()
    assert len(dialogs.questions) == 2 and dialogs.errors == []
    pdf, title, _name = previews[0]
    assert title.startswith("Giấy giới thiệu đến chi bộ")
    text = " ".join(pdf_text(pdf).split())
    assert "GIẤY GIỚI THIỆU" in text and "Lê Văn Cường" in text and "BÍ THƯ" in text
    assert text.endswith("T/M ĐẢNG ỦY BÍ THƯ")  # the signer's name is left for the hand

    dialogs.answers = [True]
    with qtbot.waitSignal(page.preview_shown):
        page.endorsement_button.click()
    text = " ".join(pdf_text(previews[1][0]).split())
    assert "Tiếp nhận ngày 05 tháng 3 năm 2025" in text and "Chi bộ thôn Đông" in text


def test_a_viewer_may_not_register(app, commune: Commune, registered, runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="thanhtra", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        page = make_page(session, runner, qtbot, rows=1)
        reason = session.actor.why_not(Op.REGISTRATIONS_EDIT)
        assert reason is not None
        assert not page.register_button.isEnabled()
        assert page.register_button.toolTip() == reason.render("vi")
        page.table.selectRow(0)
        assert not page.end_button.isEnabled() and page.end_button.toolTip() == reason.render("vi")
        assert page.endorsement_button.isEnabled()  # printing is allowed to read-only users
    finally:
        session.end()


def test_the_list_is_hidden_when_locked(app, commune: Commune, registered, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot, rows=1)
    session.lock()
    assert page.model.rowCount() == 0 and page.count_label.text() == ""


def test_the_screen_and_its_dialogs_speak_english(app, commune: Commune, registered, session, qtbot) -> None:
    translations = Translations(app)
    assert translations.install("en")
    try:
        runner = Runner(InlineExecutor(), FakeDialogs(), "en")
        page = make_page(session, runner, qtbot, rows=1)
        assert page.count_label.text() == "1 registration"
        headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
        page.table.selectRow(0)
        texts = chrome_texts(page) + headers
        for button in (page.register_button, page.move_button, page.end_button):
            texts += chrome_texts(opened(page, qtbot, button))
        # examples in placeholders ("e.g. Chi bộ thôn Đông", "e.g. 125-QĐ/ĐU") are Vietnamese names and codes
        assert [t for t in texts if looks_vietnamese(t) and "e.g. " not in t] == []
        assert page.model.data(page.model.index(0, Column.RESIDENCE)) == "Permanent residence: Xóm 2, thôn Đông"
    finally:
        translations.install("vi")
