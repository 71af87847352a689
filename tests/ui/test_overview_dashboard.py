"""Tổng quan's charts and to-dos: the charts get the core's numbers; a click opens the list behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt

from handbook.errors import InputError
from handbook.members import repo
from handbook.reports.build import ReportKind
from handbook.reports.dashboard import Place
from tests.ui.conftest import Commune, FakeDialogs, make_member
from tests.ui.test_main_window import make_window
from ui.actions.changes import MembersChanged
from ui.operations import InlineExecutor, Runner
from ui.overview.page import OverviewPage

T = TypeVar("T")


class StepExecutor:
    """Keeps each action until the test lets it run, and what it hands to the GUI thread until the test
    delivers it (in the order a worker thread hands them over): what the screen shows in between is what a
    person sees while the worker is busy."""

    def __init__(self) -> None:
        self.queued: list[Callable[[], None]] = []  # actions not run yet
        self.handed: list[Callable[[], None]] = []  # calls for the GUI thread, not made yet

    def start(self, fn: Callable[[], T], on_ok: Callable[[T], None], on_error: Callable[[BaseException], None]) -> None:
        def run() -> None:
            try:
                value = fn()
            except BaseException as exc:
                self.handed.append(lambda exc=exc: on_error(exc))  # type: ignore[misc]
                return
            self.handed.append(lambda: on_ok(value))

        self.queued.append(run)

    def post(self, fn: Callable[[], None]) -> None:
        self.handed.append(fn)

    def wait(self, msecs: int = -1) -> bool:
        return True

    def run_all(self) -> None:
        """Run the actions waiting now (not those their results start); hand nothing to the screen yet."""
        waiting, self.queued = self.queued, []
        for run in waiting:
            run()

    def deliver(self) -> None:
        """Make the oldest call waiting for the GUI thread."""
        self.handed.pop(0)()

    def deliver_all(self) -> None:
        while self.handed:
            self.deliver()

    def step_all(self) -> None:
        self.run_all()
        self.deliver_all()


def test_the_numbers_show_first_and_the_charts_follow(app, commune: Commune, session, qtbot) -> None:
    steps = StepExecutor()
    page = OverviewPage(session, Runner(steps, FakeDialogs(), "vi"), "vi")
    qtbot.addWidget(page)
    page.show()
    assert page.members_card.number.text() == "–"  # the frame, nothing loaded yet
    steps.run_all()  # Tổng quan's one action (and the backup panel's)
    assert page.members_card.number.text() == "–"  # counted, not handed over yet
    while page.members_card.number.text() == "–":
        steps.deliver()
    assert page.members_card.number.text() == "8" and page.cells_card.number.text() == "2"
    assert page.dashboard is None and page.charts.cells.bars == ()
    assert page.charts_pending.isVisibleTo(page)
    assert steps.handed  # the charts are on their way
    steps.deliver_all()
    assert page.dashboard is not None and not page.charts_pending.isVisibleTo(page)
    assert sorted(b.members for b in page.charts.cells.bars) == [4, 4]


def test_charts_that_cannot_be_worked_out_say_why_and_leave_the_numbers(
    app, commune: Commune, session, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_rules(vault: object, year: int, **_counts: object) -> object:
        raise InputError("report.rules_missing", day="01/01/2026")

    monkeypatch.setattr("ui.actions.overview.dashboard", no_rules)
    dialogs = FakeDialogs()
    page = OverviewPage(session, Runner(InlineExecutor(), dialogs, "vi"), "vi")
    qtbot.addWidget(page)
    page.show()
    assert page.members_card.number.text() == "8"
    assert len(dialogs.errors) == 1 and "01/01/2026" in dialogs.errors[0]
    assert page.dashboard is None and not page.charts_pending.isVisibleTo(page)  # not "working" forever


def test_what_an_older_load_counted_is_not_shown(app, commune: Commune, session, qtbot) -> None:
    steps = StepExecutor()
    runner = Runner(steps, FakeDialogs(), "vi")
    page = OverviewPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.show()
    steps.run_all()  # the first load counts everything; nothing is on the screen yet
    with session.use() as vault:
        repo.add_member(vault, make_member("Ngô Văn Mới"), cell_id=commune.cells["Thôn Đông"], cell_from=date.today())
    runner.changed.emit(MembersChanged(()))  # a newer load starts
    steps.deliver_all()  # the first load's numbers and charts, counted before the new member: dropped
    assert page.members_card.number.text() == "–" and page.dashboard is None
    steps.step_all()
    assert page.members_card.number.text() == "9"
    assert sorted(b.members for b in page.charts.cells.bars) == [4, 5]


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


@pytest.mark.parametrize("text_scale", [100, 125])
def test_each_bar_has_room_for_its_name_and_says_what_it_counts(
    app, commune: Commune, session, runner, qtbot, text_scale: int
) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QToolTip

    from ui import theme

    theme.set_text_scale(app, text_scale)
    try:
        window = make_window(session, runner, qtbot)
        page = window.overview
        qtbot.waitUntil(lambda: page.dashboard is not None)
        charts = page.charts
        # One under the other, each as wide as the page: Qt Charts leaves a name a third of a chart's width.
        views = (charts.round, charts.cells, charts.changes, charts.pyramid)
        assert len({v.x() for v in views}) == 1 and len({v.width() for v in views}) == 1
        for view, rows in ((charts.cells, len(charts.cells.bars)), (charts.pyramid, len(charts.pyramid.bands))):
            # Qt Charts draws "…" for a name taller than about two thirds of its row.
            per_row = view.chart().plotArea().height() / rows
            assert per_row >= 1.5 * QFontMetrics(view.categories.labelsFont()).height()
        # The pyramid counts people both ways from the middle: no minus sign on the men's side.
        labels = charts.pyramid.axis.categoriesLabels()
        assert labels and not any("-" in label for label in labels)
        cells = charts.cells
        target = next(i for i, b in enumerate(cells.bars) if b.cell_name == "Chi bộ thôn Đông")
        cells.series.hovered.emit(True, target, cells.sets[0])
        assert QToolTip.text().startswith("Chi bộ thôn Đông: 4 đảng viên")
        cells.series.hovered.emit(False, target, cells.sets[0])
    finally:
        theme.set_text_scale(app, 100)


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
