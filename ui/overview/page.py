"""Tổng quan: who is working, the member counts, this year's comment round per cell, what is waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import CaseState
from handbook.i18n import Lang
from handbook.members.model import Status
from handbook.permissions import Op
from handbook.reports.dashboard import Dashboard
from ui import theme
from ui.actions.changes import Changed
from ui.actions.overview import Overview, load_overview_and_dashboard
from ui.backups.health import HealthPanel
from ui.operations import Progress, Runner
from ui.overview.charts import ChartsGrid
from ui.overview.todos import ToDoList
from ui.session import Session
from ui.widgets.permission import guard

DONE_STATES = (CaseState.CONFIRMED, CaseState.DISPATCHED, CaseState.ACKNOWLEDGED)


class Card(QFrame):
    """A big number with a caption and a detail line."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        theme.set_role(self, "card")
        self.caption = QLabel(caption)
        theme.set_role(self.caption, "muted")
        self.number = QLabel("–")
        self.number.setFont(theme.scaled_font(self.number, 2.0, bold=True))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(self.caption)
        layout.addWidget(self.number)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addStretch(1)


class OverviewPage(QWidget):
    add_member_requested = Signal()
    find_member_requested = Signal()
    edit_profile_requested = Signal()
    go_to = Signal(str)  # a to-do's Place value: open the place where it is done
    cases_of_cell = Signal(object)  # a bar of the round chart: the cell's cases (None: no cell)
    members_of_cell = Signal(int)  # a bar of the members chart
    report_requested = Signal(str)  # a ReportKind value (the changes and pyramid charts)

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._stale = True
        self._generation = 0  # bumped by every load: an older load's late answer is dropped
        self.overview: Overview | None = None
        self.dashboard: Dashboard | None = None

        self.title = QLabel()
        self.title.setFont(theme.scaled_font(self.title, 1.6, bold=True))
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        theme.set_role(self.subtitle, "muted")
        self.greeting = QLabel()
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        theme.set_role(self.greeting, "muted")

        self.members_card = Card(self.tr("Đảng viên đang sinh hoạt"))
        self.cells_card = Card(self.tr("Chi bộ"))
        self.round_card = Card("")
        self.todo_card = Card(self.tr("Việc cần làm"))
        cards = QGridLayout()
        cards.setSpacing(14)
        for i, card in enumerate((self.members_card, self.cells_card, self.round_card, self.todo_card)):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)

        self.add_button = QPushButton(self.tr("Thêm đảng viên"))
        theme.set_role(self.add_button, "primary")
        self.find_button = QPushButton(self.tr("Tìm đảng viên"))
        self.profile_button = QPushButton(self.tr("Thông tin đơn vị…"))
        quick = QHBoxLayout()
        quick.addWidget(self.add_button)
        quick.addWidget(self.find_button)
        quick.addWidget(self.profile_button)
        quick.addStretch(1)

        self.cells_heading = QLabel()
        self.cells_heading.setFont(theme.scaled_font(self.cells_heading, 1.2, bold=True))
        self.charts = ChartsGrid()
        self.no_round = QLabel()
        self.no_round.setWordWrap(True)
        theme.set_role(self.no_round, "muted")
        self.charts_pending = QLabel(self.tr("Đang tính các biểu đồ và việc cần làm…"))
        theme.set_role(self.charts_pending, "muted")

        self.todo_heading = QLabel(self.tr("Việc đang chờ"))
        self.todo_heading.setFont(theme.scaled_font(self.todo_heading, 1.2, bold=True))
        self.todo_list = ToDoList()

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.greeting)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addLayout(quick)
        layout.addLayout(cards)
        self.health = HealthPanel(session, runner, lang)
        layout.addWidget(self.health)
        layout.addWidget(self.todo_heading)
        layout.addWidget(self.charts_pending)
        layout.addWidget(self.todo_list)
        layout.addWidget(self.cells_heading)
        layout.addWidget(self.no_round)
        layout.addWidget(self.charts, 10)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.add_button.clicked.connect(self.add_member_requested)
        self.find_button.clicked.connect(self.find_member_requested)
        self.profile_button.clicked.connect(self.edit_profile_requested)
        self.todo_list.go_to.connect(self.go_to)
        self.charts.round.cell_clicked.connect(self.cases_of_cell)
        self.charts.cells.cell_clicked.connect(self.members_of_cell)
        self.charts.changes.kind_clicked.connect(lambda _kind: self.report_requested.emit("changes"))
        self.charts.pyramid.clicked.connect(lambda: self.report_requested.emit("structure"))
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        actor = self._session.actor
        guard(self.add_button, actor, Op.MEMBERS_EDIT, self._lang, self.tr("Thêm đảng viên (Ctrl+N)"))
        guard(
            self.profile_button,
            actor,
            Op.SETTINGS_EDIT,
            self._lang,
            self.tr("Tên Đảng ủy, tên ban và địa danh in trên các biểu mẫu"),
        )
        role = actor.role.label.render(self._lang)
        self.greeting.setText(self.tr("Xin chào, {name}\n{role}").format(name=actor.full_name, role=role))

    # --- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activate()

    def activate(self) -> None:
        """Load in one action that shows the cards as soon as their few counts are in, then the charts."""
        if self._session.is_locked or not self._stale:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        session = self._session
        self.charts_pending.show()

        def shown(overview: Overview) -> None:
            if generation == self._generation:  # else a newer load is on its way
                self.show_overview(overview)

        def work(_progress: Progress) -> Dashboard:
            with session.use() as vault:
                return load_overview_and_dashboard(vault, lambda o: self._runner.post(lambda: shown(o)))

        def drawn(dashboard: Dashboard) -> None:
            if generation == self._generation:
                self.show_dashboard(dashboard)

        def settled() -> None:
            if generation == self._generation:
                self.charts_pending.hide()  # drawn, or failed (the error was shown): nothing is coming

        self._runner.run(work, done=drawn, always=settled, parent=self)

    def _changed(self, _change: Changed) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def _locked(self) -> None:
        self._generation += 1  # what is still being loaded belongs to the closed session
        self.overview = None
        self.dashboard = None
        self._stale = True
        self.charts.clear()
        for card in (self.members_card, self.cells_card, self.round_card, self.todo_card):
            card.number.setText("–")
            card.detail.clear()
        self.todo_list.clear()

    def _unlocked(self) -> None:
        self.apply_permissions()
        if self.isVisible():
            self.activate()

    # --- showing ---------------------------------------------------------------------------------

    def show_overview(self, o: Overview) -> None:
        self.overview = o
        self.title.setText(o.committee_name)
        self.subtitle.setText(" · ".join(p for p in (o.advisory_body, o.place) if p))

        self.members_card.number.setText(self.locale().toString(o.active_members))
        self.members_card.detail.setText(
            self.tr("Chính thức {official} · dự bị {probationary}").format(
                official=self.locale().toString(o.by_status.get(Status.OFFICIAL, 0)),
                probationary=self.locale().toString(o.by_status.get(Status.PROBATIONARY, 0)),
            )
        )
        self.cells_card.number.setText(self.locale().toString(o.cells))
        self.cells_card.detail.setText(
            self.tr("{n} chi bộ thôn, tổ dân phố").format(n=self.locale().toString(o.residential_cells))
        )

        status = o.year_status
        counted = status.total - status.by_state.get(CaseState.CANCELLED.value, 0)
        done = sum(status.by_state.get(s.value, 0) for s in DONE_STATES)
        self.round_card.caption.setText(self.tr("Nhận xét nơi cư trú năm {year}").format(year=o.year))
        if counted:
            self.round_card.number.setText(f"{round(100 * done / counted)} %")
            self.round_card.bar.setRange(0, counted)
            self.round_card.bar.setValue(done)
            self.round_card.bar.show()
            self.round_card.detail.setText(
                self.tr("{done}/{total} phiếu đã xác nhận").format(
                    done=self.locale().toString(done), total=self.locale().toString(counted)
                )
            )
        else:
            self.round_card.number.setText("–")
            self.round_card.bar.hide()
            self.round_card.detail.setText(self.tr("Chưa mở đợt nhận xét"))

        todo = o.todo
        self.todo_card.number.setText(self.locale().toString(todo.total))
        self.todo_card.detail.setText(
            self.tr("%n việc quá hạn", "", todo.overdue) if todo.overdue else self.tr("Không có việc quá hạn")
        )
        self.cells_heading.setText(self.tr("Biểu đồ"))
        self.no_round.setVisible(not o.year_status.by_cell)
        self.no_round.setText(
            self.tr(
                "Năm {year} chưa có phiếu nhận xét nào. Đợt nhận xét được mở khi cấp ủy nơi công tác gửi "
                "phiếu xin ý kiến (thường vào tháng 10–11)."
            ).format(year=o.year)
        )

    def show_dashboard(self, d: Dashboard) -> None:
        self.dashboard = d
        self.charts_pending.hide()
        self.todo_list.set_items(d.todos)
        waiting = sum(i.count for i in d.todos)
        self.todo_card.number.setText(self.locale().toString(waiting))
        self.charts.show_dashboard(d)
