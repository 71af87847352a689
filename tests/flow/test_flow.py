"""The 213 flow end to end: open the year, comments, confirmation by role, return, dispatch, to-dos."""

from __future__ import annotations

from datetime import date

import pytest

from handbook.dates import PartialDate
from handbook.errors import InputError, PermissionDenied
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.cases import CommentEntry
from handbook.flow.model import CaseId, CaseState, Category, Channel, EndReason, ResidenceKind
from handbook.flow.registrations import (
    end_registration,
    endorsement,
    get_registration,
    move_to_cell,
    register,
)
from handbook.flow.todo import ToDo, todo, todo_counts
from handbook.members import repo
from handbook.members.model import EventKind, MemberData
from handbook.vault import audit
from handbook.vault.check import check_vault
from tests.flow.conftest import Commune

YEAR = 2025
SIX = (0, 1, 0, 1, 1, 1)


def comment(case_id: CaseId, ratings: tuple[int, ...] = SIX, when: date = date(2025, 11, 20)) -> CommentEntry:
    return CommentEntry(case_id, ratings, "Gia đình gương mẫu.", when, 0, "Nguyễn Văn Bí Thư")


def opened(c: Commune) -> list[CaseId]:
    result = fc.open_year(c.vault, YEAR)
    assert (result.created, result.already, result.skipped_exempt) == (4, 0, 1)
    return [x.id for x in fc.list_cases(c.vault, YEAR)]


def test_open_year_is_idempotent_and_skips_exempt(commune: Commune) -> None:
    ids = opened(commune)
    again = fc.open_year(commune.vault, YEAR)
    assert (again.created, again.already) == (0, 4)
    case = fc.get_case(commune.vault, ids[0])
    assert case.state is CaseState.REQUESTED and case.deadline == date(2025, 12, 15)
    assert case.requested_by_name.startswith("Đảng ủy")
    exempt_case = fc.request_case(commune.vault, commune.exempt_reg, YEAR, doc_no="55-CV/ĐU")
    assert fc.get_case(commune.vault, exempt_case).exempt


def test_batch_of_sheets_all_or_nothing(commune: Commune) -> None:
    ids = opened(commune)
    staff = commune.as_user("chuyenvien")
    with pytest.raises(InputError) as bad:
        fc.record_comments(staff, [comment(ids[0]), comment(ids[1], ratings=(0, 1, 2))])
    assert "phiếu 2" in bad.value.render("vi") and "đủ 6 tiêu chí" in bad.value.render("vi")
    assert {c.state for c in fc.list_cases(staff, YEAR)} == {CaseState.REQUESTED}
    assert fc.record_comments(staff, [comment(i) for i in ids]) == 4
    case = fc.get_case(staff, ids[0])
    assert case.state is CaseState.COMMENTED and case.ratings == SIX
    assert case.cell_signer_lines == ("T/M CHI ỦY", "BÍ THƯ") and case.cell_name == "Chi bộ thôn Đông"
    staff.close()


def test_only_head_or_delegated_deputy_confirm(commune: Commune) -> None:
    ids = opened(commune)
    fc.record_comments(commune.vault, [comment(i) for i in ids])
    for name in ("chuyenvien", "thanhtra", "phokhac"):
        other = commune.as_user(name)
        with pytest.raises(PermissionDenied):
            fc.confirm(other, ids[:1])
        other.close()
    head = fc.confirm(commune.vault, ids[:2], on=date(2025, 11, 25))
    assert [t for _, t in head.confirmed] == ["1-XN/BXDĐ", "2-XN/BXDĐ"]
    case = fc.get_case(commune.vault, ids[0])
    assert case.confirm_signer_lines == ("TRƯỞNG BAN",) and case.confirm_signer_name == "Nguyễn Thị Hoà"
    deputy = commune.as_user("photruongban")
    done = fc.confirm(deputy, ids[2:3], on=date(2025, 11, 26))
    assert done.confirmed[0][1] == "3-XN/BXDĐ"
    assert fc.get_case(deputy, ids[2]).confirm_signer_lines == ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
    assert fc.get_case(deputy, ids[2]).confirm_signer_name == "Trần Văn Phó"
    deputy.close()


def test_confirmation_before_conclusion_202_uses_the_committee_block(commune: Commune) -> None:
    ids = opened(commune)
    fc.record_comments(commune.vault, [comment(ids[0], when=date(2025, 10, 20))])
    fc.confirm(commune.vault, ids[:1], on=date(2025, 10, 30))
    case = fc.get_case(commune.vault, ids[0])
    assert case.confirm_signer_lines == ("T/M ĐẢNG ỦY", "BÍ THƯ")
    assert case.confirm_signer_name == "Hoàng Văn Bí" and case.confirm_number_text == "1-XN/ĐU"


def test_a_selection_with_one_wrong_case_confirms_nothing(commune: Commune) -> None:
    ids = opened(commune)
    fc.record_comments(commune.vault, [comment(ids[0])])
    with pytest.raises(InputError) as info:
        fc.confirm(commune.vault, ids[:2])
    assert "Chưa xác nhận gì" in info.value.render("vi")
    assert fc.get_case(commune.vault, ids[0]).state is CaseState.COMMENTED
    assert (
        commune.vault.conn.execute("SELECT count(*) FROM doc_numbers WHERE doc_type = 'confirmation'").fetchone()[0]
        == 0
    )


def test_send_back_then_fix(commune: Commune) -> None:
    ids = opened(commune)
    fc.record_comment(commune.vault, comment(ids[0]))
    with pytest.raises(InputError):
        fc.return_case(commune.vault, ids[0], "  ")
    staff = commune.as_user("chuyenvien")
    with pytest.raises(PermissionDenied):
        fc.return_case(staff, ids[0], "Thiếu chữ ký")
    fc.return_case(commune.vault, ids[0], "Thiếu chữ ký của Bí thư chi bộ")
    assert fc.get_case(staff, ids[0]).state is CaseState.RETURNED
    assert fc.get_case(staff, ids[0]).return_reason == "Thiếu chữ ký của Bí thư chi bộ"
    fc.record_comment(staff, comment(ids[0]))
    assert fc.get_case(staff, ids[0]).state is CaseState.COMMENTED
    staff.close()


def test_illegal_moves_are_refused_with_a_sentence(commune: Commune) -> None:
    ids = opened(commune)
    with pytest.raises(InputError) as info:
        fc.return_case(commune.vault, ids[0], "lý do")
    text = info.value.render("vi")
    assert "Không thể trả lại để sửa" in text and "Chờ chi bộ nhận xét" in text
    fc.cancel_case(commune.vault, ids[1], "Đảng viên đã chuyển công tác")
    with pytest.raises(InputError):
        fc.record_comment(commune.vault, comment(ids[1]))
    assert fc.get_case(commune.vault, ids[1]).state is CaseState.CANCELLED


def test_dispatch_by_workplace_and_acknowledge(commune: Commune) -> None:
    ids = opened(commune)
    fc.record_comments(commune.vault, [comment(i) for i in ids])
    fc.confirm(commune.vault, ids)
    with pytest.raises(InputError):
        fd.dispatch(commune.vault, YEAR + 1)
    made = fd.dispatch(commune.vault, YEAR, on=date(2025, 12, 1))
    assert len(made) == 2
    ds = fd.list_dispatches(commune.vault, YEAR)
    assert [d.number_text for d in ds] == ["1-CV/BXDĐ", "2-CV/BXDĐ"]
    assert sorted(len(d.case_ids) for d in ds) == [2, 2]
    assert {fc.get_case(commune.vault, i).state for i in ids} == {CaseState.DISPATCHED}
    fd.acknowledge(commune.vault, ds[0].id, date(2025, 12, 5))
    assert {fc.get_case(commune.vault, i).state for i in ds[0].case_ids} == {CaseState.ACKNOWLEDGED}
    with pytest.raises(InputError):
        fd.acknowledge(commune.vault, ds[0].id, date(2025, 12, 6))
    status = fc.year_status(commune.vault, YEAR)
    assert status.by_state["acknowledged"] == 2 and status.by_state["dispatched"] == 2
    assert set(status.by_cell) == {"Chi bộ thôn Đông", "Chi bộ thôn Tây"}
    ops = {e.operation for e in audit.recent(commune.vault.conn, 200)}
    assert {
        "cases.open_year",
        "cases.comment",
        "cases.confirm",
        "dispatch.create",
        "dispatch.acknowledge",
    } <= ops
    assert check_vault(commune.vault).ok


def same_counts(t: ToDo, vault: object, year: int, today: date) -> bool:
    """Tổng quan's counts (one query each) are the sizes of the to-do lists."""
    counts = todo_counts(vault, year, today=today)  # type: ignore[arg-type]
    lists = (
        t.overdue,
        t.waiting_confirmation,
        t.waiting_cell,
        t.confirmed_not_dispatched,
        t.registrations_without_cell,
        t.registrations_to_end,
    )
    return (
        counts.overdue,
        counts.waiting_confirmation,
        counts.waiting_cell,
        counts.confirmed_not_dispatched,
        counts.registrations_without_cell,
        counts.registrations_to_end,
    ) == tuple(len(x) for x in lists)


def test_todo_lists(commune: Commune) -> None:
    ids = opened(commune)
    fc.record_comment(commune.vault, comment(ids[0]))
    fc.record_comment(commune.vault, comment(ids[1]))
    fc.confirm(commune.vault, ids[1:2])
    reg = get_registration(commune.vault, commune.regs[3])
    repo.add_event(commune.vault, reg.member_id, EventKind.DIED, PartialDate(2025, 9, 1))
    t = todo(commune.vault, YEAR, today=date(2025, 12, 20))
    assert len(t.overdue) == 3  # past the 15/12 deadline and still waiting
    assert [c.id for c in t.waiting_confirmation] == [ids[0]]
    assert [c.id for c in t.confirmed_not_dispatched] == [ids[1]]
    assert [r.id for r, _ in t.registrations_to_end] == [commune.regs[3]]
    assert same_counts(t, commune.vault, YEAR, date(2025, 12, 20))
    # Before the deadline only the overdue setting counts: 30 days since the request arrived.
    fc.record_request(
        commune.vault, ids[2], requested_by=None, doc_no="12-CV", channel=Channel.PAPER, received_date=date(2025, 10, 1)
    )
    for day, late in ((date(2025, 10, 31), 0), (date(2025, 11, 1), 1)):
        early = todo(commune.vault, YEAR, today=day)
        assert [c.id for c in early.overdue] == [ids[2]] * late
        assert same_counts(early, commune.vault, YEAR, day)


def test_registration_rules_and_history(commune: Commune) -> None:
    v = commune.vault
    mid = repo.add_member(v, MemberData(ho="Bùi", dem="Văn", ten="Giang"), accept=True)
    with pytest.raises(InputError) as inst:
        register(
            v,
            mid,
            workplace_org_id=commune.school,
            letter_no="1",
            letter_date=None,
            received_date=date(2025, 1, 2),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address="",
            cell_id=commune.school_cell,
        )
    assert "không phải chi bộ nơi cư trú" in inst.value.render("vi")
    with pytest.raises(InputError):
        register(
            v,
            mid,
            workplace_org_id=commune.school,
            letter_no="1",
            letter_date=date(2025, 2, 1),
            received_date=date(2025, 1, 2),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address="",
            cell_id=commune.east,
        )
    reg_id = register(
        v,
        mid,
        workplace_org_id=commune.school,
        letter_no="77-GT/ĐU",
        letter_date=date(2025, 1, 1),
        received_date=date(2025, 1, 2),
        residence_kind=ResidenceKind.PERMANENT,
        residence_address="Thôn Đông",
        cell_id=commune.east,
        category=Category.NORMAL,
    )
    with pytest.raises(InputError) as twice:
        register(
            v,
            mid,
            workplace_org_id=commune.school,
            letter_no="2",
            letter_date=None,
            received_date=date(2025, 3, 2),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address="",
            cell_id=commune.west,
        )
    assert "đổi chi bộ" in twice.value.render("vi")
    move_to_cell(v, reg_id, commune.west, date(2025, 6, 1))
    reg = get_registration(v, reg_id)
    assert reg.cell_name == "Chi bộ thôn Tây"
    cells = v.conn.execute(
        "SELECT cell_id, valid_from, valid_to FROM registration_cells WHERE registration_id = ? ORDER BY id",
        (reg_id,),
    ).fetchall()
    assert cells == [(commune.east, "2025-01-02", "2025-06-01"), (commune.west, "2025-06-01", None)]
    e = endorsement(v, reg_id)
    assert e.received_text == "Tiếp nhận ngày 02 tháng 01 năm 2025"
    assert e.introduced_text == "Đã giới thiệu về sinh hoạt tại Chi bộ thôn Tây"
    assert e.letter_number_text == "1-GT/ĐU"  # received before 31/10/2025: the committee's code
    assert endorsement(v, reg_id).letter_number_text == "1-GT/ĐU"  # taken once, kept
    end_registration(v, reg_id, date(2025, 8, 1), EndReason.MOVED, "Chuyển về TP")
    assert not get_registration(v, reg_id).active
    assert fc.open_year(v, YEAR).created == 4  # ended in August, before the October round: no case


def test_case_years(commune: Commune) -> None:
    assert fc.case_years(commune.vault) == []
    fc.open_year(commune.vault, 2024)
    fc.open_year(commune.vault, 2025)
    assert fc.case_years(commune.vault) == [2025, 2024]


def test_registrations_follow_a_merge_and_a_split_is_flagged(commune: Commune) -> None:
    from handbook.orgs import reorg

    v = commune.vault
    h = reorg.merge_cells(
        v, [commune.east, commune.west], when=date(2025, 7, 1), decision_no="5-QĐ/ĐU", into_name="Chi bộ thôn Đông Tây"
    )
    merged = h.targets[0]
    regs = [get_registration(v, r) for r in commune.regs]
    assert {r.cell_name for r in regs} == {"Chi bộ thôn Đông Tây"}
    members = [r.id for r in repo.list_members(v, cell_id=merged.id)]
    assert todo(v, YEAR, today=date(2025, 8, 1)).registrations_without_cell == []
    assert todo_counts(v, YEAR, today=date(2025, 8, 1)).registrations_without_cell == 0
    if len(members) >= 2:
        reorg.split_cell(
            v, merged.id, [("A", members[:1]), ("B", members[1:])], when=date(2025, 9, 1), decision_no="6-QĐ/ĐU"
        )
    else:
        reorg.split_cell(v, merged.id, [("A", members), ("B", [])], when=date(2025, 9, 1), decision_no="6-QĐ/ĐU")
    flagged = todo(v, YEAR, today=date(2025, 9, 2)).registrations_without_cell
    assert {r.id for r in flagged} == set(commune.regs) | {commune.exempt_reg}
    assert todo_counts(v, YEAR, today=date(2025, 9, 2)).registrations_without_cell == len(flagged)


def test_new_working_member_and_registration_are_one_transaction(commune: Commune) -> None:
    from handbook.flow.registrations import Letter, register_new_member

    v = commune.vault
    data = MemberData(ho="Đinh", dem="Văn", ten="Mới")
    before = repo.count_members(v)
    bad = Letter(commune.school, "3-GT", None, date(2025, 1, 2), ResidenceKind.PERMANENT, "", commune.school_cell)
    with pytest.raises(InputError):  # an institutional cell: refused, and no member is left behind
        register_new_member(v, data, bad)
    assert repo.count_members(v) == before
    good = Letter(commune.school, "3-GT", None, date(2025, 1, 2), ResidenceKind.PERMANENT, "Thôn Đông", commune.east)
    member_id, reg_id = register_new_member(v, data, good)
    assert get_registration(v, reg_id).member_id == member_id and repo.count_members(v) == before + 1
