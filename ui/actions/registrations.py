"""Registration actions (members working elsewhere, living here — "đảng viên 213"): find, register from an
introduction letter (with a new working member and a new workplace committee when needed), move to another
residence cell, end, and print the endorsement or the letter to the cell.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from handbook.errors import InputError
from handbook.flow import registrations as flow
from handbook.flow.model import Category, EndReason, Registration, RegistrationId, ResidenceKind
from handbook.forms.letters import render_endorsement, render_introduction_letter
from handbook.i18n import Lang
from handbook.members import repo as members
from handbook.members.model import MemberId
from handbook.orgs import repo as orgs
from handbook.orgs.model import ExternalOrg, ExternalOrgId, OrgId
from handbook.text.fold import matches, search_key
from handbook.vault.vault import Vault
from ui.actions.changes import Changed
from ui.actions.members import CellChoice, MemberDraft, parsed_member


@dataclass(frozen=True)
class RegistrationsChanged(Changed):
    """Registrations were added, moved or ended (their ids): the list and the overview's counts are stale."""

    ids: tuple[RegistrationId, ...]
    added: bool = False


@dataclass(frozen=True)
class WorkplaceAdded(Changed):
    """A workplace committee joined the directory of external organisations."""

    workplace: ExternalOrg


# --- the list -------------------------------------------------------------------------------------


class Shown(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    ALL = "all"


NO_CELL = OrgId(0)  # the cell filter's choice "not yet assigned to a cell"


@dataclass(frozen=True)
class RegistrationQuery:
    shown: Shown = Shown.ACTIVE
    cell_id: OrgId | None = None  # None: every cell; NO_CELL: those without a cell
    search: str = ""  # words of the member's name, the workplace or the letter number


@dataclass(frozen=True)
class FoundRegistrations:
    query: RegistrationQuery
    rows: tuple[Registration, ...]


def find_registrations(vault: Vault, query: RegistrationQuery) -> FoundRegistrations:
    cell = query.cell_id if query.cell_id not in (None, NO_CELL) else None
    rows = flow.list_registrations(vault, active_only=query.shown is Shown.ACTIVE, cell_id=cell)
    if query.shown is Shown.ENDED:
        rows = [r for r in rows if not r.active]
    if query.cell_id == NO_CELL:
        rows = [r for r in rows if r.cell_id is None]
    if query.search.strip():
        rows = [r for r in rows if matches(query.search, f"{r.member_name} {r.workplace_name} {r.letter_no}")]
    return FoundRegistrations(query, tuple(rows))


def residence_cells(vault: Vault, on: date | None = None) -> list[CellChoice]:
    """The residence cells (village / neighbourhood cells) active on ``on`` (today), by name."""
    day = on or date.today()
    cells = [o for o in orgs.list_orgs(vault, active_on=day) if o.type.holds_members and o.residential]
    return [CellChoice(o.id, o.name) for o in sorted(cells, key=lambda o: search_key(o.name))]


def get_registration(vault: Vault, reg_id: RegistrationId) -> Registration:
    return flow.get_registration(vault, reg_id)


# --- registering from a letter --------------------------------------------------------------------


@dataclass(frozen=True)
class LetterSetup:
    """What the registration dialog chooses from: residence cells and the workplace directory."""

    cells: list[CellChoice]
    workplaces: list[ExternalOrg]


def letter_setup(vault: Vault) -> LetterSetup:
    return LetterSetup(residence_cells(vault), orgs.list_external_orgs(vault))


@dataclass(frozen=True)
class MemberPick:
    id: MemberId
    full_name: str
    birth_date: str
    cell_name: str
    workplace: str
    address: str


def search_members(vault: Vault, text: str, limit: int = 30) -> list[MemberPick]:
    """Members whose name, CCCD or card number match ``text`` (the first ``limit``, in name order)."""
    if not text.strip():
        return []
    rows = members.list_members(vault, search=text.strip(), limit=limit)
    return [MemberPick(r.id, r.full_name, r.birth_date, r.cell_name, r.workplace, r.address) for r in rows]


@dataclass(frozen=True)
class WorkplaceDraft:
    name: str
    superior: str = ""
    address: str = ""


def add_workplace(vault: Vault, draft: WorkplaceDraft) -> WorkplaceAdded:
    new_id = orgs.add_external_org(vault, draft.name, superior=draft.superior, address=draft.address)
    found = next(o for o in orgs.list_external_orgs(vault) if o.id == new_id)
    return WorkplaceAdded(found)


@dataclass(frozen=True)
class LetterDraft:
    """The introduction letter as entered; ``member_id`` is None while the member is still to be saved."""

    member_id: MemberId | None
    workplace_id: ExternalOrgId | None
    letter_no: str
    letter_date: date | None
    received_date: date
    residence_kind: ResidenceKind
    residence_address: str
    cell_id: OrgId | None
    category: Category = Category.NORMAL
    notes: str = ""


def core_letter(letter: LetterDraft) -> flow.Letter:
    return flow.Letter(
        letter.workplace_id,
        letter.letter_no,
        letter.letter_date,
        letter.received_date,
        letter.residence_kind,
        letter.residence_address,
        letter.cell_id,
        letter.category,
        letter.notes,
    )


def add_working_member(
    vault: Vault, letter: LetterDraft, member: MemberDraft, lang: Lang, accept: set[str]
) -> RegistrationsChanged:
    """Save the new member the letter introduces and their registration in one transaction (both or neither).

    Raises ``ValidationFailed`` or ``NeedsConfirmation`` for the member's fields, as the member editor does."""
    data = parsed_member(vault, replace(member, member_id=None), lang)
    _, reg_id = flow.register_new_member(vault, data, core_letter(letter), accept=accept)
    return RegistrationsChanged((reg_id,), added=True)


def register(vault: Vault, letter: LetterDraft) -> RegistrationsChanged:
    if letter.member_id is None:
        raise InputError("member.not_found", id="")
    reg_id = flow.register(
        vault,
        letter.member_id,
        workplace_org_id=letter.workplace_id,
        letter_no=letter.letter_no,
        letter_date=letter.letter_date,
        received_date=letter.received_date,
        residence_kind=letter.residence_kind,
        residence_address=letter.residence_address,
        cell_id=letter.cell_id,
        category=letter.category,
        notes=letter.notes,
    )
    return RegistrationsChanged((reg_id,), added=True)


# --- later changes --------------------------------------------------------------------------------


def move_registration(vault: Vault, reg_id: RegistrationId, cell_id: OrgId, on: date) -> RegistrationsChanged:
    flow.move_to_cell(vault, reg_id, cell_id, on)
    return RegistrationsChanged((reg_id,))


def end_registration(
    vault: Vault, reg_id: RegistrationId, on: date, reason: EndReason, note: str
) -> RegistrationsChanged:
    flow.end_registration(vault, reg_id, on, reason, note)
    return RegistrationsChanged((reg_id,))


# --- printing -------------------------------------------------------------------------------------


class Paper(StrEnum):
    ENDORSEMENT = "endorsement"  # the block written on the workplace's letter
    LETTER = "letter"  # the commune's own letter introducing the member to the cell


@dataclass(frozen=True)
class Printed:
    pdf: bytes
    paper: Paper
    member_name: str
    suggested_name: str


SIGNER_UNKNOWN = "forms.signer_unknown"  # the core's refusal when nobody is recorded as signer for the date


def print_paper(vault: Vault, reg_id: RegistrationId, paper: Paper, *, blank_signer: bool = False) -> Printed:
    """The paper as PDF; ``blank_signer`` leaves the signer's name empty to be written by hand (for a date
    whose signer is not recorded, which the core otherwise refuses with ``SIGNER_UNKNOWN``)."""
    reg = flow.get_registration(vault, reg_id)
    if paper is Paper.ENDORSEMENT:
        pdf = render_endorsement(vault, reg_id, blank_signer=blank_signer)
        stem = "tiep-nhan"
    else:
        pdf = render_introduction_letter(vault, reg_id, blank_signer=blank_signer)
        stem = "giay-gioi-thieu"
    slug = "-".join(search_key(reg.member_name).split()) or str(reg_id)
    return Printed(pdf, paper, reg.member_name, f"{stem}-{slug}.pdf")
