"""The import template, the cells found from the cell column alone, and the progress the core reports."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from handbook.members import repo
from handbook.spreadsheet.cells import NewCells, scan_cells
from handbook.spreadsheet.columns import Target
from handbook.spreadsheet.importer import ImportOptions, commit_import, import_members, open_source, plan_import
from handbook.spreadsheet.reader import iter_tables
from handbook.spreadsheet.template import template_columns, write_template
from handbook.vault.vault import Vault
from tests.spreadsheet.sheets import HEADER, write_xlsx


def test_the_template_holds_every_column_the_import_reads_and_imports_back(vault: Vault, tmp_path: Path) -> None:
    path = write_template(tmp_path / "mau.xlsx")
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    assert headers == template_columns("vi")
    assert "STT" not in headers and "Tình trạng" not in headers
    cccd = headers.index("Số CCCD") + 1
    assert ws.cell(2, cccd).value == "040075001234" and ws.cell(2, cccd).number_format == "@"
    source = open_source(path)
    mapped = {r.header: r.target for r in source.mapping.mapped}
    assert mapped["Số CCCD"] is Target.CCCD and mapped["Chi bộ"] is Target.CELL and len(mapped) == len(headers)
    assert template_columns("en")[0] == "Family name"
    result = import_members(vault, path, ImportOptions(new_cells=NewCells(date(2025, 1, 1))))
    assert result.committed and result.created == 1 and result.cells_created == 1
    member = repo.list_members(vault)[0]
    assert (member.full_name, member.cccd, member.cell_name) == (
        "Nguyễn Văn An",
        "040075001234",
        "Chi bộ thôn Trung Hòa",
    )


def test_missing_cells_are_found_from_the_cell_column_alone(vault: Vault, tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [
        ["DS"],
        HEADER,
        [1, "Nguyễn Văn An", "1975", "Nam", "", "", "", "Chi bộ thôn Đông"],
        [2, "Trần Thị Bình", "1980", "Nữ", "", "", "", "Chi bộ thôn Tây"],
        [3, "Lê Văn Cường", "1968", "Nam", "", "", "", "Chi bộ thôn Đông"],
    ]
    source = open_source(write_xlsx(tmp_path / "ds.xlsx", rows))
    found = scan_cells(vault, source.table, source.mapping, source.decoder, date.today())
    assert [(c.name, c.rows, c.created) for c in found] == [
        ("Chi bộ thôn Đông", (3, 5), False),
        ("Chi bộ thôn Tây", (4,), False),
    ]


def test_checking_and_committing_report_rows_done(vault: Vault, tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [["DS"], HEADER, *[[i, f"Người Số {i}", "1980", "Nam"] for i in range(1, 451)]]
    source = open_source(write_xlsx(tmp_path / "ds.xlsx", rows))
    checked: list[tuple[int, int]] = []
    plan = plan_import(vault, source, progress=lambda d, t: checked.append((d, t)))
    assert checked == [(0, 450), (200, 450), (400, 450), (450, 450)]
    written: list[tuple[int, int]] = []
    result = commit_import(vault, plan, progress=lambda d, t: written.append((d, t)))
    assert result.committed and written == [(0, 450), (200, 450), (400, 450), (450, 450)]


def test_stopping_during_the_commit_saves_nothing(vault: Vault, tmp_path: Path) -> None:
    rows: list[Sequence[object]] = [["DS"], HEADER, *[[i, f"Người Số {i}", "1980", "Nam"] for i in range(1, 451)]]
    plan = plan_import(vault, open_source(write_xlsx(tmp_path / "ds.xlsx", rows)))

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done >= 200:
            raise Stop

    with contextlib.suppress(Stop):
        commit_import(vault, plan, progress=stop)
    assert repo.count_members(vault) == 0


def test_fonts_are_read_only_when_the_file_names_a_legacy_font(tmp_path: Path) -> None:
    data = Path(__file__).parent / "data"
    assert next(iter_tables(data / "lo-danh-sach.xlsx")).fonts == []  # calamine: no font pass
    assert next(iter_tables(data / "lo-danh-sach.xls")).fonts == []
    old = next(iter_tables(data / "tcvn3.xls"))
    assert ".VnTime" in {f for row in old.fonts for f in row}
    legacy = write_xlsx(tmp_path / "cu.xlsx", [["Hä vµ tªn"], ["NguyÔn V¨n An"]], font=".VnTime")
    assert next(iter_tables(legacy)).fonts[1][0] == ".VnTime"
    modern = write_xlsx(tmp_path / "moi.xlsx", [["Họ và tên", "Ngày sinh"], ["Nguyễn Văn An", 1975]])
    table = next(iter_tables(modern))
    assert table.fonts == [] and table.rows == [("Họ và tên", "Ngày sinh"), ("Nguyễn Văn An", 1975)]
