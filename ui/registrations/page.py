"""The Sinh hoạt nơi cư trú (213) screen: members who work elsewhere and live here, registered from their
workplace's introduction letter; moving them to another residence cell, ending registrations, and printing the
endorsement block or the commune's letter to the cell.

The search box is never written to by the program (Vietnamese input methods compose by sending backspaces);
searching waits until typing pauses and answers to an older search are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.flow.model import Category, Registration, RegistrationId
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from handbook.permissions import Op
from ui import theme
from ui.actions.changes import Changed, MembersChanged
from ui.actions.members import CellChoice
from ui.actions.orgs import CellsReorganised, OrgsChanged
from ui.actions.registrations import (
    NO_CELL,
    SIGNER_UNKNOWN,
    FoundRegistrations,
    LetterSetup,
    Paper,
    Printed,
    RegistrationQuery,
    RegistrationsChanged,
    Shown,
    find_registrations,
    letter_setup,
    print_paper,
    residence_cells,
)
from ui.operations import Progress, Runner
from ui.registrations.dialogs import EndRegistrationDialog, MoveRegistrationDialog
from ui.registrations.register_dialog import RegisterDialog
from ui.registrations.table_model import Column, RegistrationsTableModel
from ui.session import Session
from ui.widgets import pdf_preview
from ui.widgets.fit import ButtonRow
from ui.widgets.list_page import SEARCH_DELAY_MS as SEARCH_DELAY_MS  # the tests wait this long
from ui.widgets.list_page import LatestAnswer, debounced, search_box, table_or_empty, title_row
from ui.widgets.permission import guard
from ui.widgets.tables import DATE_SAMPLE, list_table

COLUMN_CHARS: dict[Column, int | str] = {
    Column.MEMBER: 22,
    Column.WORKPLACE: 28,
    Column.LETTER: 26,
    Column.RECEIVED: DATE_SAMPLE,
    Column.CELL: 22,
    Column.CATEGORY: 22,
    Column.RESIDENCE: 26,
}


class RegistrationsPage(QWidget):
    """The registrations list and what can be done with one of them. Loads nothing until first shown."""

    dialog_opened = Signal(object)  # the dialog just shown (tests drive it)
    preview_shown = Signal(bytes)  # the PDF just handed to the preview

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self._loaded = False
        self._latest = LatestAnswer()
        self._select_after_load: RegistrationId | None = None

        self.count_label = QLabel()
        self.search = search_box(
            self.tr("Tìm theo họ tên, nơi công tác hoặc số giấy giới thiệu"), self.tr("Tìm đăng ký")
        )
        self.shown = QComboBox()
        self.shown.setAccessibleName(self.tr("Lọc theo tình trạng đăng ký"))
        self.shown.addItem(self.tr("Đang sinh hoạt"), Shown.ACTIVE.value)
        self.shown.addItem(self.tr("Đã kết thúc"), Shown.ENDED.value)
        self.shown.addItem(self.tr("Tất cả"), Shown.ALL.value)
        self.cell_filter = QComboBox()
        self.cell_filter.setAccessibleName(self.tr("Lọc theo chi bộ nơi cư trú"))
        self.cell_filter.addItem(self.tr("Tất cả chi bộ"), None)
        self.cell_filter.addItem(self.tr("Chưa xếp chi bộ"), int(NO_CELL))
        self.cell_filter.setMinimumContentsLength(14)
        self.cell_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.register_button = QPushButton(self.tr("Đăng ký mới từ giấy giới thiệu…"))
        theme.set_role(self.register_button, "primary")
        self.move_button = QPushButton(self.tr("Chuyển chi bộ…"))
        self.end_button = QPushButton(self.tr("Kết thúc đăng ký…"))
        self.endorsement_button = QPushButton(self.tr("In khối tiếp nhận"))
        self.letter_button = QPushButton(self.tr("In giấy giới thiệu đến chi bộ"))

        self.model = RegistrationsTableModel(lang, self)
        self.table = list_table(self, self.model, self.tr("Danh sách đăng ký sinh hoạt nơi cư trú"), COLUMN_CHARS)

        self.stack, self.empty = table_or_empty(self.table)

        top = title_row(self.tr("Sinh hoạt nơi cư trú (213)"), self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.shown, 1)
        filters.addWidget(self.cell_filter, 1)
        actions = ButtonRow()
        for button in (self.register_button, self.move_button, self.end_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.endorsement_button)
        actions.addWidget(self.letter_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(actions)
        layout.addWidget(self.stack, 1)

        self.search_timer = debounced(self, self.search, self.refresh)
        self.shown.currentIndexChanged.connect(lambda _i: self.refresh())
        self.cell_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.register_button.clicked.connect(self.register_new)
        self.move_button.clicked.connect(self.move_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.endorsement_button.clicked.connect(lambda: self.print_selected(Paper.ENDORSEMENT))
        self.letter_button.clicked.connect(lambda: self.print_selected(Paper.LETTER))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        session.locked.connect(self._locked)
        session.unlocked.connect(self._unlocked)
        runner.changed.connect(self._changed)
        self.apply_permissions()

    # --- permissions and buttons ---------------------------------------------------------------------

    def apply_permissions(self) -> None:
        guard(
            self.register_button,
            self._session.actor,
            Op.REGISTRATIONS_EDIT,
            self._lang,
            self.tr("Ghi nhận giấy giới thiệu của đảng ủy nơi công tác và xếp chi bộ nơi cư trú"),
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        reg = self.selected()
        actor, lang = self._session.actor, self._lang
        active = reg is not None and reg.active
        printable = active and reg is not None and reg.cell_id is not None
        printable = printable and reg is not None and reg.category is not Category.EXEMPT_INTRODUCTION
        choices = (
            (self.move_button, Op.REGISTRATIONS_EDIT, self.tr("Đảng viên chuyển chỗ ở trong xã"), active),
            (self.end_button, Op.REGISTRATIONS_EDIT, self.tr("Chuyển đi, nghỉ hưu, chuyển sinh hoạt, từ trần"), active),
            (
                self.endorsement_button,
                Op.FORMS_PRINT,
                self.tr("Khối “Tiếp nhận… Đã giới thiệu về sinh hoạt tại chi bộ…” để dán lên giấy giới thiệu"),
                printable,
            ),
            (
                self.letter_button,
                Op.FORMS_PRINT,
                self.tr("Giấy giới thiệu của xã gửi chi bộ nơi cư trú"),
                printable,
            ),
        )
        for button, op, tip, possible in choices:
            if guard(button, actor, op, lang, tip):
                button.setEnabled(possible)

    # --- loading -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activate()

    def activate(self) -> None:
        if self._loaded or self._session.is_locked:
            return
        self._loaded = True
        self.reload_cells()
        self.refresh()

    def query(self) -> RegistrationQuery:
        cell = self.cell_filter.currentData()
        return RegistrationQuery(
            shown=Shown(str(self.shown.currentData())),
            cell_id=OrgId(int(cell)) if cell is not None else None,
            search=self.search.text(),
        )

    def refresh(self) -> None:
        self.search_timer.stop()
        if not self._loaded or self._session.is_locked:
            return
        generation, query, session = self._latest.ask(), self.query(), self._session

        def work(_progress: Progress) -> FoundRegistrations:
            with session.use() as vault:
                return find_registrations(vault, query)

        self._runner.run(work, done=lambda found: self._found(generation, found), parent=self)

    def _found(self, generation: int, found: FoundRegistrations) -> None:
        if not self._latest.is_latest(generation):
            return
        wanted = self._select_after_load or self.selected_id()
        self._select_after_load = None
        same_query = found.query == self.model.query
        scroll = self.table.verticalScrollBar().value()
        self.model.reset(found)
        self.table.setColumnHidden(Column.ENDED, found.query.shown is Shown.ACTIVE)
        self.table.verticalScrollBar().setValue(scroll if same_query else 0)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_count(found)
        self._update_buttons()

    def _show_count(self, found: FoundRegistrations) -> None:
        total = len(found.rows)
        self.count_label.setText(self.tr("%n đăng ký", "", total))
        if total:
            self.stack.setCurrentWidget(self.table)
            return
        if found.query.search.strip():
            self.empty.setText(
                self.tr("Không có đăng ký nào khớp với “{text}”. Hãy thử gõ ít chữ hơn, hoặc bỏ bớt bộ lọc.").format(
                    text=found.query.search.strip()
                )
            )
        elif found.query == RegistrationQuery():
            self.empty.setText(
                self.tr(
                    "Chưa có đảng viên đang công tác nơi khác đăng ký sinh hoạt nơi cư trú. "
                    "Bấm “Đăng ký mới từ giấy giới thiệu…” khi nhận được giấy giới thiệu."
                )
            )
        else:
            self.empty.setText(self.tr("Không có đăng ký nào theo bộ lọc đã chọn."))
        self.stack.setCurrentWidget(self.empty)

    def reload_cells(self) -> None:
        session = self._session

        def work(_progress: Progress) -> list[CellChoice]:
            with session.use() as vault:
                return residence_cells(vault)

        self._runner.run(work, done=self._cells_loaded, parent=self)

    def _cells_loaded(self, cells: list[CellChoice]) -> None:
        current = self.cell_filter.currentData()
        self.cell_filter.blockSignals(True)
        try:
            while self.cell_filter.count() > 2:
                self.cell_filter.removeItem(2)
            for cell in cells:
                self.cell_filter.addItem(cell.name, int(cell.id))
            self.cell_filter.setCurrentIndex(max(self.cell_filter.findData(current), 0))
        finally:
            self.cell_filter.blockSignals(False)

    # --- reacting -----------------------------------------------------------------------------------

    def _changed(self, change: Changed) -> None:
        if not self._loaded:
            return
        if isinstance(change, RegistrationsChanged) and change.added and change.ids:
            self._select_after_load = change.ids[0]
        if isinstance(change, OrgsChanged | CellsReorganised):
            self.reload_cells()
        if isinstance(change, RegistrationsChanged | MembersChanged | OrgsChanged):
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

    # --- one registration ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected(self) -> Registration | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.registration(rows[0].row()) if rows else None

    def selected_id(self) -> RegistrationId | None:
        reg = self.selected()
        return reg.id if reg is not None else None

    def select(self, reg_id: RegistrationId) -> None:
        row = self.model.row_of(reg_id)
        if row is not None:
            self.table.selectRow(row)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def register_new(self) -> None:
        if not self._session.actor.may(Op.REGISTRATIONS_EDIT):
            return
        session = self._session

        def work(_progress: Progress) -> LetterSetup:
            with session.use() as vault:
                return letter_setup(vault)

        def show(setup: LetterSetup) -> None:
            self._open(RegisterDialog(setup, self._session, self._runner, self._lang, self))

        self._runner.run(work, done=show, parent=self)

    def move_selected(self) -> None:
        reg = self.selected()
        if reg is None or not reg.active or not self._session.actor.may(Op.REGISTRATIONS_EDIT):
            return
        session = self._session

        def work(_progress: Progress) -> list[CellChoice]:
            with session.use() as vault:
                return residence_cells(vault)

        def show(cells: list[CellChoice]) -> None:
            self._open(MoveRegistrationDialog(reg, cells, self._session, self._runner, self._lang, self))

        self._runner.run(work, done=show, parent=self)

    def end_selected(self) -> None:
        reg = self.selected()
        if reg is None or not reg.active or not self._session.actor.may(Op.REGISTRATIONS_EDIT):
            return
        self._open(EndRegistrationDialog(reg, self._session, self._runner, self._lang, self))

    def print_selected(self, paper: Paper, *, blank_signer: bool = False) -> None:
        reg = self.selected()
        if reg is None:
            return
        session, reg_id = self._session, reg.id

        def work(_progress: Progress) -> Printed:
            with session.use() as vault:
                return print_paper(vault, reg_id, paper, blank_signer=blank_signer)

        def failed(exc: HandbookError) -> bool:
            # Nobody recorded as signer for the paper's date: say so, and offer the paper with the name left
            # blank, to be signed and named by hand.
            if blank_signer or exc.message.id != SIGNER_UNKNOWN:
                return False
            question = self.tr("{reason}\n\nIn ngay với tên người ký để trống (ký và ghi tên bằng tay)?").format(
                reason=exc.render(self._lang)
            )
            blank, skip = self.tr("In để trống tên người ký"), self.tr("Không in")
            if self._runner.dialogs.ask(self, question, yes=blank, no=skip):
                self.print_selected(paper, blank_signer=True)
            return True

        self._runner.run(work, done=self._preview, failed=failed, parent=self, progress=self.tr("Đang tạo văn bản…"))

    def _preview(self, printed: Printed) -> None:
        if printed.paper is Paper.ENDORSEMENT:
            title = self.tr("Tiếp nhận giấy giới thiệu — {name}").format(name=printed.member_name)
        else:
            title = self.tr("Giấy giới thiệu đến chi bộ — {name}").format(name=printed.member_name)
        self.preview_shown.emit(printed.pdf)
        pdf_preview.show_pdf(self, self._runner, printed.pdf, title=title, suggested_name=printed.suggested_name)
