"""The four payloads as JSON and back; reading checks every field (see resources/exchange/bundle-v1.schema.json)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from handbook.exchange.crypto import b64
from handbook.exchange.fields import Bad, Obj
from handbook.exchange.model import (
    AckPayload,
    CellFigures,
    DispatchPayload,
    FiguresPayload,
    Kind,
    Payload,
    Person,
    Rating,
    Request,
    RequestsPayload,
    Sheet,
)
from handbook.flow.model import CaseState
from handbook.text.ids import normalize_cccd

MAX_LINES = 100_000
MAX_PDF = 150 * 1024 * 1024
STATES = frozenset(s.value for s in CaseState)
_HEX_ID = re.compile(r"[0-9a-f]{32}")
_CCCD = re.compile(r"([0-9]{12})?")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _person(p: Person) -> dict[str, object]:
    return {"full_name": p.full_name, "birth_date": p.birth_date.iso() if p.birth_date else None, "cccd": p.cccd}


def _read_person(o: Obj) -> Person:
    cccd = o.text("cccd", max_len=20)
    if not _CCCD.fullmatch(normalize_cccd(cccd)):
        raise Bad(o.at("cccd"), "exchange.problem.cccd")
    return Person(o.text("full_name", required=True, max_len=120), o.partial_date("birth_date"), normalize_cccd(cccd))


def to_json(payload: Payload) -> dict[str, object]:
    match payload:
        case RequestsPayload():
            return {
                "year": payload.year,
                "doc_no": payload.doc_no,
                "doc_date": _iso(payload.doc_date),
                "deadline": payload.deadline.isoformat(),
                "requests": [{"ref": r.ref, "person": _person(r.person), "note": r.note} for r in payload.requests],
            }
        case DispatchPayload():
            return {
                "year": payload.year,
                "dispatch_id": payload.dispatch_id,
                "number": payload.number,
                "date": payload.date.isoformat(),
                "signer_name": payload.signer_name,
                "pdf": b64(payload.pdf) if payload.pdf is not None else None,
                "sheets": [
                    {
                        "person": _person(s.person),
                        "cell": s.cell,
                        "exempt": s.exempt,
                        "ratings": [{"criterion": r.criterion, "choice": r.choice} for r in s.ratings],
                        "other_comment": s.other_comment,
                        "confirm_number": s.confirm_number,
                        "confirm_date": _iso(s.confirm_date),
                        "confirm_signer": s.confirm_signer,
                        "request_doc_no": s.request_doc_no,
                    }
                    for s in payload.sheets
                ],
            }
        case AckPayload():
            return {
                "dispatch_bundle_id": payload.dispatch_bundle_id,
                "dispatch_id": payload.dispatch_id,
                "number": payload.number,
                "received_on": payload.received_on.isoformat(),
            }
        case FiguresPayload():
            return {
                "year": payload.year,
                "as_of": payload.as_of.isoformat(),
                "commune_code": payload.commune_code,
                "commune_name": payload.commune_name,
                "province_code": payload.province_code,
                "members": payload.members,
                "registered": payload.registered,
                "cases": dict(payload.cases),
                "cells": [
                    {"name": c.name, "members": c.members, "registered": c.registered, "cases": dict(c.cases)}
                    for c in payload.cells
                ],
            }
    raise TypeError(payload)


def _requests(o: Obj) -> RequestsPayload:
    lines = []
    for item in o.items("requests", MAX_LINES):
        person = item.obj("person")
        lines.append(Request(item.text("ref", max_len=64), _read_person(person), item.text("note")))
        person.done()
        item.done()
    return RequestsPayload(
        o.integer("year", 2000, 2200), o.text("doc_no"), o.maybe_day("doc_date"), o.day("deadline"), tuple(lines)
    )


def _sheet(item: Obj) -> Sheet:
    ratings = []
    for r in item.items("ratings", 20):
        ratings.append(Rating(r.text("criterion", required=True), r.text("choice", required=True)))
        r.done()
    person = item.obj("person")
    sheet = Sheet(
        _read_person(person),
        item.text("cell"),
        item.boolean("exempt"),
        tuple(ratings),
        item.text("other_comment", multiline=True),
        item.text("confirm_number", required=True, max_len=60),
        item.maybe_day("confirm_date"),
        item.text("confirm_signer", max_len=120),
        item.text("request_doc_no", max_len=60),
    )
    person.done()
    item.done()
    return sheet


def _dispatch(o: Obj) -> DispatchPayload:
    sheets = tuple(_sheet(item) for item in o.items("sheets", MAX_LINES))
    return DispatchPayload(
        o.integer("year", 2000, 2200),
        o.integer("dispatch_id", 1, 2**53),
        o.text("number", required=True, max_len=60),
        o.day("date"),
        o.text("signer_name", max_len=120),
        sheets,
        o.blob("pdf", MAX_PDF),
    )


def _ack(o: Obj) -> AckPayload:
    return AckPayload(
        o.exact("dispatch_bundle_id", _HEX_ID),
        o.integer("dispatch_id", 1, 2**53),
        o.text("number", required=True, max_len=60),
        o.day("received_on"),
    )


def _figures(o: Obj) -> FiguresPayload:
    cells = []
    for c in o.items("cells", 10_000):
        cells.append(
            CellFigures(
                c.text("name"),
                c.integer("members", 0, 10_000_000),
                c.integer("registered", 0, 10_000_000),
                c.counts("cases", STATES),
            )
        )
        c.done()
    return FiguresPayload(
        o.integer("year", 2000, 2200),
        o.day("as_of"),
        o.text("commune_code", max_len=20),
        o.text("commune_name", required=True),
        o.text("province_code", max_len=20),
        o.integer("members", 0, 10_000_000),
        o.integer("registered", 0, 10_000_000),
        o.counts("cases", STATES),
        tuple(cells),
    )


_READERS: dict[Kind, Callable[[Obj], Payload]] = {
    Kind.REQUESTS: _requests,
    Kind.DISPATCH: _dispatch,
    Kind.ACK: _ack,
    Kind.FIGURES: _figures,
}


def from_json(kind: Kind, value: object) -> Payload:
    """Raises ``fields.Bad`` naming the first field that is wrong."""
    o = Obj(value, "payload")
    payload = _READERS[kind](o)
    o.done()
    return payload
