"""The rotation policy (dated data in resources/backups) and which backup files it keeps.

A rule "keep the last N daily" keeps the newest automatic backup of each of the N most recent
calendar days that have one; weekly uses ISO weeks, monthly calendar months. The union of the
rules is kept, plus every backup whose reason the policy always keeps (before a migration, before
a restore, made by hand). Since only newer backups ever arrive, applying the policy after every
new backup keeps exactly what applying it once to the whole history would.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path

from handbook.vault.paths import BACKUP_SUFFIX

NAME = re.compile(r"^(\d{8}-\d{6})-(.+)-[0-9a-f]{4}" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class Policy:
    effective_from: date
    keep_daily: int
    keep_weekly: int
    keep_monthly: int
    always_keep: tuple[str, ...]
    automatic_reason: str
    at_least_every_hours: int


def _parse(raw: dict[str, object]) -> Policy:
    return Policy(
        effective_from=date.fromisoformat(str(raw["effective_from"])),
        keep_daily=int(str(raw["keep_daily"])),
        keep_weekly=int(str(raw["keep_weekly"])),
        keep_monthly=int(str(raw["keep_monthly"])),
        always_keep=tuple(str(x) for x in raw["always_keep"]),  # type: ignore[attr-defined]
        automatic_reason=str(raw["automatic_reason"]),
        at_least_every_hours=int(str(raw["at_least_every_hours"])),
    )


def shipped() -> list[Policy]:
    folder = resources.files("resources") / "backups"
    found = [_parse(json.loads(f.read_text(encoding="utf-8"))) for f in folder.iterdir() if f.name.endswith(".json")]
    return sorted(found, key=lambda p: p.effective_from)


def current(today: date | None = None) -> Policy:
    """The policy in force on ``today`` (the latest one whose date has come)."""
    day = today or date.today()
    policies = shipped()
    valid = [p for p in policies if p.effective_from <= day]
    return valid[-1] if valid else policies[0]


@dataclass(frozen=True)
class Entry:
    """One backup file as the rotation sees it: its name, when, and why it was made."""

    path: Path
    at: datetime
    reason: str


def parse_name(path: Path) -> Entry | None:
    """The entry for a backup file named by ``backup.auto_name``; other names are not rotated."""
    m = NAME.match(path.name)
    if m is None:
        return None
    try:
        at = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return Entry(path, at, m.group(2))


def _newest_per_period(autos: list[Entry], period: Callable[[datetime], object], count: int) -> set[Path]:
    kept: set[Path] = set()
    seen: set[object] = set()
    for entry in sorted(autos, key=lambda e: (e.at, e.path.name), reverse=True):
        key = period(entry.at)
        if key in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(key)
        kept.add(entry.path)
    return kept


def keep(policy: Policy, entries: Iterable[Entry]) -> set[Path]:
    """The files the policy keeps; everything else among the automatic ones may go."""
    listed = list(entries)
    autos = [e for e in listed if e.reason == policy.automatic_reason]
    kept = {e.path for e in listed if e.reason != policy.automatic_reason}
    kept |= _newest_per_period(autos, lambda t: t.date(), policy.keep_daily)
    kept |= _newest_per_period(autos, lambda t: t.isocalendar()[:2], policy.keep_weekly)
    kept |= _newest_per_period(autos, lambda t: (t.year, t.month), policy.keep_monthly)
    return kept


def entries_in(folder: Path) -> list[Entry]:
    if not folder.is_dir():
        return []
    found = (parse_name(p) for p in folder.glob(f"*{BACKUP_SUFFIX}") if not p.name.startswith("."))
    return [e for e in found if e is not None]


def rotate(policy: Policy, folder: Path, protect: Path | None = None) -> list[Path]:
    """Delete the automatic backups in ``folder`` the policy no longer keeps; never ``protect``."""
    listed = entries_in(folder)
    kept = keep(policy, listed)
    removed: list[Path] = []
    for entry in listed:
        if entry.path in kept or entry.path == protect or entry.reason != policy.automatic_reason:
            continue
        entry.path.unlink(missing_ok=True)
        removed.append(entry.path)
    return removed
