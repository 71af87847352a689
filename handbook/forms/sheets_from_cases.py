"""Annual cases as printed comment sheets (with the confirmation block, or a separate certificate)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from handbook import settings
from handbook.errors import InputError
from handbook.flow import cases as fc
from handbook.flow.model import Case, CaseId, ResidenceKind
from handbook.flow.rules import RuleSet
from handbook.flow.wording import say
from handbook.forms.comment_sheet import (
    DEFAULT_SUMMARY,
    DEFAULT_TITLE,
    CommentSheet,
    Confirmation,
    Criterion,
    SheetBatch,
    SheetWording,
)
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.images import ImageBook
from handbook.forms.layout import document_flowables
from handbook.forms.model import DocumentHeader, PageSetup, PartyDocument, Recipients, SignatureBlock
from handbook.forms.pages import PageWriter, new_canvas
from handbook.forms.sources import (
    BLANK_NUMBER,
    Letterhead,
    MemberFacts,
    RuleSets,
    font_family,
    is_committee_block,
    letterhead,
    member_facts,
    position_of,
)
from handbook.forms.styles import DOCUMENT_SCALE, SHEET_SCALE, SHEET_SCALE_TIGHT, FormStyles
from handbook.forms.typeset import caps, one_line
from handbook.permissions import Op
from handbook.vault.vault import Vault

ConfirmationMode = Literal["on_sheet", "certificate"]
CONFIRMATION_MODES: tuple[str, ...] = get_args(ConfirmationMode)
CONFIRMATION_MODE = settings.FORM_CONFIRMATION_MODE


def confirmation_mode(vault: Vault, mode: ConfirmationMode | None = None) -> ConfirmationMode:
    """The explicit mode, else the vault's ``forms.confirmation_mode`` setting."""
    if mode is not None:
        return mode
    stored = settings.get(vault, CONFIRMATION_MODE)
    return "certificate" if stored == "certificate" else "on_sheet"


@dataclass(frozen=True)
class _Residence:
    address: str
    kind: ResidenceKind
    workplace_committee: str


def sheet_wording(rules: RuleSet, exempt: bool = False) -> SheetWording:
    """The sheet's title and summary from the rule set's title, its "other comments" label, and the results
    heading (an exempt member's sheet says why it has fewer criteria)."""
    other = one_line(rules.other_comment_label).rstrip(":") + ":"
    key = "sheet.results_exempt" if exempt else "sheet.results"
    results = say(rules.words(), key, count=len(rules.criteria(exempt)))
    title = caps(one_line(rules.sheet_title))
    default = caps(one_line(f"{DEFAULT_TITLE} {DEFAULT_SUMMARY}"))
    if title == default:
        return SheetWording(other_label=other, results_heading=results)
    if title.startswith(DEFAULT_TITLE + " "):
        summary = title[len(DEFAULT_TITLE) + 1 :]
        return SheetWording(title=DEFAULT_TITLE, summary=summary, other_label=other, results_heading=results)
    return SheetWording(title=title, summary="", other_label=other, results_heading=results)


class CaseForms:
    """Builds sheets and certificates for cases of one vault, reading each shared fact once."""

    def __init__(self, vault: Vault) -> None:
        vault.actor.require(Op.FORMS_PRINT)
        self.vault = vault
        self.rules = RuleSets(vault)
        self.images = ImageBook(vault)
        self.letterheads: dict[date, Letterhead] = {}
        self.facts: dict[int, MemberFacts] = {}
        self.residences: dict[int, _Residence] = {}
        self.today = date.today()

    def load(self, cases: Sequence[Case]) -> None:
        """Read the members' and registrations' details of a batch in a few queries."""
        missing = [int(c.member_id) for c in cases if int(c.member_id) not in self.facts]
        self.facts.update(member_facts(self.vault.conn, missing))
        regs = list(
            dict.fromkeys(int(c.registration_id) for c in cases if int(c.registration_id) not in self.residences)
        )
        for start in range(0, len(regs), 500):
            chunk = regs[start : start + 500]
            rows = self.vault.conn.execute(
                "SELECT r.id, r.residence_address, r.residence_kind, coalesce(e.name, '') FROM registrations r"
                " LEFT JOIN external_orgs e ON e.id = r.workplace_org_id"
                f" WHERE r.id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            for r in rows:
                self.residences[int(r[0])] = _Residence(one_line(r[1]), ResidenceKind(r[2]), one_line(r[3]))

    def letterhead(self, day: date) -> Letterhead:
        found = self.letterheads.get(day)
        if found is None:
            found = self.letterheads[day] = letterhead(self.vault, day)
        return found

    def facts_of(self, case: Case) -> MemberFacts:
        if int(case.member_id) not in self.facts:
            self.load([case])
        return self.facts.get(int(case.member_id)) or MemberFacts(None, "", "", "", "")

    def _residence(self, case: Case) -> _Residence:
        if int(case.registration_id) not in self.residences:
            self.load([case])
        return self.residences.get(int(case.registration_id)) or _Residence("", ResidenceKind.PERMANENT, "")

    def comment_rules(self, case: Case) -> RuleSet:
        """The rule set the comment was made under; a blank sheet uses the one in force today."""
        return self.rules.get(case.comment_rule_set_id, min(self.today, date(case.year + 1, 12, 31)))

    def workplace_text(self, case: Case) -> str:
        return self.facts_of(case).job or self._residence(case).workplace_committee or case.requested_by_name

    def confirmation(self, case: Case) -> Confirmation:
        """The confirmation block as it was signed; an unconfirmed case gets it blank, with room to sign."""
        if case.confirm_date is not None:
            day = case.confirm_date
            rules = self.rules.get(case.confirm_rule_set_id, day)
            lines = case.confirm_signer_lines
            name = one_line(case.confirm_signer_name)
            number = f"Số {one_line(case.confirm_number_text)}"
        else:
            day = self.today
            rules = self.rules.on(day)
            lines = rules.confirm_block(acting_for_head=False).lines
            name = ""
            head = self.letterhead(day)
            code = rules.document_codes["confirmation"]
            issuer = code.issuer_special_zone if head.special_zone and code.issuer_special_zone else code.issuer
            number = f"Số {BLANK_NUMBER}-{code.type}/{issuer}"
        head = self.letterhead(day)
        committee = is_committee_block(lines)
        heading = ("Xác nhận của", head.committee_name if committee else head.advisory_body)
        block = self.images.dress(SignatureBlock(lines, name), position_of(rules, lines))
        return Confirmation(heading, number, head.place, case.confirm_date, block)

    def sheet(self, case: Case, *, with_confirmation: bool = True) -> CommentSheet:
        rules = self.comment_rules(case)
        criteria = rules.criteria(case.exempt)
        ratings = case.ratings if case.ratings is not None and len(case.ratings) == len(criteria) else None
        day = case.cell_meeting_date or self.today
        head = self.letterhead(day)
        facts = self.facts_of(case)
        residence = self._residence(case)
        cell_lines = case.cell_signer_lines or rules.cell_signature_choices[0]
        header = DocumentHeader(
            head.party_organisation, case.cell_name or "Chi bộ", "", head.place, case.cell_meeting_date
        )
        return CommentSheet(
            header=header,
            member_name=case.member_name,
            birth_year=facts.birth_year,
            workplace=self.workplace_text(case),
            residence=residence.address,
            criteria=tuple(
                Criterion(i, c.text, c.labels, ratings[i - 1] if ratings is not None else None)
                for i, c in enumerate(criteria, 1)
            ),
            other_comments=case.other_comment,
            cell_signature=SignatureBlock(cell_lines, one_line(case.cell_signer_name)),
            confirmation=self.confirmation(case) if with_confirmation else None,
            wording=sheet_wording(rules, case.exempt),
        )

    def certificate(self, case: Case) -> PartyDocument:
        """The separate "GIẤY XÁC NHẬN" of a case, instead of the block at the sheet's foot."""
        confirmation = self.confirmation(case)
        day = case.confirm_date or self.today
        head = self.letterhead(day)
        committee = is_committee_block(confirmation.signature.lines)
        superior, issuing = head.issuer(committee)
        rules = self.comment_rules(case)
        facts = self.facts_of(case)
        who = f"đồng chí {case.member_name}"
        if facts.birth_year:
            who += f", sinh năm {facts.birth_year}"
        job = self.workplace_text(case)
        if job:
            who += f", {job}"
        meeting = (
            f" (phiếu nhận xét ngày {case.cell_meeting_date.strftime('%d/%m/%Y')} kèm theo)"
            if case.cell_meeting_date
            else " (phiếu nhận xét kèm theo)"
        )
        words = self.rules.on(day).words()
        body = [
            say(
                words,
                "certificate.body",
                issuer=head.issuer_name(committee),
                cell=case.cell_name or "chi bộ nơi cư trú",
                who=who,
                year=case.year,
                meeting=meeting,
            )
        ]
        criteria = rules.criteria(case.exempt)
        if case.ratings is not None and len(case.ratings) == len(criteria):
            for criterion, rating in zip(criteria, case.ratings, strict=True):
                body.append(f"- {one_line(criterion.text)}: {criterion.labels[rating]}.")
        if case.other_comment.strip():
            body.append(f"- {one_line(rules.other_comment_label).rstrip(':')}: {one_line(case.other_comment)}")
        to = case.requested_by_name or self._residence(case).workplace_committee
        body.append(say(words, "certificate.closing", to=to or "cấp ủy nơi đảng viên công tác", year=case.year))
        recipients = tuple(
            x
            for x in (f"{to}," if to else "", f"{case.cell_name}," if case.cell_name else "", head.archive(committee))
            if x
        )
        return PartyDocument(
            header=DocumentHeader(superior, issuing, confirmation.number_text, head.place, case.confirm_date),
            title=say(words, "certificate.title"),
            summary=say(words, "certificate.summary", year=case.year),
            body=tuple(body),
            signature=confirmation.signature,
            recipients=Recipients(recipients),
        )


class CasePrinter:
    """Draws cases onto a canvas: the sheet, then (certificate mode) its certificate."""

    def __init__(self, forms: CaseForms, writer: PageWriter, mode: ConfirmationMode) -> None:
        self.forms = forms
        self.writer = writer
        self.mode = mode
        family = writer.fonts
        self.batch = SheetBatch(
            writer.canv, [FormStyles(family, s) for s in (SHEET_SCALE, SHEET_SCALE_TIGHT)], writer.page
        )
        self.doc_styles = FormStyles(family, DOCUMENT_SCALE)
        self.pages = 0

    def add(self, case: Case) -> None:
        on_sheet = self.mode == "on_sheet"
        self.batch.add(self.forms.sheet(case, with_confirmation=on_sheet))
        self.pages += 1
        if not on_sheet and case.ratings is not None:
            doc = self.forms.certificate(case)
            flowables = document_flowables(doc, self.doc_styles, self.writer.page.frame_width)
            self.pages += self.writer.flow(flowables, title=doc.title).pages


def _cases(vault: Vault, case_ids: Iterable[CaseId]) -> list[Case]:
    return [fc.get_case(vault, CaseId(int(i))) for i in dict.fromkeys(case_ids)]


def render_cases(
    vault: Vault,
    cases: Sequence[Case],
    *,
    confirmation_mode: ConfirmationMode | None = None,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
) -> bytes:
    """The comment sheets of ``cases`` in order, one page each (plus certificates), as PDF bytes."""
    forms = CaseForms(vault)
    if not cases:
        raise InputError("forms.empty_batch")
    mode = confirmation_mode_checked(vault, confirmation_mode)
    family = font_family(vault, fonts)
    page = page or PageSetup()
    buffer = io.BytesIO()
    canv = new_canvas(
        buffer, family, page, "Phiếu nhận xét đảng viên nơi cư trú", forms.letterhead(forms.today).advisory_full
    )
    printer = CasePrinter(forms, PageWriter(canv, family, page), mode)
    forms.load(cases)
    for case in cases:
        printer.add(case)
    canv.save()
    return buffer.getvalue()


def confirmation_mode_checked(vault: Vault, mode: str | None) -> ConfirmationMode:
    if mode is not None and mode not in CONFIRMATION_MODES:
        raise InputError("forms.bad_confirmation_mode", mode=mode, known=", ".join(CONFIRMATION_MODES))
    return confirmation_mode(vault, mode)  # type: ignore[arg-type]


def render_case_sheets(
    vault: Vault,
    case_ids: Iterable[CaseId],
    *,
    confirmation_mode: ConfirmationMode | None = None,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
) -> bytes:
    """The comment sheets of the given cases (in the order given) as one PDF built in memory."""
    vault.actor.require(Op.FORMS_PRINT)
    return render_cases(vault, _cases(vault, case_ids), confirmation_mode=confirmation_mode, fonts=fonts, page=page)
