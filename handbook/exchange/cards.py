"""This committee's identity (its key pair, name, code, mode) and the cards of the committees it trusts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from handbook.errors import InputError
from handbook.exchange import tables
from handbook.exchange.crypto import KeyPair, normalize_fingerprint
from handbook.exchange.envelope import read_card, write_card
from handbook.exchange.model import Card, Mode, TrustedCard
from handbook.orgs.profile import profile_on_conn
from handbook.permissions import Op
from handbook.text.normalize import normalize_text
from handbook.vault.audit import now_iso
from handbook.vault.vault import Vault

MODE_KEY = "exchange_mode"
CODE_KEY = "exchange_code"


def own_keys(conn: Any) -> KeyPair:
    row = conn.execute("SELECT sign_private, enc_private FROM exchange_identity WHERE id = 1").fetchone()
    if row is None:  # a vault whose step 6 ran before the key pair was part of it: made on first use
        tables.make_key_pair(conn)
        row = conn.execute("SELECT sign_private, enc_private FROM exchange_identity WHERE id = 1").fetchone()
    return KeyPair(bytes(row[0]), bytes(row[1]))


def _meta(conn: Any, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def mode(conn: Any) -> Mode:
    value = _meta(conn, MODE_KEY)
    return Mode(value) if value in {m.value for m in Mode} else Mode.COMMUNE


def own_card(conn: Any) -> Card:
    """Name and code from the committee profile in force (province code for a province office)."""
    keys = own_keys(conn)
    current = mode(conn)
    profile = profile_on_conn(conn, date.today())
    name = (profile.committee_name if profile else "") or _meta(conn, "committee_name") or ""
    code = _meta(conn, CODE_KEY) or ""
    if not code and profile is not None:
        code = profile.province_code if current is Mode.PROVINCE else profile.commune_code
    if not code:
        code = (_meta(conn, "vault_id") or "")[:8].upper()
    return Card(name, code, current, keys.sign_public, keys.enc_public)


def set_mode(vault: Vault, new_mode: Mode, *, code: str | None = None, name: str | None = None) -> Card:
    """Say what sort of committee this vault serves (and, for one outside the unit list, its code and name)."""
    vault.actor.require(Op.SETTINGS_EDIT)
    code = normalize_text(code or "") if code is not None else None
    name = normalize_text(name or "") if name is not None else None
    if code is not None and len(code) > 40:
        raise InputError("exchange.code_too_long")
    before = own_card(vault.conn)
    with vault.change(Op.SETTINGS_EDIT) as ch:
        for key, value in ((MODE_KEY, new_mode.value), (CODE_KEY, code), ("committee_name", name)):
            if value is None:
                continue
            vault.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        ch.record(
            "exchange.mode",
            "vault",
            vault.vault_id,
            {"mode": before.kind.value, "code": before.code},
            {"mode": new_mode.value, "code": code, "name": name},
        )
    return own_card(vault.conn)


def export_card(vault: Vault) -> tuple[Card, bytes]:
    """This committee's public card file (public keys only; anyone may hand it out)."""
    vault.actor.require(Op.READ)
    return own_card(vault.conn), write_card(own_card(vault.conn), own_keys(vault.conn), datetime.now(UTC))


def _row(r: Any) -> TrustedCard:
    return TrustedCard(Card(r[0], r[1], Mode(r[2]), bytes(r[3]), bytes(r[4])), bool(r[5]), r[6])


_SELECT = "SELECT name, code, kind, sign_key, enc_key, trusted, added_at FROM exchange_cards"


def card_by_fingerprint(conn: Any, fingerprint: str) -> TrustedCard | None:
    row = conn.execute(_SELECT + " WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return _row(row) if row else None


def list_cards(vault: Vault) -> list[TrustedCard]:
    vault.actor.require(Op.READ)
    return [_row(r) for r in vault.conn.execute(_SELECT + " ORDER BY trusted DESC, name")]


def find_card(vault: Vault, text: str) -> TrustedCard:
    """A trusted or known card by (the start of) its fingerprint or by its exact code."""
    wanted = normalize_fingerprint(text)
    cards = list_cards(vault)
    found = [c for c in cards if c.card.code == text.strip()] or [
        c for c in cards if wanted and c.card.fingerprint.startswith(wanted)
    ]
    if len(found) != 1:
        raise InputError("exchange.card_not_found" if not found else "exchange.card_ambiguous", text=text)
    return found[0]


def trust_card(vault: Vault, data: bytes, *, confirmed_fingerprint: str) -> Card:
    """Import a card after the person has compared its fingerprint with the one read out by its owner."""
    vault.actor.require(Op.EXCHANGE_TRUST)
    card = read_card(data)
    typed = normalize_fingerprint(confirmed_fingerprint)
    if typed != card.fingerprint:
        raise InputError("exchange.fingerprint_mismatch", typed=typed or "—", actual=card.fingerprint)
    if card.fingerprint == own_card(vault.conn).fingerprint:
        raise InputError("exchange.own_card")
    existing = card_by_fingerprint(vault.conn, card.fingerprint)
    with vault.change(Op.EXCHANGE_TRUST) as ch:
        if existing is None:
            vault.conn.execute(
                "INSERT INTO exchange_cards (fingerprint, name, code, kind, sign_key, enc_key, card, trusted,"
                " added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (
                    card.fingerprint,
                    card.name,
                    card.code,
                    card.kind.value,
                    card.sign_key,
                    card.enc_key,
                    data.decode("utf-8"),
                    now_iso(),
                    vault.actor.username,
                ),
            )
        else:
            vault.conn.execute(
                "UPDATE exchange_cards SET trusted = 1, name = ?, code = ?, card = ? WHERE fingerprint = ?",
                (card.name, card.code, data.decode("utf-8"), card.fingerprint),
            )
        ch.record(
            "exchange.trust",
            "card",
            card.fingerprint,
            None,
            {"name": card.name, "code": card.code, "kind": card.kind.value},
        )
    return card


def untrust_card(vault: Vault, fingerprint: str) -> Card:
    """Stop accepting bundles signed by this card (it stays listed, marked not trusted)."""
    vault.actor.require(Op.EXCHANGE_TRUST)
    found = find_card(vault, fingerprint)
    with vault.change(Op.EXCHANGE_TRUST) as ch:
        vault.conn.execute("UPDATE exchange_cards SET trusted = 0 WHERE fingerprint = ?", (found.card.fingerprint,))
        ch.record("exchange.untrust", "card", found.card.fingerprint, {"trusted": True}, {"trusted": False})
    return found.card
