"""The 213 round per cell: registered, exempt, requested … and the members with no comment yet."""

from __future__ import annotations

from datetime import date

import pytest

from handbook.errors import InputError
from handbook.flow.cases import CommentEntry, list_cases, open_year, record_comment, return_case
from handbook.flow.todo import todo, todo_counts
from handbook.reports.dashboard import Place, dashboard
from handbook.reports.round import round_report
from handbook.vault.vault import Vault
from tests.flow.conftest import Commune, build_commune


@pytest.fixture
def commune(vault: Vault) -> Commune:
    return build_commune(vault)


def test_round_counts_per_cell(commune: Commune) -> None:
    vault = commune.vault
    year = date.today().year
    open_year(vault, year)
    cases = list_cases(vault, year)
    record_comment(vault, CommentEntry(cases[0].id, (0, 0, 0, 0, 0, 0), cell_signer_name="Hà Văn Thư"))
    record_comment(vault, CommentEntry(cases[1].id, (0, 0, 0, 0, 0, 0), cell_signer_name="Hà Văn Thư"))
    return_case(vault, cases[1].id, "Thiếu chữ ký")
    report = round_report(vault, year)
    assert report.total.registered == 5 and report.total.exempt == 1
    assert report.total.requested == 4
    assert report.total.commented == 1
    assert report.total.waiting_cell == 3 and report.total.returned == 1
    assert len(report.no_comment_yet) == 3
    assert {c.cell_name for c in report.cells} == {"Chi bộ thôn Đông", "Chi bộ thôn Tây"}
    west = round_report(vault, year, commune.west)
    assert west.total.registered == 3 and west.total.exempt == 1
    # "Waiting for the cell" is one definition: the report, the to-do list and Tổng quan agree.
    waiting = todo(vault, year).waiting_cell
    assert sorted(c.member_id for c in waiting) == sorted(m.id for m in report.no_comment_yet)
    assert todo_counts(vault, year).waiting_cell == report.total.waiting_cell == 3
    item = next(i for i in dashboard(vault, year).todos if i.place is Place.WAITING_CELL)
    assert (item.count, item.included) == (3, 1)


def test_round_of_a_future_year_is_refused(commune: Commune) -> None:
    with pytest.raises(InputError) as info:
        round_report(commune.vault, date.today().year + 1)
    assert info.value.message.id == "report.future_year"


def test_round_with_no_cases_is_an_empty_report(commune: Commune) -> None:
    report = round_report(commune.vault, 2010)
    assert report.empty and report.cells == ()
