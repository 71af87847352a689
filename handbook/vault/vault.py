"""The vault: one commune's encrypted store, opened by a person whose role governs every change."""

from __future__ import annotations

import os
import secrets
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from handbook.errors import AuthError, InputError, VaultError
from handbook.i18n import Message
from handbook.ids import UserId
from handbook.permissions import Actor, Op, Role
from handbook.vault import audit, backup, kdf, keyslots, migrations, reconcile
from handbook.vault.keyslots import KeyFile
from handbook.vault.paths import README_TEXT, VaultPaths
from handbook.vault.sqlcipher import DatabaseError, OperationalError, connect, database

KEY_LOCK_TIMEOUT_S = 15
MIN_PASSWORD_LEN = 8
SYSTEM_ACTOR = "system"


@dataclass(frozen=True)
class Created:
    """What ``Vault.create`` hands back once: the open vault and the recovery code to print."""

    vault: Vault
    recovery_code: str


class Change:
    """The audit side of one transaction: every record it makes is hash-chained to the last."""

    def __init__(self, conn: Any, actor: str) -> None:
        self.conn = conn
        self.actor = actor
        self.recorded = 0

    def record(
        self, operation: str, entity: str, entity_id: object, before: object = None, after: object = None
    ) -> None:
        audit.append(self.conn, self.actor, operation, entity, entity_id, before, after)
        self.recorded += 1


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise InputError("vault.password_too_short", min=MIN_PASSWORD_LEN)


def opening_warnings(key_file: KeyFile) -> list[Message]:
    """What to tell the person on every open (the CLI prints these; the GUI shows them)."""
    weak = [s.username or "recovery" for s in key_file.slots if s.params.below_baseline]
    if not weak:
        return []
    return [Message("vault.test_only_kdf", {"slots": ", ".join(weak)})]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Vault:
    """An unlocked vault with the person acting. Build it with ``create`` or ``open``."""

    def __init__(self, paths: VaultPaths, conn: Any, key_file: KeyFile, data_key: bytes, actor: Actor) -> None:
        self.paths = paths
        self.conn = conn
        self.db = database(conn)
        self._key_file = key_file
        self._data_key = data_key
        self.actor = actor
        self.warnings: list[Message] = opening_warnings(key_file)

    # --- creating and opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        root: Path,
        *,
        committee_name: str,
        username: str,
        full_name: str,
        password: str,
        kdf_params: kdf.KdfParams | None = None,
    ) -> Created:
        """A new vault whose first user is the head. Refuses to touch an existing path.

        ``kdf_params`` None means calibrate on this machine (the real default); tests pass
        ``kdf.TEST_ONLY`` explicitly.
        """
        root = Path(root)
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise InputError("vault.exists", path=str(root))
        username = keyslots.check_username(username)
        full_name, committee_name = full_name.strip(), committee_name.strip()
        if not full_name:
            raise InputError("vault.full_name_missing")
        if not committee_name:
            raise InputError("vault.committee_name_missing")
        check_password(password)
        params = kdf_params or kdf.calibrate()
        data_key, vault_id = os.urandom(32), uuid.uuid4().hex
        recovery_code = keyslots.new_recovery_code()

        root.parent.mkdir(parents=True, exist_ok=True)
        staging = root.with_name(f".{root.name}.creating-{secrets.token_hex(4)}")
        staging.mkdir(mode=0o700)
        try:
            paths = VaultPaths(staging)
            paths.backups.mkdir()
            paths.readme.write_text(README_TEXT, encoding="utf-8")
            conn = connect(paths.db, data_key)
            try:
                conn.isolation_level = None
                for step in migrations.STEPS:
                    migrations.apply_step(conn, step)
                conn.execute("BEGIN IMMEDIATE")
                for key, value in (
                    ("vault_id", vault_id),
                    ("created_at", now_iso()),
                    ("committee_name", committee_name),
                ):
                    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
                conn.execute(
                    "INSERT INTO users (username, full_name, role, delegated, active, created_at)"
                    " VALUES (?, ?, 'head', 0, 1, ?)",
                    (username, full_name, now_iso()),
                )
                audit.append(
                    conn,
                    username,
                    "vault.create",
                    "vault",
                    vault_id,
                    None,
                    {"committee_name": committee_name, "head": username},
                )
                conn.execute("COMMIT")
            finally:
                conn.close()
            slots = (
                keyslots.wrap(data_key, vault_id, "password", username, password, params),
                keyslots.wrap(data_key, vault_id, "recovery", None, recovery_code, params),
            )
            keyslots.write_key_file(paths.keys, KeyFile(vault_id, slots, b"").sealed(data_key))
            if root.exists():
                root.rmdir()
            os.replace(staging, root)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls.open(root, username=username, password=password)
        return Created(vault, recovery_code)

    @classmethod
    def open(cls, root: Path, *, username: str | None, password: str) -> Vault:
        """Unlock with a user's password; wrong user or password both raise the same AuthError."""
        paths = cls._existing(Path(root))
        key_file = keyslots.read_key_file(paths.keys, paths.latest_backup_hint())
        username = cls._resolve_user(key_file, username)
        data_key = keyslots.open_slot(key_file, username, password)
        return cls._unlock(paths, key_file, data_key, username)

    @classmethod
    def open_with_recovery(cls, root: Path, *, username: str, recovery_code: str) -> Vault:
        """Unlock with the recovery code, acting as ``username`` (used to set a new password)."""
        paths = cls._existing(Path(root))
        key_file = keyslots.read_key_file(paths.keys, paths.latest_backup_hint())
        data_key = keyslots.open_slot(key_file, None, recovery_code, recovery=True)
        return cls._unlock(paths, key_file, data_key, keyslots.check_username(username))

    @staticmethod
    def _existing(root: Path) -> VaultPaths:
        paths = VaultPaths(root)
        try:
            found = paths.keys.exists() or paths.db.exists()
        except PermissionError:
            found = True
        if not found:
            raise VaultError("vault.not_found", path=str(root))
        if not os.access(root, os.R_OK | os.X_OK) or not all(
            os.access(p, os.R_OK) for p in (paths.keys, paths.db) if os.path.lexists(p)
        ):
            raise VaultError("vault.no_access", path=str(root))
        return paths

    @staticmethod
    def _require_writable(paths: VaultPaths) -> None:
        """SQLite needs to write beside the database (its -wal and -shm files) even to read it."""
        if not os.access(paths.root, os.W_OK) or not os.access(paths.db, os.W_OK):
            raise VaultError("vault.read_only", path=str(paths.root))

    @staticmethod
    def _resolve_user(key_file: KeyFile, username: str | None) -> str:
        if username:
            return username.strip().lower()
        names = key_file.usernames()
        if len(names) == 1:
            return names[0]
        raise InputError("vault.user_required")

    @classmethod
    def _unlock(cls, paths: VaultPaths, key_file: KeyFile, data_key: bytes, username: str) -> Vault:
        hint = paths.latest_backup_hint()
        if not key_file.verify(data_key):
            raise VaultError("vault.keyfile_tampered", path=str(paths.keys), backup=hint)
        if not paths.db.exists():
            raise VaultError("vault.db_missing", path=str(paths.db), backup=hint)
        cls._require_writable(paths)
        try:
            conn = connect(paths.db, data_key)
        except OperationalError as exc:
            if "unable to open" in str(exc) or "readonly" in str(exc):
                raise VaultError("vault.read_only", path=str(paths.root)) from None
            raise VaultError("vault.db_damaged", path=str(paths.db), backup=hint) from None
        except DatabaseError:
            raise VaultError("vault.db_damaged", path=str(paths.db), backup=hint) from None
        try:
            conn.isolation_level = None
            version = migrations.current_version(conn)
            if version > migrations.LATEST:
                raise VaultError("vault.too_new", version=version, supported=migrations.LATEST)
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if stored_id is None or stored_id[0] != key_file.vault_id:
                raise VaultError("vault.keyfile_mismatch", path=str(paths.root), backup=hint)
            if version < migrations.LATEST:
                cls._migrate(paths, conn, key_file, data_key, version)
            notes: list[Message] = []
            if key_file.pending_ops():
                with FileLock(paths.lock, timeout=KEY_LOCK_TIMEOUT_S):
                    key_file = keyslots.read_key_file(paths.keys, hint)
                    if not key_file.verify(data_key):
                        raise VaultError("vault.keyfile_tampered", path=str(paths.keys), backup=hint)
                    key_file, notes = reconcile.settle_pending(paths, conn, key_file, data_key)
            row = conn.execute(
                "SELECT username, full_name, role, delegated FROM users WHERE username = ? AND active = 1",
                (username,),
            ).fetchone()
            if row is None:
                raise AuthError("vault.bad_credentials")
        except DatabaseError:
            conn.close()
            raise VaultError("vault.db_damaged", path=str(paths.db), backup=hint) from None
        except BaseException:
            conn.close()
            raise
        actor = Actor(username=row[0], full_name=row[1], role=Role(row[2]), delegated=bool(row[3]))
        vault = cls(paths, conn, key_file, data_key, actor)
        vault.warnings.extend(notes)
        return vault

    @staticmethod
    def _migrate(paths: VaultPaths, conn: Any, key_file: KeyFile, data_key: bytes, version: int) -> None:
        with FileLock(paths.lock, timeout=KEY_LOCK_TIMEOUT_S):
            version = migrations.current_version(conn)  # another process may have done it meanwhile
            steps = migrations.pending(version)
            if not steps:
                return
            out = paths.backups / backup.auto_name(f"truoc-nang-cap-v{version}")
            backup.write_backup(conn, key_file, data_key, version, out)
            for step in steps:
                migrations.apply_step(conn, step)
            conn.execute("BEGIN IMMEDIATE")
            audit.append(
                conn,
                SYSTEM_ACTOR,
                "schema.migrate",
                "vault",
                key_file.vault_id,
                {"version": version},
                {"version": steps[-1].version, "backup": out.name},
            )
            conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()
        self._data_key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- facts ---------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    @property
    def user_id(self) -> UserId:
        row = self.conn.execute("SELECT id FROM users WHERE username = ?", (self.actor.username,)).fetchone()
        return UserId(int(row[0]))

    @property
    def key_file(self) -> KeyFile:
        return self._key_file

    @property
    def data_key(self) -> bytes:
        return self._data_key

    # --- changing ------------------------------------------------------------------------

    @contextmanager
    def change(self, op: Op) -> Iterator[Change]:
        """One permitted, audited transaction: all of it is committed, or none of it."""
        self.actor.require(op)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except OperationalError:
            raise VaultError("vault.busy") from None
        ch = Change(self.conn, self.actor.username)
        try:
            yield ch
            if ch.recorded == 0:
                ch.record(op.value, "vault", self.vault_id)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    @contextmanager
    def key_file_lock(self) -> Iterator[KeyFile]:
        """Hold the key-file lock and yield the current (re-read, verified) key file."""
        try:
            with FileLock(self.paths.lock, timeout=KEY_LOCK_TIMEOUT_S):
                current = keyslots.read_key_file(self.paths.keys, self.paths.latest_backup_hint())
                if not current.verify(self._data_key):
                    raise VaultError(
                        "vault.keyfile_tampered",
                        path=str(self.paths.keys),
                        backup=self.paths.latest_backup_hint(),
                    )
                yield current
        except Timeout:
            raise VaultError("vault.keys_busy") from None

    def replace_key_file(self, new: KeyFile) -> None:
        """Write ``new`` (call while holding ``key_file_lock``)."""
        keyslots.write_key_file(self.paths.keys, new)
        self._key_file = new

    def backup_to(self, out: Path) -> Path:
        """Write one self-contained encrypted backup file."""
        self.actor.require(Op.BACKUP)
        out = Path(out)
        if out.is_dir():
            out = out / backup.auto_name("sao-luu")
        elif not out.parent.is_dir():
            raise InputError("backup.folder_missing", path=str(out.parent))
        if out.exists():
            raise InputError("backup.out_exists", path=str(out))
        backup.write_backup(self.conn, self._key_file, self._data_key, self.schema_version, out)
        with self.change(Op.BACKUP) as ch:
            ch.record("vault.backup", "vault", self.vault_id, None, {"file": out.name})
        return out
