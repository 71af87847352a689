"""Bring the key file and the database back into step after an interrupted account change.

Every account change writes its new slots as pending with a token, commits the database with the
same token in ``key_ops``, then finalises the slots. After a crash the token decides: committed,
the change is finished; not committed, the pending slots are dropped. ``check`` also removes a
slot whose account was never saved (left by versions before the token existed) and names an
account that has no slot.
"""

from __future__ import annotations

from typing import Any

from handbook.i18n import Message
from handbook.vault import keyslots
from handbook.vault.keyslots import KeyFile
from handbook.vault.paths import VaultPaths


def committed_ops(conn: Any, ops: list[str]) -> set[str]:
    if not ops:
        return set()
    marks = ",".join("?" * len(ops))
    return {str(r[0]) for r in conn.execute(f"SELECT op FROM key_ops WHERE op IN ({marks})", ops)}


def settle_pending(paths: VaultPaths, conn: Any, key_file: KeyFile, data_key: bytes) -> tuple[KeyFile, list[Message]]:
    """Finish or undo each pending change (call while holding the key-file lock)."""
    ops = key_file.pending_ops()
    done = committed_ops(conn, ops)
    notes: list[Message] = []
    for op in ops:
        users = ", ".join(sorted({s.username or "recovery" for s in key_file.slots if s.op == op}))
        if op in done:
            key_file = key_file.finalised(op, data_key)
            notes.append(Message("reconcile.finished", {"users": users}))
        else:
            key_file = key_file.discarded(op, data_key)
            notes.append(Message("reconcile.undone", {"users": users}))
    if ops:
        keyslots.write_key_file(paths.keys, key_file)
    return key_file, notes


def leftovers(paths: VaultPaths, conn: Any, key_file: KeyFile, data_key: bytes) -> tuple[KeyFile, list[Message]]:
    """Slots with no account are removed (repaired); accounts with no slot are named."""
    accounts = {str(r[0]): bool(r[1]) for r in conn.execute("SELECT username, active FROM users")}
    notes: list[Message] = []
    orphans = [s.username for s in key_file.slots if s.kind == "password" and s.username not in accounts]
    for name in orphans:
        if name:
            key_file = key_file.without_user(name, data_key)
            notes.append(Message("reconcile.orphan_slot_removed", {"username": name}))
    if orphans:
        keyslots.write_key_file(paths.keys, key_file)
    with_slot = set(key_file.usernames())
    for name, active in sorted(accounts.items()):
        if active and name not in with_slot:
            notes.append(Message("reconcile.account_without_slot", {"username": name}))
    return key_file, notes
