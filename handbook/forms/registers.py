"""Registers on A4 landscape: the 213 register per cell and year, and the member register (Mẫu 7-HSĐV)."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from handbook.dates import PartialDate
from handbook.errors import InputError
from handbook.flow.cases import STATE_IDS
from handbook.flow.model import CaseState, Category, ResidenceKind
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.layout import header_table, title_block
from handbook.forms.model import PageSetup
from handbook.forms.pages import LandscapePage, PageWriter, new_canvas
from handbook.forms.sources import Letterhead, RuleSets, dmy, font_family, json_lines, letterhead
from handbook.forms.styles import FormStyles, TypeScale
from handbook.forms.typeset import caps, markup, one_line
from handbook.i18n import Message
from handbook.members.model import EventKind, Status
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from handbook.vault.vault import Vault

REGISTER_SCALE = TypeScale(header=13.0, national=14.0, date=13.0, title=15.0, title_min=12.0, summary=13.0)
CELL_SIZE = 10.5
HEAD_SIZE = 10.0
REGISTER_213_TITLE = (
    "Sổ theo dõi đảng viên đang công tác thường xuyên giữ mối liên hệ\nvới tổ chức đảng và nhân dân nơi cư trú"
)
MEMBER_REGISTER_TITLE = "Sổ danh sách đảng viên"
MEMBER_REGISTER_FORM = "Mẫu 7-HSĐV"
NO_CELL = "Chưa phân công chi bộ"


@dataclass(frozen=True)
class Column:
    heading: str
    share: float
    align: str = "left"


COLUMNS_213: tuple[Column, ...] = (
    Column("STT", 0.036, "centre"),
    Column("Họ và tên, năm sinh", 0.10),
    Column("Nơi cư trú", 0.08),
    Column("Cấp ủy nơi công tác", 0.10),
    Column("Giấy giới thiệu (số, ngày)", 0.08, "centre"),
    Column("Ngày tiếp nhận", 0.075, "centre"),
    Column("Diện", 0.06, "centre"),
    Column("Phiếu xin ý kiến (số, ngày nhận)", 0.085, "centre"),
    Column("Ngày chi bộ nhận xét", 0.075, "centre"),
    Column("Đề nghị của chi bộ", 0.065, "centre"),
    Column("Xác nhận (số, ngày)", 0.095, "centre"),
    Column("Gửi trả (số công văn, ngày)", 0.095, "centre"),
    Column("Ghi chú", 0.06),
)

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
    Column("Họ và tên khai sinh, ngày sinh", 0.111),
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

_CATEGORY = {
    Category.NORMAL.value: "Sinh hoạt",
    Category.EXEMPT_ACTIVITY.value: "Miễn sinh hoạt",
    Category.EXEMPT_INTRODUCTION.value: "Không giới thiệu",
}
_END = {
    "moved": "chuyển nơi ở",
    "retired": "nghỉ hưu",
    "transferred": "chuyển sinh hoạt",
    "died": "từ trần",
    "other": "lý do khác",
}
_CHANNEL = {"paper": "", "portal": "qua Cổng DVC", "app": "qua Sổ tay ĐV"}
_LEFT = {EventKind.LEFT: "Xin ra khỏi Đảng", EventKind.STRUCK_OFF: "Xóa tên", EventKind.EXPELLED: "Khai trừ"}


class RegisterStyles:
    def __init__(self, fonts: FontFamily) -> None:
        self.left = ParagraphStyle(
            "hb-reg", fontName=fonts.regular, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.18, alignment=TA_LEFT, shaping=0
        )
        self.centre = ParagraphStyle("hb-reg-c", parent=self.left, alignment=TA_CENTER)
        self.head = ParagraphStyle(
            "hb-reg-h", parent=self.centre, fontName=fonts.bold, fontSize=HEAD_SIZE, leading=HEAD_SIZE * 1.15
        )
        self.number = ParagraphStyle("hb-reg-n", parent=self.centre, fontName=fonts.italic, fontSize=9, leading=10.5)
        self.section = ParagraphStyle("hb-reg-s", parent=self.left, fontName=fonts.bold, fontSize=12, leading=14)
        self.form = ParagraphStyle(
            "hb-reg-f", parent=self.left, fontName=fonts.italic, fontSize=11, leading=13, alignment=TA_RIGHT
        )
        self.fonts = fonts


def _cells(values: Sequence[str], columns: Sequence[Column], styles: RegisterStyles) -> list[Flowable | str]:
    out: list[Flowable | str] = []
    for value, column in zip(values, columns, strict=True):
        if not value.strip():
            out.append("")  # an empty cell costs nothing to lay out
            continue
        style = styles.centre if column.align == "centre" else styles.left
        out.append(Paragraph(markup(value), style))
    return out


def register_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str] | str],
    styles: RegisterStyles,
    width: float,
    *,
    caption: str = "",
) -> Table:
    """A ruled table whose heading rows (caption, headings, column numbers) repeat on every page.

    A row given as a single string is a section heading spanning the table.
    """
    total = sum(c.share for c in columns)
    widths = [width * c.share / total for c in columns]
    n = len(columns)
    data: list[list[object]] = []
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    first = 0
    if caption:
        data.append([Paragraph(markup(caption), styles.section)] + [""] * (n - 1))
        style += [("SPAN", (0, 0), (-1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 5)]
        first = 1
    data.append([Paragraph(markup(c.heading), styles.head) for c in columns])
    data.append([Paragraph(f"({i})", styles.number) for i in range(1, n + 1)])
    heading_rows = first + 2
    style += [
        ("GRID", (0, first), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, first), (-1, first), "MIDDLE"),
        ("TOPPADDING", (0, first + 1), (-1, first + 1), 0.5),
        ("BOTTOMPADDING", (0, first + 1), (-1, first + 1), 1.5),
    ]
    for row in rows:
        index = len(data)
        if isinstance(row, str):
            data.append([Paragraph(markup(row), styles.section)] + [""] * (n - 1))
            style += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), "#EEEEEE")]
        else:
            data.append(_cells(row, columns, styles))
    return Table(data, colWidths=widths, repeatRows=heading_rows, hAlign="LEFT", style=TableStyle(style))


def heading(styles: FormStyles, width: float, head: Letterhead, title: str, summary: str) -> list[Flowable]:
    superior, issuing = head.issuer(False)
    return [
        header_table(styles, width, superior=superior, issuing=issuing, number="", date_line=""),
        Spacer(1, 5 * mm),
        *title_block(title, summary, styles, width),
        Spacer(1, 5 * mm),
    ]


# --- the 213 register -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row213:
    cell_id: int | None
    values: tuple[str, ...]


def _rows_213(vault: Vault, year: int) -> list[_Row213]:
    start, end = date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()
    rows = vault.conn.execute(
        "SELECT trim(m.ho || ' ' || m.dem || ' ' || m.ten), m.birth_date, r.residence_kind, r.residence_address,"
        " coalesce(e.name, ''), r.letter_no, r.letter_date, r.received_date, r.category, r.ended_on, r.end_reason,"
        " (SELECT rc.cell_id FROM registration_cells rc WHERE rc.registration_id = r.id AND rc.valid_from <= ?"
        "  ORDER BY rc.valid_from DESC, rc.id DESC LIMIT 1),"
        " c.id, c.state, c.cell_id, c.request_doc_no, c.received_date, c.channel, c.cell_meeting_date, c.ratings,"
        " c.comment_rule_set_id, c.exempt, coalesce(c.confirm_number_text, ''), c.confirm_date,"
        " coalesce(d.number_text, ''), d.date, coalesce(c.return_reason, ''), coalesce(c.cancel_reason, '')"
        " FROM registrations r JOIN members m ON m.id = r.member_id"
        " LEFT JOIN external_orgs e ON e.id = r.workplace_org_id"
        " LEFT JOIN cases c ON c.registration_id = r.id AND c.year = ?"
        " LEFT JOIN dispatches d ON d.id = c.dispatch_id"
        " WHERE r.received_date <= ? AND (r.ended_on IS NULL OR r.ended_on >= ?)"
        " ORDER BY m.sort_key, r.id",
        (end, year, end, start),
    ).fetchall()
    rules = RuleSets(vault)
    out: list[_Row213] = []
    for r in rows:
        name = " ".join(r[0].split())
        birth = PartialDate.from_iso(r[1])
        residence = one_line(r[3])
        if r[2] == ResidenceKind.TEMPORARY.value:
            residence += " (tạm trú)"
        letter = one_line(r[5])
        if r[6]:
            letter += f"\n{_dmy_iso(r[6])}"
        request = ""
        meeting = proposal = confirmed = sent = ""
        notes: list[str] = []
        if r[12] is not None:
            request = "\n".join(x for x in (one_line(r[15]), _dmy_iso(r[16]), _CHANNEL.get(r[17], "")) if x)
            meeting = _dmy_iso(r[18])
            if r[19]:
                ratings = json_lines(r[19])
                criteria = rules.get(r[20], date(year, 12, 31)).criteria(bool(r[21]))
                if criteria and len(ratings) == len(criteria):
                    proposal = criteria[-1].labels[int(ratings[-1])]
            if r[22]:
                confirmed = f"{r[22]}\n{_dmy_iso(r[23])}"
            if r[24]:
                sent = f"{r[24]}\n{_dmy_iso(r[25])}"
            state = CaseState(r[13])
            if state in (CaseState.REQUESTED, CaseState.COMMENTED, CaseState.CONFIRMED):
                notes.append(Message(STATE_IDS[state]).render("vi"))
            elif state is CaseState.RETURNED:
                notes.append(f"Trả lại: {one_line(r[26])}")
            elif state is CaseState.CANCELLED:
                notes.append(f"Hủy: {one_line(r[27])}")
        elif r[8] == Category.NORMAL.value:
            notes.append("Chưa có phiếu")
        if r[9]:
            notes.append(f"Thôi đăng ký {_dmy_iso(r[9])} ({_END.get(r[10] or 'other', '')})")
        values = (
            f"{name}\n{birth.year}" if birth else name,
            residence,
            one_line(r[4]),
            letter,
            _dmy_iso(r[7]),
            _CATEGORY.get(r[8], ""),
            request,
            meeting,
            proposal,
            confirmed,
            sent,
            "; ".join(notes),
        )
        cell = r[14] if r[14] is not None else r[11]
        out.append(_Row213(int(cell) if cell is not None else None, values))
    return out


def _dmy_iso(text: str | None) -> str:
    return dmy(date.fromisoformat(text)) if text else ""


def _cell_names(vault: Vault) -> dict[int, str]:
    return {int(r[0]): one_line(r[1]) for r in vault.conn.execute("SELECT id, name FROM orgs ORDER BY id")}


def render_register_213(
    vault: Vault,
    year: int,
    cell_id: OrgId | None = None,
    *,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
) -> bytes:
    """The 213 register of a year: one section per residence cell (or only ``cell_id``), A4 landscape."""
    vault.actor.require(Op.FORMS_PRINT)
    rows = _rows_213(vault, year)
    names = _cell_names(vault)
    if cell_id is not None and int(cell_id) not in names:
        raise InputError("org.not_found", name=str(cell_id))
    groups: dict[int | None, list[_Row213]] = defaultdict(list)
    for row in rows:
        if cell_id is None or row.cell_id == int(cell_id):
            groups[row.cell_id].append(row)
    if cell_id is not None:
        groups.setdefault(int(cell_id), [])
    if not groups:
        raise InputError("forms.register_empty", year=year)
    family = font_family(vault, fonts)
    page = page or LandscapePage()
    doc_styles = FormStyles(family, REGISTER_SCALE)
    styles = RegisterStyles(family)
    head = letterhead(vault, date(year, 12, 31))
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, f"Sổ theo dõi đảng viên 213 năm {year}", head.advisory_full)
    writer = PageWriter(canv, family, page)
    order = sorted(groups, key=lambda k: (k is None, k or 0))
    for key in order:
        cell = names.get(key, NO_CELL) if key is not None else NO_CELL
        caption = f"{caps(cell)} – NĂM {year}"
        table_rows: list[Sequence[str] | str] = [(str(i), *row.values) for i, row in enumerate(groups[key], 1)] or [
            "Không có đảng viên đăng ký sinh hoạt nơi cư trú."
        ]
        flowables = heading(doc_styles, page.frame_width, head, REGISTER_213_TITLE, f"{cell} – năm {year}")
        flowables.append(register_table(COLUMNS_213, table_rows, styles, page.frame_width, caption=caption))
        writer.flow(flowables, title=REGISTER_213_TITLE)
    canv.save()
    return buffer.getvalue()


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


def _member_rows(vault: Vault) -> list[tuple[int | None, tuple[str, ...]]]:
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
        " ORDER BY m.sort_key, m.id"
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
            f"{one_line(detail) or 'Huy hiệu Đảng'}\n{_event_text(when, '', '')}"
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


def render_member_register(
    vault: Vault, *, fonts: FontChoice | FontFamily | None = None, page: PageSetup | None = None
) -> bytes:
    """The member register (Mẫu 7-HSĐV) of the whole commune, by cell, A4 landscape."""
    vault.actor.require(Op.FORMS_PRINT)
    rows = _member_rows(vault)
    if not rows:
        raise InputError("forms.member_register_empty")
    names = _cell_names(vault)
    groups: dict[int | None, list[tuple[str, ...]]] = defaultdict(list)
    for cell_id, values in rows:
        groups[cell_id].append(values)
    family = font_family(vault, fonts)
    page = page or LandscapePage()
    doc_styles = FormStyles(family, REGISTER_SCALE)
    styles = RegisterStyles(family)
    today = date.today()
    head = letterhead(vault, today)
    table_rows: list[Sequence[str] | str] = []
    number = 0
    for key in sorted(groups, key=lambda k: (k is None, k or 0)):
        members = groups[key]
        cell = names.get(key, NO_CELL) if key is not None else NO_CELL
        table_rows.append(f"{cell} ({len(members)} đảng viên)")
        for values in members:
            number += 1
            table_rows.append((str(number), *values))
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, MEMBER_REGISTER_TITLE, head.advisory_full)
    flowables: list[Flowable] = [Paragraph(MEMBER_REGISTER_FORM, styles.form)]
    flowables += heading(
        doc_styles,
        page.frame_width,
        head,
        MEMBER_REGISTER_TITLE,
        f"{head.party_organisation} – tính đến ngày {dmy(today)}",
    )
    flowables.append(register_table(COLUMNS_7HSDV, table_rows, styles, page.frame_width))
    PageWriter(canv, family, page).flow(flowables, title=MEMBER_REGISTER_TITLE)
    canv.save()
    return buffer.getvalue()
