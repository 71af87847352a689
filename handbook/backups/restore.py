"""Restore as a person meets it: verify first, open with a password or the recovery code, compare, put in place.

The format checks (truncated, changed, newer schema) live in ``vault.backup``; here are the checks
that need today's vault: a backup of another vault is never restored over it, and what the backup
holds is shown against what the vault holds now.
"""

from __future__ import annotations

import hmac
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbook.backups.listing import vault_id_of
from handbook.errors import InputError, VaultError
from handbook.vault import backup, migrations
from handbook.vault.backup import Restored, Summary
from handbook.vault.paths import VaultPaths


@dataclass(frozen=True)
class Verified:
    """A backup that is whole, authentic and opened by the given secret."""

    path: Path
    summary: Summary


@dataclass(frozen=True)
class Now:
    """Today's vault in the same numbers as a backup's summary."""

    members: int
    cases: int
    newest_change: str


def verify(path: Path, *, username: str | None, secret: str, recovery: bool = False) -> Verified:
    """Every check that needs no target: format, length, schema, the secret, the MAC over every byte."""
    head = backup.read_header(path)
    if head.summary.schema_version > migrations.LATEST:
        raise VaultError("backup.too_new", path=str(path), version=head.summary.schema_version)
    data_key = backup.unlock(head, path, username, secret, recovery)
    if not backup.verify_mac(path, data_key):
        raise VaultError("backup.tampered", path=str(path))
    return Verified(path, head.summary)


def now_of(conn: Any) -> Now:
    def count(table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    row = conn.execute("SELECT at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return Now(count("members"), count("cases"), str(row[0]) if row else "")


def check_same_vault(backup_path: Path, target: Path) -> None:
    """Refuse to put a backup of another vault in place of this one (a new folder is always fine)."""
    current = vault_id_of(target)
    if current is None:
        return
    theirs = backup.read_header(backup_path).summary.vault_id
    if not hmac.compare_digest(current, theirs):
        raise InputError("backup.other_vault", path=str(backup_path))


def finish_interrupted(target: Path) -> Path | None:
    """After a restore killed between its two renames the target is missing: put the kept vault back.

    Returns the folder moved back, or None when there was nothing to do. Hidden staging folders of
    killed restores are removed (they never had the target's name).
    """
    target = Path(target)
    for staging in target.parent.glob(f".{target.name}.restoring-*"):
        shutil.rmtree(staging, ignore_errors=True)
    if target.exists():
        return None
    kept = sorted(target.parent.glob(f"{target.name}.truoc-khoi-phuc-*"), key=lambda p: p.name)
    kept = [k for k in kept if VaultPaths(k).keys.exists()]
    if not kept:
        return None
    os.replace(kept[-1], target)
    return kept[-1]


def restore(
    backup_path: Path,
    target: Path,
    *,
    username: str | None,
    secret: str,
    recovery: bool = False,
    replace: bool = False,
) -> Restored:
    """Verify, then restore into a new folder or (``replace``) in place, the current vault kept aside."""
    finish_interrupted(target)
    if replace:
        check_same_vault(backup_path, target)
    return backup.restore(backup_path, target, username=username, secret=secret, recovery=recovery, replace=replace)


def key_file_state(root: Path) -> bool:
    """Whether the key file is there and well formed (its MAC needs the key: ``check`` covers that)."""
    try:
        doc = json.loads(VaultPaths(root).keys.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(doc, dict) and isinstance(doc.get("vault_id"), str) and bool(doc.get("slots"))


def now_of_vault_at(root: Path, username: str | None, secret: str) -> Now | None:
    """Today's numbers of the vault at ``root`` opened with the same password, or None when it cannot be."""
    from handbook.errors import HandbookError
    from handbook.vault.sqlcipher import DatabaseError
    from handbook.vault.vault import Vault

    if not VaultPaths(root).keys.exists():
        return None
    try:
        with Vault.open(root, username=username, password=secret) as current:
            return now_of(current.conn)
    except (HandbookError, DatabaseError):
        return None  # damaged, or another password: nothing to compare with
