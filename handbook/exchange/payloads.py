"""The four payloads as JSON and back; reading checks every field (see resources/exchange/bundle-v*.schema.json)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from handbook.exchange.crypto import b64
from handbook.exchange.fields import Bad, Obj
from handbook.exchange.model import (
    FORMAT_VERSION,
    AckPayload,
    CellFigures,
    DispatchPayload,
    FiguresPayload,
    Kind,
    Payload,
    Person,
    Rating,
    ReportFigures,
    Request,
    RequestsPayload,
    Sheet,
)
from handbook.flow.model import CaseState
from handbook.reports.changes import ChangeKind
from handbook.reports.structure import DIMENSIONS
from handbook.text.ids import normalize_cccd

MAX_LINES = 100_000
MAX_PDF = 150 * 1024 * 1024
STATES = frozenset(s.value for s in CaseState)
CHANGE_KINDS = frozenset(k.value for k in ChangeKind)
DIMENSION_KEYS = frozenset(key for key, _ in DIMENSIONS)
MAX_LABELS = 200
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
            } | ({"reports": _reports(payload.reports)} if payload.reports is not None else {})
    raise TypeError(payload)


def _reports(r: ReportFigures) -> dict[str, object]:
    return {
        "structure": {
            "day": r.structure_day.isoformat(),
            "dimensions": {
                key: [{"label": label, "count": n} for label, n in counts] for key, counts in r.structure.items()
            },
        },
        "badges": {
            "ceremony": r.badges_ceremony.isoformat(),
            "levels": [{"level": level, "count": n} for level, n in sorted(r.badges.items(), reverse=True)],
        },
        "changes": {"start": r.changes_start.isoformat(), "end": r.changes_end.isoformat(), "counts": r.changes},
    }


def read_reports(o: Obj) -> ReportFigures:
    s = o.obj("structure")
    dims = s.obj("dimensions")
    structure: dict[str, tuple[tuple[str, int], ...]] = {}
    for key in sorted(DIMENSION_KEYS):
        if not dims.has(key):
            continue
        counts: dict[str, int] = {}
        for item in dims.items(key, MAX_LABELS):
            label = item.text("label", required=True, max_len=120)
            if label in counts:
                raise Bad(item.at("label"), "exchange.problem.duplicate")
            counts[label] = item.integer("count", 0, 10_000_000)
            item.done()
        structure[key] = tuple(counts.items())
    dims.done()
    b = o.obj("badges")
    badges = {}
    for item in b.items("levels", 20):
        level = item.integer("level", 1, 100)
        if level in badges:
            raise Bad(item.at("level"), "exchange.problem.duplicate")
        badges[level] = item.integer("count", 0, 10_000_000)
        item.done()
    c = o.obj("changes")
    start, end = c.day("start"), c.day("end")
    if end < start:
        raise Bad(c.at("end"), "exchange.problem.date")
    reports = ReportFigures(
        s.day("day"), structure, b.day("ceremony"), badges, start, end, c.counts("counts", CHANGE_KINDS)
    )
    for part in (s, b, c, o):
        part.done()
    return reports


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


def _figures(o: Obj, version: int) -> FiguresPayload:
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
        read_reports(o.obj("reports")) if version >= 2 else None,  # version 1 has no reports: "reports" is unknown
    )


_READERS: dict[Kind, Callable[[Obj, int], Payload]] = {
    Kind.REQUESTS: lambda o, _v: _requests(o),
    Kind.DISPATCH: lambda o, _v: _dispatch(o),
    Kind.ACK: lambda o, _v: _ack(o),
    Kind.FIGURES: _figures,
}


def from_json(kind: Kind, value: object, version: int = FORMAT_VERSION) -> Payload:
    """The payload of a bundle of format ``version``; raises ``fields.Bad`` naming the first field that is wrong."""
    o = Obj(value, "payload")
    payload = _READERS[kind](o, version)
    o.done()
    return payload
