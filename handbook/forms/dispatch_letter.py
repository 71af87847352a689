"""A dispatch as printed: the numbered cover letter (công văn) with its list, then the sheets it sends."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from handbook.errors import InputError
from handbook.flow import cases as fc
from handbook.flow.dispatch import get_dispatch
from handbook.flow.model import Case, Dispatch, DispatchId
from handbook.flow.wording import say
from handbook.forms.dates import place_date_line
from handbook.forms.flowables import SlotRecorder
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.keep import SignatureKeeper
from handbook.forms.layout import (
    body_paragraphs,
    borderless,
    closing_row,
    header_columns,
    header_table,
    recipients_column,
    signature_column,
    signature_images,
)
from handbook.forms.model import PageSetup, Recipients, SignatureBlock
from handbook.forms.pages import PageWriter, new_canvas
from handbook.forms.sheets_from_cases import CaseForms, CasePrinter, ConfirmationMode, confirmation_mode_checked
from handbook.forms.sources import font_family, is_committee_block, position_of
from handbook.forms.styles import DOCUMENT_SCALE, FormStyles
from handbook.forms.typeset import caps, markup, name_lines, one_line
from handbook.permissions import Op
from handbook.signing.sign import SignatureBox
from handbook.vault.vault import Vault

SIGN_KEY = "dispatch.sign"
SIGN_BOX_MAX_WIDTH = 70 * mm
TABLE_SIZE = 12.0
SUMMARY_SIZE = 12.0
# STT, họ và tên, năm sinh, chi bộ nơi cư trú, kết quả / đề nghị, số và ngày xác nhận (shares of the width)
TABLE_SHARES = (0.07, 0.25, 0.09, 0.21, 0.19, 0.19)
TABLE_HEADINGS = (
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Chi bộ nơi cư trú",
    "Kết quả nhận xét, đề nghị của chi bộ",
    "Số, ngày xác nhận",
)


@dataclass(frozen=True)
class RenderedDispatch:
    """The dispatch PDF and what the signing step needs to know about it."""

    pdf: bytes
    signature_box: SignatureBox  # pass to ``handbook.signing.sign.sign_pdf(pdf, signer, box=…)``
    number_text: str
    workplace_name: str
    letter_pages: int
    pages: int


def _proposal(forms: CaseForms, case: Case) -> str:
    """The chosen label of the sheet's last criterion (the cell's proposal), as the list shows it."""
    rules = forms.comment_rules(case)
    criteria = rules.criteria(case.exempt)
    if case.ratings is None or len(case.ratings) != len(criteria) or not criteria:
        return ""
    return criteria[-1].labels[case.ratings[-1]]


def _request_reference(words: dict[str, str], dispatch: Dispatch, cases: Sequence[Case]) -> str:
    numbers = {one_line(c.request_doc_no) for c in cases}
    if len(numbers) == 1 and (number := numbers.pop()):
        return say(words, "dispatch.reply_reference", number=number, workplace=dispatch.workplace_name)
    return say(words, "dispatch.reference")


def cover_letter(
    forms: CaseForms,
    dispatch: Dispatch,
    cases: Sequence[Case],
    styles: FormStyles,
    width: float,
    recorder: SlotRecorder,
) -> list[Flowable]:
    """The công văn: header with the number and "V/v …", Kính gửi, body, the list, closing and signature."""
    head = forms.letterhead(dispatch.date)
    rules = forms.rules.get(dispatch.rule_set_id, dispatch.date)
    committee = is_committee_block(dispatch.signer_lines)
    superior, issuing = head.issuer(committee)
    number = f"Số {one_line(dispatch.number_text)}"
    date_line = place_date_line(head.place, dispatch.date)
    left, right = header_columns(
        styles, width, superior=superior, date_sample=date_line, issuing=issuing, number=number
    )
    summary_style = ParagraphStyle(
        "hb-dispatch-summary", parent=styles.number, fontSize=SUMMARY_SIZE, leading=SUMMARY_SIZE * 1.2
    )
    words = rules.words()
    summary = say(words, "dispatch.summary", year=dispatch.year)
    out: list[Flowable] = [
        header_table(styles, width, superior=superior, issuing=issuing, number=number, date_line=date_line),
        borderless([[Paragraph(markup(summary), summary_style), ""]], (left - 6, right + 6), styles.fonts.regular),
        Spacer(1, 8 * mm),
    ]
    greeting = ParagraphStyle("hb-greeting", parent=styles.text, alignment=TA_CENTER)
    out.append(Paragraph(markup(say(words, "dispatch.greeting", workplace=dispatch.workplace_name)), greeting))
    out.append(Spacer(1, 6 * mm))
    count = len(cases)
    out += body_paragraphs(
        [
            say(
                words,
                "dispatch.body",
                reference=_request_reference(words, dispatch, cases),
                legal_basis=rules.legal_basis,
                issuer=head.issuer_name(committee),
                workplace=dispatch.workplace_name,
                year=dispatch.year,
                count=count,
                commune=head.commune,
            ),
        ],
        styles,
    )
    out.append(member_table(forms, cases, styles, width))
    out.append(Spacer(1, 4 * mm))
    tail = body_paragraphs(
        [
            say(words, "dispatch.enclosed", count=count),
            say(words, "dispatch.closing", workplace=dispatch.workplace_name, year=dispatch.year),
        ],
        styles,
    )
    signer = forms.images.dress(
        SignatureBlock(dispatch.signer_lines, one_line(dispatch.signer_name)), position_of(rules, dispatch.signer_lines)
    )
    left_col = recipients_column(Recipients(("Như trên,", head.archive(committee))), styles)

    def closing(squeezed: bool) -> Flowable:
        sign = signature_column(
            signer.lines,
            signer.signer_name,
            styles,
            images=signature_images(signer),
            area_key=SIGN_KEY,
            recorder=recorder,
            squeezed=squeezed,
        )
        return closing_row(left_col, sign, width, styles.fonts.regular)

    out.append(SignatureKeeper(tail, closing, styles.scale.paragraph_gap))
    return out


def in_name_order(vault: Vault, cases: Sequence[Case]) -> list[Case]:
    """The cases by their members' names in Vietnamese order (tên, đệm, họ), as every list a person reads."""
    ids = sorted({int(c.member_id) for c in cases})
    marks = ",".join("?" * len(ids))
    keys = dict(vault.conn.execute(f"SELECT id, sort_key FROM members WHERE id IN ({marks})", ids).fetchall())
    return sorted(cases, key=lambda c: (keys.get(int(c.member_id)) or "", int(c.id)))


def member_table(forms: CaseForms, cases: Sequence[Case], styles: FormStyles, width: float) -> Table:
    """The list of members the dispatch sends, its heading repeated on every page."""
    fonts = styles.fonts
    cell = ParagraphStyle(
        "hb-list", fontName=fonts.regular, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, alignment=TA_LEFT, shaping=0
    )
    centre = ParagraphStyle("hb-list-c", parent=cell, alignment=TA_CENTER)
    bold = ParagraphStyle("hb-list-h", parent=centre, fontName=fonts.bold)
    rows: list[list[object]] = [[Paragraph(markup(h), bold) for h in TABLE_HEADINGS]]
    widths = [width * s for s in TABLE_SHARES]

    def names(text: str, column: int) -> str:
        return markup(name_lines(text, fonts.regular, TABLE_SIZE, widths[column] - 6))

    for index, case in enumerate(cases, 1):
        facts = forms.facts_of(case)
        confirmed = one_line(case.confirm_number_text)
        if case.confirm_date:
            confirmed += f"<br/>ngày {case.confirm_date.strftime('%d/%m/%Y')}"
        rows.append(
            [
                Paragraph(str(index), centre),
                Paragraph(names(case.member_name, 1), cell),
                Paragraph(str(facts.birth_year or ""), centre),
                Paragraph(names(case.cell_name, 3), cell),
                Paragraph(markup(_proposal(forms, case)), centre),
                Paragraph(confirmed, centre),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def render_dispatch_document(
    vault: Vault,
    dispatch_id: DispatchId,
    *,
    confirmation_mode: ConfirmationMode | None = None,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
    images: bool = True,
) -> RenderedDispatch:
    """The cover letter and the sheets in one PDF built in memory, and where its signature block is.

    ``images=False`` leaves the stored signature and seal images out (for a digital signature in the box).
    """
    vault.actor.require(Op.FORMS_PRINT)
    dispatch = get_dispatch(vault, dispatch_id)
    cases = in_name_order(vault, [fc.get_case(vault, c) for c in dispatch.case_ids])
    if not cases:
        raise InputError("forms.dispatch_empty", number=dispatch.number_text)
    forms = CaseForms(vault)
    forms.images.enabled = images
    forms.load(cases)
    mode = confirmation_mode_checked(vault, confirmation_mode)
    family = font_family(vault, fonts)
    page = page or PageSetup()
    styles = FormStyles(family, DOCUMENT_SCALE)
    buffer = io.BytesIO()
    head = forms.letterhead(dispatch.date)
    canv = new_canvas(
        buffer,
        family,
        page,
        f"Công văn số {one_line(dispatch.number_text)}",
        caps(head.issuer(is_committee_block(dispatch.signer_lines))[1]),
    )
    writer = PageWriter(canv, family, page)
    recorder = SlotRecorder()
    letter = writer.flow(
        cover_letter(forms, dispatch, cases, styles, page.frame_width, recorder),
        title=f"Công văn số {dispatch.number_text}",
        recorder=recorder,
    )
    printer = CasePrinter(forms, writer, mode)
    for case in cases:
        printer.add(case)
    canv.save()
    placed = letter.areas[SIGN_KEY]
    area = placed.area
    box_w = min(area.width, SIGN_BOX_MAX_WIDTH)
    x1 = area.x + (area.width - box_w) / 2
    box = SignatureBox(
        placed.page, round(x1, 2), round(area.y, 2), round(x1 + box_w, 2), round(area.y + area.height, 2)
    )
    return RenderedDispatch(
        buffer.getvalue(),
        box,
        dispatch.number_text,
        dispatch.workplace_name,
        letter.pages,
        letter.pages + printer.pages,
    )


def render_dispatch(
    vault: Vault,
    dispatch_id: DispatchId,
    *,
    confirmation_mode: ConfirmationMode | None = None,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
    images: bool = True,
) -> bytes:
    """The dispatch as PDF bytes: cover letter with the list, then the sheets of its cases."""
    return render_dispatch_document(
        vault, dispatch_id, confirmation_mode=confirmation_mode, fonts=fonts, page=page, images=images
    ).pdf


def signature_box(
    vault: Vault,
    dispatch_id: DispatchId,
    *,
    confirmation_mode: ConfirmationMode | None = None,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
) -> SignatureBox:
    """Where the cover letter's signature block lands: 0-based page, rectangle in PDF points (renders to find out).

    Prefer ``render_dispatch_document`` when the PDF is wanted too: it returns both from one rendering.
    """
    return render_dispatch_document(
        vault, dispatch_id, confirmation_mode=confirmation_mode, fonts=fonts, page=page
    ).signature_box
