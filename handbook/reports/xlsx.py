"""A report as an .xlsx workbook, built in memory (one worksheet per table)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from handbook.reports.tables import ReportDoc
from handbook.spreadsheet.xlsxio import workbook_bytes

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_SECTION = PatternFill("solid", fgColor="EEEEEE")


def report_xlsx(doc: ReportDoc, committee: str = "") -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in doc.sheets:
        ws = wb.create_sheet(sheet.name[:31])
        ws.append([committee])
        ws.append([doc.title.upper()])
        ws["A2"].font = _TITLE
        ws.append([doc.summary])
        ws.append([sheet.caption])
        ws["A4"].font = _BOLD
        if doc.note:
            ws.append([doc.note])
        ws.append([])
        ws.append(list(sheet.columns))
        head = ws.max_row
        for cell in ws[head]:
            cell.font = _BOLD
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for row in sheet.rows:
            if isinstance(row, str):
                ws.append([row])
                for cell in ws[ws.max_row]:
                    cell.font = _BOLD
                    cell.fill = _SECTION
            else:
                ws.append(list(row))
        total = sum(sheet.shares)
        for i, share in enumerate(sheet.shares, 1):
            ws.column_dimensions[get_column_letter(i)].width = max(8, round(150 * share / total))
        ws.freeze_panes = ws.cell(row=head + 1, column=1)
    return workbook_bytes(wb)
