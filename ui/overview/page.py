"""Tổng quan: who is working, the member counts, this year's comment round per cell, what is waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import CaseState
from handbook.i18n import Lang
from handbook.members.model import Status
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed
from ui.actions.overview import Overview, load_overview
from ui.backups.health import HealthPanel
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.permission import guard

DONE_STATES = (CaseState.CONFIRMED, CaseState.DISPATCHED, CaseState.ACKNOWLEDGED)
SENT_STATES = (CaseState.DISPATCHED, CaseState.ACKNOWLEDGED)


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

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._loaded = False
        self._stale = True
        self.overview: Overview | None = None

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
        self.cells_table = QTableWidget(0, 7)
        self.cells_table.setHorizontalHeaderLabels(
            [
                self.tr("Chi bộ"),
                self.tr("Số phiếu"),
                self.tr("Chờ chi bộ"),
                self.tr("Chờ xác nhận"),
                self.tr("Trả lại"),
                self.tr("Đã xác nhận"),
                self.tr("Đã gửi"),
            ]
        )
        self.cells_table.verticalHeader().setVisible(False)
        self.cells_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cells_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.cells_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cells_table.setAlternatingRowColors(True)
        header = self.cells_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_round = QLabel()
        self.no_round.setWordWrap(True)
        theme.set_role(self.no_round, "muted")

        self.todo_heading = QLabel(self.tr("Việc đang chờ"))
        self.todo_heading.setFont(theme.scaled_font(self.todo_heading, 1.2, bold=True))
        self.todo_list = QLabel()
        self.todo_list.setWordWrap(True)
        self.todo_list.setTextFormat(Qt.TextFormat.PlainText)

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
        layout.addWidget(self.todo_list)
        layout.addWidget(self.cells_heading)
        layout.addWidget(self.no_round)
        layout.addWidget(self.cells_table, 10)
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
        if self._session.is_locked or not self._stale:
            return
        self._loaded = True
        self._stale = False
        session = self._session

        def work(_progress: Progress) -> Overview:
            with session.use() as vault:
                return load_overview(vault)

        self._runner.run(work, done=self.show_overview, parent=self)

    def _changed(self, _change: Changed) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def _locked(self) -> None:
        self.overview = None
        self._stale = True
        self.cells_table.setRowCount(0)
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
        lines = [
            (todo.overdue, self.tr("Quá hạn: %n phiếu", "", todo.overdue)),
            (todo.waiting_confirmation, self.tr("Chờ xác nhận: %n phiếu", "", todo.waiting_confirmation)),
            (todo.waiting_cell, self.tr("Chờ chi bộ nơi cư trú nhận xét: %n phiếu", "", todo.waiting_cell)),
            (
                todo.confirmed_not_dispatched,
                self.tr("Đã xác nhận, chưa gửi về nơi công tác: %n phiếu", "", todo.confirmed_not_dispatched),
            ),
            (
                todo.registrations_without_cell,
                self.tr("Đăng ký sinh hoạt chưa xếp chi bộ: %n người", "", todo.registrations_without_cell),
            ),
            (
                todo.registrations_to_end,
                self.tr("Đăng ký cần kết thúc (đã chuyển đi, từ trần…): %n người", "", todo.registrations_to_end),
            ),
        ]
        shown = [f"• {text}" for count, text in lines if count]
        self.todo_list.setText("\n".join(shown) if shown else self.tr("Không có việc nào đang chờ."))

        self.cells_heading.setText(self.tr("Tiến độ nhận xét năm {year} theo chi bộ").format(year=o.year))
        self._fill_cells(o)

    def _fill_cells(self, o: Overview) -> None:
        by_cell = o.year_status.by_cell
        self.cells_table.setRowCount(len(by_cell))
        self.no_round.setVisible(not by_cell)
        self.cells_table.setVisible(bool(by_cell))
        if not by_cell:
            self.no_round.setText(
                self.tr(
                    "Năm {year} chưa có phiếu nhận xét nào. Đợt nhận xét được mở khi cấp ủy nơi công tác gửi "
                    "phiếu xin ý kiến (thường vào tháng 10–11)."
                ).format(year=o.year)
            )
            return
        for row, (cell, states) in enumerate(by_cell.items()):
            total = sum(n for s, n in states.items() if s != CaseState.CANCELLED.value)
            values = [
                cell or self.tr("(chưa xếp chi bộ)"),
                total,
                states.get(CaseState.REQUESTED.value, 0),
                states.get(CaseState.COMMENTED.value, 0),
                states.get(CaseState.RETURNED.value, 0),
                states.get(CaseState.CONFIRMED.value, 0),
                sum(states.get(s.value, 0) for s in SENT_STATES),
            ]
            for column, value in enumerate(values):
                text = value if isinstance(value, str) else self.locale().toString(int(value))  # type: ignore[call-overload]
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.cells_table.setItem(row, column, item)
        self.cells_table.resizeRowsToContents()
