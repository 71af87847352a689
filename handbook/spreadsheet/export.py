"""Exporting the members list to ``.xlsx`` (ready to print) or ``.csv`` (UTF-8 with BOM for Excel).

The ``.xlsx`` list: a title, the committee's name and the date, then one header row and one row per
member in Vietnamese name order; identity columns (CCCD, CMND, phone, card number) are text cells
("@") so Excel keeps their leading zeros; A4 landscape, fitted to the page width, the header row
repeated on every printed page, Times New Roman. Its headers are the ones the import reads, so an
exported list imports back as it is. The ``.csv`` has the same columns (Excel opens a CSV's
numbers as numbers: use the ``.xlsx`` for Excel). Only the file asked for is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from handbook.dates import display
from handbook.errors import InputError
from handbook.i18n import DEFAULT_LANG, Lang, Message
from handbook.members.model import MemberData, MemberId, Status
from handbook.members.repo import COLUMNS, from_row
from handbook.permissions import Op
from handbook.spreadsheet.xlsxio import workbook_bytes
from handbook.vault.atomic import write_atomic
from handbook.vault.vault import Vault

FONT_NAME = "Times New Roman"
CURRENT = (Status.PROBATIONARY, Status.OFFICIAL)
_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class ExportedMember:
    id: MemberId
    data: MemberData
    status: Status
    cell: str


def load_members(
    vault: Vault, *, statuses: Sequence[Status] | None = None, cell_id: int | None = None, order: str = "name"
) -> list[ExportedMember]:
    """Every member (or those with ``statuses``, in ``cell_id``) with the full record, in Vietnamese
    name order (``order="name"``) or in the order they were entered (``order="entry"``)."""
    vault.actor.require(Op.READ)
    cols = ", ".join("NULL" if c == "photo" else f"m.{c}" for c in COLUMNS)
    where: list[str] = []
    params: list[Any] = []
    if statuses:
        where.append(f"m.status IN ({', '.join('?' * len(statuses))})")
        params.extend(s.value for s in statuses)
    if cell_id is not None:
        where.append("a.org_id = ?")
        params.append(cell_id)
    sql = (
        f"SELECT m.id, m.status, o.name, {cols} FROM members m"
        " LEFT JOIN assignments a ON a.member_id = m.id AND a.valid_to IS NULL"
        " LEFT JOIN orgs o ON o.id = a.org_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + (" ORDER BY m.sort_key, m.id" if order == "name" else " ORDER BY m.id")
    )
    return [
        ExportedMember(MemberId(r[0]), from_row(r[3:]), Status(r[1]), r[2] or "")
        for r in vault.conn.execute(sql, params)
    ]


# Exported columns: (header message id, width, is an identity number kept as text).
LIST_COLUMNS: tuple[tuple[str, float, bool], ...] = (
    ("sheet.export.stt", 5, False),
    ("field.ho", 11, False),
    ("field.dem", 11, False),
    ("field.ten", 8, False),
    ("field.gender", 6, False),
    ("field.birth_date", 11, False),
    ("field.hometown", 20, False),
    ("field.ethnicity", 8, False),
    ("field.religion", 9, False),
    ("field.cccd", 14, True),
    ("field.cmnd", 11, True),
    ("field.phone", 12, True),
    ("field.card_no", 11, True),
    ("field.admitted", 11, False),
    ("field.official", 11, False),
    ("field.education", 9, False),
    ("field.theory", 10, False),
    ("field.occupation", 14, False),
    ("field.workplace", 20, False),
    ("field.address", 22, False),
    ("field.cell", 18, False),
    ("field.status", 11, False),
    ("field.note", 18, False),
)


def list_row(n: int, m: ExportedMember, lang: Lang) -> list[str | int]:
    d = m.data
    gender = Message(f"gender.{d.gender.value}").render(lang) if d.gender else ""
    return [
        n,
        d.ho,
        d.dem,
        d.ten,
        gender,
        display(d.birth_date),
        d.hometown,
        d.ethnicity,
        d.religion,
        d.cccd,
        d.cmnd,
        d.phone,
        d.card_no,
        display(d.admitted),
        display(d.official),
        d.education,
        d.theory,
        d.occupation,
        d.workplace,
        d.address,
        m.cell,
        Message(f"status.{m.status.value}").render(lang),
        d.note,
    ]


def page_setup(ws: Worksheet, title_rows: str) -> None:
    """A4 landscape, fitted to the page width, ``title_rows`` ("4:4") repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def list_workbook(vault: Vault, members: Sequence[ExportedMember], lang: Lang = DEFAULT_LANG) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = Message("sheet.export.sheet").render(lang)[:31]
    ncols = len(LIST_COLUMNS)
    last = get_column_letter(ncols)
    title = Font(name=FONT_NAME, size=14, bold=True)
    plain = Font(name=FONT_NAME, size=12)
    italic = Font(name=FONT_NAME, size=12, italic=True)
    bold = Font(name=FONT_NAME, size=11, bold=True)
    body = Font(name=FONT_NAME, size=11)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top = Alignment(vertical="top", wrap_text=True)

    ws["A1"] = Message("sheet.export.title").render(lang)
    ws["A1"].font = title
    ws["A1"].alignment = centre
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = (vault.meta("committee_name") or "").upper()
    ws["A2"].font = plain
    ws["A2"].alignment = centre
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = Message(
        "sheet.export.subtitle", {"date": date.today().strftime("%d/%m/%Y"), "count": len(members)}
    ).render(lang)
    ws["A3"].font = italic
    ws["A3"].alignment = centre
    ws.merge_cells(f"A3:{last}3")
    header_row = 4
    for i, (msg_id, width, _) in enumerate(LIST_COLUMNS, 1):
        cell = ws.cell(row=header_row, column=i, value=Message(msg_id).render(lang))
        cell.font = bold
        cell.alignment = centre
        cell.border = BORDER
        ws.column_dimensions[get_column_letter(i)].width = width
    text_columns = [i for i, (_, _, is_id) in enumerate(LIST_COLUMNS, 1) if is_id]
    for n, m in enumerate(members, 1):
        r = header_row + n
        for i, value in enumerate(list_row(n, m, lang), 1):
            cell = ws.cell(row=r, column=i, value=value if value != "" else None)
            cell.font = body
            cell.alignment = top
            cell.border = BORDER
        for i in text_columns:
            ws.cell(row=r, column=i).number_format = "@"
    for i in text_columns:  # empty cells typed later stay text too
        ws.column_dimensions[get_column_letter(i)].number_format = "@"
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(len(members), 1)}"
    page_setup(ws, f"{header_row}:{header_row}")
    ws.oddFooter.center.text = "&P/&N"
    return wb


def list_csv(members: Sequence[ExportedMember], lang: Lang = DEFAULT_LANG) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([Message(msg_id).render(lang) for msg_id, _, _ in LIST_COLUMNS])
    for n, m in enumerate(members, 1):
        writer.writerow(list_row(n, m, lang))
    return buf.getvalue().encode("utf-8-sig")


def check_out(path: Path, *, overwrite: bool, suffixes: tuple[str, ...]) -> Path:
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        raise InputError("sheet.out_type", path=str(path), types=", ".join(suffixes))
    if path.exists() and not overwrite:
        raise InputError("sheet.out_exists", path=str(path))
    if not path.parent.is_dir():
        raise InputError("sheet.out_dir_missing", path=str(path.parent))
    return path


def write_export(vault: Vault, path: Path, data: bytes, kind: str, count: int) -> None:
    """Write the finished file and audit who exported what (one transaction: no audit, no file)."""
    with vault.change(Op.MEMBERS_EXPORT) as ch:
        write_atomic(path, data)  # created 0600, as PDFs are: only this account may read member data
        ch.record("members.export", "file", path.name, None, {"kind": kind, "members": count})


def export_members(
    vault: Vault,
    path: Path,
    *,
    lang: Lang = DEFAULT_LANG,
    statuses: Sequence[Status] | None = CURRENT,
    cell_id: int | None = None,
    overwrite: bool = False,
) -> int:
    """Write the members list to ``path`` (``.xlsx`` or ``.csv``); returns how many members."""
    vault.actor.require(Op.MEMBERS_EXPORT)
    path = check_out(path, overwrite=overwrite, suffixes=(".xlsx", ".csv"))
    members = load_members(vault, statuses=statuses, cell_id=cell_id)
    if path.suffix.lower() == ".csv":
        data, kind = list_csv(members, lang), "csv"
    else:
        data, kind = workbook_bytes(list_workbook(vault, members, lang)), "xlsx"
    write_export(vault, path, data, kind, len(members))
    return len(members)
