"""Automatic backups: when there are changes, into the vault's ``backups/`` folder and the second place.

``back_up`` never raises into the caller's work: every failure comes back as a sentence in the
``Outcome`` (and in the state file, so the dashboard shows it and the next attempt retries).
Old backups are rotated away only after the new one is written and verified.
"""

from __future__ import annotations

import errno
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from handbook import settings
from handbook.backups import policy, second_place
from handbook.backups.state import State, load, save
from handbook.errors import HandbookError
from handbook.i18n import Message
from handbook.vault import backup
from handbook.vault.sqlcipher import DatabaseError
from handbook.vault.vault import Vault

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Outcome:
    written: Path | None = None
    copied: Path | None = None
    skipped: bool = False
    problems: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


def audit_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def has_changes(vault: Vault, state: State | None = None) -> bool:
    """Anything committed since the last automatic backup (or never backed up)?"""
    st = state or load(vault.paths.backups)
    return st.last_audit_count != audit_count(vault) or bool(st.last_failure_id and st.last_failure_at)


def due(vault: Vault, now: datetime, rule: policy.Policy | None = None) -> bool:
    """While the app is open: changes, and the last backup is older than the policy's interval."""
    st = load(vault.paths.backups)
    if not has_changes(vault, st):
        return False
    if not st.last_backup_at:
        return True
    every = timedelta(hours=(rule or policy.current(now.date())).at_least_every_hours)
    return now - datetime.fromisoformat(st.last_backup_at) >= every


def explain(exc: BaseException, where: Path) -> Message:
    """A sentence for a failed write: folder gone, read-only, disk full, or the detail."""
    if isinstance(exc, HandbookError):
        return exc.message
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOENT, errno.ENOTDIR):
            return Message("backups.folder_gone", {"path": str(where)})
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Message("backups.read_only", {"path": str(where)})
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return Message("backups.disk_full", {"path": str(where)})
        return Message("backups.failed", {"path": str(where), "detail": exc.strerror or str(exc)})
    return Message("backups.failed", {"path": str(where), "detail": type(exc).__name__})


def back_up(vault: Vault, *, clock: Clock = datetime.now, force: bool = False, reason: str = "") -> Outcome:
    """Take an automatic backup when there are changes (or ``force``), copy it, rotate. Never raises."""
    folder = vault.paths.backups
    st = load(folder)
    now = clock()
    rule = policy.current(now.date())
    try:
        if not force and not has_changes(vault, st):
            return Outcome(skipped=True)
        count = audit_count(vault)
    except DatabaseError as exc:
        return Outcome(problems=(explain(exc, folder),))
    out = folder / backup.auto_name(reason or rule.automatic_reason, now)
    try:
        summary = backup.write_backup(
            vault.conn,
            vault.key_file,
            vault.data_key,
            vault.schema_version,
            out,
            created_by=vault.actor.username,
            reason=reason or rule.automatic_reason,
        )
    except (OSError, HandbookError, DatabaseError) as exc:
        problem = explain(exc, folder)
        save(
            folder,
            st.but(
                last_failure_id=problem.id,
                last_failure_detail=json.dumps(dict(problem.values), default=str),
                last_failure_at=now.isoformat(),
            ),
        )
        return Outcome(problems=(problem,))
    st = st.but(
        last_backup_at=now.isoformat(timespec="seconds"),
        last_backup_file=out.name,
        last_audit_count=summary.audit_count if summary.audit_count >= 0 else count,
        last_failure_id="",
        last_failure_detail="",
        last_failure_at="",
    )
    problems: list[Message] = []
    try:
        policy.rotate(rule, folder, protect=out)
    except OSError as exc:
        problems.append(explain(exc, folder))
    copied, st, copy_problem = _copy(vault, out, st, now, rule)
    if copy_problem is not None:
        problems.append(copy_problem)
    save(folder, st)
    return Outcome(written=out, copied=copied, problems=tuple(problems))


def _copy(
    vault: Vault, out: Path, st: State, now: datetime, rule: policy.Policy
) -> tuple[Path | None, State, Message | None]:
    place_text = settings.get(vault, settings.BACKUP_SECOND_PLACE).strip()
    if not place_text:
        return None, st.but(second_place="", second_missing_since=""), None
    place = Path(place_text)
    st = st.but(second_place=place_text)
    try:
        copied = second_place.copy(out, place, vault.vault_id, rule)
    except (OSError, HandbookError) as exc:
        since = st.second_missing_since or now.isoformat(timespec="seconds")
        problem = explain(exc, place)
        if isinstance(exc, FileNotFoundError):
            problem = Message("backups.second_missing", {"path": place_text})
        return None, st.but(second_missing_since=since), problem
    return copied, st.but(last_copy_at=now.isoformat(timespec="seconds"), second_missing_since=""), None
