"""The vault's health at a glance: last backup, last copy to the second place, last check, the key file.

Also the start-up ``check`` (at most once a day), whose result is remembered in the state file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from handbook import settings
from handbook.backups import restore, state
from handbook.i18n import Message
from handbook.vault.check import CheckReport, check_vault
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class Health:
    last_backup_at: str
    last_copy_at: str
    second_place: str
    second_missing_since: str
    last_check_at: str
    last_check_ok: bool
    key_file_ok: bool
    warnings: tuple[Message, ...]
    last_failure: Message | None


def _days_since(iso: str, now: datetime) -> int | None:
    if not iso:
        return None
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if then.tzinfo is not None:
        then = then.astimezone().replace(tzinfo=None)
    return (now - then).days


def health_of(root: Path, warn_after_days: int, now: datetime) -> Health:
    st = state.load(root / "backups")
    warnings: list[Message] = []
    days = _days_since(st.last_backup_at, now)
    if days is None or days >= warn_after_days:
        warnings.append(Message("health.backup_old", {"days": "?" if days is None else days, "limit": warn_after_days}))
    if st.second_place and st.second_missing_since:
        warnings.append(
            Message("health.second_missing_since", {"path": st.second_place, "since": st.second_missing_since})
        )
    if not st.last_check_ok:
        warnings.append(Message("health.check_failed"))
    keys_ok = restore.key_file_state(root)
    failure = None
    if st.last_failure_id:
        try:
            values = json.loads(st.last_failure_detail)
        except ValueError:
            values = {}
        failure = Message(st.last_failure_id, values if isinstance(values, dict) else {})
    return Health(
        last_backup_at=st.last_backup_at,
        last_copy_at=st.last_copy_at,
        second_place=st.second_place,
        second_missing_since=st.second_missing_since,
        last_check_at=st.last_check_at,
        last_check_ok=st.last_check_ok,
        key_file_ok=keys_ok,
        warnings=tuple(warnings),
        last_failure=failure,
    )


def of_vault(vault: Vault, now: datetime | None = None) -> Health:
    return health_of(vault.paths.root, settings.get(vault, settings.BACKUP_WARN_DAYS), now or datetime.now())


def check_due(vault: Vault, now: datetime) -> bool:
    st = state.load(vault.paths.backups)
    return not st.last_check_at or st.last_check_at[:10] != now.date().isoformat()


def daily_check(vault: Vault, now: datetime | None = None) -> CheckReport | None:
    """Run ``check`` when it has not run today; remember when and whether it passed."""
    moment = now or datetime.now()
    if not check_due(vault, moment):
        return None
    report = check_vault(vault)
    st = state.load(vault.paths.backups)
    state.save(vault.paths.backups, st.but(last_check_at=moment.isoformat(timespec="seconds"), last_check_ok=report.ok))
    return report
