"""Append-only, hash-chained audit log: who, when, what, before and after."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

from handbook.i18n import Message

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    operation: str
    entity: str
    entity_id: str
    before: str | None
    after: str | None
    prev_hash: str
    hash: str


def to_json(value: object) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    operation: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
) -> str:
    material = json.dumps(
        [prev_hash, seq, at, actor, operation, entity, entity_id, before, after],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return sha256(material.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _head(conn: Any) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(
    conn: Any,
    actor: str,
    operation: str,
    entity: str,
    entity_id: object,
    before: object = None,
    after: object = None,
) -> None:
    """Add one entry inside the caller's transaction and move the chain head in ``meta``."""
    last_seq, prev = _head(conn)
    seq = last_seq + 1
    at = now_iso()
    b, a = to_json(before), to_json(after)
    h = entry_hash(prev, seq, at, actor, operation, entity, str(entity_id), b, a)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, operation, entity, str(entity_id), b, a, prev, h),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{h}",),
    )


def verify(conn: Any) -> list[Message]:
    """Problems with the chain: a broken link, an altered entry, or a cut-off tail."""
    problems: list[Message] = []
    prev, expected_seq = GENESIS, 1
    rows = conn.execute(
        "SELECT seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash FROM audit ORDER BY seq"
    )
    last = (0, GENESIS)
    for seq, at, actor, operation, entity, entity_id, before, after, prev_hash, h in rows:
        if seq != expected_seq or prev_hash != prev:
            problems.append(Message("audit.chain_broken", {"seq": seq}))
            break
        if entry_hash(prev, seq, at, actor, operation, entity, entity_id, before, after) != h:
            problems.append(Message("audit.entry_altered", {"seq": seq}))
            break
        prev, expected_seq, last = h, seq + 1, (seq, h)
    if not problems:
        row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        recorded = row[0] if row else "0:" + GENESIS
        if recorded != f"{last[0]}:{last[1]}":
            problems.append(Message("audit.tail_missing", {"count": last[0]}))
    return problems


def recent(conn: Any, limit: int = 50) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash"
        " FROM audit ORDER BY seq DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [AuditEntry(*row) for row in rows]


def for_entity(conn: Any, entity: str, entity_id: object, limit: int = 200) -> list[AuditEntry]:
    """The entries about one record, newest first (the caller checks the right to read the log)."""
    rows = conn.execute(
        "SELECT seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash"
        " FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT ?",
        (entity, str(entity_id), limit),
    ).fetchall()
    return [AuditEntry(*row) for row in rows]
