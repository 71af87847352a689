"""The year's cases: by state (with counts), by cell, by name; opening the year's round, the request of a case,
typing in the cells' sheets, and printing the sheets of the cases shown.

The name search waits until typing pauses and never rewrites the text (Vietnamese input methods compose by
sending backspaces); it filters the year's cases in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import Case, CaseId, CaseState
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from handbook.text.fold import match_tokens, search_tokens
from ui import theme
from ui.actions.cases import YearData
from ui.cases.table_model import CaseColumn, CasesTableModel
from ui.session import Session
from ui.widgets.fit import ButtonRow
from ui.widgets.list_page import debounced, search_box, table_or_empty
from ui.widgets.permission import guard
from ui.widgets.tables import size_columns

ALL = "all"

COLUMN_CHARS = {
    CaseColumn.NAME: 22,
    CaseColumn.CELL: 22,
    CaseColumn.STATE: 20,
    CaseColumn.NUMBER: 12,
}
STATES_STYLE = "QListWidget::item { padding: 0.3em 0.5em; }"
HIDDEN = (CaseColumn.RECEIVED, CaseColumn.MEETING, CaseColumn.DEADLINE)  # overdue shows on the state


def state_label(state: CaseState) -> str:
    """Short names for the state filter (the table shows the core's longer ones)."""
    return {
        CaseState.REQUESTED: QCoreApplication.translate("CasesList", "Chờ chi bộ nhận xét"),
        CaseState.COMMENTED: QCoreApplication.translate("CasesList", "Chờ xác nhận"),
        CaseState.RETURNED: QCoreApplication.translate("CasesList", "Trả lại"),
        CaseState.CONFIRMED: QCoreApplication.translate("CasesList", "Đã xác nhận"),
        CaseState.DISPATCHED: QCoreApplication.translate("CasesList", "Đã gửi"),
        CaseState.ACKNOWLEDGED: QCoreApplication.translate("CasesList", "Đã nhận"),
        CaseState.CANCELLED: QCoreApplication.translate("CasesList", "Đã hủy"),
    }[state]


class CasesList(QWidget):
    """Shows the year's cases; asks the screen to do what its buttons say."""

    open_year_requested = Signal()
    batch_requested = Signal(object, object)  # cell id or None, case id or None
    request_requested = Signal(object)  # CaseId
    print_requested = Signal(object)  # list[CaseId]
    register_requested = Signal(object)  # the cell chosen in the filter, or None for every cell
    numbers_requested = Signal()  # the document register of the year

    def __init__(self, session: Session, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lang = lang
        self._data: YearData | None = None

        self.states = QListWidget()
        self.states.setAccessibleName(self.tr("Lọc theo tình trạng"))
        self.states.setObjectName("caseStates")
        item = QListWidgetItem(self.tr("Tất cả"))
        item.setData(Qt.ItemDataRole.UserRole, ALL)
        self.states.addItem(item)
        for state in CaseState:
            item = QListWidgetItem(state_label(state))
            item.setData(Qt.ItemDataRole.UserRole, state.value)
            self.states.addItem(item)
        self.states.setStyleSheet(STATES_STYLE)
        self.states.setCurrentRow(0)
        widest = max(self.fontMetrics().horizontalAdvance(state_label(s) + "  (0000)") for s in CaseState)
        self.states.setFixedWidth(widest + 40)

        self.search = search_box(self.tr("Tìm theo họ tên"), self.tr("Tìm phiếu theo họ tên"))
        self.cell_filter = QComboBox()
        self.cell_filter.setAccessibleName(self.tr("Lọc theo chi bộ"))
        self.cell_filter.addItem(self.tr("Tất cả chi bộ"), None)
        self.cell_filter.setMinimumContentsLength(14)
        self.cell_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count_label = QLabel()
        theme.set_role(self.count_label, "muted")

        self.model = CasesTableModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Danh sách phiếu nhận xét"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        size_columns(self.table, COLUMN_CHARS, stretch=[CaseColumn.WORKPLACE])
        for column in HIDDEN:
            self.table.setColumnHidden(column, True)

        self.stack, self.empty = table_or_empty(self.table)

        self.open_year_button = QPushButton()
        self.batch_button = QPushButton(self.tr("Nhập phiếu nhận xét…"))
        theme.set_role(self.batch_button, "primary")
        self.request_button = QPushButton(self.tr("Thông tin đề nghị…"))
        self.print_button = QPushButton(self.tr("Xem / in phiếu…"))
        self.register_button = QPushButton(self.tr("Sổ theo dõi 213…"))
        self.register_button.setToolTip(self.tr("Xem và in sổ theo dõi của năm (chi bộ đang chọn, hoặc mọi chi bộ)"))
        self.numbers_button = QPushButton(self.tr("Sổ đăng ký văn bản…"))
        self.numbers_button.setToolTip(
            self.tr("Xem và in sổ đăng ký văn bản đi của năm: số, ngày, trích yếu, nơi nhận của văn bản đã cấp số")
        )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.cell_filter, 2)
        filters.addWidget(self.count_label)
        buttons = ButtonRow()
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.numbers_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_year_button)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addLayout(filters)
        right.addWidget(self.stack, 1)
        right.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.states)
        layout.addLayout(right, 1)

        self.search_timer = debounced(self, self.search, self.apply_filters)
        self.cell_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.states.currentRowChanged.connect(lambda _row: self.apply_filters())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.activated.connect(self._activated)
        self.open_year_button.clicked.connect(self.open_year_requested)
        self.batch_button.clicked.connect(self._batch)
        self.request_button.clicked.connect(self._request)
        self.print_button.clicked.connect(lambda: self.print_requested.emit([c.id for c in self.model.cases]))
        self.register_button.clicked.connect(lambda: self.register_requested.emit(self.cell_filter.currentData()))
        self.numbers_button.clicked.connect(lambda: self.numbers_requested.emit())
        self.apply_permissions()

    # --- permissions and buttons -----------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        actor = self._session.actor
        guard(self.open_year_button, actor, Op.CASES_OPEN_YEAR, self._lang)
        guard(
            self.batch_button,
            actor,
            Op.CASES_COMMENT,
            self._lang,
            self.tr("Gõ nhanh các phiếu nhận xét giấy của chi bộ (phím 1, 2, 3 và Enter)"),
        )
        guard(self.print_button, actor, Op.FORMS_PRINT, self._lang, self.tr("Xem và in phiếu của các phiếu đang hiện"))
        guard(self.register_button, actor, Op.FORMS_PRINT, self._lang)
        guard(self.numbers_button, actor, Op.FORMS_PRINT, self._lang)
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self._session.actor
        data = self._data
        year = data.year if data is not None else 0
        self.open_year_button.setText(self.tr("Mở đợt nhận xét năm {year}").format(year=year) if year else "")
        self.open_year_button.setEnabled(actor.may(Op.CASES_OPEN_YEAR) and data is not None)
        self.batch_button.setEnabled(actor.may(Op.CASES_COMMENT) and data is not None)
        self.request_button.setEnabled(self.selected_case() is not None)
        shown = self.model.rowCount()
        self.print_button.setEnabled(actor.may(Op.FORMS_PRINT) and shown > 0)
        self.print_button.setText(self.tr("Xem / in %Ln phiếu…", "", shown) if shown else self.tr("Xem / in phiếu…"))

    # --- data and filters ------------------------------------------------------------------------------------

    def set_data(self, data: YearData) -> None:
        self._data = data
        counts = data.counts()
        all_item = self.states.item(0)
        all_item.setText(self.tr("Tất cả ({count})").format(count=len(data.cases)))
        for row, state in enumerate(CaseState, 1):
            self.states.item(row).setText(f"{state_label(state)} ({counts[state]})")
        current = self.cell_filter.currentData()
        self.cell_filter.blockSignals(True)
        try:
            while self.cell_filter.count() > 1:
                self.cell_filter.removeItem(1)
            for cell in data.cells:
                self.cell_filter.addItem(cell.name, int(cell.id))
            self.cell_filter.setCurrentIndex(max(self.cell_filter.findData(current), 0))
        finally:
            self.cell_filter.blockSignals(False)
        self.apply_filters()

    def clear(self) -> None:
        self._data = None
        self.search_timer.stop()
        self.model.clear()
        self.count_label.clear()
        self._update_buttons()

    def set_state(self, state: CaseState | None) -> None:
        wanted = state.value if state is not None else ALL
        for row in range(self.states.count()):
            if self.states.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.states.setCurrentRow(row)
                return

    def chosen_state(self) -> CaseState | None:
        item = self.states.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else ALL
        return None if value == ALL else CaseState(str(value))

    def chosen_cell(self) -> OrgId | None:
        cell = self.cell_filter.currentData()
        return OrgId(int(cell)) if cell is not None else None

    def filtered(self) -> list[Case]:
        data = self._data
        if data is None:
            return []
        state, cell = self.chosen_state(), self.chosen_cell()
        tokens = search_tokens(self.search.text())
        return [
            c
            for c in data.cases
            if (state is None or c.state is state)
            and (cell is None or c.cell_id == cell)
            and (not tokens or match_tokens(tokens, data.name_tokens.get(c.id, ())))
        ]

    def apply_filters(self) -> None:
        self.search_timer.stop()
        data = self._data
        if data is None:
            return
        selected = self.selected_case()
        cases = self.filtered()
        self.model.set_cases(cases, data)
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.table.selectRow(row)
        self.count_label.setText(self.tr("%Ln phiếu", "", len(cases)))
        if cases:
            self.stack.setCurrentWidget(self.table)
        elif not data.cases:
            self.empty.setText(
                self.tr(
                    "Năm {year} chưa có phiếu nhận xét nào. Bấm “Mở đợt nhận xét năm {year}” để tạo phiếu cho mọi "
                    "đảng viên đang công tác đã đăng ký sinh hoạt nơi cư trú."
                ).format(year=data.year)
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(self.tr("Không có phiếu nào theo bộ lọc đã chọn."))
            self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    # --- selection and actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_case(self) -> Case | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_at(rows[0].row()) if rows else None

    def select_case(self, case_id: CaseId) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _activated(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.request_requested.emit(case_id)

    def _request(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.request_requested.emit(case.id)

    def _batch(self) -> None:
        case = self.selected_case()
        start = case.id if case is not None and case.state in (CaseState.REQUESTED, CaseState.RETURNED) else None
        self.batch_requested.emit(self.chosen_cell(), start)
