"""The Tổ chức screen: the tree with counts, a past day, adding a cell, merging and splitting through the wizards
(with the handover record), moving members, and a viewer who may not change anything."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from handbook.members import repo
from handbook.orgs import repo as orgs
from handbook.permissions import Op
from handbook.vault.vault import Vault
from tests.forms.pdftools import pdf_text
from tests.ui.conftest import STAFF_PASSWORD, Commune, FakeDialogs, press, type_text
from tests.ui.test_translations import chrome_texts, looks_vietnamese
from ui.actions.orgs import MemberBrief, load_tree
from ui.operations import InlineExecutor, Runner
from ui.orgs.dialogs import AddCellDialog, MoveMembersDialog
from ui.orgs.fields import set_date
from ui.orgs.page import OrgsPage
from ui.orgs.split_model import UNPLACED, SplitModel
from ui.orgs.tree_model import Column
from ui.orgs.wizards import MergeWizard, SplitWizard
from ui.session import Session
from ui.translations import Translations
from ui.widgets import pdf_preview
from ui.widgets.pdf_preview import PdfPreviewDialog


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, str, str]]:
    """What was handed to the print preview (pdf, title, suggested file name), instead of a window."""
    shown: list[tuple[bytes, str, str]] = []

    def fake(parent: object, runner: object, pdf: bytes, *, title: str, suggested_name: str) -> None:
        shown.append((pdf, title, suggested_name))

    monkeypatch.setattr(pdf_preview, "show_pdf", fake)
    return shown


def make_page(session: Session, runner, qtbot) -> OrgsPage:
    page = OrgsPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def rows(page: OrgsPage) -> dict[str, tuple[str, str]]:
    """Every organisation shown: name -> (direct members, total)."""
    out: dict[str, tuple[str, str]] = {}
    model = page.model

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            name = model.data(index)
            out[name] = (
                model.data(model.index(row, Column.MEMBERS, parent)),
                model.data(model.index(row, Column.TOTAL, parent)),
            )
            walk(index)

    walk(page.model.index(-1, -1))
    return out


def opened(page: OrgsPage, qtbot, button) -> Any:
    with qtbot.waitSignal(page.dialog_opened) as signal:
        button.click()
    return signal.args[0]


def test_the_tree_shows_counts_and_details(app, commune: Commune, session, runner, qtbot, qtmodeltester) -> None:
    page = make_page(session, runner, qtbot)
    assert rows(page) == {
        "Đảng ủy xã Tân An": ("", "8"),
        "Chi bộ thôn Đông": ("4", "4"),
        "Chi bộ thôn Đoài": ("4", "4"),
    }
    assert page.count_label.text() == "Số chi bộ: 2 · Số đảng viên: 8"
    qtmodeltester.check(page.model)
    cell = page.model.index(0, 0, page.model.index(0, 0))
    assert page.model.data(page.model.index(0, Column.RESIDENTIAL, page.model.index(0, 0))) == "Có"
    assert page.model.data(page.model.index(0, Column.VALID_FROM, page.model.index(0, 0))) == "01/01/2020"

    page.tree.setCurrentIndex(cell)
    qtbot.waitUntil(lambda: page.details.name.text() == "Chi bộ thôn Đông")
    assert page.details.members.count() == 4
    assert page.details.type.text() == "Chi bộ"
    assert page.details.parent_org.text() == "Đảng ủy xã Tân An"
    with qtbot.waitSignal(page.show_members_of) as asked:
        page.details.show_members_button.click()
    assert asked.args == [int(commune.cells["Thôn Đông"])]
    assert not page.handover_button.isEnabled()  # this cell was not made by a merge or split


def test_add_a_cell(app, commune: Commune, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot)
    dialog = opened(page, qtbot, page.add_button)
    assert isinstance(dialog, AddCellDialog)
    assert dialog.parent_org.currentText() == "Đảng ủy xã Tân An"
    dialog.save_button.click()  # no name: the core's sentence, in the dialog
    assert dialog.isVisible()
    assert "Chưa có tên tổ chức" in dialog.refusal.text()
    type_text(dialog.name, "Chi bộ thôn Bắc")
    assert dialog.refusal.isHidden()
    with qtbot.waitSignal(runner.changed):
        press(dialog.name, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "Chi bộ thôn Bắc" in rows(page))
    assert rows(page)["Chi bộ thôn Bắc"] == ("0", "0")
    assert page.details.name.text() == "Chi bộ thôn Bắc"  # the new cell is selected


def test_merge_two_cells_through_the_wizard(app, commune: Commune, session, runner, qtbot, previews, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    wizard = opened(page, qtbot, page.merge_button)
    assert isinstance(wizard, MergeWizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Tiếp"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    sources = wizard.sources_page
    assert not sources.isComplete()
    sources.check(commune.cells["Thôn Đông"])
    assert not sources.isComplete()  # one cell is not a merge
    sources.check(commune.cells["Thôn Đoài"])
    assert sources.isComplete()
    wizard.next()
    target = wizard.target_page
    assert wizard.currentPage() is target
    wizard.next()  # no name for the new cell yet: refused with the core's sentence
    assert wizard.currentPage() is target
    assert "ghi tên chi bộ mới" in target.refusal.text()
    type_text(target.new_name, "Chi bộ thôn Đông Đoài")
    wizard.next()
    assert "số quyết định" in target.refusal.text()
    type_text(target.decision.decision_no, "125-QĐ/ĐU")
    wizard.next()
    summary = wizard.summary_page.summary.text()
    assert wizard.currentPage() is wizard.summary_page
    assert "Hợp nhất 2 chi bộ thành chi bộ mới “Chi bộ thôn Đông Đoài”" in summary
    assert "• Chi bộ thôn Đông: 4 đảng viên" in summary
    assert "có 8 đảng viên" in summary
    assert "125-QĐ/ĐU" in summary
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Sáp nhập"

    with qtbot.waitSignal(runner.changed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    assert dialogs.errors == []
    qtbot.waitUntil(lambda: "Chi bộ thôn Đông Đoài" in rows(page))
    assert rows(page) == {"Đảng ủy xã Tân An": ("", "8"), "Chi bộ thôn Đông Đoài": ("8", "8")}
    assert page.details.name.text() == "Chi bộ thôn Đông Đoài"
    assert "nhận sáp nhập Chi bộ thôn Đông (QĐ số 125-QĐ/ĐU)" in page.details.history.text()

    (pdf, title, name) = previews[0]
    assert title == "Biên bản bàn giao" and name.endswith(".pdf")
    text = " ".join(pdf_text(pdf).split())
    for words in ("BIÊN BẢN BÀN GIAO", "Chi bộ thôn Đông Đoài", "Chi bộ thôn Đoài", "Nguyễn Văn An", "125-QĐ/ĐU"):
        assert words in text
    assert page.handover_button.isEnabled()  # the record can be printed again
    with qtbot.waitSignal(page.preview_shown):
        page.handover_button.click()
    assert "Chi bộ thôn Đông Đoài" in " ".join(pdf_text(previews[1][0]).split())

    set_date(page.day, date.today() - timedelta(days=1))  # the day before: the two cells, with their members
    qtbot.waitUntil(lambda: "Chi bộ thôn Đông" in rows(page))
    assert rows(page) == {
        "Đảng ủy xã Tân An": ("", "8"),
        "Chi bộ thôn Đông": ("4", "4"),
        "Chi bộ thôn Đoài": ("4", "4"),
    }
    assert "không phải hôm nay" in page.day_note.text()
    page.select(commune.cells["Thôn Đoài"])
    qtbot.waitUntil(lambda: page.details.name.text() == "Chi bộ thôn Đoài")
    assert "sáp nhập vào Chi bộ thôn Đông Đoài" in page.details.history.text()
    assert page.details.members.count() == 4
    assert not page.details.show_members_button.isVisibleTo(page.details)


def test_split_is_refused_until_everyone_is_placed(
    app, commune: Commune, session, runner, qtbot, previews, dialogs
) -> None:
    page = make_page(session, runner, qtbot)
    page.select(commune.cells["Thôn Đông"])
    wizard = opened(page, qtbot, page.split_button)
    assert isinstance(wizard, SplitWizard)
    first = wizard.source_page
    assert first.source_id() == commune.cells["Thôn Đông"]
    qtbot.waitUntil(first.isComplete)
    type_text(first.names[0], "Chi bộ thôn Đông 1")
    wizard.next()
    assert wizard.currentPage() is first
    assert "cần ít nhất hai chi bộ mới" in first.refusal.text()
    type_text(first.names[1], "Chi bộ thôn Đông 2")
    type_text(first.decision.decision_no, "126-QĐ/ĐU")
    wizard.next()
    members = wizard.members_page
    assert wizard.currentPage() is members
    model = wizard.model
    assert model.rowCount() == 4 and model.placed_count() == 0
    assert members.count.text() == "Đã xếp 0/4 đảng viên."

    members.table.selectRow(0)
    members.place_selected()  # into the first new cell (the default choice)
    members.table.selectRow(1)
    press(members.table, Qt.Key.Key_2)  # typing 2 places the row in the second new cell
    assert model.part_of(0) == 0 and model.part_of(1) == 1
    assert members.count.text() == "Đã xếp 2/4 đảng viên."
    wizard.next()
    assert wizard.currentPage() is members  # refused: two are not placed, in the core's words
    assert "Còn 2 đảng viên chưa được xếp vào chi bộ mới" in members.refusal.text()
    assert model.unplaced_names()[0] in members.refusal.text()

    members.choose_unplaced()
    assert {i.row() for i in members.table.selectionModel().selectedRows()} == {2, 3}
    press(members.table, Qt.Key.Key_2)
    assert members.refusal.isHidden()
    wizard.next()
    summary = wizard.summary_page.summary.text()
    assert "Chia tách “Chi bộ thôn Đông” (4 đảng viên) thành 2 chi bộ mới" in summary
    assert "• Chi bộ thôn Đông 1: 1 đảng viên" in summary and "• Chi bộ thôn Đông 2: 3 đảng viên" in summary
    with qtbot.waitSignal(runner.changed):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert dialogs.errors == []
    qtbot.waitUntil(lambda: "Chi bộ thôn Đông 2" in rows(page))
    assert rows(page)["Chi bộ thôn Đông 1"] == ("1", "1")
    assert rows(page)["Chi bộ thôn Đông 2"] == ("3", "3")
    assert "Chi bộ thôn Đông" not in rows(page)
    assert len(previews) == 1


def test_a_refusal_at_the_end_stays_in_the_wizard(app, commune: Commune, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    wizard = opened(page, qtbot, page.merge_button)
    assert isinstance(wizard, MergeWizard)
    wizard.sources_page.check(commune.cells["Thôn Đông"])
    wizard.sources_page.check(commune.cells["Thôn Đoài"])
    wizard.next()
    wizard.target_page.into_radio.setChecked(True)
    assert wizard.target_page.into.count() == 2
    type_text(wizard.target_page.decision.decision_no, "127-QĐ/ĐU")
    set_date(wizard.target_page.decision.when, date(2019, 1, 1))  # before the cells existed
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and dialogs.errors == []
    assert "không còn hoạt động vào ngày 01/01/2019" in wizard.summary_page.refusal.text()
    assert len(orgs.list_orgs(commune.vault, active_on=date.today())) == 3  # nothing changed


def test_move_members_in_bulk(app, commune: Commune, session, runner, qtbot, previews) -> None:
    page = make_page(session, runner, qtbot)
    page.select(commune.cells["Thôn Đông"])
    dialog = opened(page, qtbot, page.move_button)
    assert isinstance(dialog, MoveMembersDialog)
    qtbot.waitUntil(lambda: dialog.members.count() == 4)
    assert dialog.target.currentText() == "Chi bộ thôn Đoài"
    dialog.move_button.click()
    assert "Chưa chọn đảng viên nào" in dialog.refusal.text()
    dialog.members.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.members.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.count.text() == "Đã chọn 2/4 đảng viên"
    type_text(dialog.decision.decision_no, "128-QĐ/ĐU")
    with qtbot.waitSignal(runner.changed):
        dialog.move_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: rows(page)["Chi bộ thôn Đoài"] == ("6", "6"))
    assert rows(page)["Chi bộ thôn Đông"] == ("2", "2")
    assert repo.count_members(commune.vault, cell_id=commune.cells["Thôn Đoài"]) == 6
    assert len(previews) == 1 and previews[0][0].startswith(b"%PDF")


def test_the_real_preview_opens(app, commune: Commune, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot)
    page.select(commune.cells["Thôn Đông"])
    dialog = opened(page, qtbot, page.move_button)
    assert isinstance(dialog, MoveMembersDialog)
    qtbot.waitUntil(lambda: dialog.members.count() == 4)
    dialog.all_button.click()
    type_text(dialog.decision.decision_no, "129-QĐ/ĐU")
    dialog.move_button.click()
    shown = [w for w in page.findChildren(PdfPreviewDialog) if w.isVisible()]
    assert len(shown) == 1
    assert shown[0].document.pageCount() >= 1
    shown[0].close()


def test_a_viewer_sees_changes_disabled_with_the_reason(app, commune: Commune, runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="thanhtra", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        page = make_page(session, runner, qtbot)
        reason = session.actor.why_not(Op.ORGS_EDIT)
        assert reason is not None
        for button in (page.add_button, page.merge_button, page.split_button, page.move_button):
            assert not button.isEnabled()
            assert button.toolTip() == reason.render("vi")
        assert "Người xem" in page.merge_button.toolTip()
        page.merge_cells()  # even if called, nothing opens
        assert page.findChildren(MergeWizard) == []
    finally:
        session.end()


def test_staff_may_reorganise(app, commune: Commune, runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        page = make_page(session, runner, qtbot)
        assert page.merge_button.isEnabled() and page.split_button.isEnabled()
    finally:
        session.end()


def test_the_tree_is_hidden_when_locked(app, commune: Commune, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot)
    session.lock()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == ""


def test_split_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SplitModel()
    from handbook.members.model import MemberId

    model.set_members([MemberBrief(MemberId(n), f"Người {n}", "01/01/1980", "") for n in range(1, 6)])
    model.set_parts(["Chi bộ A", "Chi bộ B"])
    model.place([0, 1], 1)
    qtmodeltester.check(model)
    assert model.setData(model.index(2, 3), 0)
    assert not model.setData(model.index(2, 3), 5)
    assert model.part_of(2) == 0
    model.set_parts(["Chi bộ A"])  # the second part went away: its members are unplaced again
    assert model.part_of(0) == UNPLACED and model.part_of(2) == 0


def test_tree_counts_on_a_past_day(app, commune: Commune) -> None:
    today = load_tree(commune.vault, date.today())
    before = load_tree(commune.vault, date(2019, 6, 1))  # before the cells were founded
    assert [n.org.name for n in today.cells()] == ["Chi bộ thôn Đông", "Chi bộ thôn Đoài"]
    assert before.cells() == []


def test_the_screen_and_the_wizards_speak_english(app, commune: Commune, session, qtbot) -> None:
    translations = Translations(app)
    assert translations.install("en")
    try:
        runner = Runner(InlineExecutor(), FakeDialogs(), "en")
        page = OrgsPage(session, runner, "en")
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
        assert headers[0] == "Organisation" and page.merge_button.text() == "Merge cells…"
        merge = opened(page, qtbot, page.merge_button)
        split = opened(page, qtbot, page.split_button)
        move = opened(page, qtbot, page.move_button)
        add = opened(page, qtbot, page.add_button)
        texts = chrome_texts(page) + headers
        for dialog in (merge, split, move, add):
            texts += chrome_texts(dialog)
        # examples in placeholders ("e.g. Chi bộ thôn Đông", "e.g. 125-QĐ/ĐU") are Vietnamese names and codes
        assert [t for t in texts if looks_vietnamese(t) and "e.g. " not in t] == []
    finally:
        translations.install("vi")
