"""Rollback detection: the key file remembers how far the data had come (under its MAC).

The witness is the audit log's head (its last entry's number and chain hash) and the number of
account changes the database has committed, written after every change. Data older than its witness
(a deleted ``vault.db-wal``, an older ``vault.db`` copied back) or a key file older than the data (an
older ``keys.json`` copied back, which brings back an old password) is named on open and by ``check``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handbook.i18n import Message


@dataclass(frozen=True)
class Witness:
    audit_seq: int
    audit_hash: str
    key_ops: int
    at: str

    def to_json(self) -> dict[str, object]:
        return {"audit_seq": self.audit_seq, "audit_hash": self.audit_hash, "key_ops": self.key_ops, "at": self.at}

    @classmethod
    def from_json(cls, doc: object) -> Witness:
        if not isinstance(doc, dict):
            raise ValueError("bad witness")
        seq, h, ops, at = doc["audit_seq"], doc["audit_hash"], doc["key_ops"], doc["at"]
        if not (isinstance(seq, int) and isinstance(h, str) and isinstance(ops, int) and isinstance(at, str)):
            raise ValueError("bad witness")
        return cls(seq, h, ops, at)


def current(conn: Any) -> Witness:
    """Where the data stands now."""
    row = conn.execute("SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    ops = int(conn.execute("SELECT count(*) FROM key_ops").fetchone()[0])
    if row is None:
        return Witness(0, "", ops, "")
    return Witness(int(row[0]), str(row[1]), ops, str(row[2]))


def newer(old: Witness | None, new: Witness) -> bool:
    """Whether ``new`` moves the witness forward (another window may already have written a later one)."""
    return old is None or (new.audit_seq, new.key_ops) >= (old.audit_seq, old.key_ops)


def compare(conn: Any, witness: Witness | None) -> list[Message]:
    """What is older than it should be, in sentences with the way out."""
    if witness is None:
        return []
    now = current(conn)
    problems: list[Message] = []
    at = witness.at[:19].replace("T", " ")
    if now.audit_seq < witness.audit_seq:
        problems.append(Message("rollback.data_older", {"at": at, "missing": witness.audit_seq - now.audit_seq}))
    elif witness.audit_seq:
        row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (witness.audit_seq,)).fetchone()
        if row is None or row[0] != witness.audit_hash:
            problems.append(Message("rollback.data_replaced", {"at": at}))
    if now.key_ops < witness.key_ops and not problems:
        problems.append(Message("rollback.data_older", {"at": at, "missing": 0}))
    elif now.key_ops > witness.key_ops:
        problems.append(Message("rollback.keyfile_older"))
    return problems
