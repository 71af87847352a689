"""Making bundles from what the vault holds: requests, a dispatch, an acknowledgement, the round figures."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from handbook.dates import PartialDate
from handbook.errors import InputError
from handbook.exchange import envelope
from handbook.exchange.cards import find_card, list_cards, own_card, own_keys
from handbook.exchange.figures import round_figures
from handbook.exchange.model import (
    AckPayload,
    Card,
    DispatchPayload,
    Kind,
    Mode,
    Party,
    Payload,
    Person,
    Rating,
    Request,
    RequestsPayload,
    Sheet,
)
from handbook.flow.cases import comment_rules, list_cases
from handbook.flow.dispatch import get_dispatch
from handbook.flow.model import DispatchId
from handbook.flow.rules import RuleSet
from handbook.members.model import MemberId
from handbook.members.repo import get_member
from handbook.permissions import Op
from handbook.text.normalize import normalize_text
from handbook.vault.audit import now_iso
from handbook.vault.vault import Change, Vault


@dataclass(frozen=True)
class Built:
    """A bundle made in memory: its bytes, and whether only its addressee can read it."""

    bundle_id: str
    kind: Kind
    data: bytes
    recipient: Party
    encrypted: bool
    count: int  # requests, sheets or cells it carries


def _person(vault: Vault, member_id: MemberId) -> Person:
    m = get_member(vault, member_id)
    return Person(m.data.full_name, m.data.birth_date, m.data.cccd)


def make_bundle(
    vault: Vault,
    kind: Kind,
    payload: Payload,
    to: Card | None,
    *,
    recipient_name: str = "",
    entity: str = "",
    entity_id: int | None = None,
    count: int = 0,
    also: Callable[[Change], None] | None = None,
) -> Built:
    """Sign (and, with a card, encrypt) ``payload`` for ``to``; the bundle sent is recorded, its data is not."""
    vault.actor.require(Op.EXCHANGE_SEND)
    conn = vault.conn
    me = own_card(conn)
    recipient = Party(to.name, to.code, to.fingerprint) if to else Party(normalize_text(recipient_name), "", None)
    bundle_id, data = envelope.seal(kind, payload, own_keys(conn), me, recipient, to)
    with vault.change(Op.EXCHANGE_SEND) as ch:
        conn.execute(
            "INSERT INTO exchange_sent (bundle_id, kind, recipient_name, recipient_fingerprint, encrypted, entity,"
            " entity_id, created, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bundle_id,
                kind.value,
                recipient.name,
                recipient.fingerprint,
                int(to is not None),
                entity,
                entity_id,
                now_iso(),
                vault.actor.username,
            ),
        )
        ch.record(
            "exchange.send",
            "bundle",
            bundle_id,
            None,
            {
                "kind": kind.value,
                "to": recipient.name,
                "fingerprint": recipient.fingerprint,
                "encrypted": to is not None,
            },
        )
        if also is not None:
            also(ch)
    return Built(bundle_id, kind, data, recipient, to is not None, count)


def _card(vault: Vault, to: str | None) -> Card | None:
    return find_card(vault, to).card if to else None


def build_requests(
    vault: Vault,
    year: int,
    member_ids: list[MemberId],
    *,
    doc_no: str,
    deadline: date,
    doc_date: date | None = None,
    to: str | None = None,
    recipient_name: str = "",
) -> Built:
    """A workplace committee asks a commune to comment on these members this year."""
    if not member_ids:
        raise InputError("exchange.nothing_to_send")
    card = _card(vault, to)
    if card is None and not normalize_text(recipient_name):
        raise InputError("exchange.recipient_needed")
    if doc_date is not None and deadline < doc_date:
        raise InputError("exchange.deadline_before_doc", deadline=deadline.strftime("%d/%m/%Y"))
    requests = tuple(Request(str(mid), _person(vault, mid)) for mid in dict.fromkeys(member_ids))
    payload = RequestsPayload(year, normalize_text(doc_no), doc_date, deadline, requests)
    return make_bundle(vault, Kind.REQUESTS, payload, card, recipient_name=recipient_name, count=len(requests))


def _linked_card(vault: Vault, org_id: int) -> Card | None:
    row = vault.conn.execute(
        "SELECT fingerprint FROM exchange_cards WHERE external_org_id = ? AND trusted = 1 ORDER BY id DESC LIMIT 1",
        (org_id,),
    ).fetchone()
    return find_card(vault, row[0]).card if row else None


def dispatch_payload(vault: Vault, dispatch_id: DispatchId, pdf: bytes | None) -> DispatchPayload:
    d = get_dispatch(vault, dispatch_id)
    people = {
        r[0]: Person(" ".join(r[1].split()), PartialDate.from_iso(r[2]), r[3] or "")
        for r in vault.conn.execute(
            "SELECT r.id, trim(m.ho || ' ' || m.dem || ' ' || m.ten), m.birth_date, m.cccd FROM cases c"
            " JOIN registrations r ON r.id = c.registration_id JOIN members m ON m.id = r.member_id"
            " WHERE c.dispatch_id = ?",
            (dispatch_id,),
        )
    }
    rules: dict[int, RuleSet | None] = {}
    sheets = []
    for case in list_cases(vault, d.year, case_ids=list(d.case_ids)):
        if (case.comment_rule_set_id or 0) not in rules:
            rules[case.comment_rule_set_id or 0] = comment_rules(vault, case)
        rule_set = rules[case.comment_rule_set_id or 0]
        criteria = rule_set.criteria(case.exempt) if rule_set else ()
        ratings = tuple(
            Rating(c.text, c.labels[r]) for c, r in zip(criteria, case.ratings or (), strict=False) if 0 <= r <= 2
        )
        sheets.append(
            Sheet(
                people[case.registration_id],
                case.cell_name,
                case.exempt,
                ratings,
                case.other_comment,
                case.confirm_number_text,
                case.confirm_date,
                case.confirm_signer_name,
                case.request_doc_no,
            )
        )
    return DispatchPayload(d.year, d.id, d.number_text, d.date, d.signer_name, tuple(sheets), pdf)


def build_dispatch(vault: Vault, dispatch_id: DispatchId, *, pdf: bytes | None, to: str | None = None) -> Built:
    """A dispatch for its workplace committee: the confirmed sheets as data and the (signed) PDF.

    Without ``to`` the card linked to the workplace (by an earlier bundle of requests) is used, if any."""
    vault.actor.require(Op.DISPATCH)
    d = get_dispatch(vault, dispatch_id)
    payload = dispatch_payload(vault, dispatch_id, pdf)
    card = _card(vault, to) if to else _linked_card(vault, d.workplace_org_id)
    return make_bundle(
        vault,
        Kind.DISPATCH,
        payload,
        card,
        recipient_name=d.workplace_name,
        entity="dispatch",
        entity_id=d.id,
        count=len(payload.sheets),
    )


def build_ack(vault: Vault, received_id: int, on: date) -> Built:
    """The workplace end says it received a dispatch; addressed to the commune that sent it."""
    row = vault.conn.execute(
        "SELECT a.bundle_id, r.remote_dispatch_id, r.number_text, a.sender_fingerprint, a.sender_name, r.date"
        " FROM received_dispatches r JOIN exchange_applied a ON a.id = r.applied_id WHERE r.id = ?",
        (received_id,),
    ).fetchone()
    if row is None:
        raise InputError("exchange.received_not_found", id=received_id)
    if on < date.fromisoformat(row[5]) or on > date.today():
        raise InputError("exchange.ack_date", date=on.strftime("%d/%m/%Y"))
    payload = AckPayload(row[0], row[1], row[2], on)
    card = find_card(vault, row[3]).card

    def mark(ch: Change) -> None:
        vault.conn.execute(
            "UPDATE received_dispatches SET acknowledged_on = ? WHERE id = ?", (on.isoformat(), received_id)
        )
        ch.record("exchange.acknowledged", "received_dispatch", received_id, None, {"on": on.isoformat()})

    return make_bundle(
        vault, Kind.ACK, payload, card, entity="received_dispatch", entity_id=received_id, count=1, also=mark
    )


def build_figures(vault: Vault, year: int, *, to: str | None = None, as_of: date | None = None) -> Built:
    """The commune's round figures for its province office (the one trusted province card, or ``to``)."""
    payload = round_figures(vault, year, as_of=as_of)
    card = _card(vault, to)
    if card is None:
        provinces = [c.card for c in list_cards(vault) if c.trusted and c.card.kind is Mode.PROVINCE]
        card = provinces[0] if len(provinces) == 1 else None
    return make_bundle(vault, Kind.FIGURES, payload, card, recipient_name="", count=len(payload.cells))


def write_bundle(path: Path, data: bytes) -> Path:
    """Write a bundle file readable by its owner only; never over an existing file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
