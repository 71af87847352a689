"""Member actions: find (count and first page), later pages, load one, save one (with field problems)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from handbook.dates import PartialDate, parse_partial
from handbook.errors import InputError
from handbook.i18n import Lang, Message
from handbook.members import repo
from handbook.members.model import Gender, Member, MemberData, MemberId, Status
from handbook.members.repo import MemberRow, Scope
from handbook.members.validate import normalize_member, validate_member
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgId
from handbook.text.fold import search_key
from handbook.text.problems import Problem
from handbook.validation import ValidationFailed
from handbook.vault.vault import Vault
from ui.actions.changes import MembersChanged

ACTIVE_STATUSES = (Status.PROBATIONARY, Status.OFFICIAL)
DATE_FIELDS = ("birth_date", "admitted", "official")


@dataclass(frozen=True)
class MemberQuery:
    """What the members table shows: search text as typed, a cell, a set of statuses (None: all)."""

    search: str = ""
    cell_id: OrgId | None = None
    statuses: tuple[Status, ...] | None = ACTIVE_STATUSES
    scope: Scope = Scope.COMMUNE


@dataclass(frozen=True)
class FoundMembers:
    """A search's count and first page; with ``more``, counting stopped and ``total`` is a lower bound."""

    query: MemberQuery
    total: int
    first_page: list[MemberRow]
    more: bool = False


def find_members(vault: Vault, query: MemberQuery, page_size: int) -> FoundMembers:
    """How many members match (up to a cap) and the first page of them (one action, so the table fills at once)."""
    found = repo.find_members(
        vault,
        search=query.search.strip() or None,
        cell_id=query.cell_id,
        statuses=query.statuses,
        scope=query.scope,
        limit=page_size,
    )
    return FoundMembers(query, found.total, found.rows, found.more)


def members_page(
    vault: Vault, query: MemberQuery, offset: int, limit: int, after: repo.Position | None = None
) -> list[MemberRow]:
    """``limit`` rows from ``offset``; ``after``, the position of the row before them when known, is faster."""
    search = query.search.strip() or None
    return repo.list_members(
        vault,
        search=search,
        cell_id=query.cell_id,
        statuses=query.statuses,
        scope=query.scope,
        limit=limit,
        offset=offset,
        after=after,
    )


@dataclass(frozen=True)
class CellChoice:
    id: OrgId
    name: str


def cell_choices(vault: Vault) -> list[CellChoice]:
    """Cells that hold members today, by name (for filters and the editor)."""
    cells = [o for o in orgs.list_orgs(vault, active_on=date.today()) if o.type.holds_members]
    return [CellChoice(o.id, o.name) for o in sorted(cells, key=lambda o: search_key(o.name))]


@dataclass(frozen=True)
class MemberDraft:
    """The editor's fields as typed: dates are still text (read by the core's date parser on saving)."""

    member_id: MemberId | None = None
    ho: str = ""
    dem: str = ""
    ten: str = ""
    gender: Gender | None = None
    birth_date: str = ""
    hometown: str = ""
    ethnicity: str = ""
    religion: str = ""
    cccd: str = ""
    cmnd: str = ""
    phone: str = ""
    card_no: str = ""
    admitted: str = ""
    official: str = ""
    education: str = ""
    theory: str = ""
    occupation: str = ""
    workplace: str = ""
    address: str = ""
    note: str = ""
    cell_id: OrgId | None = None
    photo: bytes | None = None

    @classmethod
    def from_member(cls, member: Member) -> MemberDraft:
        data = member.data
        values: dict[str, object] = {}
        for f in fields(MemberData):
            value = getattr(data, f.name)
            if f.name in DATE_FIELDS:
                values[f.name] = value.display() if isinstance(value, PartialDate) else ""
            else:
                values[f.name] = value
        return cls(member_id=member.id, cell_id=OrgId(member.cell_id) if member.cell_id else None, **values)  # type: ignore[arg-type]

    def parse(self, lang: Lang) -> tuple[MemberData, list[Problem]]:
        """The record with its dates read; unreadable dates become error problems on their fields."""
        values: dict[str, object] = {}
        problems: list[Problem] = []
        for f in fields(MemberData):
            raw = getattr(self, f.name)
            if f.name in DATE_FIELDS:
                try:
                    values[f.name] = parse_partial(raw, field=Message(f"field.{f.name}").render(lang))
                except InputError as exc:
                    values[f.name] = None
                    problems.append(Problem("error", f.name, exc.message))
            else:
                values[f.name] = raw
        return MemberData(**values), problems  # type: ignore[arg-type]


@dataclass(frozen=True)
class EditorData:
    """What the editor needs to open: the member (None for a new one) and the cells to choose from."""

    member: Member | None
    cells: list[CellChoice]


def open_editor(vault: Vault, member_id: MemberId | None) -> EditorData:
    member = repo.get_member(vault, member_id) if member_id is not None else None
    return EditorData(member, cell_choices(vault))


def parsed_member(vault: Vault, draft: MemberDraft, lang: Lang) -> MemberData:
    """The draft's record; dates typed wrongly raise ``ValidationFailed`` together with every other error."""
    data, date_problems = draft.parse(lang)
    if date_problems:
        bad = {p.field for p in date_problems}
        others = [p for p in validate_member(vault.conn, normalize_member(data), draft.member_id) if p.field not in bad]
        raise ValidationFailed(date_problems + others)
    return data


def save_member(vault: Vault, draft: MemberDraft, lang: Lang, accept: set[str]) -> MembersChanged:
    """Add or update a member; raises ``ValidationFailed`` (errors) or ``NeedsConfirmation`` (warnings).

    ``accept`` holds the keys of warnings the person chose to accept ("field:message-id").
    """
    data = parsed_member(vault, draft, lang)
    if draft.member_id is None:
        member_id = repo.add_member(vault, data, cell_id=draft.cell_id, accept=accept)
        return MembersChanged((member_id,), added=True)
    # The edit and a move to another cell are one transaction: both are kept, or neither.
    repo.update_member(vault, draft.member_id, data, accept=accept, cell_id=draft.cell_id)
    return MembersChanged((draft.member_id,))


def member_register_pdf(vault: Vault) -> bytes:
    """The member register (Mẫu 7-HSĐV) of the commune as a PDF; long for a large commune, so run it off-thread."""
    from handbook.forms.member_register import render_member_register

    return render_member_register(vault)
