"""To-do lists: what is overdue, what waits for whom, and records that should be closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from handbook import settings
from handbook.flow.cases import list_cases
from handbook.flow.model import Case, CaseState, Registration
from handbook.flow.registrations import list_registrations
from handbook.members.model import Status
from handbook.permissions import Op
from handbook.vault.vault import Vault

WAITING = (CaseState.REQUESTED, CaseState.COMMENTED, CaseState.RETURNED)


@dataclass(frozen=True)
class ToDo:
    overdue: list[Case]  # waiting longer than the overdue setting, or past the return deadline
    waiting_confirmation: list[Case]
    waiting_cell: list[Case]  # requested or returned: the cell has to comment
    confirmed_not_dispatched: list[Case]
    registrations_without_cell: list[Registration]
    registrations_to_end: list[tuple[Registration, Status]]


def todo(vault: Vault, year: int, *, today: date | None = None) -> ToDo:
    vault.actor.require(Op.READ)
    today = today or date.today()
    days = settings.get(vault, settings.RETURN_OVERDUE_DAYS)
    cases = list_cases(vault, year)
    overdue = [
        c
        for c in cases
        if c.state in WAITING
        and (c.deadline < today or (c.received_date and c.received_date + timedelta(days=days) < today))
    ]
    regs = list_registrations(vault, active_only=True)
    closed = {
        r[0]
        for r in vault.conn.execute(
            "SELECT id FROM orgs WHERE valid_to IS NOT NULL AND valid_to <= ?", (today.isoformat(),)
        )
    }
    statuses = dict(vault.conn.execute("SELECT id, status FROM members").fetchall())
    ending = {Status.DIED, Status.LEFT, Status.TRANSFERRED_OUT}
    to_end = [(r, Status(statuses[r.member_id])) for r in regs if Status(statuses[r.member_id]) in ending]
    return ToDo(
        overdue=overdue,
        waiting_confirmation=[c for c in cases if c.state is CaseState.COMMENTED],
        waiting_cell=[c for c in cases if c.state in (CaseState.REQUESTED, CaseState.RETURNED)],
        confirmed_not_dispatched=[c for c in cases if c.state is CaseState.CONFIRMED],
        # No cell, or a cell that no longer exists (split, dissolved): the office must choose the new one.
        registrations_without_cell=[r for r in regs if r.cell_id is None or r.cell_id in closed],
        registrations_to_end=to_end,
    )
