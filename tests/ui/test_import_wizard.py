"""The import wizard: file → sheet and header → encoding → mapping → check → commit, driven through its pages."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QTableWidget, QWizard

from handbook.members import repo
from handbook.spreadsheet.columns import Target
from handbook.spreadsheet.mappings import list_mappings
from handbook.text.legacy import to_tcvn3
from tests.ui.conftest import Commune, FakeDialogs, type_text
from tests.ui.sheets import NEW_PEOPLE, write_list
from ui.actions.importing import MembersImported
from ui.importer.wizard import CHECK, ENCODING, MAPPING, RESULT, SHEET, ImportWizard
from ui.operations import Runner
from ui.session import Session


def start(session: Session, runner: Runner, qtbot, path: Path) -> ImportWizard:
    wizard = ImportWizard(session, runner, "vi")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Tiếp"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    wizard.file_page.file.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SHEET)
    return wizard


def go(wizard: ImportWizard, qtbot, page_id: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id)


def text_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def names_in(commune: Commune) -> set[str]:
    return {r.full_name for r in repo.list_members(commune.vault, statuses=None)}


def test_happy_path_creates_members(app, commune: Commune, session, runner, qtbot, tmp_path, dialogs) -> None:
    path = write_list(tmp_path / "danh-sach.xlsx", NEW_PEOPLE)
    wizard = start(session, runner, qtbot, path)
    assert (wizard.sheet_page.header_row.value(), wizard.sheet_page.first_row.value()) == (3, 4)
    assert "dòng 3" in wizard.sheet_page.found.text()
    assert text_at(wizard.sheet_page.raw, 2, 1) == "Họ và tên"

    go(wizard, qtbot, ENCODING)
    assert wizard.encoding_page.choices["auto"].isChecked()
    assert "Unicode" in wizard.encoding_page.proposal.text()

    go(wizard, qtbot, MAPPING)
    page = wizard.mapping_page
    assert page.combos[2].currentData() == Target.FULL_NAME.value
    assert page.combos[5].currentData() == Target.CCCD.value
    assert text_at(page.table, 1, 2) == "Đỗ Minh Tuấn"  # an example from the first data row
    assert page.isComplete()
    type_text(page.name, "Danh sách văn phòng")
    page.save_button.click()
    assert list_mappings(commune.vault) == ["Danh sách văn phòng"]

    go(wizard, qtbot, CHECK)
    check = wizard.check_page
    assert "thêm mới 3" in check.summary.text()
    assert check.isComplete()
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "Nhập vào kho dữ liệu"
    assert repo.count_members(commune.vault) == 8  # checking writes nothing

    with qtbot.waitSignal(runner.changed) as changed:
        wizard.next()
    assert isinstance(changed.args[0], MembersImported)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert "Đã thêm 3 đảng viên mới" in wizard.result_page.summary.text()
    assert repo.count_members(commune.vault) == 11
    assert {"Đỗ Minh Tuấn", "Bùi Thị Thu Hằng", "Ngô Quang Vinh"} <= names_in(commune)
    tuan = next(r for r in repo.list_members(commune.vault, search="Tuấn"))
    assert tuan.cell_name == "Chi bộ thôn Đông" and tuan.cccd == "001080123456"
    assert dialogs.errors == []


def test_tcvn3_file_is_converted(app, commune: Commune, session, runner, qtbot, tmp_path) -> None:
    path = write_list(tmp_path / "cu.xlsx", NEW_PEOPLE[:2], font=".VnTime", encode=to_tcvn3, title="Danh sách")
    wizard = start(session, runner, qtbot, path)
    assert text_at(wizard.sheet_page.raw, 2, 1) == "Họ và tên"  # the header found through the font

    go(wizard, qtbot, ENCODING)
    page = wizard.encoding_page
    assert ".VnTime" in page.proposal.text() and "TCVN3" in page.proposal.text()
    rows = [[text_at(page.preview, r, c) for c in range(4)] for r in range(page.preview.rowCount())]
    before_after = {(row[2], row[3]) for row in rows}
    assert (to_tcvn3("Đỗ Minh Tuấn"), "Đỗ Minh Tuấn") in before_after
    page.choices["unicode"].setChecked(True)  # as Unicode nothing is converted
    rows = [[text_at(page.preview, r, c) for c in range(4)] for r in range(page.preview.rowCount())]
    assert all(row[2] == row[3] for row in rows)
    page.choices["auto"].setChecked(True)

    go(wizard, qtbot, MAPPING)
    go(wizard, qtbot, CHECK)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert {"Đỗ Minh Tuấn", "Bùi Thị Thu Hằng"} <= names_in(commune)


def test_a_bad_row_blocks_and_imports_nothing(
    app, commune: Commune, session, runner, qtbot, tmp_path, dialogs: FakeDialogs
) -> None:
    people = [*NEW_PEOPLE[:2], ["Trịnh Văn Sai", "31/02/1970", "Nam", "12345", "Chi bộ thôn Đông"]]
    path = write_list(tmp_path / "loi.xlsx", people)
    wizard = start(session, runner, qtbot, path)
    go(wizard, qtbot, ENCODING)
    go(wizard, qtbot, MAPPING)
    go(wizard, qtbot, CHECK)
    check = wizard.check_page
    assert not check.isComplete()
    assert check.banner.isVisible() and "không có gì được lưu" in check.banner_text.text()
    rows = check.model.rows
    assert rows[0].is_error
    bad = [p for p in rows if p.is_error]
    assert {p.row for p in bad} == {6}
    cccd = next(p for p in bad if p.letter == "E")
    assert cccd.value == "12345" and cccd.header == "Số CCCD"
    shown = [check.model.data(check.model.index(0, c)) for c in range(6)]
    assert shown[0] == "6" and shown[4] == "Lỗi" and shown[5]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()  # refused: the page is not complete
    assert wizard.currentId() == CHECK
    assert repo.count_members(commune.vault) == 8

    dialogs.save_path = tmp_path / "bao-cao-loi.xlsx"
    check.report.click()
    ws = load_workbook(dialogs.save_path).active
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert any(row[0] == 6 and row[1] == "E" and row[3] == "12345" for row in values)
    assert dialogs.errors == []


def test_correcting_the_mapping_and_using_a_saved_one(app, commune: Commune, session, runner, qtbot, tmp_path) -> None:
    path = write_list(tmp_path / "danh-sach.xlsx", NEW_PEOPLE)
    wizard = start(session, runner, qtbot, path)
    go(wizard, qtbot, ENCODING)
    go(wizard, qtbot, MAPPING)
    page = wizard.mapping_page
    page.set_target(2, Target.IGNORE)  # no name column: the wizard cannot go on
    assert not page.isComplete() and page.message.isVisible()
    page.set_target(2, Target.FULL_NAME)
    page.set_target(6, Target.NOTE)  # the cell column kept as a note instead
    assert page.isComplete()
    type_text(page.name, "Không chi bộ")
    page.save_button.click()
    page.set_target(6, Target.CELL)
    page.saved.setCurrentIndex(page.saved.findText("Không chi bộ"))
    page.load_button.click()
    assert page.combos[6].currentData() == Target.NOTE.value
    go(wizard, qtbot, CHECK)
    assert wizard.check_page.isComplete()
