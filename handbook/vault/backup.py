"""Backup files: one self-contained, encrypted, authenticated file; restore verifies before writing.

Layout: magic, header length (4 bytes), header JSON (format, time, schema version, the key
file), database length (8 bytes), the SQLCipher database bytes (already encrypted), and an
HMAC-SHA256 over everything before it under a key derived from the data key. The header holds
no member data; the key file inside lets a password or the recovery code of that time open it.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

from handbook.errors import InputError, VaultError
from handbook.vault import audit, keyslots
from handbook.vault.atomic import fsync_dir, write_atomic
from handbook.vault.keyslots import KeyFile
from handbook.vault.paths import BACKUP_SUFFIX, README_TEXT, VaultPaths
from handbook.vault.sqlcipher import DatabaseError, connect, export_copy

MAGIC = b"SOTAYBAK\x01"
FORMAT = "sotay-backup"
MAC_BYTES = 32


def auto_name(reason: str) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{reason}-{secrets.token_hex(2)}{BACKUP_SUFFIX}"


def _mac(data_key: bytes, payload: bytes) -> bytes:
    return hmac.new(keyslots.subkey(data_key, "sotay backup mac v1"), payload, sha256).digest()


def write_backup(conn: Any, key_file: KeyFile, data_key: bytes, schema_version: int, out: Path) -> None:
    """Snapshot the open database (encrypted) and write the backup file atomically."""
    out.parent.mkdir(parents=True, exist_ok=True)
    snapshot = out.with_name(f".{out.name}.{secrets.token_hex(4)}.snapshot")
    try:
        export_copy(conn, snapshot, data_key)
        db_bytes = snapshot.read_bytes()
    finally:
        for leftover in (
            snapshot,
            Path(f"{snapshot}-wal"),
            Path(f"{snapshot}-shm"),
            Path(f"{snapshot}-journal"),
        ):
            if leftover.exists():
                leftover.unlink()
    header = json.dumps(
        {
            "format": FORMAT,
            "created_at": audit.now_iso(),
            "schema_version": schema_version,
            "keyfile": json.loads(key_file.to_bytes()),
        },
        sort_keys=True,
    ).encode("ascii")
    payload = MAGIC + struct.pack(">I", len(header)) + header + struct.pack(">Q", len(db_bytes)) + db_bytes
    write_atomic(out, payload + _mac(data_key, payload))


@dataclass(frozen=True)
class BackupFile:
    key_file: KeyFile
    schema_version: int
    created_at: str
    db_bytes: bytes
    payload: bytes
    mac: bytes


def read_backup(path: Path) -> BackupFile:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("backup.not_found", path=str(path)) from None
    try:
        if not raw.startswith(MAGIC):
            raise ValueError("magic")
        pos = len(MAGIC)
        (hlen,) = struct.unpack(">I", raw[pos : pos + 4])
        pos += 4
        header = json.loads(raw[pos : pos + hlen].decode("ascii"))
        pos += hlen
        (dlen,) = struct.unpack(">Q", raw[pos : pos + 8])
        pos += 8
        db_bytes = raw[pos : pos + dlen]
        pos += dlen
        if len(db_bytes) != dlen or len(raw) != pos + MAC_BYTES or header.get("format") != FORMAT:
            raise ValueError("length")
        key_file = KeyFile.parse(json.dumps(header["keyfile"]).encode("ascii"))
        return BackupFile(
            key_file, int(header["schema_version"]), str(header["created_at"]), db_bytes, raw[:pos], raw[pos:]
        )
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise InputError("backup.damaged", path=str(path)) from None


@dataclass(frozen=True)
class Restored:
    root: Path
    previous_moved_to: Path | None
    created_at: str


def restore(
    backup_path: Path,
    target: Path,
    *,
    username: str | None,
    secret: str,
    recovery: bool = False,
    replace: bool = False,
) -> Restored:
    """Verify the backup completely, then put it in place at ``target``.

    An existing vault at ``target`` is only replaced when ``replace`` is true, and then it is
    first moved aside whole (``<name>.truoc-khoi-phuc-<time>``) — that is the automatic backup
    taken before every restore, and needs no key.
    """
    backup = read_backup(backup_path)
    target = Path(target)
    if target.exists() and any(target.iterdir()) and not replace:
        raise InputError("backup.target_exists", path=str(target))
    if not recovery and not username:
        names = backup.key_file.usernames()
        if len(names) != 1:
            raise InputError("vault.user_required")
        username = names[0]
    data_key = keyslots.open_slot(backup.key_file, username, secret, recovery=recovery)
    if not backup.key_file.verify(data_key) or not hmac.compare_digest(backup.mac, _mac(data_key, backup.payload)):
        raise VaultError("backup.tampered", path=str(backup_path))

    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700)
    try:
        paths = VaultPaths(staging)
        paths.backups.mkdir()
        paths.readme.write_text(README_TEXT, encoding="utf-8")
        with open(paths.db, "xb") as fh:
            fh.write(backup.db_bytes)
            fh.flush()
            os.fsync(fh.fileno())
        _verify_restored_db(paths.db, data_key, backup_path)
        keyslots.write_key_file(paths.keys, backup.key_file)
        moved: Path | None = None
        if target.exists():
            if any(target.iterdir()):
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                moved = target.with_name(f"{target.name}.truoc-khoi-phuc-{stamp}")
                os.replace(target, moved)
            else:
                target.rmdir()
        os.replace(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Restored(target, moved, backup.created_at)


def _verify_restored_db(db_path: Path, data_key: bytes, backup_path: Path) -> None:
    try:
        conn = connect(db_path, data_key)
    except DatabaseError:
        raise VaultError("backup.tampered", path=str(backup_path)) from None
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if problems or not ok or audit.verify(conn):
            raise VaultError("backup.tampered", path=str(backup_path))
        # Leave the file self-contained (no WAL beside it) before it is moved into place.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError:
        raise VaultError("backup.tampered", path=str(backup_path)) from None
    finally:
        conn.close()
