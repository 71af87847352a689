"""Rotation over a simulated year: exactly the newest of each of the last 7 days, 4 weeks and 12 months stay."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from handbook.backups import policy
from handbook.vault.backup import auto_name

RULE = policy.current(date(2026, 6, 1))


def test_shipped_policy_is_the_documented_default() -> None:
    assert (RULE.keep_daily, RULE.keep_weekly, RULE.keep_monthly) == (7, 4, 12)
    assert RULE.automatic_reason == "tu-dong"


def test_a_simulated_year_keeps_exactly_what_the_policy_says(tmp_path: Path) -> None:
    rnd = random.Random(11)
    start = datetime(2026, 1, 1, 8, 0)
    made: list[datetime] = []
    specials: list[Path] = []
    for day in range(365):
        if rnd.random() < 0.15:  # the office is closed some days: no backup
            continue
        for _ in range(rnd.choice((1, 1, 2, 3))):
            when = start + timedelta(days=day, minutes=rnd.randrange(0, 600))
            if when in made:
                continue
            made.append(when)
            path = tmp_path / auto_name("tu-dong", when)
            path.write_bytes(b"x")
            policy.rotate(RULE, tmp_path, protect=path)
        if day in (40, 200):
            special = tmp_path / auto_name("truoc-nang-cap-v3", start + timedelta(days=day, hours=12))
            special.write_bytes(b"x")
            specials.append(special)
    left = {e.at for e in policy.entries_in(tmp_path) if e.reason == "tu-dong"}

    def newest_by(period: object, count: int) -> set[datetime]:
        groups: dict[object, datetime] = {}
        for t in made:
            key = period(t)  # type: ignore[operator]
            groups[key] = max(groups.get(key, t), t)
        return set(sorted(groups.values(), reverse=True)[:count])

    expected = (
        newest_by(lambda t: t.date(), 7)
        | newest_by(lambda t: t.isocalendar()[:2], 4)
        | newest_by(lambda t: (t.year, t.month), 12)
    )
    assert left == expected
    assert 12 <= len(left) <= 23
    assert all(s.exists() for s in specials)  # before-migration backups are never rotated away
    assert max(made) in left


def test_names_not_made_by_the_app_are_left_alone(tmp_path: Path) -> None:
    mine = tmp_path / "ban-sao-cua-toi.sotaybak"
    mine.write_bytes(b"x")
    for i in range(20):
        (tmp_path / auto_name("tu-dong", datetime(2026, 1, 1) + timedelta(days=i))).write_bytes(b"x")
        policy.rotate(RULE, tmp_path)
    assert mine.exists()
