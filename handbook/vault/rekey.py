"""Revocation: a new data key for the database, sealed only to the accounts that remain.

When an account is disabled the database is re-keyed (SQLCipher ``PRAGMA rekey``) and the new key
is sealed to the remaining accounts' and the recovery code's public keys, so the removed person's
password opens nothing made after it. Backups made before still open with it: they carry the key
file of their time.

In steps, so a crash leaves one working key: the new key file is written beside the old one
(``keys.next.json``), the database is re-keyed, then the new key file replaces the old. An open that
finds ``keys.next.json`` keeps whichever of the two opens the database.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from handbook.errors import VaultError
from handbook.i18n import Message
from handbook.vault import crashpoints, keyhistory, keyslots
from handbook.vault.atomic import fsync_dir
from handbook.vault.keyslots import KeyFile, Unlocked
from handbook.vault.paths import VaultPaths
from handbook.vault.sqlcipher import DatabaseError, connect, raw_key_pragma


def next_keys_path(paths: VaultPaths) -> Path:
    return paths.root / "keys.next.json"


def revoked_slots(conn: Any, key_file: KeyFile) -> list[str]:
    """Accounts that still have a slot although they are disabled (a revocation not finished)."""
    active = {str(r[0]) for r in conn.execute("SELECT username FROM users WHERE active = 1")}
    return sorted(
        {s.username for s in key_file.slots if s.kind == "password" and s.username and s.username not in active}
    )


def legacy_blockers(key_file: KeyFile, dropping: set[str]) -> list[str]:
    """Remaining slots from before account keys: they cannot receive a new key until used once."""
    return [s.username or "recovery" for s in key_file.slots if s.legacy and s.username not in dropping]


def rekey(paths: VaultPaths, conn: Any, key_file: KeyFile, dropping: set[str]) -> tuple[KeyFile, bytes]:
    """Re-key the database and seal the new key to every slot but ``dropping``'s (hold the key-file lock)."""
    new_key = os.urandom(32)
    kept = [
        s.resealed(new_key, key_file.vault_id)
        for s in key_file.slots
        if not (s.kind == "password" and s.username in dropping) and s.state == "active"
    ]
    new_file = replace(key_file, slots=tuple(kept)).sealed(new_key)
    staged = next_keys_path(paths)
    keyslots.write_key_file(staged, new_file)
    crashpoints.reached("revoke.next_keys_written")
    keyhistory.note(paths, new_key)
    conn.execute(f"PRAGMA rekey = {raw_key_pragma(new_key)}").fetchall()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    crashpoints.reached("revoke.db_rekeyed")
    os.replace(staged, paths.keys)
    fsync_dir(paths.root)
    return new_file, new_key


def settle_staged(
    paths: VaultPaths, key_file: KeyFile, unlocked: Unlocked, username: str | None, secret: str, recovery: bool
) -> tuple[KeyFile, Unlocked, list[Message]]:
    """After a re-key cut short: keep the key file whose key opens the database (hold the key-file lock)."""
    staged = next_keys_path(paths)
    if not staged.exists():
        return key_file, unlocked, []
    if _opens(paths, unlocked.data_key):
        staged.unlink()  # the database was not re-keyed: the old key file stands
        return key_file, unlocked, [Message("rekey.undone")]
    hint = paths.latest_backup_hint()
    nxt = keyslots.read_key_file(staged, hint)
    found = keyslots.unlock_slot(nxt, username, secret, recovery=recovery)  # a removed account: AuthError
    if not nxt.verify(found.data_key) or not _opens(paths, found.data_key):
        raise VaultError("vault.keyfile_tampered", path=str(staged), backup=hint)
    os.replace(staged, paths.keys)
    fsync_dir(paths.root)
    return nxt, found, [Message("rekey.finished")]


def _opens(paths: VaultPaths, data_key: bytes) -> bool:
    try:
        connect(paths.db, data_key).close()
    except DatabaseError:
        return False
    return True
