"""The confirmer's signature over a confirmed 213 case: what was confirmed cannot change, or be
confirmed by someone else, without it showing.

The signed content is the case's comment and confirmation columns as canonical JSON; the signer must
be, in the signed roster, a head or a deputy the head allowed to sign on their behalf.
"""

from __future__ import annotations

import base64
import json
from hashlib import sha256
from typing import TYPE_CHECKING, Any

from handbook.i18n import Message
from handbook.permissions import Role
from handbook.vault import sigcheck
from handbook.vault.roster import RosterCheck

if TYPE_CHECKING:
    from handbook.vault.vault import Vault

PREFIX = b"sotay confirmation v1|"
CONTENT_COLUMNS = (
    "id", "registration_id", "year", "exempt", "comment_rule_set_id", "ratings", "other_comment", "cell_id",
    "cell_meeting_date", "cell_signer_name", "confirm_rule_set_id", "confirm_number_text", "confirm_date",
    "confirm_signer_lines", "confirm_signer_name", "confirmed_by",
)  # fmt: skip
SIGNED_STATES = ("confirmed", "dispatched", "acknowledged")
MAX_NAMED = 5


def content_hash(conn: Any, case_id: int) -> str | None:
    row = conn.execute(f"SELECT {', '.join(CONTENT_COLUMNS)} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        return None
    text = json.dumps(dict(zip(CONTENT_COLUMNS, row, strict=True)), sort_keys=True, ensure_ascii=False, default=str)
    return sha256(text.encode("utf-8")).hexdigest()


def sign_case(vault: Vault, case_id: int) -> None:
    """Sign the case as it now stands, inside the confirming transaction."""
    digest = content_hash(vault.conn, case_id)
    if digest is None:
        return
    name, keys = vault.signer
    vault.conn.execute(
        "INSERT INTO case_signatures (case_id, signer, content_hash, signature, signed_at) VALUES (?, ?, ?, ?, "
        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(case_id) DO UPDATE SET signer = excluded.signer, "
        "content_hash = excluded.content_hash, signature = excluded.signature, signed_at = excluded.signed_at",
        (case_id, name, digest, base64.b64encode(keys.sign(PREFIX + digest.encode())).decode("ascii")),
    )


def verify_cases(conn: Any, signed: RosterCheck, *, last: int | None = None) -> list[Message]:
    """Confirmed cases (the ``last`` most recent, or all) whose confirmation is not signed by someone allowed."""
    if signed.accounts is None:
        return []  # a vault from before signatures: nothing to compare with yet
    allowed = {
        name: signed.keys_ever.get(name, set())
        for name, a in signed.accounts.items()
        if a.role is Role.HEAD or (a.role is Role.DEPUTY and a.delegated)
    }
    allowed["recovery"] = signed.keys_ever.get("recovery", set())
    marks = ",".join("?" * len(SIGNED_STATES))
    sql = (
        "SELECT c.id, s.signer, s.content_hash, s.signature FROM cases c LEFT JOIN case_signatures s"
        f" ON s.case_id = c.id WHERE c.state IN ({marks}) AND c.confirmed_by IS NOT NULL ORDER BY c.id DESC"
    )
    params: list[object] = list(SIGNED_STATES)
    if last is not None:
        sql += " LIMIT ?"
        params.append(last)
    bad: list[int] = []
    keys = {name: tuple(found) for name, found in allowed.items()}
    checked: list[int] = []
    checks: list[sigcheck.Check] = []
    for case_id, signer, digest, signature in conn.execute(sql, params).fetchall():
        if signer is None or digest != content_hash(conn, case_id):
            bad.append(int(case_id))
            continue
        checked.append(int(case_id))
        checks.append((PREFIX + str(digest).encode(), sigcheck.signature_bytes(signature), keys.get(signer, ())))
    bad.extend(c for c, ok in zip(checked, sigcheck.verify_all(checks), strict=True) if not ok)
    problems = [Message("confirm.signature_bad", {"case_id": c}) for c in sorted(bad)[:MAX_NAMED]]
    if len(bad) > MAX_NAMED:
        problems.append(Message("confirm.signature_bad_more", {"count": len(bad) - MAX_NAMED}))
    return problems
