"""The dated classification data of reports: age and membership bands, categories, badge levels."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

from handbook.errors import InputError
from handbook.members.model import EventKind


@dataclass(frozen=True)
class Band:
    label: str
    low: int
    high: int  # inclusive

    def holds(self, value: int) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class BadgeRule:
    levels: tuple[int, ...]
    out_from: frozenset[EventKind]  # events that start a period out of the Party
    out_until: frozenset[EventKind]  # events that end it (back in the Party)
    ceremonies: tuple[tuple[int, int], ...]  # (month, day) of the usual ceremony dates


@dataclass(frozen=True)
class ReportRules:
    effective_from: date
    age_bands: tuple[Band, ...]
    pyramid_bands: tuple[Band, ...]
    membership_bands: tuple[Band, ...]
    categories: dict[str, tuple[str, ...]]  # dimension -> known values, in the order forms list them
    empty_label: str
    transfer_outside_markers: tuple[str, ...]
    badges: BadgeRule

    def band_of(self, bands: tuple[Band, ...], value: int) -> str:
        for band in bands:
            if band.holds(value):
                return band.label
        return self.empty_label


def _bands(items: list[dict[str, object]]) -> tuple[Band, ...]:
    return tuple(Band(str(b["label"]), int(str(b["from"])), int(str(b["to"]))) for b in items)


def parse_rules(body: dict[str, object]) -> ReportRules:
    badges = body["badges"]
    assert isinstance(badges, dict)
    ceremonies = tuple((int(t[:2]), int(t[3:5])) for t in badges["ceremonies"])
    categories = body["categories"]
    assert isinstance(categories, dict)
    return ReportRules(
        effective_from=date.fromisoformat(str(body["effective_from"])),
        age_bands=_bands(body["age_bands"]),  # type: ignore[arg-type]
        pyramid_bands=_bands(body["pyramid_bands"]),  # type: ignore[arg-type]
        membership_bands=_bands(body["membership_bands"]),  # type: ignore[arg-type]
        categories={str(k): tuple(str(x) for x in v) for k, v in categories.items()},
        empty_label=str(body["empty_label"]),
        transfer_outside_markers=tuple(str(x).lower() for x in body["transfer_outside_markers"]),  # type: ignore[attr-defined]
        badges=BadgeRule(
            levels=tuple(sorted(int(x) for x in badges["levels"])),
            out_from=frozenset(EventKind(k) for k in badges["out_of_party_from"]),
            out_until=frozenset(EventKind(k) for k in badges["out_of_party_until"]),
            ceremonies=ceremonies,
        ),
    )


@cache
def shipped_rules() -> tuple[ReportRules, ...]:
    folder = resources.files("resources") / "reports"
    files = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    parsed = [parse_rules(json.loads((folder / name).read_text(encoding="utf-8"))) for name in files]
    return tuple(sorted(parsed, key=lambda r: r.effective_from))


def rules_on(day: date) -> ReportRules:
    """The version in force on ``day``; before the first one, the first one (old records use today's bands)."""
    versions = shipped_rules()
    if not versions:
        raise InputError("report.rules_missing", day=day.strftime("%d/%m/%Y"))
    current = versions[0]
    for version in versions:
        if version.effective_from <= day:
            current = version
    return current


def next_ceremony(rule: BadgeRule, after: date) -> date:
    """The first usual ceremony date on or after ``after``."""
    for year in (after.year, after.year + 1):
        for month, day in sorted(rule.ceremonies):
            candidate = date(year, month, day)
            if candidate >= after:
                return candidate
    return after
