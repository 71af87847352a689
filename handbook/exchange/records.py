"""What came in as files and what went out: received dispatches (workplace side), bundles applied and sent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date

from handbook.permissions import Op
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class ReceivedDispatch:
    id: int
    sender: str
    year: int
    number: str
    date: dt.date
    sheets: int
    has_pdf: bool
    acknowledged_on: dt.date | None


def list_received(vault: Vault) -> list[ReceivedDispatch]:
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT r.id, r.sender_name, r.year, r.number_text, r.date, (SELECT count(*) FROM received_sheets s"
        " WHERE s.received_dispatch_id = r.id), r.pdf IS NOT NULL, r.acknowledged_on FROM received_dispatches r"
        " ORDER BY r.id DESC"
    ).fetchall()
    return [
        ReceivedDispatch(
            r[0],
            r[1],
            r[2],
            r[3],
            date.fromisoformat(r[4]),
            r[5],
            bool(r[6]),
            date.fromisoformat(r[7]) if r[7] else None,
        )
        for r in rows
    ]


def received_pdf(vault: Vault, received_id: int) -> bytes | None:
    vault.actor.require(Op.READ)
    row = vault.conn.execute("SELECT pdf FROM received_dispatches WHERE id = ?", (received_id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None
