"""What Tổng quan draws: the round per cell, members per cell, the quarter's changes, the age pyramid, to-dos."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
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


def dashboard(vault: Vault, year: int, *, today: date | None = None, todo: ToDoCounts | None = None) -> Dashboard:
    """What Tổng quan draws, from the reports' own counting (their lists of members are not built here).

    ``todo``: the to-do counts when the caller has them already (Tổng quan's cards counted them a moment ago)."""
    vault.actor.require(Op.READ)
    today = today or date.today()
    start = quarter_start(today)
    ceremony = next_ceremony(rules_on(today).badges, today)

    def changes_and_badges(on: Vault) -> tuple[dict[ChangeKind, int], int]:
        return change_counts(on, start, today, today=today), badges_report(on, ceremony, today=today).count

    # The changes and the badges are counted on a second connection while this one counts the rest (SQLite lets
    # go of the GIL while it reads): on two cores Tổng quan's charts come in about half the time.
    other = vault.beside()
    with ThreadPoolExecutor(1, thread_name_prefix="dashboard") as pool:
        beside = pool.submit(changes_and_badges, other) if other is not None else None
        names = cell_names(vault.conn)
        bars, returned = _round_bars(vault.conn, names, min(year, today.year))
        placed = headcount(vault, today)
        t = todo or todo_counts(vault, year, today=today)
        counted, due = beside.result() if beside is not None else changes_and_badges(vault)
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
        ToDoItem(Place.BADGES, due, ceremony.strftime("%d/%m/%Y")),
    ]
    todos = tuple(i for i in items if i.count)
    return Dashboard(today, year, start, bars, cells, changes, pyramid, todos, ceremony)
