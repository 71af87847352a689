"""Tổng quan's charts and to-dos: the charts get the core's numbers; a click opens the list behind it."""

from __future__ import annotations

from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt

from handbook.reports.build import ReportKind
from handbook.reports.dashboard import Place
from tests.ui.conftest import Commune
from tests.ui.test_main_window import make_window


def test_charts_show_the_core_numbers_and_clicks_open_the_lists(app, commune: Commune, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    page = window.overview
    qtbot.waitUntil(lambda: page.dashboard is not None)
    cells = page.charts.cells
    assert sorted((b.cell_name, b.members) for b in cells.bars) == [("Chi bộ thôn Đoài", 4), ("Chi bộ thôn Đông", 4)]
    assert cells.values == [4.0, 4.0]
    assert sum(b.men + b.women for b in page.charts.pyramid.bands) == 8
    assert sum(b.women for b in page.charts.pyramid.bands) == 4
    assert page.charts.round.bars == ()  # no round opened yet
    grab = page.grab()
    assert not grab.isNull()

    # A bar of the members chart opens that cell's members.
    series = cells.chart().series()[0]
    assert isinstance(series, QHorizontalBarSeries)
    target = next(i for i, b in enumerate(cells.bars) if b.cell_name == "Chi bộ thôn Đông")
    series.clicked.emit(target, series.barSets()[0])
    assert window.current_screen() is window.members
    qtbot.waitUntil(lambda: window.members.cell_filter.currentData() == commune.cells["Thôn Đông"])


def test_todos_are_links_to_the_place(app, commune: Commune, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    page = window.overview
    qtbot.waitUntil(lambda: page.dashboard is not None)
    assert page.dashboard is not None
    badges = next(i for i in page.dashboard.todos if i.place is Place.BADGES)
    assert badges.count >= 1
    button = page.todo_list.buttons[Place.BADGES]
    assert "Huy hiệu Đảng" in button.text() and badges.detail in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.reports
    assert window.reports.chosen_kind() is ReportKind.BADGES
    assert window.reports.end.date().toString("dd/MM/yyyy") == badges.detail


def test_these_screens_fit_1280_by_720(app, session, runner, qtbot) -> None:
    # The window as a whole is issue 16's (other screens are still wider); these two screens must not add to it.
    window = make_window(session, runner, qtbot)
    qtbot.waitUntil(lambda: window.overview.dashboard is not None)
    room = 1280 - window.sidebar.width()
    for page in (window.overview, window.reports):
        window.show_screen(window.pages.indexOf(page))
        assert page.minimumSizeHint().width() <= room, page
        assert page.minimumSizeHint().height() <= 720
