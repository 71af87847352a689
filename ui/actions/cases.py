"""Actions of the "Nhận xét & xác nhận" screen: the year's cases, the cells' comments, confirmation,
sending back, dispatches to the workplace committees, printing and signing. No Qt inside.

Everything a screen shows of a year comes from one ``load_year`` (a year holds at most a few thousand cases:
one per registered working member), so filtering by state, cell and name happens in memory on the screen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from handbook import settings
from handbook.errors import InputError
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.cases import case_years as fc_case_years
from handbook.flow.model import Case, CaseId, CaseState, Channel, Dispatch, DispatchId
from handbook.flow.registrations import get_registration
from handbook.flow.rules import Criterion, RuleSet, rule_set_by_id, rules_in_force
from handbook.flow.todo import WAITING_CELL, is_overdue
from handbook.forms.dispatch_letter import render_dispatch_document
from handbook.forms.sheets_from_cases import render_case_sheets
from handbook.i18n import Lang, Message
from handbook.orgs.model import ExternalOrg, ExternalOrgId, OrgId
from handbook.orgs.profile import profile_on
from handbook.orgs.repo import list_external_orgs
from handbook.permissions import Op, Role
from handbook.signing import SignerSpec, sign_pdf
from handbook.text.fold import search_key, search_tokens
from handbook.vault.vault import Vault
from ui.actions.changes import Changed
from ui.actions.overview import comment_year

# --- what changed --------------------------------------------------------------------------------------


class CasesChanged(Changed):
    """Cases of ``year`` (or its dispatches) changed: lists, counts and the overview are stale."""

    year: int


@dataclass(frozen=True)
class YearOpened(CasesChanged):
    year: int
    created: int
    already: int
    skipped_exempt: int

    def sentence(self, lang: Lang) -> str:
        return Message(
            "flowcli.opened",
            {"year": self.year, "created": self.created, "already": self.already, "exempt": self.skipped_exempt},
        ).render(lang)


@dataclass(frozen=True)
class RequestSaved(CasesChanged):
    year: int
    case_id: CaseId


@dataclass(frozen=True)
class CommentsSaved(CasesChanged):
    year: int
    ids: tuple[CaseId, ...]


@dataclass(frozen=True)
class CasesConfirmed(CasesChanged):
    year: int
    numbers: tuple[tuple[CaseId, str], ...]  # (case, confirmation number)


@dataclass(frozen=True)
class CaseReturned(CasesChanged):
    year: int
    case_id: CaseId
    reason: str


@dataclass(frozen=True)
class DispatchesMade(CasesChanged):
    year: int
    ids: tuple[DispatchId, ...]
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class DispatchAcknowledged(CasesChanged):
    year: int
    dispatch_id: DispatchId
    number: str


# --- the year --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellChoice:
    id: OrgId
    name: str


@dataclass(frozen=True)
class DispatchGroup:
    """Confirmed cases of one workplace committee, waiting to be sent together."""

    org_id: ExternalOrgId | None  # None: the workplace is not known (the core refuses to send these)
    org_name: str
    cases: tuple[Case, ...]


@dataclass(frozen=True)
class YearData:
    """Everything the screen shows of one year, read in one action."""

    year: int
    years: tuple[int, ...]  # newest first: years that have cases, and the current year
    cases: tuple[Case, ...]
    name_tokens: dict[CaseId, tuple[str, ...]]  # folded words of each member's name (search)
    cells: tuple[CellChoice, ...]  # the residence cells of the year's cases, by name
    rule_sets: dict[int, RuleSet]  # the rule sets the year's comments were made under, by id
    groups: tuple[DispatchGroup, ...]
    dispatches: tuple[Dispatch, ...]
    confirm_block: tuple[str, ...]  # the signature block the acting person would confirm with today
    today: date
    exempt_criteria_now: int = 3  # how many criteria an exempt member's sheet has under today's rules
    overdue_days: int = settings.RETURN_OVERDUE_DAYS.default  # the office's setting, as the to-do list uses it

    def overdue(self, case: Case) -> bool:
        """Overdue by the core's one definition (the to-do list and Tổng quan count the same cases)."""
        return is_overdue(case.state, case.deadline, case.received_date, self.today, self.overdue_days)

    def criteria_count(self, case: Case) -> int:
        """How many criteria the case's sheet has: those it was commented under, else today's rules'."""
        made_under = self.criteria_of(case)
        if made_under:
            return len(made_under)
        return self.exempt_criteria_now if case.exempt else 0

    def counts(self, cases: tuple[Case, ...] | list[Case] | None = None) -> dict[CaseState, int]:
        counted = dict.fromkeys(CaseState, 0)
        for case in self.cases if cases is None else cases:
            counted[case.state] += 1
        return counted

    def case(self, case_id: CaseId) -> Case | None:
        for case in self.cases:
            if case.id == case_id:
                return case
        return None

    def criteria_of(self, case: Case) -> tuple[Criterion, ...]:
        """The criteria the case's comment was made under (empty before it has one)."""
        rules = self.rule_sets.get(case.comment_rule_set_id) if case.comment_rule_set_id else None
        return rules.criteria(case.exempt) if rules is not None else ()

    def other_label(self, case: Case) -> str:
        rules = self.rule_sets.get(case.comment_rule_set_id) if case.comment_rule_set_id else None
        return rules.other_comment_label if rules is not None else ""


def default_year(vault: Vault, today: date | None = None) -> int:
    """This year's round, or last year's while this year's is not opened yet."""
    return comment_year(vault, today or date.today())[0]


def case_years(vault: Vault) -> list[int]:
    """The years that have cases, newest first."""
    return fc_case_years(vault)


def load_year(vault: Vault, year: int | None, today: date | None = None) -> YearData:
    today = today or date.today()
    chosen = year if year is not None else default_year(vault, today)
    years = sorted({*case_years(vault), today.year, chosen}, reverse=True)
    cases = tuple(fc.list_cases(vault, chosen))
    cells = sorted(
        {(c.cell_id, c.cell_name) for c in cases if c.cell_id is not None}, key=lambda pair: search_key(pair[1])
    )
    rule_ids = {c.comment_rule_set_id for c in cases if c.comment_rule_set_id}
    rule_sets = {rid: rule_set_by_id(vault.conn, rid) for rid in rule_ids}
    rules_now = rules_in_force(vault, today)
    block = rules_now.confirm_block(acting_for_head=vault.actor.role is Role.DEPUTY).lines
    return YearData(
        year=chosen,
        years=tuple(years),
        cases=cases,
        name_tokens={c.id: tuple(search_tokens(c.member_name)) for c in cases},
        cells=tuple(CellChoice(OrgId(cell_id), name) for cell_id, name in cells),
        rule_sets=rule_sets,
        groups=tuple(dispatch_groups(vault, [c for c in cases if c.state is CaseState.CONFIRMED])),
        dispatches=tuple(fd.list_dispatches(vault, chosen)),
        confirm_block=block,
        today=today,
        exempt_criteria_now=len(rules_now.criteria(True)),
        overdue_days=settings.get(vault, settings.RETURN_OVERDUE_DAYS),
    )


def dispatch_groups(vault: Vault, confirmed: list[Case]) -> list[DispatchGroup]:
    """Confirmed cases by the workplace committee that asked (else the registration's), as the core groups them."""
    groups: dict[ExternalOrgId | None, list[Case]] = defaultdict(list)
    names: dict[ExternalOrgId | None, str] = {}
    for case in confirmed:
        org, name = case.requested_by_org_id, case.requested_by_name
        if org is None:
            reg = get_registration(vault, case.registration_id)
            org, name = reg.workplace_org_id, reg.workplace_name
        groups[org].append(case)
        names.setdefault(org, name)
    out = [DispatchGroup(org, names[org], tuple(cases)) for org, cases in groups.items()]
    return sorted(out, key=lambda g: (g.org_id is None, search_key(g.org_name)))


def open_year(vault: Vault, year: int) -> YearOpened:
    result = fc.open_year(vault, year)
    return YearOpened(result.year, result.created, result.already, result.skipped_exempt)


# --- the request of one case -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestData:
    """What the request dialog needs: the case and the workplace committees to choose from."""

    case: Case
    orgs: tuple[ExternalOrg, ...]


@dataclass(frozen=True)
class RequestDraft:
    requested_by: ExternalOrgId | None
    doc_no: str
    channel: Channel
    dossier_no: str
    received_date: date | None


def load_request(vault: Vault, case_id: CaseId) -> RequestData:
    return RequestData(fc.get_case(vault, case_id), tuple(list_external_orgs(vault)))


def save_request(vault: Vault, case_id: CaseId, draft: RequestDraft) -> RequestSaved:
    fc.record_request(
        vault,
        case_id,
        requested_by=draft.requested_by,
        doc_no=draft.doc_no,
        channel=draft.channel,
        dossier_no=draft.dossier_no,
        received_date=draft.received_date,
    )
    return RequestSaved(fc.get_case(vault, case_id).year, case_id)


# --- typing in the cells' paper sheets ---------------------------------------------------------------------


@dataclass(frozen=True)
class CellSigning:
    """How a cell signed its last sheet: the signature form (index), the secretary, the meeting date."""

    choice: int
    name: str
    meeting: date | None


@dataclass(frozen=True)
class BatchData:
    """The sheets waiting to be typed in (requested or sent back), with the rule set in force."""

    year: int
    cases: tuple[Case, ...]  # by cell, then by name
    rules: RuleSet
    cells: tuple[CellChoice, ...]
    signing: dict[OrgId, CellSigning]  # remembered per cell from the year's sheets already typed
    today: date

    def criteria(self, case: Case) -> tuple[Criterion, ...]:
        return self.rules.criteria(case.exempt)


def load_batch(vault: Vault, year: int, today: date | None = None) -> BatchData:
    today = today or date.today()
    cases = fc.list_cases(vault, year)
    rules = rules_in_force(vault, today)
    choices = rules.cell_signature_choices
    signing: dict[OrgId, CellSigning] = {}
    done = [c for c in cases if c.cell_id is not None and c.cell_signer_name and c.ratings is not None]
    for case in sorted(done, key=lambda c: (c.cell_meeting_date or date.min, c.id)):
        assert case.cell_id is not None
        choice = choices.index(case.cell_signer_lines) if case.cell_signer_lines in choices else 0
        signing[case.cell_id] = CellSigning(choice, case.cell_signer_name, case.cell_meeting_date)
    waiting = sorted(
        (c for c in cases if c.state in WAITING_CELL), key=lambda c: (search_key(c.cell_name), c.cell_name)
    )  # stable: list_cases already orders by name within a cell
    cells = sorted({(c.cell_id, c.cell_name) for c in waiting if c.cell_id is not None}, key=lambda p: search_key(p[1]))
    return BatchData(
        year=year,
        cases=tuple(waiting),
        rules=rules,
        cells=tuple(CellChoice(OrgId(i), n) for i, n in cells),
        signing=signing,
        today=today,
    )


def save_comments(vault: Vault, year: int, entries: list[fc.CommentEntry]) -> CommentsSaved:
    """All sheets of the batch in one transaction: every one is saved, or none."""
    if entries:
        fc.record_comments(vault, entries)
    return CommentsSaved(year, tuple(e.case_id for e in entries))


SHEET_NUMBER = re.compile(r"(\d+)")


def sheet_index(error_values: dict[str, object]) -> int | None:
    """Which entry (0-based) a refused batch names: the core writes " (phiếu 3)" into ``where``."""
    where = str(error_values.get("where", ""))
    found = SHEET_NUMBER.search(where)
    return int(found.group(1)) - 1 if found else None


# --- confirming and sending back ---------------------------------------------------------------------------


def confirm_cases(vault: Vault, year: int, case_ids: list[CaseId], on: date | None = None) -> CasesConfirmed:
    result = fc.confirm(vault, case_ids, on=on)
    return CasesConfirmed(year, tuple(result.confirmed))


def return_case(vault: Vault, year: int, case_id: CaseId, reason: str) -> CaseReturned:
    fc.return_case(vault, case_id, reason)
    return CaseReturned(year, case_id, reason)


# --- dispatches ------------------------------------------------------------------------------------------------


def make_dispatches(
    vault: Vault, year: int, org_ids: list[ExternalOrgId] | None, on: date, channel: Channel
) -> DispatchesMade:
    """One numbered dispatch per workplace committee (the given ones, or every one with confirmed cases)."""
    made = fd.dispatch(vault, year, org_ids=org_ids, on=on, channel=channel)
    numbers = tuple(d.number_text for d in fd.list_dispatches(vault, dispatch_ids=made)) if made else ()
    return DispatchesMade(year, tuple(made), numbers)


def acknowledge(vault: Vault, dispatch_id: DispatchId, on: date) -> DispatchAcknowledged:
    fd.acknowledge(vault, dispatch_id, on)
    d = fd.get_dispatch(vault, dispatch_id)
    return DispatchAcknowledged(d.year, dispatch_id, d.number_text)


def slug(text: str, limit: int = 60) -> str:
    return re.sub(r"[^a-z0-9]+", "-", search_key(text)).strip("-")[:limit].rstrip("-")


def dispatch_file_name(d: Dispatch, *, signed: bool = False) -> str:
    tail = "-da-ky" if signed else ""
    return f"cong-van-{slug(d.number_text)}-{slug(d.workplace_name)}{tail}.pdf"


@dataclass(frozen=True)
class Pdf:
    """A document rendered in memory, with what the preview shows and suggests as a file name."""

    data: bytes
    title: str
    suggested_name: str
    pages: int = 0


def dispatch_pdf(vault: Vault, dispatch_id: DispatchId) -> Pdf:
    """The cover letter and the sheets, with the stored signature and seal images (for printing)."""
    d = fd.get_dispatch(vault, dispatch_id)
    rendered = render_dispatch_document(vault, dispatch_id)
    return Pdf(rendered.pdf, d.number_text, dispatch_file_name(d), rendered.pages)


def sheets_pdf(vault: Vault, year: int, case_ids: list[CaseId]) -> Pdf:
    if not case_ids:
        raise InputError("forms.empty_batch")
    pdf = render_case_sheets(vault, case_ids)
    name = f"phieu-nhan-xet-{year}-{len(case_ids)}-phieu.pdf"
    return Pdf(pdf, str(year), name)


@dataclass(frozen=True)
class SignedDispatch:
    """Not a change of the vault: a signed copy written to a file the person chose."""

    path: Path
    number: str
    signer: str


@dataclass(frozen=True)
class SignRequest:
    dispatch_id: DispatchId
    signer: SignerSpec = field(repr=False)
    out: Path


def sign_dispatch(vault: Vault, request: SignRequest) -> SignedDispatch:
    """Render the dispatch without the signature images, sign it in the signature box, write it to ``out``."""
    vault.actor.require(Op.FORMS_SIGN)
    d = fd.get_dispatch(vault, request.dispatch_id)
    rendered = render_dispatch_document(vault, request.dispatch_id, images=False)
    profile = profile_on(vault, d.date)
    name = d.signer_name or vault.actor.full_name
    signed = sign_pdf(
        rendered.pdf,
        request.signer,
        box=rendered.signature_box,
        reason=f"Công văn {d.number_text} gửi nhận xét đảng viên nơi cư trú",
        location=profile.place_name if profile else "",
        signer_name_for_stamp=name,
        where=str(request.out),
    )
    try:
        request.out.write_bytes(signed)
    except OSError as exc:
        raise InputError("sign.cli.out_unwritable", path=str(request.out), reason=exc.strerror or str(exc)) from None
    return SignedDispatch(request.out, d.number_text, name)


def number_register_pdf(vault: Vault, year: int) -> Pdf:
    """The document register (sổ đăng ký văn bản đi) of the year: every number given, by issuer and type."""
    from handbook.forms.number_register import render_number_register

    return Pdf(render_number_register(vault, year), str(year), f"so-dang-ky-van-ban-nam-{year}.pdf")


def register_213_pdf(vault: Vault, year: int, cell_id: OrgId | None) -> Pdf:
    """The 213 register (sổ theo dõi) of one cell, or of every cell, for the year."""
    from handbook.forms.registers import render_register_213

    pdf = render_register_213(vault, year, cell_id=cell_id)
    suffix = f"-chi-bo-{cell_id}" if cell_id is not None else ""
    return Pdf(pdf, str(year), f"so-theo-doi-213-nam-{year}{suffix}.pdf")
