"""The roster: the accounts, their roles and signing keys, each version signed by a head of the one before.

The database's ``users`` table is the working copy; the roster is what a role is believed from. A
person who opens the database with the data key can edit ``users`` but cannot sign a roster: the
first version is signed by the vault's creator, whose key the vault id is derived from (vaults
upgraded from before signatures adopt their first roster, signed by the first head to log in), and
every later version must verify under the key of an active head (or the recovery code) of the version
before it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any

from handbook.i18n import Message
from handbook.permissions import Role
from handbook.vault import sigcheck
from handbook.vault.identity import Identity
from handbook.vault.keyslots import KeyFile, b64, unb64

GENESIS = "0" * 64
RECOVERY = "recovery"
ANCHORED = "r"  # the first letter of a vault id derived from its creator's key (random ids are hex)
PREFIX = b"sotay roster v1|"


def vault_id_for(creator_sign_pub: bytes) -> str:
    """A new vault's id is derived from its creator's signing key: the roster's anchor."""
    return ANCHORED + sha256(b"sotay vault id v1|" + creator_sign_pub).hexdigest()[:31]


@dataclass(frozen=True)
class Account:
    username: str
    role: Role
    delegated: bool
    active: bool
    sign_pub: bytes | None


@dataclass
class RosterCheck:
    """What the signed roster says, and what does not agree with it."""

    accounts: dict[str, Account] | None  # None: no roster yet (a vault from before signatures)
    keys_ever: dict[str, set[bytes]] = field(default_factory=dict)  # every key each account signed with
    audit_signed_after: int = 0
    problems: list[Message] = field(default_factory=list)


def _body(vault_id: str, version: int, prev: str, accounts: list[Account], recovery_pub: bytes | None,
          signed_after: int, adopted: bool) -> str:  # fmt: skip
    return json.dumps(
        {
            "vault_id": vault_id,
            "version": version,
            "prev": prev,
            "accounts": [
                {
                    "username": a.username,
                    "role": a.role.value,
                    "delegated": a.delegated,
                    "active": a.active,
                    "sign_pub": b64(a.sign_pub) if a.sign_pub else None,
                }
                for a in accounts
            ],
            "recovery_pub": b64(recovery_pub) if recovery_pub else None,
            "audit_signed_after": signed_after,
            "adopted": adopted,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def working_accounts(conn: Any, key_file: KeyFile, new_keys: dict[str, bytes] | None = None) -> list[Account]:
    """The accounts as the ``users`` table and the key file hold them now (``new_keys``: pending slots' keys)."""
    new_keys = new_keys or {}
    out = []
    for username, role, delegated, active in conn.execute(
        "SELECT username, role, delegated, active FROM users ORDER BY username"
    ):
        slot = key_file.user_slot(username)
        key = new_keys.get(username) or (slot.sign_pub if slot else None)
        out.append(Account(username, Role(role), bool(delegated), bool(active), key))
    return out


def latest(conn: Any) -> tuple[int, str] | None:
    row = conn.execute("SELECT version, body FROM roster ORDER BY version DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def sign_new_version(
    conn: Any, key_file: KeyFile, signer: str, keys: Identity, new_keys: dict[str, bytes] | None = None
) -> None:
    """Sign the accounts as they now are (inside the caller's transaction)."""
    last = latest(conn)
    version = 1 if last is None else last[0] + 1
    prev = GENESIS if last is None else sha256(last[1].encode()).hexdigest()
    if last is None:
        row = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()
        signed_after, adopted = int(row[0]), vault_id_for(keys.sign_pub) != key_file.vault_id
    else:
        previous = json.loads(last[1])
        signed_after, adopted = int(previous["audit_signed_after"]), bool(previous["adopted"])
    recovery = key_file.recovery_slot()
    body = _body(
        key_file.vault_id,
        version,
        prev,
        working_accounts(conn, key_file, new_keys),
        recovery.sign_pub if recovery else None,
        signed_after,
        adopted,
    )
    conn.execute(
        "INSERT INTO roster (version, body, signer, signature) VALUES (?, ?, ?, ?)",
        (version, body, signer, b64(keys.sign(PREFIX + body.encode()))),
    )


def _parse(body: str) -> tuple[dict[str, Any], dict[str, Account]]:
    doc = json.loads(body)
    accounts = {
        a["username"]: Account(
            a["username"], Role(a["role"]), bool(a["delegated"]), bool(a["active"]),
            unb64(a["sign_pub"]) if a["sign_pub"] else None,
        )
        for a in doc["accounts"]
    }  # fmt: skip
    return doc, accounts


def check(conn: Any, key_file: KeyFile) -> RosterCheck:
    """Walk the roster's versions; trust each only if a head of the one before (or the creator) signed it."""
    result = RosterCheck(None)
    prev_hash, prev_accounts, prev_recovery = GENESIS, None, None
    for version, body, signer, signature in conn.execute(
        "SELECT version, body, signer, signature FROM roster ORDER BY version"
    ):
        try:
            doc, accounts = _parse(body)
            sig = unb64(signature)
        except (ValueError, KeyError, TypeError):
            result.problems.append(Message("roster.bad_signature", {"version": version}))
            break
        if prev_accounts is None:  # the first version: its creator is an active head in it
            creator = accounts.get(signer)
            key = creator.sign_pub if creator and creator.active and creator.role is Role.HEAD else None
            # Adopting a first roster is only possible for a vault made before rosters existed.
            adoptable = bool(doc.get("adopted")) and not key_file.vault_id.startswith(ANCHORED)
            anchored = key is not None and (adoptable or vault_id_for(key) == key_file.vault_id)
            key = key if anchored else None
        elif signer == RECOVERY:
            key = prev_recovery
        else:
            head = prev_accounts.get(signer)
            key = head.sign_pub if head and head.active and head.role is Role.HEAD else None
        ok = (
            key is not None
            and doc.get("version") == version
            and doc.get("prev") == prev_hash
            and doc.get("vault_id") == key_file.vault_id
            and sigcheck.verify(key, PREFIX + body.encode(), sig)
        )
        if not ok:
            result.problems.append(Message("roster.bad_signature", {"version": version}))
            break
        result.accounts, result.audit_signed_after = accounts, int(doc["audit_signed_after"])
        for a in accounts.values():
            if a.sign_pub:
                result.keys_ever.setdefault(a.username, set()).add(a.sign_pub)
        prev_hash, prev_accounts = sha256(body.encode()).hexdigest(), accounts
        prev_recovery = unb64(doc["recovery_pub"]) if doc.get("recovery_pub") else None
    if prev_recovery:
        result.keys_ever.setdefault(RECOVERY, set()).add(prev_recovery)
    if result.accounts is not None:
        _compare(conn, key_file, result)
    elif key_file.vault_id.startswith(ANCHORED) and not result.problems:
        result.problems.append(Message("roster.bad_signature", {"version": 1}))  # its roster was removed
    return result


def _compare(conn: Any, key_file: KeyFile, result: RosterCheck) -> None:
    signed = result.accounts or {}
    for now in working_accounts(conn, key_file):
        was = signed.get(now.username)
        if was is None:
            result.problems.append(Message("roster.unlisted", {"username": now.username}))
        elif (now.role, now.delegated, now.active) != (was.role, was.delegated, was.active):
            result.problems.append(
                Message(
                    "roster.role_mismatch",
                    {"username": now.username, "db_role": now.role.label, "signed_role": was.role.label},
                )
            )
        elif was.sign_pub and now.sign_pub and was.sign_pub != now.sign_pub and was.active:
            result.problems.append(Message("roster.key_mismatch", {"username": now.username}))
