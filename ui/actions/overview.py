"""The overview: member counts, this year's residence-cell comment round per cell, and the to-do counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from handbook.flow.cases import YearStatus, year_status
from handbook.flow.todo import ToDoCounts, todo_counts
from handbook.members import repo
from handbook.members.model import Status
from handbook.members.repo import Scope
from handbook.orgs import repo as orgs
from handbook.orgs.profile import profile_on
from handbook.reports.dashboard import Dashboard, counting_early, dashboard
from handbook.vault.vault import Vault

ACTIVE = (Status.OFFICIAL, Status.PROBATIONARY)


@dataclass(frozen=True)
class Overview:
    committee_name: str
    advisory_body: str
    place: str
    by_status: dict[Status, int]  # the active statuses (those the card shows)
    cells: int
    residential_cells: int
    year: int
    year_status: YearStatus
    todo: ToDoCounts

    @property
    def active_members(self) -> int:
        return sum(self.by_status.get(s, 0) for s in ACTIVE)


def comment_year(vault: Vault, today: date) -> tuple[int, YearStatus]:
    """This year's round, or last year's while this year's is not opened yet (the round runs Oct–Nov)."""
    current = year_status(vault, today.year)
    if current.total == 0:
        previous = year_status(vault, today.year - 1)
        if previous.total > 0:
            return today.year - 1, previous
    return today.year, current


def load_overview(vault: Vault, today: date | None = None) -> Overview:
    today = today or date.today()
    profile = profile_on(vault, today)
    by_status = repo.count_by_status(vault, ACTIVE, scope=Scope.COMMUNE)
    cells = [o for o in orgs.list_orgs(vault, active_on=today) if o.type.holds_members]
    year, status = comment_year(vault, today)
    return Overview(
        committee_name=profile.committee_name if profile else (vault.meta("committee_name") or ""),
        advisory_body=profile.advisory_body if profile else "",
        place=(f"{profile.province_name}" if profile else ""),
        by_status=by_status,
        cells=len(cells),
        residential_cells=sum(1 for o in cells if o.residential),
        year=year,
        year_status=status,
        todo=todo_counts(vault, year, today=today),
    )


def load_overview_and_dashboard(
    vault: Vault, numbers: Callable[[Overview], None], today: date | None = None
) -> Dashboard:
    """Tổng quan in one action: the cards' numbers (handed to ``numbers`` as soon as they are counted), then the
    charts and to-dos. The slower half of the charts' counts runs on a second connection from the start."""
    today = today or date.today()
    with counting_early(vault, today) as early:
        overview = load_overview(vault, today)
        numbers(overview)
        return dashboard(vault, overview.year, today=today, todo=overview.todo, early=early)
