"""Huy hiệu Đảng: who reaches a badge level by a ceremony date (party age less periods out of the Party)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from handbook.dates import PartialDate
from handbook.members.model import EventKind
from handbook.orgs.model import Org
from handbook.permissions import Op
from handbook.reports.people import Person, load_people
from handbook.reports.rules import BadgeRule, rules_on
from handbook.reports.scope import NO_CELL_NAME, MemberRef, Placement, cell_names, choose_org, dmy, iso_display
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class BadgeCandidate:
    member: MemberRef
    level: int
    admitted: str
    reached_on: date  # the day the member's party age reaches the level
    days_out: int  # days out of the Party, not counted


@dataclass(frozen=True)
class BadgeLevel:
    level: int
    candidates: tuple[BadgeCandidate, ...]


@dataclass(frozen=True)
class BadgesReport:
    ceremony: date
    org_id: int | None
    org_name: str
    levels: tuple[BadgeLevel, ...]  # every level of the rule, highest first, empty ones too

    @property
    def count(self) -> int:
        return sum(len(lv.candidates) for lv in self.levels)

    @property
    def empty(self) -> bool:
        return self.count == 0


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def days_out_of_party(events: list[tuple[EventKind, date]], rule: BadgeRule, until: date) -> int:
    """Days between an event that put the member out of the Party and the one that brought them back."""
    out_since: date | None = None
    total = 0
    for kind, day in sorted(events, key=lambda e: e[1]):
        if day > until:
            break
        if kind in rule.out_from and out_since is None:
            out_since = day
        elif kind in rule.out_until and out_since is not None:
            total += (day - out_since).days
            out_since = None
    if out_since is not None:
        total += (until - out_since).days
    return total


def reached_on(admitted: date, level: int, days_out: int) -> date:
    return _add_years(admitted, level) + timedelta(days=days_out)


def badges_report(
    vault: Vault,
    ceremony: date,
    org: Org | int | None = None,
    *,
    today: date | None = None,
    placement: Placement | None = None,
    people: dict[int, Person] | None = None,
) -> BadgesReport:
    """Members of a cell (on the ceremony day, or today if it is ahead) due the next badge level."""
    vault.actor.require(Op.READ)
    today = today or date.today()
    on = min(today, ceremony)
    choice = choose_org(vault, org, on)
    rule = rules_on(ceremony).badges
    placed = {m: c for m, c in (placement or Placement(vault.conn)).members_on(on).items() if choice.covers(c)}
    # Only those admitted long enough ago can reach the first level (days out only make it later).
    first = str(ceremony.year - min(rule.levels) + 1)
    people = people if people is not None else load_people(vault.conn, set(placed), admitted_by=first)
    kinds = rule.out_from | rule.out_until | {EventKind.BADGE}
    events: dict[int, list[tuple[EventKind, date]]] = defaultdict(list)
    awarded: dict[int, int] = defaultdict(int)
    marks = ", ".join("?" * len(kinds))
    for mid, kind_text, iso, detail in vault.conn.execute(
        f"SELECT member_id, kind, date, detail FROM member_events WHERE kind IN ({marks})", [k.value for k in kinds]
    ):
        if int(mid) not in placed:
            continue
        kind = EventKind(kind_text)
        if kind is EventKind.BADGE:
            m = re.search(r"\d+", detail or "")
            awarded[int(mid)] = max(awarded[int(mid)], int(m.group()) if m else 0)
        elif when := PartialDate.from_iso(iso):
            events[int(mid)].append((kind, when.earliest()))
    names = cell_names(vault.conn)
    by_level: dict[int, list[tuple[str, BadgeCandidate]]] = defaultdict(list)
    for mid, cell in placed.items():
        person = people.get(mid)
        if person is None:
            continue
        if not person.admitted_iso or int(person.admitted_iso[:4]) > ceremony.year - rule.levels[0]:
            continue  # cannot reach the first level yet (cheap test before any date arithmetic)
        iso = person.admitted_iso
        start = date(int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1, int(iso[8:10]) if len(iso) == 10 else 1)
        out = days_out_of_party(events[mid], rule, ceremony) if mid in events else 0
        counted = start + timedelta(days=out)
        years = ceremony.year - counted.year - ((ceremony.month, ceremony.day) < (counted.month, counted.day))
        due = [lv for lv in rule.levels if awarded.get(mid, 0) < lv <= years]
        while due and reached_on(start, due[-1], out) > ceremony:  # 29 February and the like
            due.pop()
        if not due:
            continue
        level = due[-1]
        ref = MemberRef(mid, person.name, person.birth, names.get(cell, NO_CELL_NAME))
        by_level[level].append(
            (person.sort_key, BadgeCandidate(ref, level, iso_display(iso), reached_on(start, level, out), out))
        )
    levels = tuple(
        BadgeLevel(lv, tuple(c for _, c in sorted(by_level.get(lv, []), key=lambda x: x[0])))
        for lv in sorted(rule.levels, reverse=True)
    )
    return BadgesReport(ceremony, choice.org_id, choice.name, levels)


def ceremony_text(day: date) -> str:
    return dmy(day)
