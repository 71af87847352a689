"""Biến động đảng viên: what changed in a period, per cell and in total, with the members behind each number."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from handbook.dates import PartialDate
from handbook.members.model import EventKind
from handbook.orgs.model import Org
from handbook.permissions import Op
from handbook.reports.people import load_people
from handbook.reports.rules import rules_on
from handbook.reports.scope import NO_CELL_NAME, MemberRef, Placement, cell_names, check_period, choose_org
from handbook.text.fold import search_key
from handbook.vault.vault import Vault


class ChangeKind(StrEnum):
    ADMITTED = "admitted"
    OFFICIAL = "official"
    IN_WITHIN = "in_within"
    IN_OUTSIDE = "in_outside"
    IN_TEMPORARY = "in_temporary"
    OUT_WITHIN = "out_within"
    OUT_OUTSIDE = "out_outside"
    OUT_TEMPORARY = "out_temporary"
    EXEMPTED = "exempted"
    DISCIPLINED = "disciplined"
    LEFT = "left"
    STRUCK_OFF = "struck_off"
    EXPELLED = "expelled"
    DIED = "died"


CHANGE_LABELS: dict[ChangeKind, str] = {
    ChangeKind.ADMITTED: "Kết nạp",
    ChangeKind.OFFICIAL: "Công nhận chính thức",
    ChangeKind.IN_WITHIN: "Chuyển đến trong tỉnh",
    ChangeKind.IN_OUTSIDE: "Chuyển đến ngoài tỉnh",
    ChangeKind.IN_TEMPORARY: "Sinh hoạt tạm thời đến",
    ChangeKind.OUT_WITHIN: "Chuyển đi trong tỉnh",
    ChangeKind.OUT_OUTSIDE: "Chuyển đi ngoài tỉnh",
    ChangeKind.OUT_TEMPORARY: "Sinh hoạt tạm thời đi",
    ChangeKind.EXEMPTED: "Miễn sinh hoạt",
    ChangeKind.DISCIPLINED: "Kỷ luật",
    ChangeKind.LEFT: "Xin ra khỏi Đảng",
    ChangeKind.STRUCK_OFF: "Xóa tên",
    ChangeKind.EXPELLED: "Khai trừ",
    ChangeKind.DIED: "Từ trần",
}

_DIRECT = {
    EventKind.TRANSFER_IN_TEMPORARY: ChangeKind.IN_TEMPORARY,
    EventKind.TRANSFER_OUT_TEMPORARY: ChangeKind.OUT_TEMPORARY,
    EventKind.EXEMPTED: ChangeKind.EXEMPTED,
    EventKind.DISCIPLINED: ChangeKind.DISCIPLINED,
    EventKind.LEFT: ChangeKind.LEFT,
    EventKind.STRUCK_OFF: ChangeKind.STRUCK_OFF,
    EventKind.EXPELLED: ChangeKind.EXPELLED,
    EventKind.DIED: ChangeKind.DIED,
}
# Events that close the assignment on their own day: the member is counted in the cell they left.
_ENDING = {EventKind.TRANSFER_OUT, EventKind.LEFT, EventKind.STRUCK_OFF, EventKind.EXPELLED, EventKind.DIED}


@dataclass(frozen=True)
class ChangeLine:
    kind: ChangeKind
    label: str
    members: tuple[MemberRef, ...]

    @property
    def count(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class CellChanges:
    cell_id: int | None
    cell_name: str
    lines: tuple[ChangeLine, ...]  # one per ChangeKind, in order

    def count(self, kind: ChangeKind) -> int:
        return next(line.count for line in self.lines if line.kind is kind)

    @property
    def total(self) -> int:
        return sum(line.count for line in self.lines)


@dataclass(frozen=True)
class ChangesReport:
    start: date
    end: date
    org_id: int | None
    org_name: str
    cells: tuple[CellChanges, ...]
    total: CellChanges

    @property
    def empty(self) -> bool:
        return self.total.total == 0


def _in_period(iso: str, start: date, end: date) -> date | None:
    when = PartialDate.from_iso(iso)
    if when is None:
        return None
    day = when.earliest()  # a date known only to the month or year counts on its first day
    return day if start <= day <= end else None


def _may_fall_in(column: str) -> str:
    """A cheap SQL test that every ISO text in ``column`` whose first day lies in [:lo, :hi] passes (a date known
    to the year or month is a prefix of its first day); ``_in_period`` then decides exactly."""
    return f"({column} >= substr(:lo, 1, length({column})) AND {column} <= :hi)"


def _transfer_kind(kind: EventKind, detail: str, province_key: str, markers: tuple[str, ...]) -> ChangeKind:
    text = detail.lower()
    outside = any(m in text for m in markers)
    if province_key and province_key in search_key(detail):
        outside = False
    if kind is EventKind.TRANSFER_IN:
        return ChangeKind.IN_OUTSIDE if outside else ChangeKind.IN_WITHIN
    return ChangeKind.OUT_OUTSIDE if outside else ChangeKind.OUT_WITHIN


Event = tuple[ChangeKind, int, date, str, bool]  # kind, member, day, detail, closed the assignment that day


def _change_events(conn: Any, start: date, end: date) -> list[Event]:
    """Every change in [start, end] from the members' dates and their dated events, classified."""
    rules = rules_on(end)
    row = conn.execute("SELECT coalesce(province_name, '') FROM committee_profile ORDER BY valid_from DESC").fetchone()
    province_key = search_key(row[0]) if row and row[0] else ""
    events: list[Event] = []
    period = {"lo": start.isoformat(), "hi": end.isoformat()}
    for mid, admitted, official in conn.execute(
        f"SELECT id, admitted, official FROM members WHERE {_may_fall_in('admitted')} OR {_may_fall_in('official')}",
        period,
    ):
        for kind, iso in ((ChangeKind.ADMITTED, admitted), (ChangeKind.OFFICIAL, official)):
            if iso and (day := _in_period(iso, start, end)):
                events.append((kind, int(mid), day, "", False))
    counted = {f"k{i}": k.value for i, k in enumerate((*_DIRECT, EventKind.TRANSFER_IN, EventKind.TRANSFER_OUT))}
    transfers: dict[tuple[EventKind, str], ChangeKind] = {}
    for mid, kind_text, iso, detail in conn.execute(
        f"SELECT member_id, kind, date, detail FROM member_events WHERE {_may_fall_in('date')}"
        f" AND kind IN ({', '.join(':' + k for k in counted)})",
        {**period, **counted},
    ):
        event = EventKind(kind_text)
        day = _in_period(iso, start, end)
        if day is None:
            continue
        if event in _DIRECT:
            change = _DIRECT[event]
        elif (event, detail) in transfers:  # the same few wordings come back again and again
            change = transfers[event, detail]
        else:
            change = _transfer_kind(event, detail, province_key, rules.transfer_outside_markers)
            transfers[event, detail] = change
        events.append((change, int(mid), day, detail, event in _ENDING))
    return events


def change_counts(vault: Vault, start: date, end: date, *, today: date | None = None) -> dict[ChangeKind, int]:
    """How many of each change in [start, end] over the whole commune: ``changes_report``'s total line by line,
    without placing the members or reading their names (Tổng quan's chart)."""
    vault.actor.require(Op.READ)
    check_period(start, end, today or date.today())
    counts = Counter(kind for kind, *_ in _change_events(vault.conn, start, end))
    return {kind: counts[kind] for kind in ChangeKind}


def changes_report(
    vault: Vault,
    start: date,
    end: date,
    org: Org | int | None = None,
    *,
    today: date | None = None,
    placement: Placement | None = None,
) -> ChangesReport:
    """Every change in [start, end], counted in the cell the member was in on the day it happened."""
    vault.actor.require(Op.READ)
    check_period(start, end, today or date.today())
    choice = choose_org(vault, org, start, end)
    conn = vault.conn
    events = _change_events(conn, start, end)
    placement = placement or Placement(conn, {e[1] for e in events})
    found = [
        (kind, mid, day, placement.cell_on(mid, day, ending=ending), detail)
        for kind, mid, day, detail, ending in events
    ]
    found = [f for f in found if choice.covers(f[3])]
    people = load_people(conn, {f[1] for f in found})
    names = cell_names(conn)
    by_cell: dict[int | None, dict[ChangeKind, list[tuple[str, MemberRef]]]] = defaultdict(lambda: defaultdict(list))
    everyone: dict[ChangeKind, list[tuple[str, MemberRef]]] = defaultdict(list)
    for kind, mid, day, cell, detail in found:
        person = people[mid]
        cell_name = names.get(cell, NO_CELL_NAME) if cell is not None else NO_CELL_NAME
        note = f"{day.strftime('%d/%m/%Y')}" + (f" – {detail}" if detail else "")
        ref = MemberRef(mid, person.name, person.birth, cell_name, note)
        by_cell[cell][kind].append((person.sort_key, ref))
        everyone[kind].append((person.sort_key, ref))

    def lines(groups: dict[ChangeKind, list[tuple[str, MemberRef]]]) -> tuple[ChangeLine, ...]:
        return tuple(
            ChangeLine(k, CHANGE_LABELS[k], tuple(ref for _, ref in sorted(groups.get(k, []), key=lambda x: x[0])))
            for k in ChangeKind
        )

    cells = [
        CellChanges(c, names.get(c, NO_CELL_NAME) if c is not None else NO_CELL_NAME, lines(g))
        for c, g in by_cell.items()
    ]
    cells.sort(key=lambda c: (c.cell_id is None, search_key(c.cell_name)))
    total = CellChanges(choice.org_id, choice.name or "Toàn đảng bộ", lines(everyone))
    return ChangesReport(start, end, choice.org_id, choice.name, tuple(cells), total)
