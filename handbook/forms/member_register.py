"""The member register (Mẫu 7-HSĐV, "Sổ danh sách đảng viên"): its rows, and the register printed on A4 landscape.

The spreadsheet export (``handbook.spreadsheet.register``) writes these same rows, so the .xlsx and the PDF
hold the same members in the same order under the same headings.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Paragraph

from handbook.dates import PartialDate
from handbook.errors import InputError
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.model import PageSetup
from handbook.forms.pages import LandscapePage, PageWriter, new_canvas
from handbook.forms.registers import (
    NO_CELL,
    REGISTER_SCALE,
    Column,
    RegisterStyles,
    cell_names,
    cell_order,
    heading,
    register_table,
)
from handbook.forms.sources import dmy, font_family, letterhead
from handbook.forms.styles import FormStyles
from handbook.forms.typeset import one_line
from handbook.members.model import EventKind, Status
from handbook.permissions import Op
from handbook.vault.vault import Vault

MEMBER_REGISTER_TITLE = "Sổ danh sách đảng viên"
MEMBER_REGISTER_FORM = "Mẫu 7-HSĐV"
ON_THE_ROLLS = (Status.PROBATIONARY.value, Status.OFFICIAL.value)

# Mẫu 7-HSĐV ("Sổ danh sách đảng viên") has 14 columns; this app fills them from its records as follows:
#
# 1. Số TT.  2. Họ và tên khai sinh, then the date of birth.  3. Nam/nữ, dân tộc, tôn giáo.  4. Quê quán.
# 5. Văn hóa, lý luận, CMNV, ngoại ngữ: the education text, then the political-theory level.
# 6. Nghề nghiệp hiện nay: occupation and workplace (the occupation before admission is not recorded).
# 7. Ngày vào Đảng, ngày chính thức.  8. Số thẻ đảng viên, then the latest Party badge awarded.
# 9. Bộ đội, công an, hưu trí: read from the occupation ("hưu", "công an", "quân đội"/"bộ đội").
# 10. Ngày chuyển đi and where to (transfer-out events).  11. Ngày chuyển đến and where from (transfer-in events).
# 12. Ngày từ trần.  13. Ngày ra khỏi Đảng and how (xin ra, xóa tên, khai trừ).
# 14. Ghi chú: probationary, exempt from activity, suspended, disciplined, and the record's note.
#
# Members are those ever assigned to one of the commune's cells (members known only through a 213
# registration belong to their workplace's register), grouped by their cell (the current one, or the last one
# for members who have left) and sorted in Vietnamese name order within it.
COLUMNS_7HSDV: tuple[Column, ...] = (
    Column("Số TT", 0.034, "centre"),
    Column("Họ và tên khai sinh, ngày sinh", 0.111, names=True),
    Column("Nam, nữ, dân tộc, tôn giáo", 0.06),
    Column("Quê quán", 0.08),
    Column("Văn hóa, lý luận, CMNV, ngoại ngữ", 0.075),
    Column("Nghề nghiệp hiện nay", 0.095),
    Column("Ngày vào Đảng, ngày chính thức", 0.08, "centre"),
    Column("Số thẻ đảng viên, Huy hiệu Đảng", 0.075, "centre"),
    Column("Bộ đội, công an, hưu trí", 0.045, "centre"),
    Column("Ngày chuyển đi, đến đảng bộ nào", 0.075),
    Column("Ngày chuyển đến, từ đảng bộ nào", 0.075),
    Column("Ngày từ trần, lý do", 0.055),
    Column("Ngày ra khỏi Đảng, hình thức", 0.06),
    Column("Ghi chú", 0.07),
)


_LEFT = {EventKind.LEFT: "Xin ra khỏi Đảng", EventKind.STRUCK_OFF: "Xóa tên", EventKind.EXPELLED: "Khai trừ"}


# --- the member register (Mẫu 7-HSĐV) --------------------------------------------------------------------


def _service(occupation: str) -> str:
    low = occupation.lower()
    if "hưu" in low:
        return "Hưu trí"
    if "công an" in low:
        return "Công an"
    if "quân đội" in low or "bộ đội" in low or "quân nhân" in low:
        return "Bộ đội"
    return ""


def _event_text(when: str, detail: str, decision: str) -> str:
    day = PartialDate.from_iso(when)
    parts = [day.display() if day else "", one_line(detail) or one_line(decision)]
    return " – ".join(p for p in parts if p)


def _born(birth: PartialDate | None) -> str:
    """The date of birth under the name, as far as it is known (the column heading says what it is)."""
    return birth.display() if birth else ""


def _badge(detail: str) -> str:
    """ "Huy hiệu 30 năm tuổi Đảng", whether the event says "30" or the whole name."""
    text = one_line(detail)
    if text.isdigit():
        return f"Huy hiệu {text} năm tuổi Đảng"
    return text or "Huy hiệu Đảng"


def _member_rows(vault: Vault, everyone: bool) -> list[tuple[int | None, tuple[str, ...]]]:
    events: dict[int, list[tuple[str, str, str, str]]] = defaultdict(list)
    for e in vault.conn.execute(
        "SELECT member_id, kind, date, decision_no, detail FROM member_events ORDER BY date, id"
    ):
        events[int(e[0])].append((e[1], e[2], e[3] or "", e[4] or ""))
    rows = vault.conn.execute(
        "SELECT m.id, m.ho, m.dem, m.ten, m.birth_date, coalesce(m.gender, ''), m.ethnicity, m.religion,"
        " m.hometown, m.education, m.theory, m.occupation, m.workplace, m.admitted, m.official, m.card_no,"
        " m.status, m.note,"
        " (SELECT a.org_id FROM assignments a WHERE a.member_id = m.id ORDER BY a.valid_from DESC, a.id DESC"
        "  LIMIT 1)"
        " FROM members m WHERE EXISTS (SELECT 1 FROM assignments x WHERE x.member_id = m.id)"
        + ("" if everyone else f" AND m.status IN ({', '.join('?' * len(ON_THE_ROLLS))})")
        + " ORDER BY m.sort_key, m.id",
        () if everyone else ON_THE_ROLLS,
    ).fetchall()
    out: list[tuple[int | None, tuple[str, ...]]] = []
    for r in rows:
        name = " ".join(" ".join(p for p in (r[1], r[2], r[3]) if p).split())
        birth = PartialDate.from_iso(r[4])
        gender = {"nam": "Nam", "nu": "Nữ"}.get(r[5], "")
        mine = events.get(int(r[0]), [])
        by_kind: dict[str, list[str]] = defaultdict(list)
        exempt = suspended = False
        for kind, when, decision, detail in mine:
            by_kind[kind].append(_event_text(when, detail, decision))
            if kind in (EventKind.EXEMPTED.value, EventKind.EXEMPTION_ENDED.value):
                exempt = kind == EventKind.EXEMPTED.value
            if kind in (EventKind.SUSPENDED.value, EventKind.SUSPENSION_ENDED.value):
                suspended = kind == EventKind.SUSPENDED.value
        admitted, official = PartialDate.from_iso(r[13]), PartialDate.from_iso(r[14])
        # The latest badge says it all (30, 40, 45 … years): "Huy hiệu 55 năm tuổi Đảng", then its date.
        badges = [
            f"{_badge(detail)}\n{_event_text(when, '', '')}"
            for kind, when, _d, detail in mine
            if kind == EventKind.BADGE.value
        ][-1:]
        left = [
            f"{_event_text(when, '', '')} – {_LEFT[EventKind(kind)]}"
            for kind, when, _d, _t in mine
            if kind in {k.value for k in _LEFT}
        ]
        notes: list[str] = []
        if r[16] == Status.PROBATIONARY.value:
            notes.append("Đảng viên dự bị")
        if exempt:
            notes.append("Miễn sinh hoạt")
        if suspended:
            notes.append("Đình chỉ sinh hoạt")
        notes += [f"Kỷ luật {x}" for x in by_kind.get(EventKind.DISCIPLINED.value, [])]
        if one_line(r[17]):
            notes.append(one_line(r[17])[:120])
        values = (
            "\n".join(x for x in (name, _born(birth)) if x),
            "\n".join(x for x in (gender, one_line(r[6]), one_line(r[7])) if x),
            one_line(r[8]),
            "\n".join(x for x in (one_line(r[9]), one_line(r[10])) if x),
            ", ".join(x for x in (one_line(r[11]), one_line(r[12])) if x),
            "\n".join(x for x in (admitted.display() if admitted else "", official.display() if official else "") if x),
            "\n".join(x for x in (one_line(r[15]), *badges) if x),
            _service(r[11]),
            "\n".join(
                by_kind.get(EventKind.TRANSFER_OUT.value, []) + by_kind.get(EventKind.TRANSFER_OUT_TEMPORARY.value, [])
            ),
            "\n".join(
                by_kind.get(EventKind.TRANSFER_IN.value, []) + by_kind.get(EventKind.TRANSFER_IN_TEMPORARY.value, [])
            ),
            "\n".join(by_kind.get(EventKind.DIED.value, [])),
            "\n".join(left),
            "; ".join(notes),
        )
        out.append((int(r[18]) if r[18] is not None else None, values))
    return out


@dataclass(frozen=True)
class RegisterSection:
    """One cell's part of the register: its heading row and its members' rows, numbered through the book."""

    heading: str  # "Chi bộ thôn Bắc (4 đảng viên)"
    rows: list[tuple[str, ...]]  # (Số TT, then the 13 other columns)


def member_register_sections(vault: Vault, *, everyone: bool = False) -> list[RegisterSection]:
    """The register's rows by cell, cells and members in Vietnamese order.

    Members of the commune's own cells (a 213 registration alone belongs to the workplace's register),
    those on the rolls today; ``everyone`` adds those who moved away, died or left the Party.
    """
    rows = _member_rows(vault, everyone)
    names = cell_names(vault)
    groups: dict[int | None, list[tuple[str, ...]]] = defaultdict(list)
    for cell_id, values in rows:
        groups[cell_id].append(values)
    sections: list[RegisterSection] = []
    number = 0
    for key in sorted(groups, key=lambda k: cell_order(names, k)):
        members = groups[key]
        cell = names.get(key, NO_CELL) if key is not None else NO_CELL
        numbered = []
        for values in members:
            number += 1
            numbered.append((str(number), *values))
        sections.append(RegisterSection(f"{cell} ({len(members)} đảng viên)", numbered))
    return sections


def register_subtitle(vault: Vault, day: date) -> str:
    return f"{letterhead(vault, day).party_organisation} – tính đến ngày {dmy(day)}"


def render_member_register(
    vault: Vault,
    *,
    everyone: bool = False,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
) -> bytes:
    """The member register (Mẫu 7-HSĐV) of the whole commune, by cell, A4 landscape."""
    vault.actor.require(Op.FORMS_PRINT)
    sections = member_register_sections(vault, everyone=everyone)
    if not sections:
        raise InputError("forms.member_register_empty")
    family = font_family(vault, fonts)
    page = page or LandscapePage()
    doc_styles = FormStyles(family, REGISTER_SCALE)
    styles = RegisterStyles(family)
    today = date.today()
    head = letterhead(vault, today)
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, MEMBER_REGISTER_TITLE, head.advisory_full)
    flowables: list[Flowable] = [Paragraph(MEMBER_REGISTER_FORM, styles.form)]
    flowables += heading(doc_styles, page.frame_width, head, MEMBER_REGISTER_TITLE, register_subtitle(vault, today))
    # One table per cell, its caption and headings repeated on every page it spans: ReportLab re-measures a
    # table's remaining rows at each page break, so one table for the whole commune costs time by its square.
    for section in sections:
        rows: list[Sequence[str] | str] = list(section.rows)
        flowables.append(register_table(COLUMNS_7HSDV, rows, styles, page.frame_width, caption=section.heading))
    PageWriter(canv, family, page).flow(flowables, title=MEMBER_REGISTER_TITLE)
    canv.save()
    return buffer.getvalue()
