"""Append-only, hash-chained audit log: who, when, what, before and after."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from handbook.i18n import Message
from handbook.vault.identity import Identity

GENESIS = "0" * 64
SIG_PREFIX = b"sotay audit v1|"
SYSTEM = "system"  # the actor of entries the app makes on its own (signed by the account that opened it)
RECOVERY = "recovery"  # the recovery code's own key signs what is done with it
MAX_NAMED = 5
Signer = tuple[str, Identity]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


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
    signer: Signer | None = None,
) -> None:
    """Add one entry inside the caller's transaction and move the chain head in ``meta``.

    ``signer`` (the acting account and its keys) signs the entry's chain hash.
    """
    last_seq, prev = _head(conn)
    seq = last_seq + 1
    at = now_iso()
    b, a = to_json(before), to_json(after)
    h = entry_hash(prev, seq, at, actor, operation, entity, str(entity_id), b, a)
    if signer is None:  # only while upgrading from a schema that has no signatures yet
        conn.execute(
            "INSERT INTO audit (seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, operation, entity, str(entity_id), b, a, prev, h),
        )
    else:
        conn.execute(
            "INSERT INTO audit (seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash,"
            " signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, operation, entity, str(entity_id), b, a, prev, h, signer[0],
             b64(signer[1].sign(SIG_PREFIX + h.encode()))),
        )  # fmt: skip
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


def verify_signatures(
    conn: Any, keys_ever: dict[str, set[bytes]], signed_after: int, *, last: int | None = None
) -> list[Message]:
    """Entries after ``signed_after`` (the last ``last`` of them, or all) whose signature does not verify
    under a key the roster gave their actor. Named one by one up to a few, then counted.

    ``signed_after`` is the later of where signing began and the last checkpoint a head signed.
    """
    start = signed_after
    if last is not None:
        top = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
        start = max(start, int(top) - last)
    bad: list[tuple[int, str]] = []
    verifiers: dict[bytes, Ed25519PublicKey] = {}
    rows = conn.execute("SELECT seq, actor, hash, signer, signature FROM audit WHERE seq > ? ORDER BY seq", (start,))
    for seq, actor, h, signer, signature in rows:
        if not _signed_ok(actor, h, signer, signature, keys_ever, verifiers):
            bad.append((int(seq), str(actor)))
    problems = [Message("audit.signature_bad", {"seq": seq, "actor": actor}) for seq, actor in bad[:MAX_NAMED]]
    if len(bad) > MAX_NAMED:
        problems.append(Message("audit.signature_bad_more", {"count": len(bad) - MAX_NAMED}))
    return problems


def _signed_ok(
    actor: str,
    h: str,
    signer: str | None,
    signature: str | None,
    keys_ever: dict[str, set[bytes]],
    verifiers: dict[bytes, Ed25519PublicKey],
) -> bool:
    if not signer or not signature or (signer not in (actor, RECOVERY) and actor != SYSTEM):
        return False
    try:
        sig = base64.b64decode(signature, validate=True)
    except ValueError:
        return False
    payload = SIG_PREFIX + h.encode()
    for key in keys_ever.get(signer, ()):
        pub = verifiers.get(key)
        if pub is None:
            pub = verifiers[key] = Ed25519PublicKey.from_public_bytes(key)
        try:
            pub.verify(sig, payload)
            return True
        except InvalidSignature:
            continue
    return False


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
