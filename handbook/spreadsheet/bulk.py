"""Writing an import's new members in bulk: one statement per batch for the records and one for their cells.

A member the import places in a cell gets one audit entry, "members.add" with the cell, the date and the
reason next to the record (the member's history shows the cell by name), instead of an "add" and an "assign":
half the entries, which are most of an import's cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from handbook.members.model import MemberData, MemberId
from handbook.members.repo import insert_members
from handbook.orgs.model import OrgId
from handbook.orgs.repo import open_cell
from handbook.vault.vault import Change


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
    for cell in {cell for _, cell in records if cell is not None}:
        open_cell(conn, cell, when)  # the refusals ``orgs.repo.assign_in`` gives, once per cell
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
