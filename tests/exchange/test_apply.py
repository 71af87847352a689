"""Applying bundles: requests become cases, a dispatch reaches the workplace, its acknowledgement comes back,
figures reach the province — each in one transaction, recorded with its origin, never twice."""

from __future__ import annotations

from datetime import date

import pytest

from handbook.dates import PartialDate
from handbook.errors import InputError, PermissionDenied
from handbook.exchange import apply as ex_apply
from handbook.exchange.apply import apply_bundle, preview_bundle
from handbook.exchange.build import build_ack, build_dispatch, build_figures, build_requests, make_bundle
from handbook.exchange.cards import find_card
from handbook.exchange.model import Kind, Person, Request, RequestsPayload
from handbook.exchange.preview import DispatchPlan, RequestsPlan
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.cases import CommentEntry
from handbook.flow.model import CaseState, Channel, DispatchId
from tests.exchange.conftest import Committees, add_workplace_members, changes

YEAR = 2025
DEADLINE = date(2025, 11, 30)


def requests(c: Committees, extra: tuple[Request, ...] = ()) -> bytes:
    ids = add_workplace_members(c.workplace)
    if not extra:
        return build_requests(c.workplace, YEAR, ids, doc_no="45-CV/ĐU", deadline=DEADLINE, to="17890").data
    built = build_requests(c.workplace, YEAR, ids, doc_no="45-CV/ĐU", deadline=DEADLINE, to="17890")
    opened, _ = preview_bundle(c.xa, built.data)
    assert isinstance(opened.payload, RequestsPayload)
    payload = RequestsPayload(YEAR, "45-CV/ĐU", None, DEADLINE, opened.payload.requests + extra)
    return make_bundle(c.workplace, Kind.REQUESTS, payload, find_card(c.workplace, "17890").card).data


def test_requests_become_cases_matched_by_cccd_and_by_name_and_birth(committees: Committees) -> None:
    c = committees
    data = requests(c)
    _, plan = preview_bundle(c.xa, data)
    assert isinstance(plan, RequestsPlan)
    assert [line.name for line in plan.new] == ["Nguyễn Văn An", "Lê Văn Cường"]
    assert plan.workplace_id == c.commune.school and not plan.blocked
    done = apply_bundle(c.xa, data)
    assert done.summary == {"new": 2, "updated": 0, "already": 0, "skipped": 0}
    made = fc.list_cases(c.xa, YEAR)
    assert {x.member_name for x in made} == {"Nguyễn Văn An", "Lê Văn Cường"}
    for case in made:
        assert case.state is CaseState.REQUESTED and case.request_doc_no == "45-CV/ĐU"
        assert case.requested_by_org_id == c.commune.school and case.deadline == DEADLINE
        assert case.channel is Channel.BUNDLE
    links = c.xa.conn.execute("SELECT entity, count(*) FROM exchange_links GROUP BY entity").fetchall()
    assert links == [("case", 2)]
    with pytest.raises(InputError) as info:
        apply_bundle(c.xa, data)
    assert info.value.message.id == "exchange.replayed"


def test_requests_for_an_opened_year_update_the_waiting_cases(committees: Committees) -> None:
    c = committees
    fc.open_year(c.xa, YEAR)
    _, plan = preview_bundle(c.xa, requests(c))
    assert isinstance(plan, RequestsPlan) and len(plan.update) == 2 and not plan.new


def test_conflicts_and_unknown_members_are_listed_and_refuse_until_skipped(committees: Committees) -> None:
    c = committees
    extra = (
        Request("x1", Person("Trần Văn Khác", PartialDate(1990, 5, 1), "040090001234")),  # An's CCCD
        Request("x2", Person("Hoàng Văn Lạ", PartialDate(1980, 1, 1), "")),
    )
    data = requests(c, extra)
    _, plan = preview_bundle(c.xa, data)
    assert isinstance(plan, RequestsPlan)
    assert [line.request.ref for line in plan.conflicts] == ["x1"]
    assert plan.conflicts[0].reason is not None and "Nguyễn Văn An" in plan.conflicts[0].reason.render("vi")
    assert [line.request.ref for line in plan.unmatched] == ["x2"]
    before = changes(c.xa)
    with pytest.raises(InputError) as info:
        apply_bundle(c.xa, data)
    assert info.value.message.id == "exchange.requests_blocked"
    assert changes(c.xa) == before and not fc.list_cases(c.xa, YEAR)
    assert apply_bundle(c.xa, data, skip_unmatched=True).summary["skipped"] == 2
    assert len(fc.list_cases(c.xa, YEAR)) == 2


def test_a_failure_halfway_writes_nothing(committees: Committees, monkeypatch: pytest.MonkeyPatch) -> None:
    c = committees
    data = requests(c)
    calls = []

    def failing_link(*args: object) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk pulled out")

    monkeypatch.setattr(ex_apply, "_link", failing_link)
    before = changes(c.xa)
    with pytest.raises(RuntimeError):
        apply_bundle(c.xa, data)
    assert changes(c.xa) == before and not fc.list_cases(c.xa, YEAR)
    assert c.xa.conn.execute("SELECT count(*) FROM exchange_applied").fetchone()[0] == 0
    monkeypatch.undo()
    assert apply_bundle(c.xa, data).summary["new"] == 2  # not marked applied by the failed attempt


def test_a_viewer_may_not_apply(committees: Committees) -> None:
    from handbook.permissions import Role
    from handbook.vault import users
    from handbook.vault.vault import Vault
    from tests.conftest import PASSWORD

    users.add_user(c := committees.xa, username="thanhtra2", full_name="Đỗ Tra", role=Role.VIEWER, password=PASSWORD)
    data = requests(committees)
    with Vault.open(c.paths.root, username="thanhtra2", password=PASSWORD) as viewer, pytest.raises(PermissionDenied):
        apply_bundle(viewer, data)


def confirmed_dispatch(c: Committees) -> DispatchId:
    apply_bundle(c.xa, requests(c))
    ids = [x.id for x in fc.list_cases(c.xa, YEAR)]
    fc.record_comments(
        c.xa,
        [CommentEntry(i, (0, 1, 0, 1, 1, 1), "Gương mẫu.", date(2025, 11, 20), 0, "Nguyễn Văn Bí Thư") for i in ids],
    )
    fc.confirm(c.xa, ids, on=date(2025, 11, 25))
    (made,) = fd.dispatch(c.xa, YEAR, on=date(2025, 12, 1))
    return made


def test_dispatch_reaches_the_workplace_and_its_acknowledgement_comes_back(committees: Committees) -> None:
    c = committees
    dispatch_id = confirmed_dispatch(c)
    built = build_dispatch(c.xa, dispatch_id, pdf=b"%PDF-1.7 signed bytes")
    assert built.encrypted and built.recipient.code == "CDSP"  # the card linked when its requests came in
    _, plan = preview_bundle(c.workplace, built.data)
    assert isinstance(plan, DispatchPlan) and plan.has_pdf and not plan.unmatched
    assert apply_bundle(c.workplace, built.data).summary == {"sheets": 2, "matched": 2, "unmatched": 0}
    row = c.workplace.conn.execute("SELECT id, number_text, pdf FROM received_dispatches").fetchone()
    assert row[2] == b"%PDF-1.7 signed bytes"
    sheets = c.workplace.conn.execute(
        "SELECT full_name, member_id IS NOT NULL, criteria FROM received_sheets ORDER BY full_name"
    ).fetchall()
    assert [s[0] for s in sheets] == ["Lê Văn Cường", "Nguyễn Văn An"] and all(s[1] for s in sheets)
    assert "Nêu gương" in sheets[0][2] or "gương" in sheets[0][2].lower()

    ack = build_ack(c.workplace, row[0], date(2025, 12, 3))
    assert apply_bundle(c.xa, ack.data).summary == {"cases": 2}
    d = fd.get_dispatch(c.xa, dispatch_id)
    assert d.acknowledged_on == date(2025, 12, 3)
    assert {x.state for x in fc.list_cases(c.xa, YEAR)} == {CaseState.ACKNOWLEDGED}


def test_an_acknowledgement_of_a_dispatch_already_marked_is_refused(committees: Committees) -> None:
    c = committees
    dispatch_id = confirmed_dispatch(c)
    built = build_dispatch(c.xa, dispatch_id, pdf=None)
    apply_bundle(c.workplace, built.data)
    received = c.workplace.conn.execute("SELECT id FROM received_dispatches").fetchone()[0]
    ack = build_ack(c.workplace, received, date(2025, 12, 3))
    fd.acknowledge(c.xa, dispatch_id, date(2025, 12, 2))  # typed in by hand meanwhile
    before = changes(c.xa)
    with pytest.raises(InputError) as info:
        apply_bundle(c.xa, ack.data)
    assert info.value.message.id == "exchange.ack_refused" and "02/12/2025" in info.value.render("vi")
    assert changes(c.xa) == before


def test_round_figures_land_in_the_province_store(committees: Committees) -> None:
    c = committees
    fc.open_year(c.xa, YEAR)
    built = build_figures(c.xa, YEAR)
    assert built.encrypted and built.recipient.code == "40"
    assert apply_bundle(c.province, built.data).summary["members"] >= 0
    row = c.province.conn.execute("SELECT commune_code, year, cases FROM province_figures").fetchone()
    assert row == ("17890", YEAR, 4)


def test_the_province_roll_up_keeps_the_latest_bundle_of_each_commune(committees: Committees) -> None:
    from datetime import UTC, datetime

    from handbook.exchange.cards import own_card, own_keys
    from handbook.exchange.envelope import seal
    from handbook.exchange.figures import round_figures
    from handbook.exchange.model import Party
    from handbook.exchange.province import rollup

    c = committees
    fc.open_year(c.xa, YEAR)
    province = find_card(c.xa, "40").card
    to = Party(province.name, province.code, province.fingerprint)
    older = round_figures(c.xa, YEAR)
    _, first = seal(
        Kind.FIGURES,
        older,
        own_keys(c.xa.conn),
        own_card(c.xa.conn),
        to,
        province,
        created=datetime(2025, 12, 10, 8, 0, tzinfo=UTC),
    )
    fc.cancel_case(c.xa, fc.list_cases(c.xa, YEAR)[0].id, "Chuyển đi nơi khác")
    _, second = seal(
        Kind.FIGURES,
        round_figures(c.xa, YEAR),
        own_keys(c.xa.conn),
        own_card(c.xa.conn),
        to,
        province,
        created=datetime(2025, 12, 20, 8, 0, tzinfo=UTC),
    )
    apply_bundle(c.province, second)
    apply_bundle(c.province, first)  # arrives late: kept, but the newer one still wins
    r = rollup(c.province, YEAR)
    assert r.province == "Tỉnh Nghệ An"
    (xa,) = r.communes
    assert xa.code == "17890" and xa.bundles == 2 and xa.sent_at.day == 20
    assert xa.cases == {"cancelled": 1, "requested": 3}
    assert r.totals == xa.cases
    assert len(r.missing) == 130  # every unit of Nghệ An in the reference list; the test commune's code is not one
    assert "17890" not in {m.code for m in r.missing}


def test_a_dispatch_sent_again_replaces_the_copy_received(committees: Committees) -> None:
    c = committees
    dispatch_id = confirmed_dispatch(c)
    apply_bundle(c.workplace, build_dispatch(c.xa, dispatch_id, pdf=None).data)
    again = build_dispatch(c.xa, dispatch_id, pdf=b"%PDF signed")
    _, plan = preview_bundle(c.workplace, again.data)
    assert isinstance(plan, DispatchPlan) and plan.replaces is not None
    apply_bundle(c.workplace, again.data)
    rows = c.workplace.conn.execute("SELECT pdf FROM received_dispatches").fetchall()
    assert rows == [(b"%PDF signed",)]
    assert c.workplace.conn.execute("SELECT count(*) FROM received_sheets").fetchone()[0] == 2
