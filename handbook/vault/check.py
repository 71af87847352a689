"""``handbook check``: SQLCipher page integrity, SQLite structure, audit chain, schema, key file."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from handbook.errors import VaultError
from handbook.i18n import Message
from handbook.permissions import Op
from handbook.vault import audit, checkpoints, confirmations, migrations, reconcile, rekey, rollback, roster
from handbook.vault.page_cache import cache_for_checking
from handbook.vault.sqlcipher import DatabaseError
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class CheckReport:
    schema_version: int
    audit_entries: int
    problems: list[Message] = field(default_factory=list)
    repaired: list[Message] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_vault(vault: Vault) -> CheckReport:
    """Everything that can be verified, repairing only what is safe (an interrupted account change)."""
    vault.actor.require(Op.CHECK)
    problems: list[Message] = []
    repaired: list[Message] = []
    conn = vault.conn
    try:
        with vault.key_file_lock() as current:  # re-read from disk; raises if it no longer verifies
            current, settled = reconcile.settle_pending(vault.paths, conn, current, vault.data_key)
            current, found = reconcile.leftovers(vault.paths, conn, current, vault.data_key)
            vault.replace_key_file(current)
        unfinished = rekey.revoked_slots(conn, vault.key_file)
        if unfinished:
            repaired.append(vault.revoke(set(unfinished)))
        for note in settled + found:
            (problems if note.id == "reconcile.account_without_slot" else repaired).append(note)
    except VaultError as exc:
        problems.append(exc.message)
    # The two page-by-page checks need no Python: they run on the vault's second connection, beside the rest
    # (where none can be had, one after the other).
    rest: list[Message] = []
    unreadable: DatabaseError | None = None
    other = vault.beside()
    with ThreadPoolExecutor(1, thread_name_prefix="check-pages") as pool:
        pages = pool.submit(_page_problems, other.conn) if other is not None else None
        try:
            version, entries = _contents(vault, rest)
        except DatabaseError as exc:
            unreadable = exc
        try:
            page_problems = pages.result() if pages is not None else _page_problems(conn)
        except DatabaseError as exc:
            page_problems, unreadable = [], unreadable or exc
    problems.extend(page_problems + rest)
    if unreadable is not None:
        problems.append(Message("check.unreadable", {"detail": str(unreadable)}))
        return CheckReport(-1, 0, problems, repaired)
    if version != migrations.LATEST:
        problems.append(Message("check.schema", {"version": version, "expected": migrations.LATEST}))
    return CheckReport(version, entries, problems, repaired)


def _page_problems(conn: Any) -> list[Message]:
    """Every page's MAC (SQLCipher), then the structure of every table and index (SQLite)."""
    problems: list[Message] = []
    with cache_for_checking(conn):
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        structure = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    if cipher:
        problems.append(Message("check.cipher", {"detail": "; ".join(cipher[:3])}))
    if structure != ["ok"]:
        problems.append(Message("check.structure", {"detail": "; ".join(structure[:3])}))
    return problems


def _contents(vault: Vault, problems: list[Message]) -> tuple[int, int]:
    """Foreign keys, the audit chain and its signatures, the roster, confirmations, rollback (into
    ``problems``); the schema version and the number of audit entries."""
    conn = vault.conn
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        problems.append(Message("check.foreign_keys"))
    signed = roster.check(conn, vault.key_file)
    # The signatures after the latest checkpoint verify on other threads while the hash chain is walked here.
    start = max(signed.audit_signed_after, checkpoints.latest_trusted(conn, vault.vault_id, signed))
    signatures = audit.SignatureCheck(conn, signed.keys_ever, start)
    chain_problems = audit.verify(conn)  # the whole hash chain, every time (hashing is cheap)
    if chain_problems and start > signed.audit_signed_after:  # a broken chain: no checkpoint vouches for it
        signatures.problems()
        signatures = audit.SignatureCheck(conn, signed.keys_ever, signed.audit_signed_after)
    signature_problems = signatures.problems()
    problems.extend(chain_problems + signed.problems + signature_problems)
    if not (chain_problems or signature_problems or signed.problems) and vault.signer[0] != audit.RECOVERY:
        # A head's checkpoint spares everyone's later checks; anyone else's spares their own unlocks.
        checkpoints.sign_head(conn, vault.vault_id, vault.signer, head=vault.signer[0] in checkpoints.heads(signed))
    problems.extend(confirmations.verify_cases(conn, signed))
    problems.extend(rollback.compare(conn, vault.key_file.witness))
    version = migrations.current_version(conn)
    entries = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    return version, entries


def accept_current(vault: Vault) -> Message:
    """A head records the data as it is now as right, after a rollback was named (audited)."""
    vault.actor.require(Op.USERS_MANAGE)
    before = vault.key_file.witness
    with vault.change(Op.USERS_MANAGE) as ch:
        ch.record("vault.accept_current", "vault", vault.vault_id, before.to_json() if before else None, None)
    vault.record_witness(force=True)
    return Message("rollback.accepted")
