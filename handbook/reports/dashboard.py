"""What Tổng quan draws: the round per cell, members per cell, the quarter's changes, the age pyramid, to-dos."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from handbook.flow.model import CaseState
from handbook.flow.todo import ToDoCounts, todo_counts
from handbook.permissions import Op
from handbook.reports.badges import badges_report
from handbook.reports.changes import CHANGE_LABELS, ChangeKind, change_counts
from handbook.reports.round import case_states, cell_round
from handbook.reports.rules import next_ceremony, rules_on
from handbook.reports.scope import NO_CELL_NAME, cell_names
from handbook.reports.structure import headcount
from handbook.text.fold import search_key
from handbook.vault.vault import Vault


class Place(StrEnum):
    """Where a to-do is done (the screens map each one to a tab or a filter)."""

    OVERDUE = "overdue"  # the cases list, cases waiting for the cell
    WAITING_CELL = "waiting_cell"
    REVIEW = "review"  # the head's confirmation queue
    DISPATCH = "dispatch"  # confirmed, to send back to the workplace
    NO_CELL = "no_cell"  # registrations without a (living) cell
    REGISTRATIONS_TO_END = "registrations_to_end"
    BADGES = "badges"  # the badges report for the next ceremony


@dataclass(frozen=True)
class ToDoItem:
    place: Place
    count: int
    detail: str = ""  # e.g. the ceremony date
    included: int = 0  # of the count, those in a second state (waiting for the cell: the returned ones)


@dataclass(frozen=True)
class RoundBar:
    cell_id: int | None
    cell_name: str
    waiting_cell: int  # requested or returned
    waiting_confirmation: int  # commented
    confirmed: int  # confirmed, not sent yet
    sent: int  # dispatched or acknowledged


@dataclass(frozen=True)
class CellBar:
    cell_id: int
    cell_name: str
    members: int


@dataclass(frozen=True)
class ChangeBar:
    kind: ChangeKind
    label: str
    count: int


@dataclass(frozen=True)
class PyramidBand:
    label: str
    men: int
    women: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    year: int
    quarter_start: date
    round: tuple[RoundBar, ...]
    cells: tuple[CellBar, ...]
    changes: tuple[ChangeBar, ...]
    pyramid: tuple[PyramidBand, ...]
    todos: tuple[ToDoItem, ...]  # only those with something to do
    ceremony: date


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _round_bars(conn: Any, names: dict[int, str], year: int) -> tuple[tuple[RoundBar, ...], int]:
    """The round's bar per cell with requests that year, and how many of its cases were returned to the cell."""
    returned = 0
    lines = []
    for cell, states in case_states(conn, year).items():
        returned += states[CaseState.RETURNED]
        line = cell_round(cell, names, Counter(), states, 0)
        if line.requested:
            lines.append(line)
    lines.sort(key=lambda c: (c.cell_id is None, search_key(c.cell_name)))
    bars = tuple(
        RoundBar(
            c.cell_id, c.cell_name, c.waiting_cell, c.commented - c.confirmed, c.confirmed - c.dispatched, c.dispatched
        )
        for c in lines
    )
    return bars, returned


class Early:
    """The quarter's changes and the badges due at the next ceremony, counted on a second connection while the
    caller goes on with the first (SQLite lets go of the GIL while it reads, so on two cores both advance).

    Made by ``counting_early`` and handed to ``dashboard``; ``result`` waits for the counts."""

    def __init__(self, vault: Vault, today: date, pool: ThreadPoolExecutor) -> None:
        self.today = today
        self.quarter_start = quarter_start(today)
        self.ceremony = next_ceremony(rules_on(today).badges, today)
        other = vault.beside()
        self._vault = vault
        self._future: Future[tuple[dict[ChangeKind, int], int]] | None = (
            pool.submit(self._count, other) if other is not None else None
        )

    def _count(self, on: Vault) -> tuple[dict[ChangeKind, int], int]:
        changes = change_counts(on, self.quarter_start, self.today, today=self.today)
        return changes, badges_report(on, self.ceremony, today=self.today).count

    def result(self) -> tuple[dict[ChangeKind, int], int]:
        """The changes by kind and how many members are due a badge (counted here if no second connection)."""
        return self._future.result() if self._future is not None else self._count(self._vault)


@contextmanager
def counting_early(vault: Vault, today: date | None = None) -> Iterator[Early]:
    """Start the slower half of Tổng quan's counts; the block waits for them before it ends, so the second
    connection is never read once the action that opened it is over."""
    vault.actor.require(Op.READ)
    with ThreadPoolExecutor(1, thread_name_prefix="dashboard") as pool:
        yield Early(vault, today or date.today(), pool)


def dashboard(
    vault: Vault,
    year: int,
    *,
    today: date | None = None,
    todo: ToDoCounts | None = None,
    early: Early | None = None,
) -> Dashboard:
    """What Tổng quan draws, from the reports' own counting (their lists of members are not built here).

    ``todo``: the to-do counts when the caller has them already (Tổng quan's cards counted them a moment ago);
    ``early``: the changes and badges already being counted (``counting_early``, started for the same day)."""
    vault.actor.require(Op.READ)
    if early is None:
        with counting_early(vault, today) as started:
            return dashboard(vault, year, today=today, todo=todo, early=started)
    today = early.today
    names = cell_names(vault.conn)
    bars, returned = _round_bars(vault.conn, names, min(year, today.year))
    placed = headcount(vault, today)
    t = todo or todo_counts(vault, year, today=today)
    counted, due = early.result()
    cells = tuple(
        sorted(
            (CellBar(c, names.get(c, NO_CELL_NAME), n) for c, n in placed.per_cell.items()),
            key=lambda b: search_key(b.cell_name),
        )
    )
    changes = tuple(ChangeBar(kind, CHANGE_LABELS[kind], n) for kind, n in counted.items() if n)
    pyramid = tuple(PyramidBand(label, men, women) for label, men, women in placed.pyramid)
    items = [
        ToDoItem(Place.OVERDUE, t.overdue),
        ToDoItem(Place.WAITING_CELL, t.waiting_cell, included=returned if year <= today.year else 0),
        ToDoItem(Place.REVIEW, t.waiting_confirmation),
        ToDoItem(Place.DISPATCH, t.confirmed_not_dispatched),
        ToDoItem(Place.NO_CELL, t.registrations_without_cell),
        ToDoItem(Place.REGISTRATIONS_TO_END, t.registrations_to_end),
        ToDoItem(Place.BADGES, due, early.ceremony.strftime("%d/%m/%Y")),
    ]
    todos = tuple(i for i in items if i.count)
    return Dashboard(today, year, early.quarter_start, bars, cells, changes, pyramid, todos, early.ceremony)
