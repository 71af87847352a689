"""Creating and unlocking a vault: key file, database, schema, interrupted changes, signed roster."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock

from handbook.errors import AuthError, InputError, VaultError
from handbook.i18n import Message
from handbook.permissions import Actor, Role
from handbook.vault import (
    audit,
    backup,
    checkpoints,
    confirmations,
    kdf,
    keyhistory,
    keyslots,
    migrations,
    reconcile,
    rekey,
    rollback,
    roster,
)
from handbook.vault.identity import Identity
from handbook.vault.keyslots import KeyFile, Unlocked
from handbook.vault.paths import README_TEXT, VaultPaths
from handbook.vault.sqlcipher import DatabaseError, OperationalError, connect

if TYPE_CHECKING:
    from handbook.vault.vault import Created, Vault

KEY_LOCK_TIMEOUT_S = 15
SYSTEM_ACTOR = audit.SYSTEM
RECENT_SIGNATURES = 1000  # signed transactions of the audit log every unlock checks (``check`` checks them all)


def create(
    root: Path, *, committee_name: str, username: str, full_name: str, password: str, kdf_params: kdf.KdfParams | None
) -> Created:
    from handbook.vault.vault import Created, Vault, check_password, now_iso

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
    head_keys = Identity.new()
    data_key, vault_id = os.urandom(32), roster.vault_id_for(head_keys.sign_pub)
    recovery_code = keyslots.new_recovery_code()

    root.parent.mkdir(parents=True, exist_ok=True)
    staging = root.with_name(f".{root.name}.creating-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700)
    try:
        paths = VaultPaths(staging)
        paths.backups.mkdir()
        paths.readme.write_text(README_TEXT, encoding="utf-8")
        slots = (
            keyslots.wrap(data_key, vault_id, "password", username, password, params, head_keys),
            keyslots.wrap(data_key, vault_id, "recovery", None, recovery_code, params),
        )
        key_file = KeyFile(vault_id, slots, b"").sealed(data_key)
        conn = connect(paths.db, data_key)
        try:
            conn.isolation_level = None
            for step in migrations.STEPS:
                migrations.apply_step(conn, step)
            conn.execute("BEGIN IMMEDIATE")
            for key, value in (("vault_id", vault_id), ("created_at", now_iso()), ("committee_name", committee_name)):
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            conn.execute(
                "INSERT INTO users (username, full_name, role, delegated, active, created_at)"
                " VALUES (?, ?, 'head', 0, 1, ?)",
                (username, full_name, now_iso()),
            )
            roster.sign_new_version(conn, key_file, username, head_keys)
            after = {"committee_name": committee_name, "head": username}
            audit.append(conn, username, "vault.create", "vault", vault_id, None, after, (username, head_keys))
            conn.execute("COMMIT")
            key_file = key_file.with_witness(rollback.current(conn), data_key)
        finally:
            conn.close()
        keyslots.write_key_file(paths.keys, key_file)
        keyhistory.note(paths, data_key)
        if root.exists():
            root.rmdir()
        os.replace(staging, root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Created(Vault.open(root, username=username, password=password), recovery_code)


def existing(root: Path) -> VaultPaths:
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


def resolve_user(key_file: KeyFile, username: str | None) -> str:
    if username:
        return username.strip().lower()
    names = key_file.usernames()
    if len(names) == 1:
        return names[0]
    raise InputError("vault.user_required")


def open_vault(root: Path, username: str | None, secret: str, *, recovery: bool = False) -> Vault:
    paths = existing(Path(root))
    key_file = keyslots.read_key_file(paths.keys, paths.latest_backup_hint())
    username = keyslots.check_username(username or "") if recovery else resolve_user(key_file, username)
    unlocked = keyslots.unlock_slot(key_file, username, secret, recovery=recovery)
    notes: list[Message] = []
    if rekey.next_keys_path(paths).exists():
        with _lock(paths):
            key_file, unlocked, notes = rekey.settle_staged(paths, key_file, unlocked, username, secret, recovery)
    vault = unlock(paths, key_file, unlocked, username, secret, recovery)
    vault.warnings[:0] = notes
    if rekey.revoked_slots(vault.conn, vault.key_file):  # a disabled account whose slot survived a crash
        vault.warnings.append(vault.revoke(set(rekey.revoked_slots(vault.conn, vault.key_file))))
    if any(w.id.startswith(("reconcile.", "rekey.")) for w in vault.warnings):
        vault.record_witness()  # a change finished just now: the data is legitimately ahead of the witness
    vault.warnings.extend(rollback.compare(vault.conn, vault.key_file.witness))
    return vault


def _lock(paths: VaultPaths) -> FileLock:
    return FileLock(paths.lock, timeout=KEY_LOCK_TIMEOUT_S)


def _connect(paths: VaultPaths, data_key: bytes, hint: Message) -> Any:
    if not paths.db.exists():
        raise VaultError("vault.db_missing", path=str(paths.db), backup=hint)
    if not os.access(paths.root, os.W_OK) or not os.access(paths.db, os.W_OK):
        # SQLite writes beside the database (its -wal and -shm files) even to read it.
        raise VaultError("vault.read_only", path=str(paths.root))
    try:
        return connect(paths.db, data_key)
    except OperationalError as exc:
        if "unable to open" in str(exc) or "readonly" in str(exc):
            raise VaultError("vault.read_only", path=str(paths.root)) from None
        raise _unreadable(paths, data_key, hint) from None
    except DatabaseError:
        raise _unreadable(paths, data_key, hint) from None


def _unreadable(paths: VaultPaths, data_key: bytes, hint: Message) -> VaultError:
    """The database does not open with the key file's key: a key file from before a re-key, or damage."""
    if keyhistory.superseded(paths, data_key):
        return VaultError("vault.keyfile_older_than_db", path=str(paths.keys), backup=hint)
    return VaultError("vault.db_damaged", path=str(paths.db), backup=hint)


def unlock(
    paths: VaultPaths, key_file: KeyFile, unlocked: Unlocked, username: str, secret: str, recovery: bool
) -> Vault:
    from handbook.vault.vault import Vault

    hint = paths.latest_backup_hint()
    data_key = unlocked.data_key
    if not key_file.verify(data_key):
        raise VaultError("vault.keyfile_tampered", path=str(paths.keys), backup=hint)
    conn = _connect(paths, data_key, hint)
    try:
        conn.isolation_level = None
        version = migrations.current_version(conn)
        if version > migrations.LATEST:
            raise VaultError("vault.too_new", version=version, supported=migrations.LATEST)
        stored_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if stored_id is None or stored_id[0] != key_file.vault_id:
            raise VaultError("vault.keyfile_mismatch", path=str(paths.root), backup=hint)
        keys = unlocked.keys
        if keys is None:  # a slot from before accounts had keys: give it keys now (same password)
            key_file, keys = _upgrade_slot(paths, key_file, data_key, username, secret, recovery, hint)
        signer = (roster.RECOVERY if recovery else username, keys)
        if version < migrations.LATEST:
            _migrate(paths, conn, key_file, data_key, version, signer)
        notes: list[Message] = []
        if key_file.pending_ops():
            with _lock(paths):
                key_file = _reread(paths, data_key, hint)
                key_file, notes = reconcile.settle_pending(paths, conn, key_file, data_key)
        row = conn.execute(
            "SELECT username, full_name, role, delegated FROM users WHERE username = ? AND active = 1", (username,)
        ).fetchone()
        if row is None:
            raise AuthError("vault.bad_credentials")
        signed = roster.check(conn, key_file)
        if not recovery and _should_sign_roster(signed, username, key_file):
            _endorse(conn, key_file, signer)
            signed = roster.check(conn, key_file)
        role, delegated = Role(row[2]), bool(row[3])
        if signed.accounts is not None:
            account = signed.accounts.get(username)
            if account is None or not account.active:
                raise AuthError("vault.bad_credentials")
            role, delegated = account.role, account.delegated  # the signed role, never the table's
        elif key_file.vault_id.startswith(roster.ANCHORED):
            role, delegated = Role.VIEWER, False  # its roster is gone: nobody's role can be believed
        else:
            notes.append(Message("roster.missing"))
        notes.extend(signed.problems)
        me = None if recovery or signed.accounts is None else username
        vouched = checkpoints.latest_trusted(conn, key_file.vault_id, signed, me)
        start = max(signed.audit_signed_after, vouched)
        top = int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])
        window = audit.window_start(conn, start, RECENT_SIGNATURES)
        bad = audit.verify_signatures(conn, signed.keys_ever, window)
        notes.extend(bad)
        if not bad and not signed.problems and me and window == start < top:
            # Everything since the last checkpoint was verified: the next unlock starts here.
            checkpoints.sign_head(conn, key_file.vault_id, signer, head=me in checkpoints.heads(signed))
        notes.extend(confirmations.verify_cases(conn, signed, last=RECENT_SIGNATURES))
    except DatabaseError:
        conn.close()
        raise _unreadable(paths, data_key, hint) from None
    except BaseException:
        conn.close()
        raise
    with contextlib.suppress(OSError):  # the next unlock records it
        keyhistory.note(paths, data_key)  # a vault from before the history, or restored: it starts here
    vault = Vault(paths, conn, key_file, data_key, Actor(row[0], row[1], role, delegated), keys, signer[0])
    vault.roster = signed
    vault.warnings.extend(notes)
    return vault


def _reread(paths: VaultPaths, data_key: bytes, hint: Message) -> KeyFile:
    key_file = keyslots.read_key_file(paths.keys, hint)
    if not key_file.verify(data_key):
        raise VaultError("vault.keyfile_tampered", path=str(paths.keys), backup=hint)
    return key_file


def _upgrade_slot(
    paths: VaultPaths, key_file: KeyFile, data_key: bytes, username: str, secret: str, recovery: bool, hint: Message
) -> tuple[KeyFile, Identity]:
    keys = Identity.new()
    with _lock(paths):
        current = _reread(paths, data_key, hint)
        old = current.recovery_slot() if recovery else current.user_slot(username)
        if old is None or not old.legacy:
            raise AuthError("vault.bad_credentials")  # changed meanwhile by another window: open again
        kind: keyslots.SlotKind = "recovery" if recovery else "password"
        slot = keyslots.wrap(data_key, current.vault_id, kind, None if recovery else username, secret, old.params, keys)
        current = current.with_slot(slot, data_key)
        keyslots.write_key_file(paths.keys, current)
    return current, keys


def _should_sign_roster(signed: roster.RosterCheck, username: str, key_file: KeyFile) -> bool:
    """A head signs the first roster of an upgraded vault, and endorses the keys of accounts that had none."""
    if signed.problems and signed.accounts is not None:
        return False  # a disagreement is shown, never signed over
    if signed.accounts is None:
        return not signed.problems  # an upgraded vault: its first head to log in signs (checked in _endorse)
    me = signed.accounts.get(username)
    if me is None or me.role is not Role.HEAD or not me.active:
        return False
    return any(a.sign_pub is None and key_file.user_slot(a.username) for a in signed.accounts.values()) or (
        bool(key_file.recovery_slot()) and roster.RECOVERY not in signed.keys_ever
    )


def _endorse(conn: Any, key_file: KeyFile, signer: audit.Signer) -> None:
    row = conn.execute("SELECT role FROM users WHERE username = ? AND active = 1", (signer[0],)).fetchone()
    if row is None or row[0] != Role.HEAD.value:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        roster.sign_new_version(conn, key_file, signer[0], signer[1])
        audit.append(conn, signer[0], "roster.sign", "vault", key_file.vault_id, None, None, signer)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _migrate(
    paths: VaultPaths, conn: Any, key_file: KeyFile, data_key: bytes, version: int, signer: audit.Signer
) -> None:
    with _lock(paths):
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
            signer if steps[-1].version >= migrations.SIGNED_AUDIT else None,
        )
        conn.execute("COMMIT")
