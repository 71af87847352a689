"""Building small Excel files in memory for the spreadsheet tests (nothing written to disk)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from handbook.spreadsheet.encoding import EncodingChoice
from handbook.spreadsheet.importer import ImportOptions, Source, source_from_table
from handbook.spreadsheet.reader import Table, iter_xlsx_tables
from handbook.spreadsheet.xlsxio import workbook_bytes

Cell = object


def xlsx_bytes(rows: Sequence[Sequence[Cell]], font: str | None = None, fonts: dict[int, str] | None = None) -> bytes:
    """An .xlsx whose first sheet holds ``rows`` (row 1 first); ``font`` for every cell, or
    ``fonts`` per 1-based row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "DS"
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            name = (fonts or {}).get(r, font)
            if name:
                cell.font = Font(name=name)
    return workbook_bytes(wb)


def table_of(rows: Sequence[Sequence[Cell]], font: str | None = None, fonts: dict[int, str] | None = None) -> Table:
    return next(iter_xlsx_tables(xlsx_bytes(rows, font, fonts), "ds.xlsx"))


def source_of(rows: Sequence[Sequence[Cell]], font: str | None = None, encoding: EncodingChoice = "auto") -> Source:
    return source_from_table(table_of(rows, font), ImportOptions(encoding=encoding))


def write_xlsx(path: Path, rows: Sequence[Sequence[Cell]], font: str | None = None) -> Path:
    path.write_bytes(xlsx_bytes(rows, font))
    return path


HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Điện thoại", "Ngày vào Đảng", "Chi bộ"]
