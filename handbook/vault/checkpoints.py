"""Signed checkpoints of the audit log: a head's signature that every entry up to one point verified.

Verifying an Ed25519 signature costs far more than hashing, so once a head's app has verified the
whole chain (``check``, or an open that verified everything since the last checkpoint) it signs the
head of the chain; later verifications start after the latest checkpoint a head of the signed roster
made. A staff member cannot sign one, so entries they forge after it are still checked.
"""

from __future__ import annotations

import base64
from typing import Any

from handbook.permissions import Role
from handbook.vault import audit
from handbook.vault.identity import verify
from handbook.vault.roster import RosterCheck

PREFIX = b"sotay audit checkpoint v1|"


def _payload(vault_id: str, seq: int, h: str) -> bytes:
    return PREFIX + f"{vault_id}|{seq}|{h}".encode()


def heads(signed: RosterCheck) -> set[str]:
    return {n for n, a in (signed.accounts or {}).items() if a.role is Role.HEAD and a.active}


def latest_trusted(conn: Any, vault_id: str, signed: RosterCheck) -> int:
    """The last audit entry a current head has vouched for (0: none)."""
    allowed = heads(signed)
    rows = conn.execute(
        "SELECT c.seq, c.hash, c.signer, c.signature, a.hash FROM audit_checkpoints c"
        " LEFT JOIN audit a ON a.seq = c.seq ORDER BY c.seq DESC LIMIT 20"
    ).fetchall()
    for seq, h, signer, signature, entry_hash in rows:
        if signer not in allowed or entry_hash != h:
            continue
        sig = base64.b64decode(signature)
        if any(verify(k, _payload(vault_id, int(seq), h), sig) for k in signed.keys_ever.get(signer, ())):
            return int(seq)
    return 0


def sign_head(conn: Any, vault_id: str, signer: audit.Signer) -> None:
    """Vouch for the whole chain as it now stands (the caller has just verified it)."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return
    seq, h = int(row[0]), str(row[1])
    sig = base64.b64encode(signer[1].sign(_payload(vault_id, seq, h))).decode("ascii")
    conn.execute(
        "INSERT OR REPLACE INTO audit_checkpoints (seq, hash, signer, signature, at) VALUES (?, ?, ?, ?, ?)",
        (seq, h, signer[0], sig, audit.now_iso()),
    )
