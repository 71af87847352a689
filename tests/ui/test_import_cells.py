"""The import wizard with a first list: the cells page (create or map each missing cell), the template on the
first page, .xls/.ods files, and the check and commit reporting real row counts as progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QWizard

from handbook.members import repo
from handbook.orgs import repo as orgs
from tests.ui.conftest import Commune, FakeDialogs
from tests.ui.sheets import write_list
from tests.ui.test_import_wizard import text_at
from ui.importer.wizard import CELLS, CHECK, ENCODING, MAPPING, RESULT, SHEET, ImportWizard
from ui.operations import Progress, Runner
from ui.session import Session

DATA = Path(__file__).parents[1] / "spreadsheet" / "data"
FIRST_LIST = [
    ["Đỗ Minh Tuấn", "05/06/1980", "Nam", "001080123456", "Chi bộ thôn Trung Hoà"],
    ["Bùi Thị Thu Hằng", "12/11/1985", "Nữ", "001185654321", "Chi bộ thôn Đôngg"],
    ["Ngô Quang Vinh", "1979", "Nam", "", "Chi bộ thôn Trung Hoà"],
]


def start(session: Session, runner: Runner, qtbot, path: Path) -> ImportWizard:
    wizard = ImportWizard(session, runner, "vi")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.file.set_path(path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == SHEET)
    return wizard


def go(wizard: ImportWizard, qtbot, page_id: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id)


def cell_names(commune: Commune) -> set[str]:
    return {o.name for o in orgs.list_orgs(commune.vault) if o.type.holds_members}


def test_missing_cells_are_created_or_mapped_in_the_same_import(
    app, commune: Commune, session, runner, qtbot, tmp_path, dialogs: FakeDialogs
) -> None:
    path = write_list(tmp_path / "lan-dau.xlsx", FIRST_LIST)
    wizard = start(session, runner, qtbot, path)
    go(wizard, qtbot, ENCODING)
    go(wizard, qtbot, MAPPING)
    go(wizard, qtbot, CELLS)
    page = wizard.cells_page
    listed = [text_at(page.table, r, 0) for r in range(page.table.rowCount())]
    assert listed == ["Chi bộ thôn Trung Hoà", "Chi bộ thôn Đôngg"]
    assert text_at(page.table, 0, 1) == "2"
    # "thôn Đôngg" (a typo) looks like the vault's "Chi bộ thôn Đông": that mapping is chosen already.
    assert page.combos[1].currentData() == "Chi bộ thôn Đông"
    assert page.combos[0].currentData() == ""  # nothing alike: created
    assert page.new_box.isVisible()
    page.valid_from.set_value(date(2025, 9, 1))
    page.workplace.setChecked(True)
    page.residential.setChecked(True)

    go(wizard, qtbot, CHECK)
    check = wizard.check_page
    assert check.isComplete(), [p.render() for p in check.model.rows]
    assert cell_names(commune) == {"Chi bộ thôn Đông", "Chi bộ thôn Đoài"}  # checking creates nothing
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert "Đã tạo 1 chi bộ mới" in wizard.result_page.summary.text()
    assert cell_names(commune) == {"Chi bộ thôn Đông", "Chi bộ thôn Đoài", "Chi bộ thôn Trung Hoà"}
    new = next(o for o in orgs.list_orgs(commune.vault) if o.name == "Chi bộ thôn Trung Hoà")
    assert new.residential and new.valid_from == date(2025, 9, 1)
    placed = {m.full_name: m.cell_name for m in repo.list_members(commune.vault)}
    assert placed["Ngô Quang Vinh"] == "Chi bộ thôn Trung Hoà"
    assert placed["Bùi Thị Thu Hằng"] == "Chi bộ thôn Đông"
    assert dialogs.errors == []


def test_mapping_every_missing_cell_creates_none(app, commune: Commune, session, runner, qtbot, tmp_path) -> None:
    wizard = start(session, runner, qtbot, write_list(tmp_path / "ds.xlsx", FIRST_LIST))
    go(wizard, qtbot, ENCODING)
    go(wizard, qtbot, MAPPING)
    go(wizard, qtbot, CELLS)
    page = wizard.cells_page
    page.choose("Chi bộ thôn Trung Hoà", "Chi bộ thôn Đoài")
    assert not page.new_box.isVisible()
    go(wizard, qtbot, CHECK)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert cell_names(commune) == {"Chi bộ thôn Đông", "Chi bộ thôn Đoài"}
    assert {m.full_name: m.cell_name for m in repo.list_members(commune.vault)}["Đỗ Minh Tuấn"] == "Chi bộ thôn Đoài"


def test_known_cells_skip_the_cells_page_and_xls_ods_open(
    app, commune: Commune, session, runner, qtbot, tmp_path
) -> None:
    for name in ("lo-danh-sach.xls", "lo-danh-sach.ods"):
        wizard = start(session, runner, qtbot, DATA / name)
        go(wizard, qtbot, ENCODING)
        go(wizard, qtbot, MAPPING)
        go(wizard, qtbot, CELLS)  # that list's cells are not in this vault
        assert wizard.cells_page.table.rowCount() > 3
        wizard.close()
    people = [[*FIRST_LIST[0][:4], "Chi bộ thôn Đông"]]
    wizard = start(session, runner, qtbot, write_list(tmp_path / "ds.xlsx", people))
    go(wizard, qtbot, ENCODING)
    go(wizard, qtbot, MAPPING)
    go(wizard, qtbot, CHECK)


def test_the_first_page_lists_the_columns_and_saves_the_template(
    app, session, runner, qtbot, tmp_path, dialogs: FakeDialogs
) -> None:
    wizard = ImportWizard(session, runner, "vi")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert "Họ" in page.columns.text() and "Số CCCD" in page.columns.text() and "Chi bộ" in page.columns.text()
    assert wizard.width() <= 1240 and wizard.height() <= 680
    dialogs.save_path = tmp_path / "mau"
    page.template_button.click()
    saved = tmp_path / "mau.xlsx"
    assert str(saved) in page.message.text()
    ws = load_workbook(saved).active
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["Họ", "Tên đệm", "Tên"] and "Số CCCD" in headers and "Chi bộ" in headers
    cccd = headers.index("Số CCCD") + 1
    assert ws.cell(row=2, column=cccd).value == "040075001234"
    assert ws.cell(row=2, column=cccd).number_format == "@" and ws.cell(row=50, column=cccd).number_format == "@"
    assert dialogs.errors == []


def test_checking_and_saving_report_rows_done_out_of_all(
    app, commune: Commune, session, runner: Runner, qtbot, tmp_path, monkeypatch
) -> None:
    seen: list[tuple[int, int]] = []
    original = Progress.report

    def record(self: Progress, done: int, total: int) -> None:
        seen.append((done, total))
        original(self, done, total)

    monkeypatch.setattr(Progress, "report", record)
    people = [[f"Người Thứ {chr(65 + i % 26)}{i}", "1980", "Nam", "", "Chi bộ thôn Đông"] for i in range(450)]
    wizard = start(session, runner, qtbot, write_list(tmp_path / "dai.xlsx", people))
    go(wizard, qtbot, ENCODING)
    go(wizard, qtbot, MAPPING)
    go(wizard, qtbot, CHECK)
    assert (0, 450) in seen and (200, 450) in seen and (450, 450) in seen
    seen.clear()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert seen[0] == (0, 450) and seen[-1] == (450, 450) and len(seen) >= 3
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
