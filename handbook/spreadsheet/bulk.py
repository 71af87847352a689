"""Writing an import's new members in bulk: one statement per batch for the records and one for their cells.

A member the import places in a cell gets one audit entry, "members.add" with the cell, the date and the
reason next to the record (the member's history shows the cell by name), instead of an "add" and an "assign":
half the entries, which are most of an import's cost.
"""

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


def check_cells(conn: Any, cells: set[OrgId], when: date) -> None:
    """Each cell holds members and is open on ``when`` (the errors ``orgs.repo.assign_in`` gives)."""
    for org_id in cells:
        org = get_org_conn(conn, org_id)
        if not org.type.holds_members:
            raise InputError("org.not_a_cell", name=org.name)
        if not org.active_on(when):
            raise InputError("org.inactive", name=org.name, date=when.strftime("%d/%m/%Y"))


def add_members(
    conn: Any,
    ch: Change,
    records: Sequence[tuple[MemberData, OrgId | None]],
    when: date,
    reason: str,
) -> list[MemberId]:
    """Insert ``records`` (each with the cell it goes to, or None) and start their cell assignments on
    ``when``; their ids in order."""
    if not records:
        return []
    check_cells(conn, {cell for _, cell in records if cell is not None}, when)
    start = when.isoformat()
    notes = [{} if cell is None else {"cell": cell, "from": start, "reason": reason} for _, cell in records]
    ids = insert_members(conn, ch, [data for data, _ in records], notes)
    conn.executemany(
        "INSERT INTO assignments (member_id, org_id, valid_from, reason) VALUES (?, ?, ?, ?)",
        [
            (member_id, cell, start, reason)
            for member_id, (_, cell) in zip(ids, records, strict=True)
            if cell is not None
        ],
    )
    return ids
