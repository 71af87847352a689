"""A report as a PDF on A4 landscape under the Party document header (Hướng dẫn 36), built in memory."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from handbook.forms.dates import place_date_line
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.layout import header_table, title_block
from handbook.forms.pages import LandscapePage, PageWriter, new_canvas
from handbook.forms.sources import font_family, letterhead
from handbook.forms.styles import FormStyles, TypeScale
from handbook.forms.typeset import markup
from handbook.permissions import Op
from handbook.reports.tables import ReportDoc, Sheet
from handbook.vault.vault import Vault

SCALE = TypeScale(header=13.0, national=14.0, date=13.0, title=15.0, title_min=12.0, summary=13.0)
SIZE = 10.0


class _Styles:
    def __init__(self, fonts: FontFamily) -> None:
        self.left = ParagraphStyle("hb-rep", fontName=fonts.regular, fontSize=SIZE, leading=SIZE * 1.18, shaping=0)
        self.right = ParagraphStyle("hb-rep-r", parent=self.left, alignment=TA_RIGHT)
        self.head = ParagraphStyle("hb-rep-h", parent=self.left, fontName=fonts.bold, alignment=TA_CENTER)
        self.section = ParagraphStyle("hb-rep-s", parent=self.left, fontName=fonts.bold, fontSize=11.5, leading=14)
        self.note = ParagraphStyle("hb-rep-n", parent=self.left, fontName=fonts.italic, fontSize=12, leading=15)
        self.fonts = fonts
        self.align = TA_LEFT


def _cell(value: str | int, numeric: bool, styles: _Styles) -> Paragraph | str:
    text = str(value)
    if not text.strip():
        return ""
    return Paragraph(markup(text), styles.right if numeric else styles.left)


def sheet_table(sheet: Sheet, styles: _Styles, width: float) -> Table:
    """A ruled table whose heading row repeats on every page; string rows are spanning section headings."""
    total = sum(sheet.shares)
    widths = [width * s / total for s in sheet.shares]
    n = len(sheet.columns)
    data: list[list[object]] = [[Paragraph(markup(sheet.caption), styles.section)] + [""] * (n - 1)]
    data.append([Paragraph(markup(c), styles.head) for c in sheet.columns])
    style: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("GRID", (0, 1), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in sheet.rows:
        index = len(data)
        if isinstance(row, str):
            data.append([Paragraph(markup(row), styles.section)] + [""] * (n - 1))
            style += [("SPAN", (0, index), (-1, index)), ("BACKGROUND", (0, index), (-1, index), "#EEEEEE")]
        else:
            data.append([_cell(v, i >= sheet.numeric_from, styles) for i, v in enumerate(row)])
    if len(data) == 2:
        data.append([Paragraph("Không có số liệu.", styles.left)] + [""] * (n - 1))
        style.append(("SPAN", (0, 2), (-1, 2)))
    return Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT", style=TableStyle(style))


def render_report_pdf(
    vault: Vault, doc: ReportDoc, *, fonts: FontChoice | FontFamily | None = None, made_on: date | None = None
) -> bytes:
    vault.actor.require(Op.FORMS_PRINT)
    family = font_family(vault, fonts)
    page = LandscapePage()
    doc_styles = FormStyles(family, SCALE)
    styles = _Styles(family)
    head = letterhead(vault, doc.day)
    superior, issuing = head.issuer(False)
    made_on = made_on or date.today()
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, doc.title, head.advisory_full)
    writer = PageWriter(canv, family, page)
    width = page.frame_width
    flowables: list[Flowable] = [
        header_table(
            doc_styles,
            width,
            superior=superior,
            issuing=issuing,
            number="",
            date_line=place_date_line(head.place, made_on),
        ),
        Spacer(1, 5 * mm),
        *title_block(doc.title, doc.summary, doc_styles, width),
        Spacer(1, 4 * mm),
    ]
    if doc.note:
        flowables += [Paragraph(markup(doc.note), styles.note), Spacer(1, 3 * mm)]
    for sheet in doc.sheets:
        flowables += [sheet_table(sheet, styles, width), Spacer(1, 6 * mm)]
    writer.flow(flowables, title=doc.title)
    canv.save()
    return buffer.getvalue()
