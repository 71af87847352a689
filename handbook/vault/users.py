"""Accounts of the vault: add, list, change one's own password, set a new one with the recovery code."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from handbook.errors import AuthError, InputError
from handbook.ids import UserId
from handbook.permissions import Op, Role
from handbook.vault import crashpoints, kdf, keyslots, reconcile, roster
from handbook.vault.vault import Vault, check_password, now_iso


@dataclass(frozen=True)
class User:
    id: UserId
    username: str
    full_name: str
    role: Role
    delegated: bool
    active: bool
    created_at: str


def list_users(vault: Vault) -> list[User]:
    vault.actor.require(Op.USERS_LIST)
    rows = vault.conn.execute(
        "SELECT id, username, full_name, role, delegated, active, created_at FROM users ORDER BY id"
    ).fetchall()
    return [User(UserId(r[0]), r[1], r[2], Role(r[3]), bool(r[4]), bool(r[5]), r[6]) for r in rows]


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise InputError("users.role_invalid", role=text) from None


def new_slot_cost(vault: Vault, explicit: kdf.KdfParams | None) -> kdf.KdfParams:
    """The cost of a new account's slot: this machine's calibrated cost, unless the whole vault was made
    with the test-only cost (then it stays a test vault, and says so on every open)."""
    if explicit is not None:
        return explicit
    if vault.key_file.slots and all(s.params.below_baseline for s in vault.key_file.slots):
        return vault.key_file.slots[0].params
    return kdf.calibrated()


def add_user(
    vault: Vault,
    *,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    delegated: bool = False,
    kdf_params: kdf.KdfParams | None = None,
) -> User:
    """Head only. In three steps (pending slot, database commit with the token, finalised slot), so a
    crash at any moment leaves either no account or the whole account."""
    vault.actor.require(Op.USERS_MANAGE)
    username = keyslots.check_username(username)
    full_name = " ".join(full_name.split())
    if not full_name:
        raise InputError("vault.full_name_missing")
    check_password(password)
    if delegated and role is not Role.DEPUTY:
        raise InputError("users.delegation_only_deputy")
    exists = vault.conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone()
    if exists:
        raise InputError("users.exists", username=username)
    params = new_slot_cost(vault, kdf_params)
    with vault.key_file_lock() as current:
        # A slot with no account (an add cut short by an older version) does not block adding it again.
        current, _ = reconcile.leftovers(vault.paths, vault.conn, current, vault.data_key)
        slot = keyslots.wrap(vault.data_key, current.vault_id, "password", username, password, params)
        op = secrets.token_hex(12)
        vault.replace_key_file(current.with_pending(slot, op, vault.data_key))
        crashpoints.reached("users.add.slot_pending")
        try:
            with vault.change(Op.USERS_MANAGE) as ch:
                cur = vault.conn.execute(
                    "INSERT INTO users (username, full_name, role, delegated, active, created_at)"
                    " VALUES (?, ?, ?, ?, 1, ?)",
                    (username, full_name, role.value, int(delegated), now_iso()),
                )
                user_id = UserId(int(cur.lastrowid))
                record_op(vault, op, "users.add", username)
                sign_roster(vault, {username: slot.sign_pub} if slot.sign_pub else None)
                ch.record(
                    "users.add",
                    "user",
                    user_id,
                    None,
                    {
                        "username": username,
                        "full_name": full_name,
                        "role": role.value,
                        "delegated": delegated,
                    },
                )
        except BaseException:
            vault.replace_key_file(current)
            raise
        crashpoints.reached("users.add.db_committed")
        vault.replace_key_file(vault.key_file.finalised(op, vault.data_key))
    return next(u for u in list_users(vault) if u.id == user_id)


def sign_roster(vault: Vault, new_keys: dict[str, bytes] | None = None) -> None:
    """The acting head (or the recovery code) signs the accounts as they now are, in the open transaction."""
    roster.sign_new_version(vault.conn, vault.key_file, vault.signer[0], vault.signer[1], new_keys)


def record_op(vault: Vault, op: str, kind: str, username: str | None) -> None:
    """Mark account change ``op`` as committed, inside the database transaction that makes it."""
    vault.conn.execute(
        "INSERT INTO key_ops (op, kind, username, at) VALUES (?, ?, ?, ?)", (op, kind, username, now_iso())
    )


def change_own_password(vault: Vault, *, new_password: str, kdf_params: kdf.KdfParams | None = None) -> None:
    """Rewrap the data key for the acting user; nothing else is re-encrypted.

    The new slot is derived with this machine's calibrated cost (``kdf_params`` None), never the old
    slot's, so a slot made with the test-only cost or on a slower PC is brought up to date.
    """
    vault.actor.require(Op.OWN_PASSWORD)
    check_password(new_password)
    _set_password(vault, vault.actor.username, new_password, "users.password_changed", kdf_params)


def recover(
    root: Path, *, username: str, recovery_code: str, new_password: str, kdf_params: kdf.KdfParams | None = None
) -> None:
    """Set a new password for ``username`` after proving the recovery code."""
    check_password(new_password)
    with Vault.open_with_recovery(root, username=username, recovery_code=recovery_code) as vault:
        _set_password(vault, vault.actor.username, new_password, "users.password_recovered", kdf_params)


def _set_password(
    vault: Vault, username: str, new_password: str, operation: str, kdf_params: kdf.KdfParams | None
) -> None:
    params = kdf_params or kdf.calibrated()
    with vault.key_file_lock() as current:
        old = current.user_slot(username)
        if old is None:
            raise AuthError("vault.bad_credentials")
        recovering = vault.signer[0] == roster.RECOVERY  # the old keys are locked in the forgotten password
        keys = None if recovering else vault.keys
        slot = keyslots.wrap(vault.data_key, current.vault_id, "password", username, new_password, params, keys)
        op = secrets.token_hex(12)
        vault.replace_key_file(current.with_pending(slot, op, vault.data_key))
        crashpoints.reached("users.password.slot_pending")
        try:
            with vault.change(Op.OWN_PASSWORD) as ch:
                record_op(vault, op, operation, username)
                if recovering and slot.sign_pub:
                    sign_roster(vault, {username: slot.sign_pub})
                ch.record(operation, "user", username, None, {"username": username})
        except BaseException:
            vault.replace_key_file(current)
            raise
        crashpoints.reached("users.password.db_committed")
        vault.replace_key_file(vault.key_file.finalised(op, vault.data_key))


def update_user(
    vault: Vault, username: str, *, role: Role | None = None, delegated: bool | None = None, active: bool | None = None
) -> User:
    """Head only: change a role, allow or withdraw signing on the head's behalf (K/T), disable or re-enable.

    The vault always keeps at least one active head, and heads cannot demote or disable themselves.
    """
    vault.actor.require(Op.USERS_MANAGE)
    current = next((u for u in list_users(vault) if u.username == username.strip().lower()), None)
    if current is None:
        raise InputError("users.not_found", username=username)
    new_role = role or current.role
    new_active = current.active if active is None else active
    new_delegated = (current.delegated if delegated is None else delegated) and new_role is Role.DEPUTY
    if delegated and new_role is not Role.DEPUTY:
        raise InputError("users.delegation_only_deputy")
    if new_active and not current.active and vault.key_file.user_slot(current.username) is None:
        raise InputError("users.reenable_revoked", username=current.username)
    if current.username == vault.actor.username and (new_role is not Role.HEAD or not new_active):
        raise InputError("users.cannot_demote_self")
    heads = [u for u in list_users(vault) if u.role is Role.HEAD and u.active and u.username != current.username]
    if current.role is Role.HEAD and (new_role is not Role.HEAD or not new_active) and not heads:
        raise InputError("users.last_head")
    with vault.change(Op.USERS_MANAGE) as ch:
        vault.conn.execute(
            "UPDATE users SET role = ?, delegated = ?, active = ? WHERE id = ?",
            (new_role.value, int(new_delegated), int(new_active), current.id),
        )
        sign_roster(vault)
        ch.record(
            "users.update",
            "user",
            current.id,
            {"role": current.role.value, "delegated": current.delegated, "active": current.active},
            {"role": new_role.value, "delegated": new_delegated, "active": new_active},
        )
    if current.active and not new_active:
        crashpoints.reached("revoke.disabled_committed")
        vault.notices.append(vault.revoke({current.username}))
    return next(u for u in list_users(vault) if u.id == current.id)
