"""SQLCipher connections for sqlite-utils: module aliasing, key, pragmas — all in one place."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlcipher3.dbapi2

# sqlite-utils catches the exceptions of the sqlite3 module it imported. Make it import
# sqlcipher3 under the name it looks for first, before sqlite_utils is ever imported,
# so its error handling (alter=True, drop(ignore=True), savepoints) sees our errors.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402  (must come after the aliasing above)

from handbook.vault.db_errors import DatabaseError, IntegrityError, OperationalError  # noqa: E402

__all__ = [
    "DatabaseError",
    "IntegrityError",
    "OperationalError",
    "connect",
    "database",
    "export_copy",
    "raw_key_pragma",
]

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000


def raw_key_pragma(key: bytes) -> str:
    """The PRAGMA value for a raw 256-bit key (skips SQLCipher's own slow KDF)."""
    if len(key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return f"\"x'{key.hex()}'\""


def connect(path: Path, key: bytes) -> Any:
    """Open ``path`` with ``key``: quiet logging, raw key, probe, WAL, foreign keys.

    Raises ``DatabaseError`` when the key does not fit or the file is not a database.
    """
    conn = sqlcipher3.dbapi2.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {raw_key_pragma(key)}")
        # The probe: the first read decrypts page 1 and fails on a wrong key or a damaged file.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Sorts and temporary indices stay in memory: no plaintext temp files.
        conn.execute("PRAGMA temp_store = MEMORY")
        # Decrypted pages stay cached (32 MiB at most): walking an index in order would otherwise decrypt
        # the same table pages again and again.
        conn.execute("PRAGMA cache_size = -32768")
    except BaseException:
        conn.close()
        raise
    return conn


def database(conn: Any) -> sqlite_utils.Database:
    """Wrap a keyed sqlcipher3 connection for sqlite-utils."""
    return sqlite_utils.Database(conn, execute_plugins=False)


def export_copy(conn: Any, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the open database to ``target`` (which must not exist)."""
    conn.execute(f"ATTACH DATABASE ? AS snapshot KEY {raw_key_pragma(key)}", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('snapshot')").fetchall()
    finally:
        conn.execute("DETACH DATABASE snapshot")
