"""Huy hiệu Đảng: who reaches a badge level by a ceremony date (party age less periods out of the Party)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from handbook.dates import PartialDate
from handbook.members.model import EventKind
from handbook.orgs.model import Org
from handbook.permissions import Op
from handbook.reports.rules import BadgeRule, rules_on
from handbook.reports.scope import NO_CELL_NAME, MemberRef, cell_names, choose_org, dmy, full_name, iso_display
from handbook.reports.structure import MEMBERS_JOIN, years_sql
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


def _first_number(detail: str | None) -> int:
    """The level a badge event records: the first number in its detail ("40 năm"), 0 when there is none."""
    found = re.search(r"\d+", detail or "")
    return int(found.group()) if found else 0


# The level of a badge event in SQL: the usual wording ("Huy hiệu 30 năm tuổi Đảng") read directly, anything
# else through ``_first_number``; both give the first number of the text.
_LEVEL_SQL = (
    "CASE WHEN e.detail GLOB 'Huy hiệu [0-9][0-9] năm*' THEN CAST(substr(e.detail, 10, 2) AS INTEGER)"
    " ELSE hb_badge_level(e.detail) END"
)


def _numbers(text: str | None) -> list[int]:
    """The integers of a ``group_concat`` (one string crosses into Python instead of a row per member)."""
    return list(map(int, text.split(","))) if text else []


def _held(conn: Any, cap: int) -> dict[int, int]:
    """The highest badge level each member holds, from one pass over the badge events.

    A level is capped at ``cap`` (the highest level of the rule): holding it or more, nothing is due."""
    (text,) = conn.execute(
        f"SELECT group_concat(e.member_id * :span + min(max({_LEVEL_SQL}, 0), :cap)) FROM member_events e"
        " WHERE e.kind = :badge",
        {"span": cap + 1, "cap": cap, "badge": EventKind.BADGE.value},
    ).fetchone()
    span = cap + 1
    # In ascending order a member's highest level comes last, and the last value given for a key is kept.
    return {key // span: key % span for key in sorted(_numbers(text))}


# The members placed on :on with their party age by the ceremony (:year, :md) before any time out of the Party
# is taken off, capped to [0, :cap]: a cheap upper bound, so only the few it lets through are looked at day by
# day. Those admitted too late for the lowest level (:latest) are left out at once.
_AGED_SQL = f"""
SELECT group_concat(m.id * :span + max(min({years_sql("m.admitted")}, :cap), 0)) {MEMBERS_JOIN}
WHERE a.valid_from <= :on AND (a.valid_to IS NULL OR a.valid_to > :on)
    AND m.admitted <> '' AND CAST(substr(m.admitted, 1, 4) AS INTEGER) <= :latest
"""
_CANDIDATES_SQL = f"""
SELECT m.id, a.org_id, m.ho, m.dem, m.ten, m.sort_key, coalesce(m.birth_date, ''), m.admitted {MEMBERS_JOIN}
WHERE m.id IN (SELECT value FROM json_each(:ids)) AND a.valid_from <= :on AND (a.valid_to IS NULL OR a.valid_to > :on)
ORDER BY m.id
"""


def _candidates(conn: Any, rule: BadgeRule, ceremony: date, on: date) -> list[tuple[Any, ...]]:
    """Who may be due a level above the highest they hold: (id, cell, ho, dem, ten, sort key, birth, admitted,
    highest held), by id."""
    levels = rule.levels
    cap = levels[-1]
    held = _held(conn, cap)
    iso = ceremony.isoformat()
    params = {"on": on.isoformat(), "year": ceremony.year, "md": iso[5:], "latest": ceremony.year - levels[0]}
    (text,) = conn.execute(_AGED_SQL, {**params, "span": cap + 1, "cap": cap}).fetchone()
    span = cap + 1
    # The level that follows each one held (span: none follows), the test below being the same for everyone.
    following = [next((lv for lv in levels if lv > held_level), span) for held_level in range(span)]
    maybe = [key // span for key in _numbers(text) if following[held.get(key // span, 0)] <= key % span]
    rows = conn.execute(_CANDIDATES_SQL, {**params, "ids": json.dumps(maybe)})
    return [(*r, held.get(int(r[0]), 0)) for r in rows]


_CHUNK = 500


def _out_events(conn: Any, ids: list[int], kinds: frozenset[EventKind]) -> dict[int, list[tuple[EventKind, date]]]:
    """The events of ``ids`` that take a member out of the Party or bring them back, by member."""
    events: dict[int, list[tuple[EventKind, date]]] = defaultdict(list)
    marks = ", ".join("?" * len(kinds))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i : i + _CHUNK]
        for mid, kind_text, iso in conn.execute(
            f"SELECT member_id, kind, date FROM member_events WHERE kind IN ({marks})"
            f" AND member_id IN ({', '.join('?' * len(part))})",
            [k.value for k in kinds] + part,
        ):
            if when := PartialDate.from_iso(iso):
                events[int(mid)].append((EventKind(kind_text), when.earliest()))
    return events


def badges_report(
    vault: Vault, ceremony: date, org: Org | int | None = None, *, today: date | None = None
) -> BadgesReport:
    """Members of a cell (on the ceremony day, or today if it is ahead) due the next badge level."""
    vault.actor.require(Op.READ)
    today = today or date.today()
    on = min(today, ceremony)
    choice = choose_org(vault, org, on)
    rule = rules_on(ceremony).badges
    conn = vault.conn
    conn.create_function("hb_badge_level", 1, _first_number, deterministic=True)
    rows = [r for r in _candidates(conn, rule, ceremony, on) if choice.covers(r[1])]
    events = _out_events(conn, [int(r[0]) for r in rows], rule.out_from | rule.out_until)
    names = cell_names(conn)
    by_level: dict[int, list[tuple[str, BadgeCandidate]]] = defaultdict(list)
    for mid, cell, ho, dem, ten, sort_key, birth, iso, awarded in rows:
        start = date(int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 1, int(iso[8:10]) if len(iso) == 10 else 1)
        out = days_out_of_party(events[mid], rule, ceremony) if mid in events else 0
        counted = start + timedelta(days=out)
        years = ceremony.year - counted.year - ((ceremony.month, ceremony.day) < (counted.month, counted.day))
        due = [lv for lv in rule.levels if awarded < lv <= years]
        while due and reached_on(start, due[-1], out) > ceremony:  # 29 February and the like
            due.pop()
        if not due:
            continue
        level = due[-1]
        ref = MemberRef(mid, full_name(ho, dem, ten), iso_display(birth), names.get(cell, NO_CELL_NAME))
        by_level[level].append(
            (sort_key, BadgeCandidate(ref, level, iso_display(iso), reached_on(start, level, out), out))
        )
    levels = tuple(
        BadgeLevel(lv, tuple(c for _, c in sorted(by_level.get(lv, []), key=lambda x: x[0])))
        for lv in sorted(rule.levels, reverse=True)
    )
    return BadgesReport(ceremony, choice.org_id, choice.name, levels)


def ceremony_text(day: date) -> str:
    return dmy(day)
