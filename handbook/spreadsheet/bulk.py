"""Writing an import's new members in bulk: one statement per batch for the records and one for their cells."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.members.model import MemberData, MemberId
from handbook.members.repo import insert_members
from handbook.orgs.model import OrgId
from handbook.orgs.repo import get_org_conn
from handbook.vault.vault import Change


def place_new_members(
    conn: Any, ch: Change, placements: Sequence[tuple[MemberId, OrgId]], when: date, reason: str
) -> None:
    """Start the cell assignment of members that were just inserted (they have none yet), audited as
    ``orgs.repo.assign_in`` audits one; each cell is checked once, with the same errors."""
    if not placements:
        return
    for org_id in {org_id for _, org_id in placements}:
        org = get_org_conn(conn, org_id)
        if not org.type.holds_members:
            raise InputError("org.not_a_cell", name=org.name)
        if not org.active_on(when):
            raise InputError("org.inactive", name=org.name, date=when.strftime("%d/%m/%Y"))
    start = when.isoformat()
    conn.executemany(
        "INSERT INTO assignments (member_id, org_id, valid_from, reason, decision_no) VALUES (?, ?, ?, ?, '')",
        [(member_id, org_id, start, reason) for member_id, org_id in placements],
    )
    for member_id, org_id in placements:
        ch.record(
            "members.assign",
            "member",
            member_id,
            {"cell": None},
            {"cell": org_id, "from": start, "reason": reason, "decision_no": ""},
        )


def add_members(
    conn: Any,
    ch: Change,
    records: Sequence[tuple[MemberData, OrgId | None]],
    when: date,
    reason: str,
) -> list[MemberId]:
    """Insert ``records`` (each with the cell it goes to, or None) and place them; their ids in order."""
    ids = insert_members(conn, ch, [data for data, _ in records])
    placements = [(member_id, cell) for member_id, (_, cell) in zip(ids, records, strict=True) if cell is not None]
    place_new_members(conn, ch, placements, when, reason)
    return ids
