"""From Tổng quan to the place where the work is done: each to-do and each chart bar opens its list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from handbook.flow.model import CaseState
from handbook.reports.build import ReportKind
from handbook.reports.dashboard import Place, quarter_start
from ui.cases.page import LIST_TAB

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _cases_list(window: MainWindow, state: CaseState | None, cell: int | None = None) -> None:
    window.show_screen(window.pages.indexOf(window.cases))
    window.cases.tabs.setCurrentIndex(LIST_TAB)
    window.cases.cases.set_state(state)
    combo = window.cases.cases.cell_filter
    combo.setCurrentIndex(max(combo.findData(cell), 0))


def go_to(window: MainWindow, place_value: str) -> None:
    place = Place(place_value)
    if place is Place.OVERDUE:
        _cases_list(window, None)
    elif place is Place.WAITING_CELL:
        _cases_list(window, CaseState.REQUESTED)
    elif place is Place.REVIEW:
        window.review_comments()
    elif place is Place.DISPATCH:
        window.show_screen(window.pages.indexOf(window.cases))
        window.cases.show_dispatches()
    elif place in (Place.NO_CELL, Place.REGISTRATIONS_TO_END):
        from ui.actions.registrations import NO_CELL

        window.show_screen(window.pages.indexOf(window.registrations))
        if place is Place.NO_CELL:
            combo = window.registrations.cell_filter
            combo.setCurrentIndex(max(combo.findData(int(NO_CELL)), 0))
    else:
        dashboard = window.overview.dashboard
        ceremony = dashboard.ceremony if dashboard is not None else None
        show_report(window, ReportKind.BADGES.value, end=ceremony)


def show_report(window: MainWindow, kind_value: str, *, start: date | None = None, end: date | None = None) -> None:
    kind = ReportKind(kind_value)
    today = date.today()
    if kind is ReportKind.CHANGES and start is None:
        start, end = quarter_start(today), today
    window.show_screen(window.pages.indexOf(window.reports))
    window.reports.show_report(kind, start, end)


def connect(window: MainWindow) -> None:
    o = window.overview
    o.go_to.connect(lambda place: go_to(window, place))
    o.cases_of_cell.connect(lambda cell: _cases_list(window, None, cell))
    o.members_of_cell.connect(window.show_members_of_cell)
    o.report_requested.connect(lambda kind: show_report(window, kind))
