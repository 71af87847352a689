"""Opening a received bundle: every check, in order, each refusal one sentence; nothing is written here."""

from __future__ import annotations

from typing import Any

from handbook.errors import InputError
from handbook.exchange import crypto, envelope, payloads
from handbook.exchange.cards import card_by_fingerprint, mode, own_card, own_keys
from handbook.exchange.fields import Bad, parse_json
from handbook.exchange.model import ACCEPTS, Header, Kind, Opened
from handbook.i18n import Message
from handbook.permissions import Op
from handbook.vault.vault import Vault

KIND_IDS = {k: f"exchange.kind.{k.value}" for k in Kind}


def already_applied(conn: Any, bundle_id: str) -> tuple[str, str] | None:
    row = conn.execute(
        "SELECT applied_at, applied_by FROM exchange_applied WHERE bundle_id = ?", (bundle_id,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def _check_recipient(conn: Any, header: Header) -> None:
    me = own_card(conn)
    to = header.recipient
    if (to.fingerprint is not None and to.fingerprint != me.fingerprint) or (
        to.fingerprint is None and to.code and me.code and to.code != me.code
    ):
        raise InputError("exchange.not_for_us", name=to.name or to.code, me=me.name)


def open_bundle(vault: Vault, data: bytes) -> Opened:
    """The verified, decrypted and checked contents of a bundle file, or the sentence saying which check failed.

    Order: structure and version; sender known and trusted; signature over the whole envelope; meant for us;
    not applied before; a kind this committee takes; decryption; the data itself.
    """
    vault.actor.require(Op.READ)
    conn = vault.conn
    env = envelope.parse(data)
    header = env.header
    sender = header.sender
    if sender.fingerprint == own_card(conn).fingerprint:
        raise InputError("exchange.from_self")
    known = card_by_fingerprint(conn, sender.fingerprint)
    if known is None:
        raise InputError("exchange.unknown_sender", name=sender.name, fingerprint=sender.fingerprint)
    if not known.trusted:
        raise InputError("exchange.untrusted_sender", name=known.card.name, fingerprint=sender.fingerprint)
    try:
        crypto.verify(known.card.sign_key, env.signature, crypto.signed_bytes(env.head, env.body))
    except crypto.CryptoFailure:
        raise InputError("exchange.tampered") from None
    _check_recipient(conn, header)
    done = already_applied(conn, header.id)
    if done is not None:
        raise InputError("exchange.replayed", at=f"{done[0][8:10]}/{done[0][5:7]}/{done[0][:4]}", by=done[1])
    current = mode(conn)
    if header.kind not in ACCEPTS[current]:
        raise InputError(
            "exchange.kind_not_here", kind=Message(KIND_IDS[header.kind]), mode=Message(f"exchange.mode.{current}")
        )
    body = env.body
    if header.encrypted:
        assert header.ephemeral is not None and header.nonce is not None
        try:
            body = crypto.decrypt(
                own_keys(conn), header.ephemeral, header.nonce, header.id, body, crypto.canonical(env.head)
            )
        except crypto.CryptoFailure:
            raise InputError("exchange.tampered") from None
    try:
        payload = payloads.from_json(header.kind, parse_json(body), env.version)
    except Bad as bad:
        raise InputError("exchange.invalid_payload", where=bad.where, problem=Message(bad.problem)) from None
    except (ValueError, RecursionError):
        raise InputError(
            "exchange.invalid_payload", where="payload", problem=Message("exchange.problem.json")
        ) from None
    return Opened(header, payload, len(data))
