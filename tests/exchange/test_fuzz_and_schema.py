"""The reader never fails with a traceback on any input; the files made agree with the published JSON schema."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook.errors import HandbookError
from handbook.exchange import envelope, payloads
from handbook.exchange.build import build_requests
from handbook.exchange.cards import export_card
from handbook.exchange.fields import Bad
from handbook.exchange.model import Kind
from handbook.exchange.reader import open_bundle
from tests.exchange.conftest import Committees, add_workplace_members

SCHEMAS = {
    v: json.loads(
        (Path(__file__).resolve().parents[2] / "resources" / "exchange" / f"bundle-v{v}.schema.json").read_text("utf-8")
    )
    for v in (1, 2)
}
SCHEMA = SCHEMAS[1]


def validate_file(data: bytes) -> None:
    """Against the schema of the version the file says it is."""
    value = json.loads(data)
    jsonschema.validate(value, SCHEMAS[value["version"]])


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)


def defs(name: str, version: int = 1) -> dict[str, object]:
    return {"$ref": f"#/$defs/{name}", "$defs": SCHEMAS[version]["$defs"]}


@pytest.fixture
def bundle(committees: Committees) -> bytes:
    ids = add_workplace_members(committees.workplace)
    return build_requests(committees.workplace, 2026, ids, doc_no="1", deadline=date(2026, 11, 30), to="17890").data


def test_a_bundle_and_its_payload_and_a_card_match_the_schema(committees: Committees, bundle: bytes) -> None:
    jsonschema.validate(json.loads(bundle), SCHEMA)
    opened = open_bundle(committees.xa, bundle)
    jsonschema.validate(payloads.to_json(opened.payload), defs(Kind.REQUESTS.value))
    _, card = export_card(committees.xa)
    jsonschema.validate(json.loads(card), defs("card_file"))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_any_bytes(committees: Committees, data: bytes) -> None:
    with contextlib.suppress(HandbookError):
        open_bundle(committees.xa, data)


@FUZZ
@given(value=json_values, header=json_values)
def test_any_json_shaped_like_a_bundle(committees: Committees, value: object, header: object) -> None:
    for candidate in (value, {"format": "sotay-bundle", "version": 1, "header": header, "payload": value}):
        with contextlib.suppress(HandbookError):
            open_bundle(committees.xa, json.dumps(candidate).encode())


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255), st.sampled_from("sdi")), max_size=4))
def test_a_real_bundle_edited(committees: Committees, bundle: bytes, edits: list[tuple[int, int, str]]) -> None:
    data = bytearray(bundle)
    for pos, byte, how in edits:
        at = pos % (len(data) + 1)
        if how == "s" and at < len(data):
            data[at] = byte
        elif how == "d" and at < len(data):
            del data[at]
        else:
            data.insert(at, byte)
    with contextlib.suppress(HandbookError):
        open_bundle(committees.xa, bytes(data))


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(list(Kind)), value=json_values)
def test_payload_reader_behind_the_signature(kind: Kind, value: object) -> None:
    """What a trusted sender signs is still checked field by field; only ``Bad`` comes out."""
    with contextlib.suppress(Bad):
        payloads.from_json(kind, value)


@settings(max_examples=200, deadline=None)
@given(value=json_values)
def test_card_reader(value: object) -> None:
    for candidate in (value, {"format": "sotay-card", "version": 1, "card": value}):
        with contextlib.suppress(HandbookError):
            envelope.read_card(json.dumps(candidate).encode())


def test_every_kind_matches_the_schema(committees: Committees) -> None:
    from handbook.exchange.apply import apply_bundle
    from handbook.exchange.build import build_ack, build_dispatch, build_figures
    from tests.exchange.test_apply import YEAR, confirmed_dispatch

    c = committees
    dispatch = build_dispatch(c.xa, confirmed_dispatch(c), pdf=b"%PDF-1.7")
    figures = build_figures(c.xa, YEAR)
    jsonschema.validate(payloads.to_json(open_bundle(c.workplace, dispatch.data).payload), defs("dispatch"))
    apply_bundle(c.workplace, dispatch.data)
    received = c.workplace.conn.execute("SELECT id FROM received_dispatches").fetchone()[0]
    ack = build_ack(c.workplace, received, date.today())
    validate_file(dispatch.data)
    assert json.loads(dispatch.data)["version"] == 1 and json.loads(figures.data)["version"] == 2
    for built, reader in ((figures, c.province), (ack, c.xa)):
        validate_file(built.data)
        opened = open_bundle(reader, built.data)
        version = json.loads(built.data)["version"]
        jsonschema.validate(payloads.to_json(opened.payload), defs(built.kind.value, version))


def test_the_v2_schema_names_the_dimensions_and_change_kinds_the_reader_takes() -> None:
    reports = SCHEMAS[2]["$defs"]["reports"]["properties"]
    dims = reports["structure"]["properties"]["dimensions"]["propertyNames"]["enum"]
    kinds = reports["changes"]["properties"]["counts"]["propertyNames"]["enum"]
    assert set(dims) == payloads.DIMENSION_KEYS and set(kinds) == payloads.CHANGE_KINDS
