"""The error report of an import as ``.xlsx``: one line per problem (row, column, value, message)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from handbook.i18n import DEFAULT_LANG, Lang, Message
from handbook.spreadsheet.rows import RowProblem
from handbook.spreadsheet.xlsxio import save_workbook

FONT_NAME = "Times New Roman"
_COLUMNS = (
    ("sheet.report.row", 8),
    ("sheet.report.column", 7),
    ("sheet.report.header", 24),
    ("sheet.report.value", 28),
    ("sheet.report.severity", 12),
    ("sheet.report.message", 90),
)
_ERROR_FILL = PatternFill("solid", fgColor="FDE2E1")
_WARNING_FILL = PatternFill("solid", fgColor="FFF4CE")


def report_workbook(problems: Iterable[RowProblem], lang: Lang = DEFAULT_LANG, *, source: str = "") -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = Message("sheet.report.sheet").render(lang)[:31]
    body = Font(name=FONT_NAME, size=12)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.append([Message("sheet.report.title", {"file": source}).render(lang)])
    ws["A1"].font = Font(name=FONT_NAME, size=14, bold=True)
    ws.append([Message(msg_id).render(lang) for msg_id, _ in _COLUMNS])
    for i, (_, width) in enumerate(_COLUMNS, 1):
        ws.cell(row=2, column=i).font = bold
        ws.column_dimensions[get_column_letter(i)].width = width
    labels = {
        "error": Message("sheet.severity.error").render(lang),
        "warning": Message("sheet.severity.warning").render(lang),
    }
    for p in problems:
        ws.append([p.row or None, p.letter, p.header, p.value, labels[p.severity], p.message.render(lang)])
        fill = _ERROR_FILL if p.is_error else _WARNING_FILL
        for cell in ws[ws.max_row]:
            cell.font = body
            cell.alignment = wrap
            cell.fill = fill
        ws.cell(row=ws.max_row, column=4).number_format = "@"
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(_COLUMNS))}{max(ws.max_row, 2)}"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return wb


def write_report(path: Path, problems: Iterable[RowProblem], lang: Lang = DEFAULT_LANG, *, source: str = "") -> Path:
    """Write the report to ``path`` (the only file written; nothing goes through temporary files)."""
    path = Path(path)
    save_workbook(report_workbook(problems, lang, source=source), path)
    return path
