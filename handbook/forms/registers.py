"""Registers on A4 landscape: the 213 register per cell and year, and the member register (Mẫu 7-HSĐV)."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

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
from handbook.forms.typeset import caps, markup, name_lines, nfc, one_line, text_width, wrap
from handbook.i18n import Message
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from handbook.text.sortkey import vietnamese_sort_key
from handbook.vault.vault import Vault

REGISTER_SCALE = TypeScale(header=13.0, national=14.0, date=13.0, title=15.0, title_min=12.0, summary=13.0)
CELL_SIZE = 10.5
CELL_PADDING = 4.0  # left plus right padding of a register cell, in points
HEAD_SIZE = 10.0
REGISTER_213_TITLE = (
    "Sổ theo dõi đảng viên đang công tác thường xuyên giữ mối liên hệ\nvới tổ chức đảng và nhân dân nơi cư trú"
)
NO_CELL = "Chưa phân công chi bộ"


@dataclass(frozen=True)
class Column:
    heading: str
    share: float
    align: str = "left"
    names: bool = False  # holds proper names: kept whole on a line where they fit


COLUMNS_213: tuple[Column, ...] = (
    Column("STT", 0.036, "centre"),
    Column("Họ và tên, năm sinh", 0.10, names=True),
    Column("Nơi cư trú", 0.08),
    Column("Cấp ủy nơi công tác", 0.10, names=True),
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
_CHANNEL = {"paper": "", "portal": "qua Cổng DVC", "app": "qua Sổ tay ĐV", "bundle": "qua tệp trao đổi"}


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
        # Cell texts already broken, by (text, width): a register repeats its places, levels and jobs often.
        self.broken: dict[tuple[str, float], str] = {}


def _cells(
    values: Sequence[str], columns: Sequence[Column], widths: Sequence[float], styles: RegisterStyles
) -> list[str]:
    """A row's cells as plain text already broken into lines (the table draws text cells without Paragraph
    layout, which a register of thousands of rows cannot afford); proper names kept whole where they fit."""
    out: list[str] = []
    font, size = styles.left.fontName, styles.left.fontSize
    for value, column, width in zip(values, columns, widths, strict=True):
        if not value.strip():
            out.append("")
            continue
        room = width - CELL_PADDING
        if column.names:
            out.append(name_lines(value, font, size, room))
            continue
        known = styles.broken.get((value, room))
        if known is None:
            known = _lines(value, font, size, room)
            styles.broken[(value, room)] = known
        out.append(known)
    return out


class RegisterTable(Table):  # type: ignore[misc]
    """A ruled table whose text cells are written into one PDF text object per page it draws.

    ReportLab's own table opens a text object, sets the font and closes it again for every line of every
    cell; a register of thousands of members draws hundreds of thousands of lines, so that overhead was
    most of its printing time. The look is the same: the same positions, fonts and colours.
    """

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_state: tuple[object, ...] = ()
        super().draw()
        self.canv.drawText(self._text)

    def _drawCell(self, cellval: object, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:
        if not isinstance(cellval, str):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        text = self._text
        font, font_size, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        state = (font, font_size, leading, cellstyle.color)
        if state != self._text_state:
            text.setFont(font, font_size, leading)
            text.setFillColor(cellstyle.color)
            self._text_state = state
        x0, row_y = pos
        width, height = size
        lines = cellval.split("\n")
        if cellstyle.valign == "MIDDLE":
            y = row_y + (cellstyle.bottomPadding + height - cellstyle.topPadding + len(lines) * leading) / 2 - font_size
        else:
            y = row_y + height - cellstyle.topPadding - font_size
        if cellstyle.alignment in ("CENTRE", "CENTER"):
            middle = x0 + (width + cellstyle.leftPadding - cellstyle.rightPadding) / 2
            for line in lines:
                text.setTextOrigin(middle - text_width(line, font, font_size) / 2, y)
                text.textLine(line)
                y -= leading
        else:
            text.setTextOrigin(x0 + cellstyle.leftPadding, y)
            for line in lines:
                text.textLine(line)  # the next line starts one leading lower (T*), at the same left edge


def _lines(text: str, font: str, size: float, width: float) -> str:
    return "\n".join(line for part in nfc(text).split("\n") for line in wrap(one_line(part), font, size, width))


class RegisterRows(Flowable):  # type: ignore[misc]
    """A register table laid out a page at a time: each page gets one table of the rows that fit there,
    under the caption, the headings and the column numbers.

    Row heights are known from the pre-broken text, so finding a page break is a sum. ReportLab's own
    table split builds the whole remainder again at every page break (styles applied to every cell), which
    costs a long register time by the square of its length.
    """

    def __init__(
        self,
        head: list[list[object]],
        head_heights: list[float],
        body: list[list[object]],
        body_heights: list[float],
        style: list[tuple[object, ...]],
        row_style: dict[int, list[tuple[object, ...]]],
        widths: list[float],
    ) -> None:
        super().__init__()
        self.head, self.head_heights = head, head_heights
        self.body, self.body_heights = body, body_heights
        self.style, self.row_style, self.widths = style, row_style, widths
        self.hAlign = "LEFT"

    def _table(self, count: int) -> RegisterTable:
        first = len(self.head)
        style = list(self.style)
        for index in range(count):
            for command in self.row_style.get(index, []):
                row = first + index
                style.append((command[0], (0, row), (-1, row), *command[1:]))
        return RegisterTable(
            self.head + self.body[:count],
            colWidths=self.widths,
            rowHeights=self.head_heights + self.body_heights[:count],
            hAlign="LEFT",
            style=TableStyle(style),
        )

    def _rest(self, start: int) -> RegisterRows:
        row_style = {i - start: c for i, c in self.row_style.items() if i >= start}
        return RegisterRows(
            self.head,
            self.head_heights,
            self.body[start:],
            self.body_heights[start:],
            self.style,
            row_style,
            self.widths,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = sum(self.head_heights) + sum(self.body_heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - sum(self.head_heights)
        count = 0
        for height in self.body_heights:
            if height > room:
                break
            room -= height
            count += 1
        if count == 0:
            return []  # not even one row fits under the headings here: the whole table moves on
        if count == len(self.body):
            return [self._table(count)]
        return [self._table(count), self._rest(count)]

    def draw(self) -> None:
        table = self._table(len(self.body))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


TOP_PAD, BOTTOM_PAD = 2.0, 3.0  # BOTTOM_PAD is ReportLab's default bottom padding


def register_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str] | str],
    styles: RegisterStyles,
    width: float,
    *,
    caption: str = "",
) -> Flowable:
    """A ruled table whose heading rows (caption, headings, column numbers) repeat on every page.

    A row given as a single string is a section heading spanning the table. The caption, headings and
    cells are plain text broken into lines here (Paragraphs in the heading rows were laid out again on every
    page); the caption lies in the first cell of its unruled row, across the table.
    """
    total = sum(c.share for c in columns)
    widths = [width * c.share / total for c in columns]
    n = len(columns)
    head: list[list[object]] = []
    head_heights: list[float] = []
    leading = styles.left.leading
    # Each command below is applied to every cell of every page's table: as few as the look allows (the
    # bottom padding is ReportLab's default, BOTTOM_PAD).
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, CELL_SIZE, leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PAD),
    ]
    first = 0
    if caption:
        section = styles.section
        text = _lines(caption, section.fontName, section.fontSize, width - CELL_PADDING)
        head.append([text, *([""] * (n - 1))])
        head_heights.append(section.leading * (text.count("\n") + 1) + TOP_PAD + 5)
        style += [
            ("FONT", (0, 0), (0, 0), section.fontName, section.fontSize, section.leading),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ]
        first = 1
    bold, number = styles.head, styles.number
    headings = [
        _lines(c.heading, bold.fontName, bold.fontSize, w - CELL_PADDING) for c, w in zip(columns, widths, strict=True)
    ]
    head.append([*headings])
    head_heights.append(bold.leading * max(h.count("\n") + 1 for h in headings) + TOP_PAD + BOTTOM_PAD)
    head.append([f"({i})" for i in range(1, n + 1)])
    head_heights.append(number.leading + 0.5 + 1.5)
    heading_rows = first + 2
    style += [
        ("GRID", (0, first), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, first), (-1, first), "MIDDLE"),
        ("ALIGN", (0, first), (-1, first + 1), "CENTER"),
        ("FONT", (0, first), (-1, first), bold.fontName, bold.fontSize, bold.leading),
        ("FONT", (0, first + 1), (-1, first + 1), number.fontName, number.fontSize, number.leading),
        ("TOPPADDING", (0, first + 1), (-1, first + 1), 0.5),
        ("BOTTOMPADDING", (0, first + 1), (-1, first + 1), 1.5),
    ]
    body: list[list[object]] = []
    body_heights: list[float] = []
    row_style: dict[int, list[tuple[object, ...]]] = {}
    for row in rows:
        if isinstance(row, str):
            paragraph = Paragraph(markup(row), styles.section)
            _w, h = paragraph.wrap(width - CELL_PADDING, 10_000)
            row_style[len(body)] = [("SPAN",), ("BACKGROUND", "#EEEEEE")]
            body.append([paragraph] + [""] * (n - 1))
            body_heights.append(h + TOP_PAD + BOTTOM_PAD)
        else:
            cells = _cells(row, columns, widths, styles)
            body.append(list(cells))
            body_heights.append(leading * max(c.count("\n") + 1 for c in cells) + TOP_PAD + BOTTOM_PAD)
    centred = [i for i, c in enumerate(columns) if c.align == "centre"]
    style += [("ALIGN", (i, heading_rows), (i, -1), "CENTER") for i in centred]
    return RegisterRows(head, head_heights, body, body_heights, style, row_style, widths)


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


def cell_order(names: dict[int, str], cell_id: int | None) -> tuple[bool, str, int]:
    """Cells in Vietnamese order of their names; members without a cell last."""
    if cell_id is None:
        return (True, "", 0)
    return (False, vietnamese_sort_key(names.get(cell_id, "")), cell_id)


def cell_names(vault: Vault) -> dict[int, str]:
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
    names = cell_names(vault)
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
    order = sorted(groups, key=lambda k: cell_order(names, k))
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
