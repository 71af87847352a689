"""The bundle and card files: writing them, and reading their structure before any key is used."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from handbook.errors import InputError
from handbook.exchange import crypto
from handbook.exchange.crypto import KeyPair, b64, canonical
from handbook.exchange.fields import Bad, Obj, parse_json
from handbook.exchange.model import (
    CARD_FORMAT,
    CARD_VERSION,
    FORMAT,
    FORMAT_VERSION,
    Card,
    Header,
    Kind,
    Mode,
    Party,
    Payload,
    version_of,
)
from handbook.exchange.payloads import to_json
from handbook.i18n import Message

MAX_BUNDLE_BYTES = 300 * 1024 * 1024
MAX_CARD_BYTES = 64 * 1024
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_FINGERPRINT = re.compile(r"[A-Z2-7]{4}( [A-Z2-7]{4}){5}")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _malformed(bad: Bad) -> InputError:
    return InputError("exchange.malformed", where=bad.where, problem=Message(bad.problem))


# --- cards ------------------------------------------------------------------------------------------------


def _card_json(card: Card) -> dict[str, object]:
    return {
        "name": card.name,
        "code": card.code,
        "kind": card.kind.value,
        "sign_key": b64(card.sign_key),
        "enc_key": b64(card.enc_key),
        "fingerprint": card.fingerprint,
    }


def write_card(card: Card, keys: KeyPair, created: datetime) -> bytes:
    """The card file: the card, when it was made, signed by its own key (so a changed name shows)."""
    body = {"format": CARD_FORMAT, "version": CARD_VERSION, "created": _stamp(created), "card": _card_json(card)}
    signed = dict(body, signature=b64(keys.sign(canonical(body))))
    return canonical(signed) + b"\n"


def _read_card_obj(o: Obj) -> Card:
    kind = o.text("kind")
    if kind not in {m.value for m in Mode}:
        raise Bad(o.at("kind"), "exchange.problem.choice")
    card = Card(
        o.text("name", required=True, max_len=200),
        o.text("code", max_len=40),
        Mode(kind),
        o.key_bytes("sign_key", 32),
        o.key_bytes("enc_key", 32),
    )
    if o.exact("fingerprint", _FINGERPRINT) != card.fingerprint:
        raise Bad(o.at("fingerprint"), "exchange.problem.fingerprint")
    o.done()
    return card


def read_card(data: bytes) -> Card:
    """A card file, checked: its structure, its fingerprint, and its own signature."""
    if len(data) > MAX_CARD_BYTES:
        raise InputError("exchange.not_a_card")
    try:
        value = parse_json(data)
        o = Obj(value, "")
        if o.has("format") and o.raw("format") != CARD_FORMAT:
            raise InputError("exchange.not_a_card")
        version = o.integer("version", 1, 2**31)
        if version > CARD_VERSION:
            raise InputError("exchange.card_newer", version=version, supported=CARD_VERSION)
        o.moment("created")
        card = _read_card_obj(o.obj("card"))
        signature = o.key_bytes("signature", 64)
        o.done()
    except (ValueError, RecursionError):
        raise InputError("exchange.not_a_card") from None
    except Bad as bad:
        raise InputError("exchange.card_malformed", where=bad.where, problem=Message(bad.problem)) from None
    assert isinstance(value, dict)
    body = {k: v for k, v in value.items() if k != "signature"}
    try:
        crypto.verify(card.sign_key, signature, canonical(body))
    except crypto.CryptoFailure:
        raise InputError("exchange.card_tampered") from None
    return card


# --- bundles ----------------------------------------------------------------------------------------------


def _party_json(p: Party) -> dict[str, object]:
    return {"name": p.name, "code": p.code, "fingerprint": p.fingerprint}


def seal(
    kind: Kind,
    payload: Payload,
    keys: KeyPair,
    sender: Card,
    recipient: Party,
    recipient_card: Card | None,
    *,
    created: datetime | None = None,
    bundle_id: str | None = None,
) -> tuple[str, bytes]:
    """The bundle file's bytes (and its id): encrypted to ``recipient_card`` when given, always signed."""
    return seal_json(
        kind,
        to_json(payload),
        keys,
        sender,
        recipient,
        recipient_card,
        created=created,
        bundle_id=bundle_id,
        version=version_of(payload),
    )


def seal_json(
    kind: Kind,
    payload: object,
    keys: KeyPair,
    sender: Card,
    recipient: Party,
    recipient_card: Card | None,
    *,
    created: datetime | None = None,
    bundle_id: str | None = None,
    version: int = 1,
) -> tuple[str, bytes]:
    """``seal`` for a payload already in its JSON form (tests use it to sign data the reader must refuse)."""
    bundle_id = bundle_id or uuid.uuid4().hex
    plaintext = canonical(payload)
    header: dict[str, object] = {
        "id": bundle_id,
        "kind": kind.value,
        "created": _stamp(created or datetime.now(UTC)),
        "sender": _card_json(sender),
        "recipient": _party_json(recipient),
    }
    if recipient_card is not None:
        sealing = crypto.prepare_encryption(recipient_card.enc_key, bundle_id)
        header["encryption"] = {
            "alg": crypto.ENCRYPTED,
            "ephemeral": b64(sealing.ephemeral),
            "nonce": b64(sealing.nonce),
        }
        head = {"format": FORMAT, "version": version, "header": header}
        body = crypto.encrypt(sealing, plaintext, canonical(head))
    else:
        header["encryption"] = {"alg": crypto.SIGNED_ONLY}
        head = {"format": FORMAT, "version": version, "header": header}
        body = plaintext
    signature = keys.sign(crypto.signed_bytes(head, body))
    envelope = dict(head, payload=b64(body), signature=b64(signature))
    return bundle_id, canonical(envelope) + b"\n"


@dataclass(frozen=True)
class Envelope:
    """A bundle file whose structure is sound; nothing about it is verified yet."""

    version: int
    header: Header
    head: dict[str, object]  # format, version and header exactly as read (what was signed)
    body: bytes
    signature: bytes


def _read_header(o: Obj) -> Header:
    kind = o.text("kind")
    if kind not in {k.value for k in Kind}:
        raise Bad(o.at("kind"), "exchange.problem.kind")
    r = o.obj("recipient")
    fpr = r.raw("fingerprint")
    if fpr is not None:
        fpr = r.exact("fingerprint", _FINGERPRINT)
    recipient = Party(r.text("name", max_len=200), r.text("code", max_len=40), fpr)
    r.done()
    enc = o.obj("encryption")
    alg = enc.text("alg")
    ephemeral = nonce = None
    if alg == crypto.ENCRYPTED:
        ephemeral, nonce = enc.key_bytes("ephemeral", 32), enc.key_bytes("nonce", 12)
    elif alg != crypto.SIGNED_ONLY:
        raise Bad(enc.at("alg"), "exchange.problem.algorithm")
    enc.done()
    header = Header(
        o.exact("id", _HEX_ID),
        Kind(kind),
        o.moment("created"),
        _read_card_obj(o.obj("sender")),
        recipient,
        alg,
        ephemeral,
        nonce,
    )
    o.done()
    return header


def parse(data: bytes) -> Envelope:
    """The structure of a bundle file, or the sentence saying why it is not one this version can read."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise InputError("exchange.too_large", size=len(data) // (1024 * 1024))
    try:
        value = parse_json(data)
    except (ValueError, RecursionError, Bad):
        raise InputError("exchange.not_a_bundle") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise InputError("exchange.not_a_bundle")
    try:
        o = Obj(value, "")
        o.raw("format")
        version = o.integer("version", 1, 2**31)
        if version > FORMAT_VERSION:
            raise InputError("exchange.newer_version", version=version, supported=FORMAT_VERSION)
        header = _read_header(o.obj("header"))
        body = o.blob("payload", MAX_BUNDLE_BYTES) or b""
        signature = o.key_bytes("signature", 64)
        o.done()
    except Bad as bad:
        raise _malformed(bad) from None
    head = {"format": value["format"], "version": value["version"], "header": value["header"]}
    return Envelope(version, header, head, body, signature)
