"""Append-only, hash-chained audit log: who, when, what, before and after.

Each write transaction is signed once: its last entry carries the acting account's signature over
that entry's chain hash, which covers every entry before it. The transaction's other entries name
the same signer and carry no signature of their own. Vaults from before (every entry signed on its
own) verify under the same rule: each of their transactions simply has one entry.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

from handbook.i18n import Message
from handbook.vault import sigcheck
from handbook.vault.identity import Identity
from handbook.vault.sqlcipher import DatabaseError

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


# ``default=repr``: a value JSON cannot hold (a blob, only ever in an altered entry) still hashes, to a mismatch.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr)
_quote = json.encoder.encode_basestring  # the C routine ``json.dumps(..., ensure_ascii=False)`` quotes strings with


def material(
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
    """What an entry's chain hash is taken over: the JSON array of its fields, compact.

    Written out directly, exactly as ``json.dumps`` writes it (which builds an encoder on every call:
    too slow for a check of half a million entries); values of another type take the encoder's way.
    """
    if seq.__class__ is int:
        try:
            b = "null" if before is None else _quote(before)
            a = "null" if after is None else _quote(after)
            return (
                f"[{_quote(prev_hash)},{seq},{_quote(at)},{_quote(actor)},{_quote(operation)},{_quote(entity)},"
                f"{_quote(entity_id)},{b},{a}]"
            )
        except TypeError:  # not a string where one belongs (only in an altered entry)
            pass
    return _ENCODER.encode([prev_hash, seq, at, actor, operation, entity, entity_id, before, after])


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
    text = material(prev_hash, seq, at, actor, operation, entity, entity_id, before, after)
    return sha256(text.encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _head(conn: Any) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


_FIELDS = "seq, at, actor, operation, entity, entity_id, before, after, prev_hash, hash"
_INSERT_UNSIGNED = f"INSERT INTO audit ({_FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT = f"INSERT INTO audit ({_FIELDS}, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


class Writer:
    """The entries of one write transaction, signed once when it ends (see the module docstring).

    Each entry but the last is written as soon as the next one comes; ``finish`` writes the last one
    with the signature and moves the chain head in ``meta``. Call it just before ``COMMIT``.
    """

    def __init__(self, conn: Any, signer: Signer | None) -> None:
        self.conn = conn
        self.signer = signer
        self._head: tuple[int, str] | None = None
        self._pending: tuple[object, ...] | None = None

    def append(
        self, actor: str, operation: str, entity: str, entity_id: object, before: object = None, after: object = None
    ) -> None:
        if self._head is None:
            self._head = _head(self.conn)
        last_seq, prev = self._head
        self._write_pending(signed=False)
        seq, at, b, a = last_seq + 1, now_iso(), to_json(before), to_json(after)
        h = entry_hash(prev, seq, at, actor, operation, entity, str(entity_id), b, a)
        self._pending = (seq, at, actor, operation, entity, str(entity_id), b, a, prev, h)
        self._head = (seq, h)

    def finish(self) -> None:
        """Write the last entry, signed, and record the new head of the chain."""
        if self._pending is None or self._head is None:
            return
        self._write_pending(signed=True)
        seq, h = self._head
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (f"{seq}:{h}",),
        )

    def _write_pending(self, *, signed: bool) -> None:
        if self._pending is None:
            return
        row, self._pending = self._pending, None
        if self.signer is None:  # only while upgrading from a schema that has no signatures yet
            self.conn.execute(_INSERT_UNSIGNED, row)
            return
        signature = b64(self.signer[1].sign(SIG_PREFIX + str(row[-1]).encode())) if signed else None
        self.conn.execute(_INSERT, (*row, self.signer[0], signature))


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
    """Add one entry, signed on its own, inside the caller's transaction (``Writer`` signs several once).

    ``signer`` (the acting account and its keys) signs the entry's chain hash.
    """
    writer = Writer(conn, signer)
    writer.append(actor, operation, entity, entity_id, before, after)
    writer.finish()


_ROWS = f"SELECT {_FIELDS} FROM audit ORDER BY seq"
# SQLite writes the same compact JSON array in C, much faster than Python can, and hands it over as its UTF-8
# bytes (what is hashed: no text object made and encoded again); a row whose hash does not match it is hashed
# again the exact way (``material``) before it is called altered.
_FAST_ROWS = (
    "SELECT seq, prev_hash, hash,"
    " CAST(json_array(prev_hash, seq, at, actor, operation, entity, entity_id, before, after) AS BLOB)"
    " FROM audit ORDER BY seq"
)


def verify(conn: Any) -> list[Message]:
    """Problems with the chain: a broken link, an altered entry, or a cut-off tail."""
    try:
        problems, last = _walk_fast(conn)
    except DatabaseError:  # a value SQLite's JSON cannot hold (only in an altered entry)
        problems, last = _walk_exact(conn)
    if not problems:
        row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        recorded = row[0] if row else "0:" + GENESIS
        if recorded != f"{last[0]}:{last[1]}":
            problems.append(Message("audit.tail_missing", {"count": last[0]}))
    return problems


def _walk_fast(conn: Any) -> tuple[list[Message], tuple[int, str]]:
    prev, expected_seq, last = GENESIS, 1, (0, GENESIS)
    for seq, prev_hash, h, text in conn.execute(_FAST_ROWS):
        if seq != expected_seq or prev_hash != prev:
            return [Message("audit.chain_broken", {"seq": seq})], last
        if sha256(text).hexdigest() != h and not _hashes_to(conn, seq, h):
            return [Message("audit.entry_altered", {"seq": seq})], last
        prev, expected_seq, last = h, seq + 1, (seq, h)
    return [], last


def _hashes_to(conn: Any, seq: int, h: str) -> bool:
    row = conn.execute(f"SELECT {_FIELDS} FROM audit WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        return False
    _, at, actor, operation, entity, entity_id, before, after, prev_hash, _ = row
    return entry_hash(prev_hash, seq, at, actor, operation, entity, entity_id, before, after) == h


def _walk_exact(conn: Any) -> tuple[list[Message], tuple[int, str]]:
    prev, expected_seq, last = GENESIS, 1, (0, GENESIS)
    for seq, at, actor, operation, entity, entity_id, before, after, prev_hash, h in conn.execute(_ROWS):
        if seq != expected_seq or prev_hash != prev:
            return [Message("audit.chain_broken", {"seq": seq})], last
        if entry_hash(prev, seq, at, actor, operation, entity, entity_id, before, after) != h:
            return [Message("audit.entry_altered", {"seq": seq})], last
        prev, expected_seq, last = h, seq + 1, (seq, h)
    return [], last


def window_start(conn: Any, signed_after: int, transactions: int) -> int:
    """Where to start so that at most the last ``transactions`` signatures after ``signed_after`` are checked."""
    row = conn.execute(
        "SELECT seq FROM audit WHERE seq > ? AND signature IS NOT NULL ORDER BY seq DESC LIMIT 1 OFFSET ?",
        (signed_after, transactions),
    ).fetchone()
    return signed_after if row is None else int(row[0])


def verify_signatures(conn: Any, keys_ever: dict[str, set[bytes]], signed_after: int) -> list[Message]:
    """Entries after ``signed_after`` not covered by a signature that verifies under a key the roster
    gave their actor. Named one by one up to a few, then counted.

    An entry is covered by the signature of the next signed entry (the end of its transaction): that
    signature must verify, and every entry it covers must be the signer's own (or the app's).
    ``signed_after`` is the later of where signing began and the last checkpoint trusted (an unlock
    moves it on with ``window_start``).
    """
    return SignatureCheck(conn, keys_ever, signed_after).problems()


class SignatureCheck:
    """``verify_signatures`` in two halves: the signatures are being verified on other threads from the
    moment it is made, so the caller can walk the hash chain meanwhile; ``problems`` finishes it."""

    def __init__(self, conn: Any, keys_ever: dict[str, set[bytes]], signed_after: int) -> None:
        self.conn, self.signed_after = conn, signed_after
        self._ends = conn.execute(_SIGNED_ENDS, (signed_after,)).fetchall()
        keys = {name: tuple(found) for name, found in keys_ever.items()}
        self._batch = sigcheck.Batch(
            [
                (
                    SIG_PREFIX + str(h).encode(),
                    sigcheck.signature_bytes(sig),
                    keys.get(signer, ()) if signer else (),
                )
                for _, _, h, signer, sig in self._ends
            ]
        )

    def problems(self) -> list[Message]:
        conn, signed_after = self.conn, self.signed_after
        try:  # SQLite finds the entries that do not name their transaction's signer while the signatures verify
            bad: dict[int, str] = dict(conn.execute(_NOT_THE_SIGNERS, (signed_after, signed_after)).fetchall())
        finally:
            verified = self._batch.results()
        failed: list[tuple[int, int]] = []  # (after, up to) of transactions whose signature does not verify
        after = signed_after
        for (seq, actor, _, signer, _), ok in zip(self._ends, verified, strict=True):
            if not ok:
                failed.append((after, seq))
                bad[seq] = actor
            elif not _may_sign(actor, signer):
                bad[seq] = actor
            after = seq
        # The rest of each transaction: read only where something is wrong, so SQLite, not Python, walks it.
        for after_seq, up_to in failed:
            bad.update(conn.execute(_INSIDE, (after_seq, up_to)).fetchall())
        bad.update(conn.execute("SELECT seq, actor FROM audit WHERE seq > ?", (after,)).fetchall())  # uncovered tail
        named = sorted(bad.items())
        problems = [Message("audit.signature_bad", {"seq": s, "actor": a}) for s, a in named[:MAX_NAMED]]
        if len(named) > MAX_NAMED:
            problems.append(Message("audit.signature_bad_more", {"count": len(named) - MAX_NAMED}))
        return problems


_SIGNED_ENDS = (
    "SELECT seq, actor, hash, signer, signature FROM audit WHERE seq > ? AND signature IS NOT NULL ORDER BY seq"
)
_INSIDE = "SELECT seq, actor FROM audit WHERE seq > ? AND seq < ? AND signature IS NULL"
# Unsigned entries that do not name their transaction's signer, or that the signer could not have made.
_NOT_THE_SIGNERS = f"""
    WITH ends AS (
        SELECT seq, signer, lag(seq, 1, ?) OVER (ORDER BY seq) AS after
        FROM audit WHERE seq > ? AND signature IS NOT NULL
    )
    SELECT a.seq, a.actor FROM ends JOIN audit a ON a.seq > ends.after AND a.seq < ends.seq
    WHERE a.signature IS NULL AND NOT coalesce(
        a.signer IS ends.signer AND (a.actor IS ends.signer OR a.actor = '{SYSTEM}' OR ends.signer IS '{RECOVERY}'), 0)
"""


def _may_sign(actor: str, signer: str | None) -> bool:
    return bool(signer) and (signer in (actor, RECOVERY) or actor == SYSTEM)


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
