"""The Party document layout (Hướng dẫn 36-HD/VPTW) as ReportLab flowables, and one-off documents as PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from handbook.errors import InputError
from handbook.forms.dates import place_date_line
from handbook.forms.flowables import RuledText, SignatureArea, Slot, SlotRecorder, SlotStyle, read_image
from handbook.forms.fonts import FontChoice, FontFamily, register_fonts
from handbook.forms.keep import SignatureKeeper
from handbook.forms.model import DocumentHeader, PageSetup, PartyDocument, Recipients, SignatureBlock
from handbook.forms.styles import DOCUMENT_SCALE, FormStyles, TypeScale
from handbook.forms.typeset import balance, caps, fit_size, keep_name, markup, nfc, one_line, text_width
from handbook.i18n import Message

NATIONAL_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
STAR = "*"
APP_NAME = "Sổ tay Đảng viên"
HEADER_MIN_LEFT = 0.40  # the left header column takes at least this share of the writing width
HEADER_GAP = 14.0  # points kept clear between the texts of the two header columns
SQUEEZED_SIGN_SPACE = 0.8  # share of the room to sign left when the closing is squeezed onto a page


def binary_streams() -> None:
    """Write PDF streams compressed but not ASCII85-armoured: a quarter smaller, and faster to build.

    This is ReportLab's process-wide ``rl_config.useA85``; every PDF this app makes wants it off.
    """
    rl_config.useA85 = 0


@dataclass(frozen=True)
class Variable:
    """A place for text that changes from page to page of a batch, drawn over a reusable form."""

    key: str
    lines: int = 1


Part = str | Variable


def borderless(
    data: Sequence[Sequence[object]],
    widths: Sequence[float],
    font: str,
    *,
    align: str = "CENTER",
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A table without rules or padding, cells aligned top: the way headers and footers are laid out.

    ``font`` is the cells' base font (otherwise ReportLab names Helvetica, an unembedded font, in the PDF).
    """
    table = Table([list(row) for row in data], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), align),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                *extra,
            ]
        )
    )
    return table


def _centred(
    part: Part,
    style: ParagraphStyle,
    recorder: SlotRecorder | None,
    *,
    upper: bool,
    fit: bool = False,
    width: float = 0.0,
) -> Flowable:
    """Centred text, or a centred slot for it; with ``width`` a heading wraps into even lines."""
    if isinstance(part, Variable):
        if recorder is None:
            raise ValueError("a variable part needs a slot recorder")
        slot_style = SlotStyle(
            style.fontName, style.fontSize, style.leading, "centre", min_size=style.fontSize * 0.7 if fit else 0.0
        )
        return Slot(part.key, slot_style, part.lines, recorder)
    text = caps(part) if upper else one_line(part)
    if width:
        kept = keep_name(one_line(part))
        text = "\n".join(balance(caps(kept) if upper else kept, style.fontName, style.fontSize, width))
    return Paragraph(markup(text), style)


def header_columns(
    styles: FormStyles, width: float, *, superior: str, date_sample: str, issuing: str = "", number: str = ""
) -> tuple[float, float]:
    """Widths of the two header columns: the left one as wide as its names need, the right one keeping
    room for "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line on one line each."""
    scale = styles.scale
    fonts = styles.fonts
    right_needed = (
        max(text_width(NATIONAL_NAME, fonts.bold, scale.national), text_width(date_sample, fonts.italic, scale.date))
        + HEADER_GAP
    )
    left_needed = (
        max(
            text_width(caps(superior), fonts.regular, scale.header),
            text_width(caps(issuing), fonts.bold, scale.header),
            text_width(one_line(number), fonts.regular, scale.header),
        )
        + HEADER_GAP
    )
    left = max(width * HEADER_MIN_LEFT, min(left_needed, width - right_needed))
    return left, width - left


def header_table(
    styles: FormStyles,
    width: float,
    *,
    superior: str,
    issuing: Part,
    number: Part,
    date_line: Part,
    date_sample: str = "",
    recorder: SlotRecorder | None = None,
) -> Table:
    """The two-column header as a borderless table.

    Left, centred: superior body, issuing body (bold), "*", "Số …". Right: "ĐẢNG CỘNG SẢN VIỆT NAM" with
    its rule, and the italic place-and-date line level with the number.
    """
    scale = styles.scale
    sample = date_sample or (date_line if isinstance(date_line, str) else "")
    left, right = header_columns(
        styles,
        width,
        superior=superior,
        date_sample=sample,
        issuing=issuing if isinstance(issuing, str) else "",
        number=number if isinstance(number, str) else "",
    )
    star = Paragraph(STAR, styles.number)
    number_cell: Flowable | str = (
        "" if number == "" else _centred(number, styles.number, recorder, upper=False, fit=True)
    )
    rows = [
        [
            _centred(superior, styles.superior, None, upper=True, width=left - HEADER_GAP),
            RuledText(
                NATIONAL_NAME,
                styles.fonts.bold,
                scale.national,
                scale.leading(scale.national),
                baseline_drop=scale.header,
            ),
        ],
        [_centred(issuing, styles.issuing, recorder, upper=True, width=left - HEADER_GAP), ""],
        [star, ""],
        [number_cell, _centred(date_line, styles.date_line, recorder, upper=False, fit=True)],
    ]
    return borderless(rows, (left, right), styles.fonts.regular)


def document_header(header: DocumentHeader, styles: FormStyles, width: float) -> Table:
    return header_table(
        styles,
        width,
        superior=header.superior_body,
        issuing=header.issuing_body,
        number=one_line(header.number_text),
        date_line=place_date_line(header.place, header.date),
    )


def title_block(
    title: str, summary: str | None, styles: FormStyles, width: float, *, dashes: bool = False
) -> list[Flowable]:
    """The title in capitals, every line the same size (shrunk towards the minimum to avoid wrapping),
    then the summary; ``dashes`` adds the short "-----" line of Hướng dẫn 36 under the summary."""
    scale = styles.scale
    lines = [one_line(line) for line in caps(title).split("\n") if line.strip()]
    size = min(
        [fit_size(line, styles.fonts.bold, scale.title, width, scale.title_min) for line in lines] or [scale.title]
    )
    style = ParagraphStyle("hb-title-fit", parent=styles.title, fontSize=size, leading=scale.leading(size))
    flowables: list[Flowable] = [Paragraph(markup(line), style) for line in lines]
    if summary:
        flowables.append(Paragraph(markup(summary), styles.summary))
        if dashes:
            flowables.append(Paragraph("-----", styles.summary))
    return flowables


def body_paragraphs(paragraphs: Sequence[str], styles: FormStyles) -> list[Flowable]:
    return [Paragraph(markup(text), styles.body) for text in paragraphs if text.strip()]


def signature_column(
    lines: Sequence[str],
    name: Part,
    styles: FormStyles,
    *,
    images: tuple[ImageReader | None, ImageReader | None] = (None, None),
    area_key: str = "",
    recorder: SlotRecorder | None = None,
    heading: Sequence[Flowable] = (),
    squeezed: bool = False,
) -> list[Flowable]:
    """Title lines in bold capitals, the room to sign (with images if given), then the name in bold.

    ``squeezed`` leaves less room to sign (a closing kept on the page of the body's last lines).
    """
    flowables: list[Flowable] = list(heading)
    flowables += [Paragraph(markup(caps(line)), styles.sign_title) for line in lines if line.strip()]
    space = styles.scale.sign_space * (SQUEEZED_SIGN_SPACE if squeezed else 1.0)
    flowables.append(SignatureArea(space, key=area_key, recorder=recorder, signature=images[0], seal=images[1]))
    flowables.append(_centred(name, styles.sign_name, recorder, upper=False, fit=True))
    return flowables


def signature_images(block: SignatureBlock) -> tuple[ImageReader | None, ImageReader | None]:
    name = one_line(block.signer_name)
    signature = read_image(block.signature_png, "signature", name) if block.signature_png else None
    seal = read_image(block.seal_png, "seal", name) if block.seal_png else None
    return signature, seal


def recipients_column(recipients: Recipients, styles: FormStyles) -> list[Flowable]:
    """ "Nơi nhận:" in bold italic, then one "- " line per recipient (wrapped lines hang after the dash)."""
    dash = "- "
    indent = text_width(dash, styles.fonts.regular, styles.scale.recipients)
    line_style = ParagraphStyle(
        "hb-recipients-hang", parent=styles.recipients_line, leftIndent=indent, firstLineIndent=-indent
    )
    flowables: list[Flowable] = [Paragraph(markup("Nơi nhận:"), styles.recipients_heading)]
    for line in recipients.lines:
        text = one_line(line).lstrip("-–• ").strip()
        if text:
            flowables.append(Paragraph(markup(dash + text), line_style))
    return flowables


def closing_row(
    left: Sequence[Flowable], right: Sequence[Flowable], width: float, font: str, left_share: float = 0.45
) -> Table:
    """The signature row: left column (recipients or a confirmation), right column the signature block."""
    left_w = width * left_share
    return borderless(
        [[list(left) or "", list(right)]], (left_w, width - left_w), font, extra=[("ALIGN", (0, 0), (0, 0), "LEFT")]
    )


def document_flowables(doc: PartyDocument, styles: FormStyles, width: float) -> list[Flowable]:
    """A whole one-off document as flowables (header, title, summary, body, signature and recipients)."""
    flowables: list[Flowable] = [document_header(doc.header, styles, width), Spacer(1, 8 * mm)]
    flowables += title_block(doc.title, doc.summary, styles, width, dashes=True)
    flowables.append(Spacer(1, 6 * mm))
    left = recipients_column(doc.recipients, styles) if doc.recipients else []

    def closing(squeezed: bool) -> Flowable:
        sign = signature_column(
            doc.signature.lines,
            one_line(doc.signature.signer_name),
            styles,
            images=signature_images(doc.signature),
            squeezed=squeezed,
        )
        return closing_row(left, sign, width, styles.fonts.regular)

    flowables.append(SignatureKeeper(body_paragraphs(doc.body, styles), closing, styles.scale.paragraph_gap + 4 * mm))
    return flowables


def render_document(
    doc: PartyDocument,
    *,
    fonts: FontChoice | FontFamily = "auto",
    page: PageSetup | None = None,
    scale: TypeScale = DOCUMENT_SCALE,
) -> bytes:
    """A one-off Party document as PDF bytes, built in memory (pages after the first are numbered)."""
    page = page or PageSetup()
    family = fonts if isinstance(fonts, FontFamily) else register_fonts(fonts)
    styles = FormStyles(family, scale)
    binary_streams()
    buffer = io.BytesIO()
    title = one_line(doc.title.replace("\n", " "))
    template = BaseDocTemplate(
        buffer,
        pagesize=page.page_size,
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=caps(title),
        author=caps(doc.header.issuing_body),
        creator=APP_NAME,
        subject=nfc(doc.summary or ""),
        initialFontName=family.regular,
    )

    def page_number(canv: Canvas, _doc: object) -> None:
        number = canv.getPageNumber()
        if number > 1:  # Hướng dẫn 36: pages are numbered from the second, centred in the top margin
            canv.setFont(family.regular, scale.body)
            canv.drawCentredString(page.left + page.frame_width / 2, page.page_size[1] - page.top / 2 - 4, str(number))

    # The frame has no padding of its own: the margins are exactly the page setup's.
    frame = Frame(
        page.left,
        page.bottom,
        page.frame_width,
        page.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page_number)])
    flowables = document_flowables(doc, styles, page.frame_width)
    last = flowables[-1]
    closing = last.closing_factory(True) if isinstance(last, SignatureKeeper) else last
    for part, flowable in (("header", flowables[0]), ("signature", closing)):
        _, height = flowable.wrap(page.frame_width, page.frame_height)
        if height > page.frame_height:
            raise InputError("forms.document_too_long", title=title, part=Message(f"forms.part_{part}"))
    template.build(flowables)
    return buffer.getvalue()
