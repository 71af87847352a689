"""Opening bundles: what comes through, and every refusal — each a sentence, with nothing written."""

from __future__ import annotations

import json
from datetime import date

import pytest

from handbook.errors import HandbookError, InputError
from handbook.exchange import envelope
from handbook.exchange.apply import apply_bundle
from handbook.exchange.build import build_requests
from handbook.exchange.cards import find_card, own_card, own_keys, untrust_card
from handbook.exchange.model import FORMAT_VERSION, Kind, Party, RequestsPayload
from handbook.exchange.reader import open_bundle
from tests.exchange.conftest import Committees, add_workplace_members, changes

DEADLINE = date(date.today().year, 11, 30)


def requests_bundle(c: Committees, *, to: str | None = "17890") -> bytes:
    ids = add_workplace_members(c.workplace)
    return build_requests(
        c.workplace, date.today().year, ids, doc_no="45-CV/ĐU", deadline=DEADLINE, to=to, recipient_name="Xã Tân An"
    ).data


def refused(c: Committees, data: bytes, msg_id: str) -> None:
    before = changes(c.xa)
    with pytest.raises(InputError) as info:
        open_bundle(c.xa, data)
    assert info.value.message.id == msg_id, info.value.render("en")
    with pytest.raises(HandbookError):
        apply_bundle(c.xa, data)
    assert changes(c.xa) == before


def test_an_encrypted_bundle_opens_for_its_recipient_and_hides_the_names(committees: Committees) -> None:
    data = requests_bundle(committees)
    opened = open_bundle(committees.xa, data)
    assert opened.header.encrypted and opened.header.kind is Kind.REQUESTS
    assert opened.header.sender.name == "Đảng ủy Trường Cao đẳng Sư phạm tỉnh"
    assert isinstance(opened.payload, RequestsPayload)
    assert [r.person.full_name for r in opened.payload.requests] == ["Nguyễn Văn An", "Lê Văn Cường"]
    assert opened.payload.doc_no == "45-CV/ĐU" and opened.payload.deadline == DEADLINE
    for secret in ("Nguyễn", "Cường", "040090001234", "45-CV"):
        assert secret.encode() not in data


def test_without_a_card_the_bundle_is_only_signed_and_says_so(committees: Committees) -> None:
    ids = add_workplace_members(committees.workplace)
    built = build_requests(committees.workplace, 2026, ids, doc_no="1", deadline=DEADLINE, recipient_name="Xã Tân An")
    assert not built.encrypted
    assert "Nguyễn Văn An".encode() not in built.data  # base64, but readable by anyone who decodes it
    opened = open_bundle(committees.xa, built.data)
    assert not opened.header.encrypted and opened.header.recipient == Party("Xã Tân An", "", None)


def test_one_changed_byte_in_the_payload_is_refused(committees: Committees) -> None:
    data = bytearray(requests_bundle(committees))
    at = data.index(b'"payload":"') + 40
    data[at] = ord("A") if data[at] != ord("A") else ord("B")
    refused(committees, bytes(data), "exchange.tampered")


def test_every_single_byte_change_is_refused(committees: Committees) -> None:
    ids = add_workplace_members(committees.workplace)
    data = build_requests(committees.workplace, 2026, ids[:1], doc_no="1", deadline=DEADLINE, to="17890").data
    body = data.rstrip(b"\n")  # the line end after the JSON is not part of what is signed
    for i in range(len(body)):
        for new in {body[i] ^ 0x01, ord("0") if body[i] != ord("0") else ord("1")}:
            changed = body[:i] + bytes([new]) + body[i + 1 :]
            with pytest.raises(HandbookError):
                open_bundle(committees.xa, changed)


def test_unknown_sender(committees: Committees, tmp_path) -> None:
    from handbook.exchange.model import Mode
    from tests.exchange.conftest import make_vault

    stranger = make_vault(tmp_path / "la", "Đảng ủy Công ty Lạ", Mode.WORKPLACE, "LA")
    try:
        _, data = envelope.seal(
            Kind.REQUESTS,
            RequestsPayload(2026, "1", None, DEADLINE, ()),
            own_keys(stranger.conn),
            own_card(stranger.conn),
            Party("Xã", "17890", own_card(committees.xa.conn).fingerprint),
            own_card(committees.xa.conn),
        )
    finally:
        stranger.close()
    refused(committees, data, "exchange.unknown_sender")


def test_untrusted_sender(committees: Committees) -> None:
    data = requests_bundle(committees)
    untrust_card(committees.xa, find_card(committees.xa, "CDSP").card.fingerprint)
    refused(committees, data, "exchange.untrusted_sender")


def test_meant_for_another_committee(committees: Committees) -> None:
    data = requests_bundle(committees, to="40")  # the workplace addressed it to the province office
    refused(committees, data, "exchange.not_for_us")


def test_a_newer_format_version(committees: Committees) -> None:
    value = json.loads(requests_bundle(committees))
    value["version"] = FORMAT_VERSION + 1
    value["header"]["something_new"] = True
    refused(committees, json.dumps(value).encode(), "exchange.newer_version")


def test_replayed_after_applying(committees: Committees) -> None:
    data = requests_bundle(committees)
    apply_bundle(committees.xa, data)
    refused(committees, data, "exchange.replayed")


def test_signed_data_that_fails_validation(committees: Committees) -> None:
    w = committees.workplace
    bad = {"year": 2026, "doc_no": "1", "doc_date": None, "deadline": "2026-13-40", "requests": []}
    _, data = envelope.seal_json(
        Kind.REQUESTS,
        bad,
        own_keys(w.conn),
        own_card(w.conn),
        Party("Xã", "17890", own_card(committees.xa.conn).fingerprint),
        own_card(committees.xa.conn),
    )
    refused(committees, data, "exchange.invalid_payload")
    with pytest.raises(InputError) as info:
        open_bundle(committees.xa, data)
    assert "payload.deadline" in info.value.render("vi")


def test_not_a_bundle_at_all(committees: Committees) -> None:
    for data in (b"", b"PK\x03\x04", b"{}", b'{"format": "sotay-bundle"}', "tệp".encode()):
        with pytest.raises(InputError):
            open_bundle(committees.xa, data)


def test_a_kind_this_committee_does_not_take(committees: Committees) -> None:
    ids = add_workplace_members(committees.workplace)
    data = build_requests(committees.workplace, 2026, ids, doc_no="1", deadline=DEADLINE, to="40").data
    with pytest.raises(InputError) as info:
        open_bundle(committees.province, data)
    assert info.value.message.id == "exchange.kind_not_here"
