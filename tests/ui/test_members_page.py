"""The Đảng viên screen: debounced search, filters, adding (an error blocks, a warning is accepted), editing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from handbook.members import repo
from handbook.members.model import MemberId, Status
from handbook.vault.vault import Vault
from tests.ui.conftest import Commune, press, type_text
from ui.members.editor import MemberEditor
from ui.members.page import SEARCH_DELAY_MS, MembersPage
from ui.members.table_model import Column
from ui.session import Session


def make_page(session: Session, runner, qtbot) -> MembersPage:
    page = MembersPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def names(page: MembersPage) -> list[str]:
    return [page.model.data(page.model.index(r, Column.NAME)) for r in range(page.model.rowCount())]


def open_editor(page: MembersPage, qtbot, member_id: MemberId | None) -> MemberEditor:
    with qtbot.waitSignal(page.editor_opened) as opened:
        page.open_member(member_id)
    editor = opened.args[0]
    assert isinstance(editor, MemberEditor)
    return editor


def test_search_narrows_the_rows_after_typing_pauses(app, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    assert page.model.rowCount() == 8
    assert page.count_label.text() == "8 đảng viên"
    # Vietnamese order: by tên, then đệm, then họ
    assert names(page)[:3] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]

    type_text(page.search, "đức")
    assert page.search_timer.isActive()
    assert page.model.rowCount() == 8  # nothing happens while the person may still be typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 4)
    assert names(page) == ["Hoàng Văn Đức"]
    assert page.search.text() == "đức"  # the program never rewrites what is being typed
    assert page.count_label.text() == "Tìm thấy 1 đảng viên"

    page.search.clear()
    type_text(page.search, "nguyen")  # without tones finds "Nguyễn"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=SEARCH_DELAY_MS * 4)
    assert sorted(names(page)) == ["Nguyễn Thị Hoà", "Nguyễn Văn An"]

    type_text(page.search, "xyz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=SEARCH_DELAY_MS * 4)
    assert page.stack.currentWidget() is page.empty
    assert "Không tìm thấy" in page.empty.text()
    assert dialogs.errors == []


def test_a_count_that_stops_early_says_more_than_and_scrolling_brings_the_rest(
    app, session, runner, qtbot, monkeypatch
) -> None:
    import ui.members.page
    import ui.members.table_model

    monkeypatch.setattr(ui.members.page, "PAGE_SIZE", 2)  # pages of two, counts that stop past two
    monkeypatch.setattr(ui.members.table_model, "PAGE_SIZE", 2)
    monkeypatch.setattr(repo, "COUNT_CAP", 2)
    monkeypatch.setattr(repo, "SEARCH_COUNT_CAP", 2)
    page = make_page(session, runner, qtbot)
    assert page.count_label.text() == "Hơn 2 đảng viên"
    qtbot.waitUntil(lambda: page.model.rowCount() >= 4)
    page.table.scrollToBottom()  # at the end: the rest come, until a page comes back short
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: not page.model.canFetchMore())
    qtbot.waitUntil(lambda: "…" not in names(page))
    assert names(page)[:3] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    assert len(set(names(page))) == 8

    type_text(page.search, "thi")  # four of them
    qtbot.waitUntil(lambda: page.count_label.text() == "Tìm thấy hơn 2 đảng viên", timeout=SEARCH_DELAY_MS * 4)
    page.search.clear()
    type_text(page.search, "le")  # one: the page is not full, so the count is exact
    qtbot.waitUntil(lambda: page.count_label.text() == "Tìm thấy 1 đảng viên", timeout=SEARCH_DELAY_MS * 4)


def test_filters_by_cell_and_status(app, commune: Commune, session, runner, qtbot) -> None:
    page = make_page(session, runner, qtbot)
    qtbot.waitUntil(lambda: page.cell_filter.count() == 3)
    page.cell_filter.setCurrentIndex(page.cell_filter.findText("Chi bộ thôn Đoài"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert {page.model.data(page.model.index(r, Column.CELL)) for r in range(4)} == {"Chi bộ thôn Đoài"}

    page.cell_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.OFFICIAL.value))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.PROBATIONARY.value))
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)


def test_add_a_member_error_blocks_then_a_warning_is_accepted(
    app, commune: Commune, session, runner, qtbot, dialogs
) -> None:
    page = make_page(session, runner, qtbot)
    editor = open_editor(page, qtbot, None)
    assert editor.windowTitle() == "Thêm đảng viên"
    assert editor.save_button.isVisible() and not editor.save_anyway_button.isVisible()
    editor.line("ho").setText("Nguyễn")
    editor.line("dem").setText("Văn")
    type_text(editor.line("ten"), "An")  # the same person as an existing member, born on another day…
    editor.line("birth_date").setText("31/02/1960")  # …but the date is impossible: an error
    editor.line("cccd").setText("0011960012")  # 10 digits: an error
    editor.save_button.click()

    assert editor.isVisible()
    assert not editor.save_button.isEnabled()  # blocked until something is changed
    assert editor.boxes["birth_date"].has_problem and editor.boxes["cccd"].has_problem
    assert "không có thật" in editor.boxes["birth_date"].message.text()
    assert "Chưa lưu" in editor.problems_label.text()
    assert not editor.save_anyway_button.isVisible()
    assert repo.count_members(commune.vault) == 8

    editor.line("cccd").selectAll()
    press(editor.line("cccd"), Qt.Key.Key_Backspace)  # the person deletes the wrong number
    assert editor.line("cccd").text() == "" and not editor.boxes["cccd"].has_problem
    editor.line("birth_date").setFocus()
    editor.line("birth_date").selectAll()
    type_text(editor.line("birth_date"), "01/01/1960")  # now the same name and birth date as a member: a warning
    assert not editor.boxes["birth_date"].has_problem  # editing a field clears its mark
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.save_anyway_button.isVisible() and editor.save_anyway_button.text() == "Vẫn lưu"
    assert editor.boxes["ten"].has_problem
    assert "Đã có đảng viên Nguyễn Văn An" in editor.problems_label.text()
    assert repo.count_members(commune.vault) == 8

    with qtbot.waitSignal(runner.changed):
        editor.save_anyway_button.click()
    assert not editor.isVisible()
    assert repo.count_members(commune.vault) == 9
    qtbot.waitUntil(lambda: page.model.rowCount() == 9)
    assert names(page).count("Nguyễn Văn An") == 2
    assert dialogs.errors == []


def test_edit_a_member(app, commune: Commune, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    row = names(page).index("Lê Văn Cường")
    page.table.selectRow(row)
    assert page.edit_button.isEnabled()
    member_id = page.selected_member()
    assert member_id is not None
    with qtbot.waitSignal(page.editor_opened) as opened:
        page.edit_button.click()
    editor: MemberEditor = opened.args[0]
    assert editor.line("ten").text() == "Cường"
    assert editor.line("birth_date").text() == "03/03/1962"
    assert editor.combo("cell").currentText() == "Chi bộ thôn Đoài"

    editor.line("phone").setText("0912 345 678")
    editor.line("workplace").setText("Trường Tiểu học Tân An")
    editor.combo("cell").setCurrentIndex(editor.combo("cell").findText("Chi bộ thôn Đông"))
    press(editor.line("workplace"), Qt.Key.Key_Return)  # Enter saves
    assert not editor.isVisible()

    saved = repo.get_member(commune.vault, member_id)
    assert saved.data.phone == "0912345678" and saved.data.workplace == "Trường Tiểu học Tân An"
    assert saved.cell_name == "Chi bộ thôn Đông"
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, Column.PHONE)) == "0912345678")
    assert page.selected_member() == member_id  # the selection survives the refresh
    assert dialogs.errors == []


def test_closing_with_unsaved_changes_asks_first(app, session, runner, qtbot, dialogs) -> None:
    page = make_page(session, runner, qtbot)
    editor = open_editor(page, qtbot, None)
    type_text(editor.line("ten"), "Bình")
    dialogs.answers = [False]
    press(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and dialogs.questions
    dialogs.answers = [True]
    editor.reject()
    assert not editor.isVisible()


def test_a_viewer_sees_the_record_read_only(app, commune: Commune, runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="thanhtra", password="mat-khau-chuyen-vien")
    session = Session(commune.root, vault)
    try:
        page = make_page(session, runner, qtbot)
        assert not page.add_button.isEnabled()
        assert "Người xem" in page.add_button.toolTip()
        page.table.selectRow(0)
        editor = open_editor(page, qtbot, page.selected_member())
        assert not editor.save_button.isVisible()
        assert editor.line("ten").isReadOnly()
        editor.reject()
    finally:
        session.end()
