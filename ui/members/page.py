"""The Đảng viên screen: search as you type, filters by cell and status, the table, add and edit.

The search box is never written to by the program: Vietnamese input methods compose a letter by sending
backspaces and new characters, and rewriting the text under them breaks what the person types. Searching
waits until typing pauses (``SEARCH_DELAY_MS``); answers to an older search are dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.i18n import Lang, Message
from handbook.members.model import MemberId, Status
from handbook.members.repo import MemberRow, Position, Scope
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed, MembersChanged
from ui.actions.members import (
    ACTIVE_STATUSES,
    CellChoice,
    EditorData,
    FoundMembers,
    MemberQuery,
    cell_choices,
    find_members,
    member_register_pdf,
    members_page,
    open_editor,
)
from ui.actions.orgs import CellsReorganised, OrgsChanged
from ui.importer.export_dialog import open_export_dialog
from ui.importer.wizard import open_import_wizard
from ui.members.editor import MemberEditor
from ui.members.table_model import PAGE_SIZE, Column, MembersTableModel
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.fit import ButtonRow
from ui.widgets.list_page import SEARCH_DELAY_MS as SEARCH_DELAY_MS  # the tests wait this long
from ui.widgets.list_page import LatestAnswer, debounced, search_box, table_or_empty, title_row
from ui.widgets.pdf_preview import show_pdf
from ui.widgets.permission import guard
from ui.widgets.tables import DATE_SAMPLE, list_table

ACTIVE, ALL = "active", "all"  # the status filter's choices besides each status


def statuses_for(choice: str) -> tuple[Status, ...] | None:
    if choice == ACTIVE:
        return ACTIVE_STATUSES
    if choice == ALL:
        return None
    return (Status(choice),)


# Width of each column in average characters (no measuring of 50,000 rows).
COLUMN_CHARS: dict[Column, int | str] = {
    Column.NAME: 26,
    Column.GENDER: 9,
    Column.BIRTH: DATE_SAMPLE,
    Column.CELL: 24,
    Column.STATUS: 13,
    Column.CCCD: "000000000000",
    Column.CARD: "00000000",
    Column.PHONE: "0000000000",
}


class MembersPage(QWidget):
    """Shows members; opens the editor. Loads nothing until first shown."""

    editor_opened = Signal(object)  # the MemberEditor just shown

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted_cell: int | None = None
        self._session = session
        self._runner = runner
        self._lang = lang
        self._loaded = False
        self._latest = LatestAnswer()
        self._cells: list[CellChoice] = []
        self.editor: MemberEditor | None = None

        self.count_label = QLabel()
        self.search = search_box(
            self.tr("Tìm theo họ tên, số CCCD hoặc số thẻ đảng viên (Ctrl+F)"), self.tr("Tìm đảng viên")
        )
        self.cell_filter = QComboBox()
        self.cell_filter.setAccessibleName(self.tr("Lọc theo chi bộ"))
        self.cell_filter.addItem(self.tr("Tất cả chi bộ"), None)
        self.cell_filter.setMinimumContentsLength(18)
        self.cell_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.export_button = QPushButton(self.tr("Xuất danh sách…"))
        self.register_button = QPushButton(self.tr("Sổ đảng viên (Mẫu 7)…"))
        self.register_button.setToolTip(self.tr("Xem và in sổ danh sách đảng viên theo Mẫu 7-HSĐV"))
        self.scope_filter = QComboBox()
        self.scope_filter.setAccessibleName(self.tr("Lọc theo diện"))
        self.scope_filter.addItem(self.tr("Đảng viên của xã"), Scope.COMMUNE.value)
        self.scope_filter.addItem(self.tr("Đang công tác, đăng ký nơi cư trú"), Scope.REGISTERED.value)
        self.scope_filter.addItem(self.tr("Miễn sinh hoạt nơi cư trú"), Scope.EXEMPT.value)
        self.scope_filter.addItem(self.tr("Tất cả"), Scope.ALL.value)
        for combo in (self.cell_filter, self.scope_filter):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Lọc theo tình trạng"))
        self.status_filter.addItem(self.tr("Đang sinh hoạt"), ACTIVE)
        self.status_filter.addItem(self.tr("Tất cả tình trạng"), ALL)
        for status in Status:
            self.status_filter.addItem(Message(f"status.{status.value}").render(lang), status.value)

        self.add_button = QPushButton(self.tr("Thêm đảng viên"))
        theme.set_role(self.add_button, "primary")
        self.edit_button = QPushButton(self.tr("Xem / sửa hồ sơ"))
        self.edit_button.setEnabled(False)

        self.model = MembersTableModel(self._load_page, lang, self)
        self.table = list_table(self, self.model, self.tr("Danh sách đảng viên"), COLUMN_CHARS)

        self.stack, self.empty = table_or_empty(self.table)

        top = title_row(self.tr("Đảng viên"), self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.cell_filter, 1)
        filters.addWidget(self.scope_filter, 1)
        filters.addWidget(self.status_filter, 1)
        actions = ButtonRow()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.register_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(actions)
        layout.addWidget(self.stack, 1)

        self.search_timer = debounced(self, self.search, self.refresh)
        self.cell_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button.clicked.connect(lambda: open_import_wizard(self._session, self._runner, self._lang, self))
        self.export_button.clicked.connect(lambda: open_export_dialog(self._session, self._runner, self._lang, self))
        self.register_button.clicked.connect(self.print_register)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.apply_permissions()

    # --- permissions ---------------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        guard(self.add_button, self._session.actor, Op.MEMBERS_EDIT, self._lang, self.tr("Thêm đảng viên (Ctrl+N)"))
        guard(self.import_button, self._session.actor, Op.MEMBERS_IMPORT, self._lang)
        guard(self.export_button, self._session.actor, Op.MEMBERS_EXPORT, self._lang)
        guard(self.register_button, self._session.actor, Op.FORMS_PRINT, self._lang)
        self._update_buttons()

    def print_register(self) -> None:
        session, runner = self._session, self._runner

        def work(_progress: Progress) -> bytes:
            with session.use() as vault:
                return member_register_pdf(vault)

        def done(pdf: bytes) -> None:
            show_pdf(
                self,
                runner,
                pdf,
                title=self.tr("Sổ danh sách đảng viên (Mẫu 7-HSĐV)"),
                suggested_name="so-dang-vien-mau-7.pdf",
            )

        runner.run(work, done=done, parent=self, progress=self.tr("Đang dựng sổ đảng viên…"))

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_member() is not None)

    # --- loading -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activate()

    def activate(self) -> None:
        """First time on screen: load the cells and the members."""
        if self._loaded or self._session.is_locked:
            return
        self._loaded = True
        self.reload_cells()
        self.refresh()

    def query(self) -> MemberQuery:
        cell = self.cell_filter.currentData()
        return MemberQuery(
            search=self.search.text(),
            cell_id=OrgId(int(cell)) if cell is not None else None,
            statuses=statuses_for(str(self.status_filter.currentData())),
            scope=Scope(str(self.scope_filter.currentData())),
        )

    def refresh(self) -> None:
        """Search again with what the search box and filters hold now."""
        self.search_timer.stop()
        if not self._loaded or self._session.is_locked:
            return
        generation, query, session = self._latest.ask(), self.query(), self._session

        def work(_progress: Progress) -> FoundMembers:
            with session.use() as vault:
                return find_members(vault, query, PAGE_SIZE)

        self._runner.run(work, done=lambda found: self._found(generation, found), parent=self)

    def _found(self, generation: int, found: FoundMembers) -> None:
        if not self._latest.is_latest(generation):
            return  # the person typed on meanwhile
        selected = self.selected_member()
        same_query = found.query == self.model.query
        scroll = self.table.verticalScrollBar().value()
        self.model.reset(found)
        # The same list again (after a save): stay where the person was. A new search: start at the top.
        self.table.verticalScrollBar().setValue(scroll if same_query else 0)
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)
        self._show_count(found)
        self._update_buttons()

    def _show_count(self, found: FoundMembers) -> None:
        if found.more:  # the count stopped early: more rows come as the table scrolls to its end
            if found.query.search.strip():
                self.count_label.setText(self.tr("Tìm thấy hơn %Ln đảng viên", "", found.total))
            else:
                self.count_label.setText(self.tr("Hơn %Ln đảng viên", "", found.total))
        elif found.query.search.strip():
            self.count_label.setText(self.tr("Tìm thấy %Ln đảng viên", "", found.total))
        else:
            self.count_label.setText(self.tr("%Ln đảng viên", "", found.total))
        if found.total:
            self.stack.setCurrentWidget(self.table)
            return
        if found.query.search.strip():
            self.empty.setText(
                self.tr(
                    "Không tìm thấy đảng viên nào khớp với “{text}”. Hãy thử gõ ít chữ hơn, hoặc bỏ bớt bộ lọc."
                ).format(text=found.query.search.strip())
            )
        elif found.query == MemberQuery():
            self.empty.setText(self.tr('Chưa có đảng viên nào. Bấm "Thêm đảng viên" để bắt đầu.'))
        else:
            self.empty.setText(self.tr("Không có đảng viên nào theo bộ lọc đã chọn."))
        self.stack.setCurrentWidget(self.empty)

    def _load_page(
        self,
        query: MemberQuery,
        offset: int,
        limit: int,
        after: Position | None,
        deliver: Callable[[list[MemberRow] | None], None],
    ) -> None:
        """The table model's page loader: one small action per page."""
        session = self._session
        delivered = [False]

        def work(_progress: Progress) -> list[MemberRow]:
            with session.use() as vault:
                return members_page(vault, query, offset, limit, after)

        def done(rows: list[MemberRow]) -> None:
            delivered[0] = True
            deliver(rows)

        def settled() -> None:
            if not delivered[0]:
                deliver(None)

        self._runner.run(work, done=done, always=settled, parent=self)

    def reload_cells(self) -> None:
        session = self._session

        def work(_progress: Progress) -> list[CellChoice]:
            with session.use() as vault:
                return cell_choices(vault)

        self._runner.run(work, done=self._cells_loaded, parent=self)

    def show_cell(self, cell_id: int) -> None:
        """Filter the list to one cell (e.g. from the Organisations screen), once the cells are known."""
        self._wanted_cell = cell_id
        index = self.cell_filter.findData(cell_id)
        if index >= 0:
            self.cell_filter.setCurrentIndex(index)
        else:
            self.reload_cells()

    def _cells_loaded(self, cells: list[CellChoice]) -> None:
        self._cells = cells
        wanted = self._wanted_cell
        current = wanted if wanted is not None else self.cell_filter.currentData()
        self._wanted_cell = None
        self.cell_filter.blockSignals(True)
        try:
            while self.cell_filter.count() > 1:
                self.cell_filter.removeItem(1)
            for cell in cells:
                self.cell_filter.addItem(cell.name, int(cell.id))
            self.cell_filter.setCurrentIndex(max(self.cell_filter.findData(current), 0))
        finally:
            self.cell_filter.blockSignals(False)
        if wanted is not None and self._loaded:
            self.refresh()

    # --- reacting -----------------------------------------------------------------------------------

    def _changed(self, change: Changed) -> None:
        if isinstance(change, OrgsChanged | CellsReorganised) and self._loaded:
            self.reload_cells()  # a new, merged or split cell must show in the filter
        if isinstance(change, MembersChanged) and self._loaded:
            self.refresh()

    def _locked(self) -> None:
        self.search_timer.stop()
        self._latest.forget()
        self.model.clear()
        self.count_label.clear()

    def _unlocked(self) -> None:
        if self._loaded:
            self.apply_permissions()
            self.refresh()

    # --- add and edit --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_member(self) -> MemberId | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member_id(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        member_id = self.model.member_id(index.row())
        if member_id is not None:
            self.open_member(member_id)

    def add_member(self) -> None:
        if self._session.actor.may(Op.MEMBERS_EDIT):
            self.open_member(None)

    def edit_selected(self) -> None:
        member_id = self.selected_member()
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: MemberId | None) -> None:
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return
        session = self._session

        def work(_progress: Progress) -> EditorData:
            with session.use() as vault:
                return open_editor(vault, member_id)

        self._runner.run(work, done=self._show_editor, parent=self)

    def _forget_editor(self, key: int) -> None:
        if self.editor is not None and id(self.editor) == key:
            self.editor = None

    def _show_editor(self, data: EditorData) -> None:
        editor = MemberEditor(data, self._session, self._runner, self._lang, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = id(editor)
        editor.destroyed.connect(lambda: self._forget_editor(key))
        self.editor = editor
        editor.open()
        self.editor_opened.emit(editor)
