"""Signed checkpoints of the audit log: a head's signature that every entry up to one point verified.

Verifying an Ed25519 signature costs far more than hashing, so once a head's app has verified the
whole chain (``check``, or an open that verified everything since the last checkpoint) it signs the
head of the chain; later verifications start after the latest checkpoint a head of the signed roster
made. A staff member cannot sign one, so entries they forge after it are still checked.

Any account's app also signs a checkpoint of its own when an unlock has verified everything since the
last one, and its later unlocks start from it: a person trusts only a head's checkpoints and their
own (a forger's checkpoint only spares the forger). ``check`` trusts only a head's.
"""

from __future__ import annotations

import base64
from typing import Any

from handbook.permissions import Role
from handbook.vault import audit, sigcheck
from handbook.vault.roster import RosterCheck

PREFIX = b"sotay audit checkpoint v1|"


def _payload(vault_id: str, seq: int, h: str) -> bytes:
    return PREFIX + f"{vault_id}|{seq}|{h}".encode()


def heads(signed: RosterCheck) -> set[str]:
    return {n for n, a in (signed.accounts or {}).items() if a.role is Role.HEAD and a.active}


def latest_trusted(conn: Any, vault_id: str, signed: RosterCheck, me: str | None = None) -> int:
    """The last audit entry a current head (or ``me``, the account unlocking) has vouched for (0: none)."""
    allowed = sorted(heads(signed) | ({me} if me else set()))
    if not allowed:
        return 0
    marks = ",".join("?" * len(allowed))
    rows = conn.execute(
        "SELECT c.seq, c.hash, c.signer, c.signature, a.hash FROM audit_checkpoints c"
        f" LEFT JOIN audit a ON a.seq = c.seq WHERE c.signer IN ({marks}) ORDER BY c.seq DESC LIMIT 20",
        allowed,
    ).fetchall()
    for seq, h, signer, signature, entry_hash in rows:
        if entry_hash != h:
            continue
        sig = sigcheck.signature_bytes(signature)
        if any(sigcheck.verify(k, _payload(vault_id, int(seq), h), sig) for k in signed.keys_ever.get(signer, ())):
            return int(seq)
    return 0


def sign_head(conn: Any, vault_id: str, signer: audit.Signer, *, head: bool = True) -> None:
    """Vouch for the whole chain as it now stands (the caller has just verified it).

    A non-head's checkpoint never takes the place of a head's at the same entry.
    """
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return
    seq, h = int(row[0]), str(row[1])
    sig = base64.b64encode(signer[1].sign(_payload(vault_id, seq, h))).decode("ascii")
    conn.execute(
        f"INSERT OR {'REPLACE' if head else 'IGNORE'} INTO audit_checkpoints (seq, hash, signer, signature, at)"
        " VALUES (?, ?, ?, ?, ?)",
        (seq, h, signer[0], sig, audit.now_iso()),
    )
