"""The commune's endorsement of an introduction letter, and its own letter introducing a member to a cell."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from handbook.errors import InputError
from handbook.flow.model import Category, RegistrationId, ResidenceKind
from handbook.flow.registrations import Endorsement, endorsement, vn_date_words
from handbook.flow.rules import RuleSet
from handbook.flow.wording import say
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.images import ImageBook
from handbook.forms.layout import document_flowables, signature_column, signature_images
from handbook.forms.model import DocumentHeader, PageSetup, PartyDocument, Recipients, SignatureBlock
from handbook.forms.pages import PageWriter, new_canvas
from handbook.forms.signers_past import known_signer
from handbook.forms.sources import Letterhead, RuleSets, font_family, letterhead, member_facts
from handbook.forms.styles import DOCUMENT_SCALE, FormStyles, TypeScale
from handbook.forms.typeset import caps, markup, one_line
from handbook.i18n import Message
from handbook.permissions import Op
from handbook.vault.vault import Vault

BLOCK_WIDTH_MM = 95.0
# The endorsement block is small type on a small area: a compact scale.
BLOCK_SCALE = TypeScale(header=13.0, date=13.0, body=13.0, sign=13.0, sign_space_mm=20.0)


@dataclass(frozen=True)
class _Parts:
    """What both papers share: the endorsement, the letterhead and the signature of the day received."""

    data: Endorsement
    head: Letterhead
    rules: RuleSet
    committee: bool
    signature: SignatureBlock


def _parts(vault: Vault, reg_id: RegistrationId, *, form: str, blank_signer: bool = False) -> _Parts:
    vault.actor.require(Op.FORMS_PRINT)
    data = endorsement(vault, reg_id)
    reg = data.registration
    if reg.category is Category.EXEMPT_INTRODUCTION:
        raise InputError("forms.not_introduced", name=reg.member_name)
    day = reg.received_date
    rules = RuleSets(vault).on(day)
    block = rules.confirm_block(acting_for_head=False)
    signature = ImageBook(vault).dress(
        SignatureBlock(
            block.lines,
            known_signer(vault, block.signer_position, day, form=Message(form), blank=blank_signer),
        ),
        block.signer_position,
    )
    return _Parts(data, letterhead(vault, day), rules, rules.confirmer == "committee", signature)


def introduction_letter(vault: Vault, reg_id: RegistrationId, *, blank_signer: bool = False) -> PartyDocument:
    """The commune's GIẤY GIỚI THIỆU sending a member to the residence cell.

    With no signer recorded for the letter's date it is refused (``blank_signer`` prints room for a name).
    """
    parts = _parts(vault, reg_id, form="forms.form_introduction", blank_signer=blank_signer)
    reg, head = parts.data.registration, parts.head
    facts = member_facts(vault.conn, [int(reg.member_id)]).get(int(reg.member_id))
    who = f"đồng chí {reg.member_name}"
    if facts is not None and facts.birth_year:
        who += f", sinh năm {facts.birth_year}"
    if facts is not None and facts.job:
        who += f", {facts.job}"
    if reg.workplace_name:
        source = f"đảng viên do {reg.workplace_name} giới thiệu"
        if reg.letter_no:
            source += f" (Giấy giới thiệu số {one_line(reg.letter_no)}"
            source += f" ngày {reg.letter_date.strftime('%d/%m/%Y')})" if reg.letter_date else ")"
        who += f", {source}"
    where = "tạm trú tại" if reg.residence_kind is ResidenceKind.TEMPORARY else "cư trú tại"
    if reg.residence_address:
        who += f", {where} {one_line(reg.residence_address)}"
    words = parts.rules.words()
    body = [
        say(
            words,
            "introduction.body",
            issuer=head.issuer_name(parts.committee),
            who=who,
            cell=reg.cell_name,
            legal_basis=parts.rules.legal_basis,
        ),
    ]
    exempt = reg.category is Category.EXEMPT_ACTIVITY
    body.append(say(words, "introduction.request_exempt" if exempt else "introduction.request", cell=reg.cell_name))
    superior, issuing = head.issuer(parts.committee)
    recipients = [f"{reg.cell_name},"]
    if reg.workplace_name:
        recipients.append(f"{reg.workplace_name} (để biết),")
    recipients.append(head.archive(parts.committee))
    return PartyDocument(
        header=DocumentHeader(superior, issuing, f"Số {parts.data.letter_number_text}", head.place, reg.received_date),
        title=say(words, "introduction.title"),
        summary=say(words, "introduction.summary"),
        body=tuple(body),
        signature=parts.signature,
        recipients=Recipients(tuple(recipients)),
    )


def render_introduction_letter(
    vault: Vault,
    reg_id: RegistrationId,
    *,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
    blank_signer: bool = False,
) -> bytes:
    """The GIẤY GIỚI THIỆU as PDF bytes built in memory."""
    doc = introduction_letter(vault, reg_id, blank_signer=blank_signer)
    family = font_family(vault, fonts)
    page = page or PageSetup()
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, caps(doc.title), doc.header.issuing_body)
    writer = PageWriter(canv, family, page)
    writer.flow(document_flowables(doc, FormStyles(family, DOCUMENT_SCALE), page.frame_width), title=doc.title)
    canv.save()
    return buffer.getvalue()


def endorsement_flowables(parts: _Parts, styles: FormStyles, width: float) -> list[Flowable]:
    """The block written on the workplace's introduction letter: who received it, when, and where to."""
    head = parts.head
    superior, issuing = head.issuer(parts.committee)
    out: list[Flowable] = []
    if not parts.committee:
        out.append(Paragraph(markup(caps(superior)), styles.superior))
    out.append(Paragraph(markup(caps(issuing)), styles.issuing))
    out.append(Spacer(1, 2 * mm))
    words = parts.rules.words()
    reg = parts.data.registration
    received = say(words, "endorsement.received", date=vn_date_words(reg.received_date))
    out.append(Paragraph(markup(received), styles.date_line))
    out.append(Paragraph(markup(say(words, "endorsement.introduced", cell=reg.cell_name)), styles.number))
    out.append(Paragraph(markup(say(words, "endorsement.letter", number=parts.data.letter_number_text)), styles.number))
    out.append(Spacer(1, 2 * mm))
    out += signature_column(
        parts.signature.lines, parts.signature.signer_name, styles, images=signature_images(parts.signature)
    )
    inner = width - 8 * mm
    table = Table([[out]], colWidths=[inner + 8 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    return [table]


def render_endorsement(
    vault: Vault,
    reg_id: RegistrationId,
    *,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
    blank_signer: bool = False,
) -> bytes:
    """The endorsement as a block at the top left of an A4 page, inside a dashed line to cut and paste."""
    parts = _parts(vault, reg_id, form="forms.form_endorsement", blank_signer=blank_signer)
    family = font_family(vault, fonts)
    page = page or PageSetup()
    styles = FormStyles(family, BLOCK_SCALE)
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, "Tiếp nhận giấy giới thiệu", parts.head.advisory_full)
    width = BLOCK_WIDTH_MM * mm
    (block,) = endorsement_flowables(parts, styles, width)
    _w, height = block.wrapOn(canv, width, page.frame_height)
    x, y = page.left, page.page_size[1] - page.top - height
    block.drawOn(canv, x, y)
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.setDash([3, 3], 0)
    canv.rect(x, y, width, height, stroke=1, fill=0)
    canv.restoreState()
    canv.showPage()
    canv.save()
    return buffer.getvalue()
