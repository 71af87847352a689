"""The vault: one commune's encrypted store, opened by a person whose role governs every change."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from handbook.errors import InputError, VaultError
from handbook.i18n import Message
from handbook.ids import UserId
from handbook.permissions import Actor, Op
from handbook.vault import audit, backup, identity, kdf, keyslots, migrations, rollback
from handbook.vault.identity import Identity
from handbook.vault.keyslots import KeyFile
from handbook.vault.paths import VaultPaths
from handbook.vault.roster import RosterCheck
from handbook.vault.sqlcipher import DatabaseError, OperationalError, connect, database

KEY_LOCK_TIMEOUT_S = 15
MIN_PASSWORD_LEN = 8
SYSTEM_ACTOR = audit.SYSTEM


@dataclass(frozen=True)
class Created:
    """What ``Vault.create`` hands back once: the open vault and the recovery code to print."""

    vault: Vault
    recovery_code: str


class Change:
    """The audit side of one transaction: every record it makes is hash-chained to the last, and the
    transaction is signed once, at its end (``audit.Writer``)."""

    def __init__(self, conn: Any, actor: str, signer: audit.Signer) -> None:
        self.conn = conn
        self.actor = actor
        self.signer = signer
        self.recorded = 0
        self._writer = audit.Writer(conn, signer)

    def record(
        self, operation: str, entity: str, entity_id: object, before: object = None, after: object = None
    ) -> None:
        self._writer.append(self.actor, operation, entity, entity_id, before, after)
        self.recorded += 1

    def finish(self) -> None:
        """Write the signed end of the transaction (just before it commits)."""
        self._writer.finish()


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise InputError("vault.password_too_short", min=MIN_PASSWORD_LEN)


def opening_warnings(key_file: KeyFile) -> list[Message]:
    """What to tell the person on every open (the CLI prints these; the GUI shows them)."""
    weak = [s for s in key_file.slots if s.params.below_baseline]
    if not weak:
        return []
    names = ", ".join(s.username for s in weak if s.username)
    slots: str | Message = names
    if any(not s.username for s in weak):  # the recovery code's slot has no user name
        slots = Message("vault.slots_and_recovery", {"names": names}) if names else Message("vault.slot_recovery")
    return [Message("vault.test_only_kdf", {"slots": slots})]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class Vault:
    """An unlocked vault with the person acting. Build it with ``create`` or ``open``."""

    def __init__(
        self,
        paths: VaultPaths,
        conn: Any,
        key_file: KeyFile,
        data_key: bytes,
        actor: Actor,
        keys: Identity | None = None,
        signer_name: str | None = None,
    ) -> None:
        self.paths = paths
        self.conn = conn
        self.db = database(conn)
        self._key_file = key_file
        self._data_key = data_key
        self.actor = actor
        self.keys = keys or Identity.new()  # the acting account's private keys (or the recovery code's)
        self.signer: audit.Signer = (signer_name or actor.username, self.keys)
        self.roster: RosterCheck | None = None
        self.warnings: list[Message] = opening_warnings(key_file)
        self._key_lock_held = False
        self._keys_stamp = self._read_stamp()
        self._revoked = False
        self._beside: Any = None  # a second, query-only connection (``beside``), opened on first use
        self.notices: list[Message] = []  # what a change did beyond itself (e.g. the data key was changed)

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
        from handbook.vault import opening

        return opening.create(
            root,
            committee_name=committee_name,
            username=username,
            full_name=full_name,
            password=password,
            kdf_params=kdf_params,
        )

    @classmethod
    def open(cls, root: Path, *, username: str | None, password: str) -> Vault:
        """Unlock with a user's password; wrong user or password both raise the same AuthError."""
        from handbook.vault import opening

        return opening.open_vault(root, username, password)

    @classmethod
    def open_with_recovery(cls, root: Path, *, username: str, recovery_code: str) -> Vault:
        """Unlock with the recovery code, acting as ``username`` (used to set a new password)."""
        from handbook.vault import opening

        return opening.open_vault(root, username, recovery_code, recovery=True)

    def close(self) -> None:
        if self._data_key:
            self.record_witness()
        self._drop_beside()
        self.conn.close()
        self._data_key = b""

    def beside(self) -> Vault | None:
        """This vault on a second connection of its own, query only, for reading on another thread while
        this one works (the caller waits for that thread before the action ends); None when none can be had.

        The connection stays open, its page cache warm, until the vault closes or its key changes."""
        if not self._data_key:
            return None
        if self._beside is None:
            try:
                conn = connect(self.paths.db, self._data_key)
                conn.isolation_level = None
                conn.execute("PRAGMA query_only = ON")
            except DatabaseError:
                return None
            self._beside = conn
        view = copy.copy(self)
        view.conn, view.db = self._beside, database(self._beside)
        return view

    def _drop_beside(self) -> None:
        conn, self._beside = self._beside, None
        if conn is not None:
            conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_stamp(self) -> tuple[int, int, int] | None:
        try:
            return _stamp(self.paths.keys)
        except OSError:
            return None

    def follow_rekey(self) -> bool:
        """After another window or program re-keyed the database (an account was disabled or removed),
        switch this one to the new key, unsealed with this account's own keys; True when it switched.

        Raises ``VaultError`` when this account is no longer among those the new key was sealed to.
        """
        if self._revoked:
            raise VaultError("vault.access_revoked", user=self.actor.username)
        if not self._data_key:
            return False
        stamp = self._read_stamp()
        if stamp is None or stamp == self._keys_stamp:
            return False  # the key file did not change since this vault last read or wrote it
        try:
            current = keyslots.KeyFile.parse(self.paths.keys.read_bytes())
        except (OSError, ValueError, KeyError, TypeError):
            return False  # being replaced, or damaged: the next open says which
        self._keys_stamp = stamp
        if current.vault_id != self.vault_id or current.verify(self._data_key):
            return False  # the same key (another window recorded where the data stands)
        recovery = self.signer[0] == audit.RECOVERY
        slot = current.recovery_slot() if recovery else current.user_slot(self.actor.username)
        if slot is None or slot.sealed is None or slot.box_pub != self.keys.box_pub:
            self.conn.close()
            self._data_key, self._revoked = b"", True
            self._drop_beside()
            raise VaultError("vault.access_revoked", user=self.actor.username)
        new_key = identity.unseal(self.keys.box_key, slot.sealed, slot.seal_context(self.vault_id))
        if new_key is None or not current.verify(new_key):
            return False
        try:
            conn = connect(self.paths.db, new_key)
            conn.isolation_level = None
            conn.execute("SELECT count(*) FROM meta").fetchone()
        except DatabaseError:
            return False
        old, self.conn, self.db = self.conn, conn, database(conn)
        self._key_file, self._data_key = current, new_key
        old.close()
        self._drop_beside()
        return True

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
        self.follow_rekey()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except OperationalError:
            raise VaultError("vault.busy") from None
        ch = Change(self.conn, self.actor.username, self.signer)
        try:
            yield ch
            if ch.recorded == 0:
                ch.record(op.value, "vault", self.vault_id)
            ch.finish()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.record_witness()

    def record_witness(self, *, force: bool = False) -> None:
        """Write where the data now stands into the key file (after a commit; see ``rollback``).

        It only moves forward, unless ``force`` (a head accepting the data as it is after a rollback).
        """
        try:
            witness = rollback.current(self.conn)
            if witness == self._key_file.witness and not force:
                return  # nothing moved (another window's newer witness stays as it is)
            if self._key_lock_held:
                if force or rollback.newer(self._key_file.witness, witness):
                    self.replace_key_file(self._key_file.with_witness(witness, self._data_key))
                return
            with FileLock(self.paths.lock, timeout=KEY_LOCK_TIMEOUT_S):
                current = keyslots.KeyFile.parse(self.paths.keys.read_bytes())
                if current.verify(self._data_key) and (force or rollback.newer(current.witness, witness)):
                    self.replace_key_file(current.with_witness(witness, self._data_key))
        except (Timeout, OSError, ValueError, KeyError, TypeError, DatabaseError):
            pass  # the change is committed; the next one writes the witness

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
                self._key_file, self._key_lock_held = current, True
                try:
                    yield current
                finally:
                    self._key_lock_held = False
        except Timeout:
            raise VaultError("vault.keys_busy") from None

    def witness(self) -> rollback.Witness:
        """Where the data stands now: the audit head and the account-change count (backups record it too)."""
        return rollback.current(self.conn)

    def replace_key_file(self, new: KeyFile) -> None:
        """Write ``new`` (call while holding ``key_file_lock``)."""
        keyslots.write_key_file(self.paths.keys, new)
        self._key_file = new
        self._keys_stamp = self._read_stamp()

    def revoke(self, usernames: set[str]) -> Message:
        """Re-key so ``usernames``' passwords open nothing from now on (see ``rekey``); what happened, in a sentence."""
        from handbook.vault import rekey

        with self.key_file_lock() as current:
            names = ", ".join(sorted(usernames))
            blockers = rekey.legacy_blockers(current, usernames)
            if blockers:
                return Message("rekey.blocked", {"users": names, "legacy": ", ".join(blockers)})
            self._drop_beside()  # it holds the old key
            self._key_file, self._data_key = rekey.rekey(self.paths, self.conn, current, usernames)
            self._keys_stamp = self._read_stamp()
        return Message("rekey.done", {"users": names})

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
