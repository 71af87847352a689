"""The member register "Sổ danh sách đảng viên" (Mẫu 7-HSĐV) as ``.xlsx``.

The 14 columns follow the printed book (Hướng dẫn nghiệp vụ công tác đảng viên of the Central
Organisation Commission); each member takes one row whose cells hold several lines, as the book's
four thin lines per member do:

 1. Số TT
 2. Họ và tên (khai sinh) — and, on the next line, the date of birth
 3. Nam, nữ, dân tộc, tôn giáo
 4. Quê quán
 5. Văn hóa, lý luận, CMNV, ngoại ngữ — education and political theory (the vault keeps no
    professional qualification or foreign language)
 6. Nghề nghiệp trước khi vào Đảng, nghề nghiệp hiện nay — the current occupation
 7. Ngày vào Đảng, ngày chính thức
 8. Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng — the card number and the badges
    awarded (from the badge events)
 9. Bộ đội, công an, hưu trí — left blank to be filled by hand (not kept in the vault)
10. Ngày chuyển đi, đến đảng bộ cơ sở nào — transfer-out events (date, detail)
11. Ngày chuyển đến, ở đảng bộ cơ sở nào đến — transfer-in events
12. Ngày từ trần, lý do — the death event
13. Ngày ra khỏi Đảng, hình thức ra Đảng — leaving, striking off or expulsion
14. Ghi chú — the note and the current cell

Everyone ever recorded is listed (the register keeps history), in the order they were entered.
The header (with the column numbers 1–14 under it) repeats on every printed page; A4 landscape,
fitted to the page width, Times New Roman. The register is an official form: always Vietnamese.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from handbook.dates import PartialDate, display
from handbook.i18n import Message
from handbook.members.model import EventKind, MemberId
from handbook.permissions import Op
from handbook.spreadsheet.export import (
    BORDER,
    FONT_NAME,
    ExportedMember,
    check_out,
    load_members,
    page_setup,
    write_export,
)
from handbook.spreadsheet.xlsxio import workbook_bytes
from handbook.vault.vault import Vault

FORM_CODE = "Mẫu 7-HSĐV"
TITLE = "SỔ DANH SÁCH ĐẢNG VIÊN"
REGISTER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Số TT", 5),
    ("Họ và tên\n(khai sinh)", 22),
    ("Nam, nữ, dân tộc, tôn giáo", 11),
    ("Quê quán", 20),
    ("Văn hóa, lý luận, CMNV, ngoại ngữ", 13),
    ("Nghề nghiệp trước khi vào Đảng, nghề nghiệp hiện nay", 15),
    ("Ngày vào Đảng, ngày chính thức", 12),
    ("Số thẻ đảng viên, số lý lịch đảng viên, số Huy hiệu Đảng", 14),
    ("Bộ đội, công an, hưu trí", 10),
    ("Ngày chuyển đi, đến đảng bộ cơ sở nào", 17),
    ("Ngày chuyển đến, ở đảng bộ cơ sở nào đến", 17),
    ("Ngày từ trần, lý do", 13),
    ("Ngày ra khỏi Đảng, hình thức ra Đảng", 14),
    ("Ghi chú", 16),
)
_LEAVING = (EventKind.LEFT, EventKind.STRUCK_OFF, EventKind.EXPELLED)


def _events(vault: Vault) -> dict[MemberId, list[tuple[EventKind, PartialDate | None, str, str]]]:
    out: dict[MemberId, list[tuple[EventKind, PartialDate | None, str, str]]] = defaultdict(list)
    for member_id, kind, when, decision, detail in vault.conn.execute(
        "SELECT member_id, kind, date, decision_no, detail FROM member_events ORDER BY member_id, date, id"
    ):
        out[MemberId(member_id)].append((EventKind(kind), PartialDate.from_iso(when), decision, detail))
    return out


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def register_row(
    n: int, m: ExportedMember, events: list[tuple[EventKind, PartialDate | None, str, str]]
) -> list[str | int]:
    d = m.data

    def of(*kinds: EventKind, label: bool = False) -> str:
        lines = []
        for kind, when, decision, detail in events:
            if kind in kinds:
                head = display(when)
                if label:
                    head = f"{head} {Message(f'event.{kind.value}').render('vi')}".strip()
                extra = ", ".join(p for p in (detail, decision and f"QĐ {decision}") if p)
                lines.append(f"{head}: {extra}" if extra else head)
        return "\n".join(lines)

    gender = Message(f"gender.{d.gender.value}").render("vi") if d.gender else ""
    badges = []
    for kind, when, _, detail in events:
        if kind is EventKind.BADGE:
            badges.append(f"Huy hiệu {detail} năm ({display(when)})" if detail else f"Huy hiệu ({display(when)})")
    return [
        n,
        _lines(d.full_name, f"Sinh {display(d.birth_date)}" if d.birth_date else ""),
        _lines(gender, d.ethnicity, d.religion),
        d.hometown,
        _lines(d.education, d.theory and f"LLCT: {d.theory}"),
        d.occupation,
        _lines(display(d.admitted), display(d.official)),
        _lines(d.card_no, *badges),
        "",
        of(EventKind.TRANSFER_OUT, EventKind.TRANSFER_OUT_TEMPORARY, label=True),
        of(EventKind.TRANSFER_IN, EventKind.TRANSFER_IN_TEMPORARY, label=True),
        of(EventKind.DIED),
        of(*_LEAVING, label=True),
        _lines(d.note, m.cell and f"Chi bộ: {m.cell}"),
    ]


def register_workbook(vault: Vault, members: list[ExportedMember]) -> Workbook:
    events = _events(vault)
    wb = Workbook()
    ws = wb.active
    ws.title = "Mẫu 7-HSĐV"
    ncols = len(REGISTER_COLUMNS)
    last = get_column_letter(ncols)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top = Alignment(vertical="top", wrap_text=True)
    ws["A1"] = (vault.meta("committee_name") or "").upper()
    ws["A1"].font = Font(name=FONT_NAME, size=12)
    ws.merge_cells("A1:E1")
    ws.cell(row=1, column=ncols - 2, value=FORM_CODE).font = Font(name=FONT_NAME, size=12, italic=True)
    ws.merge_cells(start_row=1, start_column=ncols - 2, end_row=1, end_column=ncols)
    ws.cell(row=1, column=ncols - 2).alignment = Alignment(horizontal="right")
    ws["A2"] = "*"
    ws["A2"].font = Font(name=FONT_NAME, size=12)
    ws.merge_cells("A2:E2")
    ws["A2"].alignment = ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = TITLE
    ws["A3"].font = Font(name=FONT_NAME, size=15, bold=True)
    ws["A3"].alignment = centre
    ws.merge_cells(f"A3:{last}3")
    header, numbers = 5, 6
    bold = Font(name=FONT_NAME, size=10, bold=True)
    small = Font(name=FONT_NAME, size=10, italic=True)
    body = Font(name=FONT_NAME, size=11)
    for i, (text, width) in enumerate(REGISTER_COLUMNS, 1):
        h = ws.cell(row=header, column=i, value=text)
        h.font, h.alignment, h.border = bold, centre, BORDER
        k = ws.cell(row=numbers, column=i, value=i)
        k.font, k.alignment, k.border = small, centre, BORDER
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[header].height = 66
    for n, m in enumerate(members, 1):
        r = numbers + n
        for i, value in enumerate(register_row(n, m, events.get(m.id, [])), 1):
            cell = ws.cell(row=r, column=i, value=value if value != "" else None)
            cell.font, cell.alignment, cell.border = body, top, BORDER
        ws.cell(row=r, column=8).number_format = "@"
    ws.freeze_panes = f"A{numbers + 1}"
    page_setup(ws, f"{header}:{numbers}")
    ws.oddFooter.center.text = "&P/&N"
    return wb


def export_register(vault: Vault, path: Path, *, overwrite: bool = False) -> int:
    """Write the register of every member ever recorded to ``path`` (``.xlsx``)."""
    vault.actor.require(Op.MEMBERS_EXPORT)
    path = check_out(path, overwrite=overwrite, suffixes=(".xlsx",))
    members = load_members(vault, statuses=None, order="entry")
    write_export(vault, path, workbook_bytes(register_workbook(vault, members)), "register", len(members))
    return len(members)
