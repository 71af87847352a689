"""The reports derive from dated records: a past quarter prints what was true then; bad input is a sentence."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.errors import InputError
from handbook.members import repo
from handbook.members.model import EventKind
from handbook.reports.badges import badges_report, days_out_of_party
from handbook.reports.cells import cells_report
from handbook.reports.changes import ChangeKind, changes_report
from handbook.reports.rules import rules_on
from handbook.reports.structure import iso_years, structure_report, years_sql
from tests.reports.conftest import TODAY, P, Town

Q1 = (date(2026, 1, 1), date(2026, 3, 31))


def test_a_member_who_moved_after_the_quarter_is_counted_where_they_were(town: Town) -> None:
    report = changes_report(town.vault, *Q1, today=TODAY)
    east = next(c for c in report.cells if c.cell_id == town.east)
    west = next(c for c in report.cells if c.cell_id == town.west)
    assert east.count(ChangeKind.ADMITTED) == 1
    assert [m.name for m in east.lines[0].members] == ["Nguyễn Văn An"]
    assert west.count(ChangeKind.ADMITTED) == 0
    assert west.count(ChangeKind.DIED) == 1  # counted in the cell they were in when they died
    assert west.count(ChangeKind.IN_OUTSIDE) == 1  # "tỉnh khác" in the event's detail
    assert report.total.total == 3
    # The quarter after: the move itself is not a change of the commune's membership.
    q2 = changes_report(town.vault, date(2026, 4, 1), date(2026, 6, 30), today=TODAY)
    assert q2.empty


def test_changes_for_one_cell_and_serialisable(town: Town) -> None:
    report = changes_report(town.vault, *Q1, town.east, today=TODAY)
    assert report.total.total == 1 and report.org_name == "Chi bộ thôn Đông"
    assert json.loads(json.dumps(asdict(report), default=str))["total"]["cell_name"] == "Chi bộ thôn Đông"


@pytest.mark.parametrize(
    ("start", "end", "msg"),
    [
        (date(2026, 3, 31), date(2026, 1, 1), "report.end_before_start"),
        (date(2026, 1, 1), date(2026, 12, 31), "report.future"),
    ],
)
def test_bad_periods_are_sentences(town: Town, start: date, end: date, msg: str) -> None:
    with pytest.raises(InputError) as info:
        changes_report(town.vault, start, end, today=TODAY)
    assert info.value.message.id == msg
    assert "ngày" in info.value.render("vi").lower()


def test_an_organisation_that_did_not_exist_then_is_refused(town: Town) -> None:
    with pytest.raises(InputError) as info:
        structure_report(town.vault, date(2024, 1, 1), town.old, today=TODAY)
    assert info.value.message.id == "report.org_missing_on"
    assert "Chi bộ thôn Cũ" in info.value.render("vi")
    assert structure_report(town.vault, date(2019, 1, 1), town.old, today=TODAY).empty  # it existed, empty


def test_structure_on_a_date_counts_the_members_then(town: Town) -> None:
    before = structure_report(town.vault, date(2026, 3, 1), today=TODAY)
    assert before.total.members == 4  # An, Bình, Cường (alive then), Dũng
    after = structure_report(town.vault, date(2026, 6, 1), today=TODAY)
    assert after.total.members == 3
    west = next(c for c in after.cells if c.cell_id == town.west)
    assert west.members == 2  # An moved in, Dũng
    gender = after.total.dimension("gender")
    assert gender.get("Nam") == 1 and gender.get("Nữ") == 1 and gender.get("Chưa ghi") == 1
    age = after.total.dimension("age")
    assert age.get("Từ 31 đến 40 tuổi") == 1 and age.get("Trên 70 tuổi") == 1
    assert after.total.dimension("ethnicity").get("Tày") == 1
    bands = [c.label for c in after.total.dimension("age").counts]
    assert bands[: len(rules_on(date(2026, 6, 1)).age_bands)] == [b.label for b in rules_on(date(2026, 6, 1)).age_bands]


def test_badges_count_party_age_less_time_out(town: Town) -> None:
    report = badges_report(town.vault, date(2026, 9, 2), today=TODAY)
    fifty = next(lv for lv in report.levels if lv.level == 50)
    assert [c.member.name for c in fifty.candidates] == ["Trần Thị Bình"]
    # A year out of the Party pushes the 50 years past this ceremony.
    repo.add_event(town.vault, town.veteran, EventKind.STRUCK_OFF, P("1990-01-01"))
    repo.add_event(town.vault, town.veteran, EventKind.TRANSFER_IN, P("1991-01-01"))
    later = badges_report(town.vault, date(2026, 9, 2), today=TODAY)
    assert all(c.member.id != town.veteran for lv in later.levels for c in lv.candidates if lv.level == 50)
    rule = rules_on(date(2026, 1, 1)).badges
    assert days_out_of_party([(EventKind.LEFT, date(2000, 1, 1))], rule, date(2000, 1, 11)) == 10


@pytest.mark.parametrize("wording", ["Huy hiệu 50 năm tuổi Đảng", "HH 50 năm", "Huy hiệu  50 năm"])
def test_a_badge_already_given_is_not_proposed_again(town: Town, wording: str) -> None:
    repo.add_event(town.vault, town.veteran, EventKind.BADGE, P("2026-05-19"), detail=wording)
    report = badges_report(town.vault, date(2026, 9, 2), today=TODAY)
    assert all(c.member.id != town.veteran for lv in report.levels for c in lv.candidates)
    # The next level (55 years) is proposed when it is reached.
    later = badges_report(town.vault, date(2031, 9, 2), today=TODAY)
    assert [(lv.level, c.member.id) for lv in later.levels for c in lv.candidates] == [(55, town.veteran)]


def test_badges_for_an_empty_cell_say_so(town: Town) -> None:
    report = badges_report(town.vault, date(2026, 9, 2), town.west, today=TODAY)
    assert report.empty and len(report.levels) == 12


def test_cells_tree_on_a_date(town: Town) -> None:
    report = cells_report(town.vault, date(2019, 6, 1), today=TODAY)
    names = [r.name for r in report.rows]
    assert "Chi bộ thôn Cũ" in names and names[0] == "Đảng ủy xã Tân An"
    assert report.rows[0].depth == 0 and report.rows[1].depth == 1
    now = cells_report(town.vault, date(2026, 6, 1), today=TODAY)
    assert "Chi bộ thôn Cũ" not in [r.name for r in now.rows]
    assert now.members == 3
    with pytest.raises(InputError):
        cells_report(town.vault, date(2027, 1, 1), today=TODAY)


def test_next_ceremony_and_the_dashboard(town: Town) -> None:
    from handbook.reports.dashboard import Place, dashboard
    from handbook.reports.rules import next_ceremony

    rule = rules_on(date(2026, 1, 1)).badges
    assert next_ceremony(rule, date(2026, 12, 2)) == date(2027, 2, 3)
    assert next_ceremony(rule, date(2026, 5, 19)) == date(2026, 5, 19)
    d = dashboard(town.vault, 2026, today=TODAY)
    assert d.ceremony == date(2026, 9, 2)
    assert sorted((b.cell_name, b.members) for b in d.cells) == [("Chi bộ thôn Tây", 2), ("Chi bộ thôn Đông", 1)]
    assert {b.label: b.count for b in d.changes} == {}  # nothing from 1/4 to 30/6
    assert sum(b.men + b.women for b in d.pyramid) == 2  # Dũng has no birth date
    assert [i.place for i in d.todos] == [Place.BADGES]


def test_the_dashboard_shows_the_reports_numbers(town: Town) -> None:
    # Tổng quan counts in its own quicker way; what it draws must be what the reports print for the same day.
    from handbook.reports.dashboard import Place, dashboard
    from handbook.reports.rules import next_ceremony

    day = date(2026, 3, 31)
    d = dashboard(town.vault, 2026, today=day)
    changes = changes_report(town.vault, date(2026, 1, 1), day, today=day)
    assert {b.kind: b.count for b in d.changes} == {line.kind: line.count for line in changes.total.lines if line.count}
    structure = structure_report(town.vault, day, today=day)
    assert {b.cell_id: b.members for b in d.cells} == {c.cell_id: c.members for c in structure.cells}
    ages = structure.total.dimension("age")
    assert sum(b.men + b.women for b in d.pyramid) == structure.total.members - ages.get("Chưa ghi")
    assert sum(b.women for b in d.pyramid) == structure.total.dimension("gender").get("Nữ")
    badges = badges_report(town.vault, next_ceremony(rules_on(day).badges, day), today=day)
    assert [(lv.level, len(lv.candidates)) for lv in badges.levels if lv.candidates] == [(45, 1)]  # Bình, by 19/5
    assert next(i for i in d.todos if i.place is Place.BADGES).count == badges.count


@settings(max_examples=300, deadline=None)
@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    precision=st.sampled_from([4, 7, 10]),
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
)
def test_age_in_sql_is_the_age_in_python(born: date, precision: int, day: date) -> None:
    # The structure report and the badges count years in SQL; iso_years is the rule they must follow.
    text = born.isoformat()[:precision]
    conn = sqlcipher3.dbapi2.connect(":memory:")
    iso = day.isoformat()
    (years,) = conn.execute(f"SELECT {years_sql(':iso')}", {"iso": text, "year": day.year, "md": iso[5:]}).fetchone()
    expected = iso_years(text, day)
    assert (years if years is not None and years >= 0 else None) == expected


def test_the_dashboard_counts_the_same_without_a_second_connection(town: Town, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tổng quan counts part of its numbers on a second connection; where none can be had, it counts them all on one.
    from handbook.reports.dashboard import dashboard

    day = date(2026, 3, 31)
    both = dashboard(town.vault, 2026, today=day)
    monkeypatch.setattr(town.vault, "beside", lambda: None)
    assert dashboard(town.vault, 2026, today=day) == both
