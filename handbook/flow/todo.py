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

# A case still open: with the cell, or with the office for its confirmation.
WAITING = (CaseState.REQUESTED, CaseState.COMMENTED, CaseState.RETURNED)
# The one definition of "waiting for the cell" (to-do list, Tổng quan, the 213 round report): asked and not
# commented yet, or sent back to the cell for correction.
WAITING_CELL = (CaseState.REQUESTED, CaseState.RETURNED)
# A member in one of these states should no longer be registered for residence activity.
ENDED = (Status.DIED, Status.LEFT, Status.TRANSFERRED_OUT)


def is_overdue(state: CaseState, deadline: date, received: date | None, today: date, days: int) -> bool:
    """Still open past the return deadline, or longer than the overdue setting (``days``) since it arrived."""
    return state in WAITING and (deadline < today or (received is not None and received + timedelta(days=days) < today))


@dataclass(frozen=True)
class ToDo:
    overdue: list[Case]  # waiting longer than the overdue setting, or past the return deadline
    waiting_confirmation: list[Case]
    waiting_cell: list[Case]  # see WAITING_CELL
    confirmed_not_dispatched: list[Case]
    registrations_without_cell: list[Registration]
    registrations_to_end: list[tuple[Registration, Status]]


@dataclass(frozen=True)
class ToDoCounts:
    """How many of each ``ToDo`` list, counted in the database (Tổng quan's first numbers)."""

    overdue: int
    waiting_confirmation: int
    waiting_cell: int
    confirmed_not_dispatched: int
    registrations_without_cell: int
    registrations_to_end: int

    @property
    def total(self) -> int:
        return (
            self.overdue
            + self.waiting_confirmation
            + self.waiting_cell
            + self.confirmed_not_dispatched
            + self.registrations_without_cell
            + self.registrations_to_end
        )


def todo(vault: Vault, year: int, *, today: date | None = None) -> ToDo:
    vault.actor.require(Op.READ)
    today = today or date.today()
    days = settings.get(vault, settings.RETURN_OVERDUE_DAYS)
    cases = list_cases(vault, year)
    overdue = [c for c in cases if is_overdue(c.state, c.deadline, c.received_date, today, days)]
    regs = list_registrations(vault, active_only=True)
    closed = {
        r[0]
        for r in vault.conn.execute(
            "SELECT id FROM orgs WHERE valid_to IS NOT NULL AND valid_to <= ?", (today.isoformat(),)
        )
    }
    statuses = dict(vault.conn.execute("SELECT id, status FROM members").fetchall())
    to_end = [(r, Status(statuses[r.member_id])) for r in regs if Status(statuses[r.member_id]) in ENDED]
    return ToDo(
        overdue=overdue,
        waiting_confirmation=[c for c in cases if c.state is CaseState.COMMENTED],
        waiting_cell=[c for c in cases if c.state in WAITING_CELL],
        confirmed_not_dispatched=[c for c in cases if c.state is CaseState.CONFIRMED],
        # No cell, or a cell that no longer exists (split, dissolved): the office must choose the new one.
        registrations_without_cell=[r for r in regs if r.cell_id is None or r.cell_id in closed],
        registrations_to_end=to_end,
    )


def _marks(values: tuple[object, ...]) -> str:
    return ", ".join("?" * len(values))


def todo_counts(vault: Vault, year: int, *, today: date | None = None) -> ToDoCounts:
    """The sizes of ``todo``'s lists without reading the cases and registrations themselves."""
    vault.actor.require(Op.READ)
    today = today or date.today()
    days = settings.get(vault, settings.RETURN_OVERDUE_DAYS)
    conn = vault.conn
    waiting = tuple(s.value for s in WAITING)
    cell = tuple(s.value for s in WAITING_CELL)
    # received + days < today, said as received < today - days (the dates are ISO text).
    late = (today - timedelta(days=days)).isoformat()
    cases = conn.execute(
        f"SELECT coalesce(sum(c.state IN ({_marks(waiting)})"
        " AND (c.deadline < ? OR nullif(c.received_date, '') < ?)), 0),"
        f" coalesce(sum(c.state = ?), 0), coalesce(sum(c.state IN ({_marks(cell)})), 0), coalesce(sum(c.state = ?), 0)"
        # The same rows as list_cases (a case's registration and member always exist: foreign keys), without
        # reading each member's record.
        " FROM cases c LEFT JOIN registration_cells rc ON rc.registration_id = c.registration_id"
        " AND rc.valid_to IS NULL WHERE c.year = ?",
        (*waiting, today.isoformat(), late, CaseState.COMMENTED.value, *cell, CaseState.CONFIRMED.value, year),
    ).fetchone()
    ended = tuple(s.value for s in ENDED)
    regs = conn.execute(
        "SELECT coalesce(sum(rc.cell_id IS NULL OR o.valid_to <= ?), 0),"
        f" coalesce(sum(m.status IN ({_marks(ended)})), 0)"
        " FROM registrations r JOIN members m ON m.id = r.member_id"
        " LEFT JOIN registration_cells rc ON rc.registration_id = r.id AND rc.valid_to IS NULL"
        " LEFT JOIN orgs o ON o.id = rc.cell_id"
        " WHERE r.ended_on IS NULL",
        (today.isoformat(), *ended),
    ).fetchone()
    overdue, confirmation, with_cell, confirmed = (int(n) for n in cases)
    return ToDoCounts(overdue, confirmation, with_cell, confirmed, int(regs[0]), int(regs[1]))
