"""The member register "Sổ danh sách đảng viên" (Mẫu 7-HSĐV) as ``.xlsx``.

It holds exactly what the printed register holds (``handbook.forms.member_register``): the same members
(those on the rolls; ``everyone`` adds those who moved away, died or left), cell by cell in Vietnamese
order, the same 14 headings with the column numbers under them, the same cell texts. A4 landscape,
fitted to the page width, the headings repeated on every printed page. An official form: always Vietnamese.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from handbook.permissions import Op
from handbook.spreadsheet.export import BORDER, FONT_NAME, check_out, page_setup, write_export
from handbook.spreadsheet.xlsxio import workbook_bytes
from handbook.vault.vault import Vault

FORM_CODE = "Mẫu 7-HSĐV"
# Column widths in characters, in the order of the printed register's columns.
WIDTHS = (5, 22, 11, 18, 14, 16, 12, 16, 9, 16, 16, 12, 14, 16)


def register_workbook(vault: Vault, *, everyone: bool = False) -> tuple[Workbook, int]:
    """The register as a workbook, and how many members it lists."""
    # The printed register's module brings ReportLab: imported here, not when the command line starts.
    from handbook.forms.member_register import (
        COLUMNS_7HSDV,
        MEMBER_REGISTER_TITLE,
        member_register_sections,
        register_subtitle,
    )
    from handbook.forms.sources import letterhead

    sections = member_register_sections(vault, everyone=everyone)
    wb = Workbook()
    ws = wb.active
    ws.title = FORM_CODE
    ncols = len(COLUMNS_7HSDV)
    last = get_column_letter(ncols)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top = Alignment(vertical="top", wrap_text=True)
    head = letterhead(vault, date.today())
    superior, issuing = head.issuer(False)
    ws["A1"] = superior.upper()
    ws["A1"].font = Font(name=FONT_NAME, size=12)
    ws.merge_cells("A1:E1")
    ws.cell(row=1, column=ncols - 2, value=FORM_CODE).font = Font(name=FONT_NAME, size=12, italic=True)
    ws.merge_cells(start_row=1, start_column=ncols - 2, end_row=1, end_column=ncols)
    ws.cell(row=1, column=ncols - 2).alignment = Alignment(horizontal="right")
    ws["A2"] = issuing.upper()
    ws["A2"].font = Font(name=FONT_NAME, size=12, bold=True)
    ws.merge_cells("A2:E2")
    ws["A2"].alignment = ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = MEMBER_REGISTER_TITLE.upper()
    ws["A3"].font = Font(name=FONT_NAME, size=15, bold=True)
    ws["A3"].alignment = centre
    ws.merge_cells(f"A3:{last}3")
    ws["A4"] = register_subtitle(vault, date.today())
    ws["A4"].font = Font(name=FONT_NAME, size=12, bold=True)
    ws["A4"].alignment = centre
    ws.merge_cells(f"A4:{last}4")
    header, numbers = 6, 7
    bold = Font(name=FONT_NAME, size=10, bold=True)
    small = Font(name=FONT_NAME, size=10, italic=True)
    body = Font(name=FONT_NAME, size=11)
    for i, (column, width) in enumerate(zip(COLUMNS_7HSDV, WIDTHS, strict=True), 1):
        h = ws.cell(row=header, column=i, value=column.heading)
        h.font, h.alignment, h.border = bold, centre, BORDER
        k = ws.cell(row=numbers, column=i, value=f"({i})")
        k.font, k.alignment, k.border = small, centre, BORDER
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[header].height = 52
    r = numbers
    count = 0
    for section in sections:
        r += 1
        cell = ws.cell(row=r, column=1, value=section.heading)
        cell.font, cell.border = bold, BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        for values in section.rows:
            r += 1
            count += 1
            for i, value in enumerate(values, 1):
                c = ws.cell(row=r, column=i, value=(int(value) if i == 1 else value) if value != "" else None)
                c.font, c.border = body, BORDER
                c.alignment = centre if COLUMNS_7HSDV[i - 1].align == "centre" else top
                if i == 8:
                    c.number_format = "@"  # card numbers keep their leading zeros
    ws.freeze_panes = f"A{numbers + 1}"
    page_setup(ws, f"{header}:{numbers}")
    ws.oddFooter.center.text = "&P/&N"
    return wb, count


def export_register(vault: Vault, path: Path, *, overwrite: bool = False, everyone: bool = False) -> int:
    """Write the member register to ``path`` (``.xlsx``): the printed register's members and texts."""
    vault.actor.require(Op.MEMBERS_EXPORT)
    path = check_out(path, overwrite=overwrite, suffixes=(".xlsx",))
    workbook, count = register_workbook(vault, everyone=everyone)
    write_export(vault, path, workbook_bytes(workbook), "register", count)
    return count
