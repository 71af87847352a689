"""Organisations: the tree with member counts, finding a cell by name, and dated cell assignments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.members.model import MemberId
from handbook.orgs.model import ExternalOrg, ExternalOrgId, Org, OrgId, OrgType
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.text.normalize import normalize_text
from handbook.vault.vault import Change, Vault

_ORG_COLS = "id, name, type, parent_id, residential, valid_from, valid_to, founding_decision, note"


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _org(r: Any) -> Org:
    return Org(
        OrgId(r[0]),
        r[1],
        OrgType(r[2]),
        OrgId(r[3]) if r[3] is not None else None,
        bool(r[4]),
        _d(r[5]),
        _d(r[6]),
        r[7] or "",
        r[8],
    )


def insert_org(
    conn: Any,
    ch: Change,
    name: str,
    org_type: OrgType,
    parent_id: OrgId | None,
    *,
    residential: bool,
    valid_from: date | None,
    decision: str = "",
) -> OrgId:
    name = normalize_text(name)
    if not name:
        raise InputError("org.name_missing")
    if parent_id is not None and conn.execute("SELECT 1 FROM orgs WHERE id = ?", (parent_id,)).fetchone() is None:
        raise InputError("org.not_found", name=str(parent_id))
    cur = conn.execute(
        "INSERT INTO orgs (name, name_key, type, parent_id, residential, valid_from, founding_decision)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            name,
            search_key(name),
            org_type.value,
            parent_id,
            int(residential),
            valid_from.isoformat() if valid_from else None,
            decision,
        ),
    )
    org_id = OrgId(int(cur.lastrowid))
    ch.record(
        "orgs.add",
        "org",
        org_id,
        None,
        {
            "name": name,
            "type": org_type.value,
            "parent_id": parent_id,
            "residential": residential,
            "valid_from": valid_from.isoformat() if valid_from else None,
            "decision": decision,
        },
    )
    return org_id


def add_org(
    vault: Vault,
    name: str,
    org_type: OrgType,
    parent_id: OrgId | None = None,
    *,
    residential: bool = False,
    valid_from: date | None = None,
    decision: str = "",
) -> OrgId:
    with vault.change(Op.ORGS_EDIT) as ch:
        return insert_org(
            vault.conn,
            ch,
            name,
            org_type,
            parent_id,
            residential=residential,
            valid_from=valid_from,
            decision=decision,
        )


def get_org(vault: Vault, org_id: OrgId) -> Org:
    vault.actor.require(Op.READ)
    return get_org_conn(vault.conn, org_id)


def get_org_conn(conn: Any, org_id: OrgId) -> Org:
    r = conn.execute(f"SELECT {_ORG_COLS} FROM orgs WHERE id = ?", (org_id,)).fetchone()
    if r is None:
        raise InputError("org.not_found", name=str(org_id))
    return _org(r)


def list_orgs(vault: Vault, *, active_on: date | None = None) -> list[Org]:
    vault.actor.require(Op.READ)
    rows = [_org(r) for r in vault.conn.execute(f"SELECT {_ORG_COLS} FROM orgs ORDER BY id")]
    return [o for o in rows if active_on is None or o.active_on(active_on)]


def find_cell(vault: Vault, name: str, *, on: date | None = None) -> Org:
    """The cell a person means by ``name`` (folded, exact first, then a unique partial match)."""
    vault.actor.require(Op.READ)
    key = search_key(name)
    orgs = [o for o in list_orgs(vault, active_on=on) if o.type.holds_members]
    exact = [o for o in orgs if search_key(o.name) == key]
    if len(exact) == 1:
        return exact[0]
    partial = [o for o in orgs if key and key in search_key(o.name)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise InputError("org.cell_not_found", name=name)
    raise InputError("org.cell_ambiguous", name=name, candidates=", ".join(o.name for o in partial[:5]))


@dataclass(frozen=True)
class TreeNode:
    org: Org
    members: int  # current members assigned directly
    children: tuple[TreeNode, ...]

    @property
    def total(self) -> int:
        return self.members + sum(c.total for c in self.children)


def org_tree(vault: Vault, *, on: date | None = None) -> list[TreeNode]:
    """The organisations active on ``on`` (today) as a tree, with their member counts on that day."""
    on = on or date.today()
    orgs = list_orgs(vault, active_on=on)
    counts = member_counts_on(vault, on)
    by_parent: dict[OrgId | None, list[Org]] = {}
    ids = {o.id for o in orgs}
    for o in orgs:
        parent = o.parent_id if o.parent_id in ids else None
        by_parent.setdefault(parent, []).append(o)

    def build(parent: OrgId | None) -> tuple[TreeNode, ...]:
        return tuple(TreeNode(o, counts.get(o.id, 0), build(o.id)) for o in by_parent.get(parent, []))

    return list(build(None))


# --- cell assignments -------------------------------------------------------------------------


def current_cell(conn: Any, member_id: MemberId) -> OrgId | None:
    r = conn.execute("SELECT org_id FROM assignments WHERE member_id = ? AND valid_to IS NULL", (member_id,)).fetchone()
    return OrgId(r[0]) if r else None


def open_cell(conn: Any, org_id: OrgId | int, when: date) -> Org:
    """The organisation ``org_id``, refused unless it holds members and is open on ``when``."""
    org = get_org_conn(conn, OrgId(org_id))
    if not org.type.holds_members:
        raise InputError("org.not_a_cell", name=org.name)
    if not org.active_on(when):
        raise InputError("org.inactive", name=org.name, date=when.strftime("%d/%m/%Y"))
    return org


def assign_in(
    conn: Any,
    ch: Change,
    member_id: MemberId,
    org_id: OrgId | int,
    when: date,
    *,
    reason: str = "",
    decision_no: str = "",
) -> None:
    """End the current assignment on ``when`` and start one in ``org_id`` (inside a transaction)."""
    org = open_cell(conn, org_id, when)
    previous = current_cell(conn, member_id)
    if previous == org.id:
        return
    conn.execute(
        "UPDATE assignments SET valid_to = ? WHERE member_id = ? AND valid_to IS NULL",
        (when.isoformat(), member_id),
    )
    conn.execute(
        "INSERT INTO assignments (member_id, org_id, valid_from, reason, decision_no) VALUES (?, ?, ?, ?, ?)",
        (member_id, org.id, when.isoformat(), reason, decision_no),
    )
    ch.record(
        "members.assign",
        "member",
        member_id,
        {"cell": previous},
        {"cell": org.id, "from": when.isoformat(), "reason": reason, "decision_no": decision_no},
    )


def assign(
    vault: Vault, member_id: MemberId, org_id: OrgId, when: date, *, reason: str = "", decision_no: str = ""
) -> None:
    with vault.change(Op.MEMBERS_EDIT) as ch:
        assign_in(vault.conn, ch, member_id, org_id, when, reason=reason, decision_no=decision_no)


@dataclass(frozen=True)
class Assignment:
    org_id: OrgId
    org_name: str
    valid_from: date
    valid_to: date | None
    reason: str
    decision_no: str


def cell_history(vault: Vault, member_id: MemberId) -> list[Assignment]:
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT a.org_id, o.name, a.valid_from, a.valid_to, a.reason, a.decision_no FROM assignments a"
        " JOIN orgs o ON o.id = a.org_id WHERE a.member_id = ? ORDER BY a.valid_from, a.id",
        (member_id,),
    ).fetchall()
    return [Assignment(OrgId(r[0]), r[1], date.fromisoformat(r[2]), _d(r[3]), r[4], r[5]) for r in rows]


# --- external workplace organisations ---------------------------------------------------------


def add_external_org(
    vault: Vault, name: str, *, superior: str = "", address: str = "", note: str = ""
) -> ExternalOrgId:
    name = normalize_text(name)
    if not name:
        raise InputError("org.name_missing")
    with vault.change(Op.REGISTRATIONS_EDIT) as ch:
        cur = vault.conn.execute(
            "INSERT INTO external_orgs (name, name_key, superior, address, note) VALUES (?, ?, ?, ?, ?)",
            (name, search_key(name), normalize_text(superior), normalize_text(address), note),
        )
        ext_id = ExternalOrgId(int(cur.lastrowid))
        ch.record(
            "external_orgs.add",
            "external_org",
            ext_id,
            None,
            {"name": name, "superior": superior, "address": address},
        )
    return ext_id


def list_external_orgs(vault: Vault, search: str = "") -> list[ExternalOrg]:
    vault.actor.require(Op.READ)
    key = search_key(search)
    rows = vault.conn.execute("SELECT id, name, superior, address, note FROM external_orgs ORDER BY name_key")
    out = [ExternalOrg(ExternalOrgId(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
    return [o for o in out if not key or key in search_key(o.name)]


def member_counts_on(vault: Vault, day: date) -> dict[OrgId, int]:
    """How many members each cell had on ``day`` (from the dated assignments)."""
    vault.actor.require(Op.READ)
    iso = day.isoformat()
    rows = vault.conn.execute(
        "SELECT org_id, count(*) FROM assignments WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
        " GROUP BY org_id",
        (iso, iso),
    ).fetchall()
    return {OrgId(r[0]): int(r[1]) for r in rows}


@dataclass(frozen=True)
class CellMember:
    id: MemberId
    full_name: str
    birth_date: str  # ISO partial date as stored
    card_no: str


def members_on(vault: Vault, org_id: OrgId, day: date) -> list[CellMember]:
    """The members of a cell on ``day``, in Vietnamese name order."""
    vault.actor.require(Op.READ)
    iso = day.isoformat()
    rows = vault.conn.execute(
        "SELECT m.id, m.ho, m.dem, m.ten, coalesce(m.birth_date, ''), m.card_no FROM assignments a"
        " JOIN members m ON m.id = a.member_id"
        " WHERE a.org_id = ? AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)"
        " ORDER BY m.sort_key, m.id",
        (org_id, iso, iso),
    ).fetchall()
    return [CellMember(MemberId(r[0]), " ".join(p for p in (r[1], r[2], r[3]) if p), r[4], r[5] or "") for r in rows]


@dataclass(frozen=True)
class CellSuccession:
    kind: str  # merge, split, rename
    incoming: bool  # True: the other cell went into this one
    other_name: str
    day: date
    decision_no: str


def successions_of(vault: Vault, org_id: OrgId) -> list[CellSuccession]:
    """The merges and splits a cell took part in, oldest first."""
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT s.kind, s.to_org = ?, o.name, s.date, s.decision_no FROM org_successions s"
        " JOIN orgs o ON o.id = CASE WHEN s.from_org = ? THEN s.to_org ELSE s.from_org END"
        " WHERE s.from_org = ? OR s.to_org = ? ORDER BY s.date, s.id",
        (org_id, org_id, org_id, org_id),
    ).fetchall()
    return [CellSuccession(r[0], bool(r[1]), r[2], date.fromisoformat(r[3]), r[4]) for r in rows]
