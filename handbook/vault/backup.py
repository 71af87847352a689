"""Backup files: one self-contained, encrypted, authenticated file; restore verifies before writing.

Layout: magic, header length (4 bytes), header JSON (format, time, schema version, the key
file, and a summary: vault id, who, member and case counts, the audit head and entry count),
database length (8 bytes), the SQLCipher database bytes (already encrypted), and an
HMAC-SHA256 over everything before it under a key derived from the data key. The header holds
no member data; the key file inside lets a password or the recovery code of that time open it.

A backup is written under a hidden temporary name beside its final name, fsynced, read back and
its MAC checked, and only then renamed: a file with the final name is always a whole, good one.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
import shutil
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import IO, Any

from handbook.errors import InputError, VaultError
from handbook.vault import audit, keyslots, migrations
from handbook.vault.atomic import fsync_dir
from handbook.vault.keyslots import KeyFile
from handbook.vault.page_cache import cache_for_checking
from handbook.vault.paths import BACKUP_SUFFIX, README_TEXT, VaultPaths
from handbook.vault.sqlcipher import DatabaseError, connect, raw_key_pragma

MAGIC = b"SOTAYBAK\x01"
FORMAT = "sotay-backup"
MAC_BYTES = 32
CHUNK = 1 << 20
TMP_SUFFIX = ".tmp"


def auto_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{reason}-{secrets.token_hex(2)}{BACKUP_SUFFIX}"


def temp_name(final: Path) -> Path:
    """The hidden name a file is written under before it is verified (never ends in .sotaybak)."""
    return final.with_name(f".{final.name}.{secrets.token_hex(4)}{TMP_SUFFIX}")


def _mac_key(data_key: bytes) -> bytes:
    return keyslots.subkey(data_key, "sotay backup mac v1")


@dataclass(frozen=True)
class Summary:
    """What a backup holds, in numbers (stored in the header, covered by the MAC)."""

    vault_id: str
    created_at: str
    created_by: str
    reason: str
    schema_version: int
    members: int
    cases: int
    audit_count: int
    audit_head: str
    newest_change: str


def _count(conn: Any, table: str) -> int:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except DatabaseError:
        return 0


def _summarise(conn: Any, vault_id: str, created_by: str, reason: str) -> Summary:
    head = conn.execute("SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return Summary(
        vault_id=vault_id,
        created_at=audit.now_iso(),
        created_by=created_by,
        reason=reason,
        schema_version=migrations.current_version(conn),
        members=_count(conn, "members"),
        cases=_count(conn, "cases"),
        audit_count=_count(conn, "audit"),
        audit_head=str(head[1]) if head else audit.GENESIS,
        newest_change=str(head[2]) if head else "",
    )


def snapshot(conn: Any, data_key: bytes, target: Path) -> None:
    """A consistent encrypted copy of the open database at ``target`` (one read transaction, page copy)."""
    if conn.in_transaction:
        raise VaultError("backup.write_in_progress")
    dest = connect_new(target, data_key)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        dest.close()


def connect_new(target: Path, data_key: bytes) -> Any:
    import sqlcipher3.dbapi2

    dest = sqlcipher3.dbapi2.connect(str(target), check_same_thread=False)
    dest.execute("PRAGMA cipher_log_level = NONE")
    dest.execute(f"PRAGMA key = {raw_key_pragma(data_key)}")
    return dest


def _leftovers(path: Path) -> Iterator[Path]:
    for suffix in ("", "-wal", "-shm", "-journal"):
        yield Path(f"{path}{suffix}")


def write_backup(
    conn: Any,
    key_file: KeyFile,
    data_key: bytes,
    schema_version: int,
    out: Path,
    *,
    created_by: str = "",
    reason: str = "",
) -> Summary:
    """Snapshot the open database, write the backup file beside ``out``, verify it, then rename."""
    del schema_version  # read from the snapshot itself, so the header matches the bytes
    out.parent.mkdir(parents=True, exist_ok=True)
    snap = out.with_name(f".{out.name}.{secrets.token_hex(4)}.snapshot")
    tmp = temp_name(out)
    try:
        snapshot(conn, data_key, snap)
        check = connect(snap, data_key)
        try:
            summary = _summarise(check, key_file.vault_id, created_by, reason)
        finally:
            check.close()
        header = json.dumps(
            {"format": FORMAT, "keyfile": json.loads(key_file.to_bytes()), **summary.__dict__}, sort_keys=True
        ).encode("ascii")
        size = snap.stat().st_size
        mac = hmac.new(_mac_key(data_key), digestmod=sha256)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh, open(snap, "rb") as src:
            _emit(fh, mac, MAGIC + struct.pack(">I", len(header)) + header + struct.pack(">Q", size))
            while chunk := src.read(CHUNK):
                _emit(fh, mac, chunk)
            fh.write(mac.digest())
            fh.flush()
            os.fsync(fh.fileno())
        if not verify_mac(tmp, data_key):
            raise VaultError("backup.verify_failed", path=str(out))
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        for leftover in (*_leftovers(snap), tmp):
            if leftover.exists():
                leftover.unlink()
    return summary


def _emit(fh: IO[bytes], mac: Any, data: bytes) -> None:
    fh.write(data)
    mac.update(data)


def verify_mac(path: Path, data_key: bytes) -> bool:
    """Read ``path`` back and check its MAC (and framing) without loading it whole."""
    try:
        total = path.stat().st_size
        if total < len(MAGIC) + MAC_BYTES:
            return False
        mac = hmac.new(_mac_key(data_key), digestmod=sha256)
        remaining = total - MAC_BYTES
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                return False
            mac.update(MAGIC)
            remaining -= len(MAGIC)
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    return False
                mac.update(chunk)
                remaining -= len(chunk)
            return hmac.compare_digest(fh.read(MAC_BYTES), mac.digest())
    except OSError:
        return False


@dataclass(frozen=True)
class Header:
    """The readable part of a backup: enough to list it without a password."""

    key_file: KeyFile
    summary: Summary
    size: int


def _summary_from(header: dict[str, Any], key_file: KeyFile) -> Summary:
    return Summary(
        vault_id=str(header.get("vault_id", key_file.vault_id)),
        created_at=str(header["created_at"]),
        created_by=str(header.get("created_by", "")),
        reason=str(header.get("reason", "")),
        schema_version=int(header["schema_version"]),
        members=int(header.get("members", -1)),
        cases=int(header.get("cases", -1)),
        audit_count=int(header.get("audit_count", -1)),
        audit_head=str(header.get("audit_head", "")),
        newest_change=str(header.get("newest_change", "")),
    )


def read_header(path: Path) -> Header:
    """The header alone (no key needed). A cut-short or foreign file is ``backup.damaged``."""
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise ValueError("magic")
            (hlen,) = struct.unpack(">I", fh.read(4))
            header = json.loads(fh.read(hlen).decode("ascii"))
            (dlen,) = struct.unpack(">Q", fh.read(8))
        if header.get("format") != FORMAT or size != len(MAGIC) + 4 + hlen + 8 + dlen + MAC_BYTES:
            raise ValueError("length")
        key_file = KeyFile.parse(json.dumps(header["keyfile"]).encode("ascii"))
        return Header(key_file, _summary_from(header, key_file), size)
    except FileNotFoundError:
        raise InputError("backup.not_found", path=str(path)) from None
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError, OSError):
        raise InputError("backup.damaged", path=str(path)) from None


def _copy_database(path: Path, head: Header, data_key: bytes, dest: Path) -> bool:
    """Copy the database part of the backup at ``path`` to a new file ``dest`` (fsynced), checking the MAC over
    every byte of the backup on the way: one read of the file, never all of it in memory."""
    mac = hmac.new(_mac_key(data_key), digestmod=sha256)
    with open(path, "rb") as src, open(dest, "xb") as out:
        preamble = src.read(len(MAGIC) + 4)
        (hlen,) = struct.unpack(">I", preamble[len(MAGIC) :])
        preamble += src.read(hlen + 8)
        mac.update(preamble)
        remaining = head.size - len(preamble) - MAC_BYTES
        while remaining > 0:
            chunk = src.read(min(CHUNK, remaining))
            if not chunk:
                return False
            mac.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())
        return hmac.compare_digest(src.read(MAC_BYTES), mac.digest())


def unlock(backup: Header, backup_path: Path, username: str | None, secret: str, recovery: bool) -> bytes:
    """The data key of a backup from a password (any account of that time) or the recovery code."""
    if not recovery and not username:
        names = backup.key_file.usernames()
        if len(names) != 1:
            raise InputError("vault.user_required")
        username = names[0]
    data_key = keyslots.open_slot(backup.key_file, username, secret, recovery=recovery)
    if not backup.key_file.verify(data_key):
        raise VaultError("backup.tampered", path=str(backup_path))
    return data_key


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
    taken before every restore, and needs no key. Its backup files move to the restored vault.
    """
    backup = read_header(backup_path)
    target = Path(target)
    if target.exists() and any(target.iterdir()) and not replace:
        raise InputError("backup.target_exists", path=str(target))
    if backup.summary.schema_version > migrations.LATEST:
        raise VaultError("backup.too_new", path=str(backup_path), version=backup.summary.schema_version)
    data_key = unlock(backup, backup_path, username, secret, recovery)

    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700)
    try:
        paths = VaultPaths(staging)
        paths.backups.mkdir()
        paths.readme.write_text(README_TEXT, encoding="utf-8")
        try:
            whole = _copy_database(backup_path, backup, data_key, paths.db)
        except (OSError, struct.error):
            raise InputError("backup.damaged", path=str(backup_path)) from None
        if not whole:
            raise VaultError("backup.tampered", path=str(backup_path))
        verify_database(paths.db, data_key, backup_path)
        keyslots.write_key_file(paths.keys, backup.key_file)
        fsync_dir(staging)
        moved: Path | None = None
        if target.exists():
            if any(target.iterdir()):
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                moved = target.with_name(f"{target.name}.truoc-khoi-phuc-{stamp}-{secrets.token_hex(2)}")
                os.replace(target, moved)
            else:
                target.rmdir()
        os.replace(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if moved is not None:
        _carry_backups(VaultPaths(moved).backups, VaultPaths(target).backups)
    return Restored(target, moved, backup.summary.created_at)


def _carry_backups(old: Path, new: Path) -> None:
    """Each backup file moves whole (one rename each), so an interruption leaves every file good."""
    if not old.is_dir():
        return
    for item in sorted(old.glob(f"*{BACKUP_SUFFIX}")):
        if not item.name.startswith("."):
            os.replace(item, new / item.name)
    fsync_dir(new)


def verify_database(db_path: Path, data_key: bytes, backup_path: Path) -> None:
    try:
        conn = connect(db_path, data_key)
    except DatabaseError:
        raise VaultError("backup.tampered", path=str(backup_path)) from None
    try:
        with cache_for_checking(conn):
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
