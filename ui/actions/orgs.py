"""Organisation actions: the dated cell tree with counts, one cell's details, adding a cell, merging and
splitting cells, moving members in bulk, and the handover record as PDF bytes.

A merge, split or move changes members' cells too, so its "what changed" value is a ``MembersChanged``
(lists of members refresh) that also carries the handover for the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handbook.errors import InputError
from handbook.forms.handover import render_handover, render_handover_into
from handbook.members import repo as members
from handbook.members.model import MemberId
from handbook.orgs import reorg
from handbook.orgs import repo as orgs
from handbook.orgs.model import Org, OrgId, OrgType
from handbook.orgs.reorg import Handover
from handbook.vault.vault import Vault
from ui.actions.changes import Changed, MembersChanged


@dataclass(frozen=True)
class OrgsChanged(Changed):
    """Organisations were added (their ids): the tree, the cell lists and filters are stale."""

    ids: tuple[OrgId, ...]


@dataclass(frozen=True)
class CellsReorganised(MembersChanged):
    """Cells were merged or split, or members moved between cells: members' cells and the tree changed.

    ``ids`` are the members who moved; ``handover`` is what the handover record prints."""

    handover: Handover | None = None


# --- the tree -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgNode:
    org: Org
    members: int  # members assigned directly on the tree's day
    children: tuple[OrgNode, ...]

    @property
    def total(self) -> int:
        return self.members + sum(c.total for c in self.children)


@dataclass(frozen=True)
class OrgTree:
    """The organisations active on ``day``, with the members each held that day."""

    day: date
    roots: tuple[OrgNode, ...]

    def walk(self) -> list[OrgNode]:
        """Every node, parents before children, in the tree's order."""
        out: list[OrgNode] = []

        def visit(nodes: tuple[OrgNode, ...]) -> None:
            for node in nodes:
                out.append(node)
                visit(node.children)

        visit(self.roots)
        return out

    def find(self, org_id: OrgId) -> OrgNode | None:
        return next((n for n in self.walk() if n.org.id == org_id), None)

    def cells(self) -> list[OrgNode]:
        """The cells (which hold members), in the tree's order."""
        return [n for n in self.walk() if n.org.type.holds_members]

    def committees(self) -> list[OrgNode]:
        """The organisations above cells (possible parents of a new cell)."""
        return [n for n in self.walk() if not n.org.type.holds_members]


def load_tree(vault: Vault, day: date) -> OrgTree:
    """The tree on ``day``, with each cell's members counted on that day."""
    roots = orgs.org_tree(vault, on=day)

    def convert(node: orgs.TreeNode) -> OrgNode:
        return OrgNode(node.org, node.members, tuple(convert(c) for c in node.children))

    return OrgTree(day, tuple(convert(r) for r in roots))


# --- one organisation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberBrief:
    id: MemberId
    full_name: str
    birth_date: str  # as shown: dd/mm/yyyy, mm/yyyy or yyyy
    card_no: str


@dataclass(frozen=True)
class Succession:
    """A merge or split this organisation came from (``came_from``) or went into."""

    kind: str  # "merge" or "split"
    came_from: bool
    other: str  # the other organisation's name
    day: date
    decision_no: str


@dataclass(frozen=True)
class OrgDetails:
    org: Org
    day: date
    parent_name: str
    members: tuple[MemberBrief, ...]
    successions: tuple[Succession, ...]


def load_details(vault: Vault, org_id: OrgId, day: date) -> OrgDetails:
    org = orgs.get_org(vault, org_id)
    parent = orgs.get_org(vault, org.parent_id).name if org.parent_id is not None else ""
    people: tuple[MemberBrief, ...] = ()
    if org.type.holds_members:
        people = tuple(
            cell_members(vault, org_id)
            if day == date.today()
            else [
                MemberBrief(m.id, m.full_name, members.iso_display(m.birth_date), m.card_no)
                for m in orgs.members_on(vault, org_id, day)
            ]
        )
    successions = tuple(
        Succession(s.kind, s.incoming, s.other_name, s.day, s.decision_no) for s in orgs.successions_of(vault, org_id)
    )
    return OrgDetails(org, day, parent, people, successions)


def cell_members(vault: Vault, org_id: OrgId) -> list[MemberBrief]:
    """The members in a cell now (whatever their status), in Vietnamese name order."""
    rows = members.list_members(vault, cell_id=org_id)
    return [MemberBrief(r.id, r.full_name, r.birth_date, r.card_no) for r in rows]


# --- changing the tree ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CellDraft:
    name: str
    type: OrgType
    parent_id: OrgId | None
    residential: bool
    valid_from: date | None
    decision: str = ""


def add_cell(vault: Vault, draft: CellDraft) -> OrgsChanged:
    org_id = orgs.add_org(
        vault,
        draft.name,
        draft.type,
        draft.parent_id,
        residential=draft.residential,
        valid_from=draft.valid_from,
        decision=draft.decision,
    )
    return OrgsChanged((org_id,))


@dataclass(frozen=True)
class MergeRequest:
    sources: tuple[OrgId, ...]
    when: date
    decision_no: str
    decision_date: date | None
    into: OrgId | None = None  # an existing cell that receives the others…
    into_name: str = ""  # …or the name of the new cell they become


def merge(vault: Vault, request: MergeRequest) -> CellsReorganised:
    handover = reorg.merge_cells(
        vault,
        list(request.sources),
        when=request.when,
        decision_no=request.decision_no,
        decision_date=request.decision_date,
        into=request.into,
        into_name=request.into_name,
    )
    return _reorganised(handover)


@dataclass(frozen=True)
class SplitRequest:
    source: OrgId
    parts: tuple[tuple[str, tuple[MemberId, ...]], ...]  # each new cell's name and its members
    when: date
    decision_no: str
    decision_date: date | None


def unplaced_refusal(names: list[str]) -> InputError:
    """The core's refusal of a split that leaves members unplaced (the wizard shows it before asking)."""
    return InputError("reorg.split_unplaced", count=len(names), names=", ".join(names[:5]))


def split(vault: Vault, request: SplitRequest) -> CellsReorganised:
    handover = reorg.split_cell(
        vault,
        request.source,
        [(name, list(ids)) for name, ids in request.parts],
        when=request.when,
        decision_no=request.decision_no,
        decision_date=request.decision_date,
    )
    return _reorganised(handover)


@dataclass(frozen=True)
class MoveRequest:
    members: tuple[MemberId, ...]
    to: OrgId
    when: date
    decision_no: str


def move(vault: Vault, request: MoveRequest) -> CellsReorganised:
    handover = reorg.move_members(
        vault, list(request.members), request.to, when=request.when, decision_no=request.decision_no
    )
    return _reorganised(handover)


def _reorganised(handover: Handover) -> CellsReorganised:
    return CellsReorganised(tuple(line.member_id for line in handover.lines), handover=handover)


# --- the handover record ------------------------------------------------------------------------


def handover_pdf(vault: Vault, handover: Handover) -> bytes:
    return render_handover(vault, handover)


def handover_pdf_into(vault: Vault, org_id: OrgId) -> bytes:
    """The record of the latest merge or split that made (or fed) ``org_id``."""
    return render_handover_into(vault, org_id)
