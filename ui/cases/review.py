"""The head's review queue: the comments waiting for confirmation, read one by one, confirmed (one, the selected,
or all, asked once with the signature block that will be used) or sent back to the cell with a reason.

Staff and viewers see the actions disabled with the core's reason as tooltip; the core refuses them anyway.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import Case, CaseId, CaseState
from handbook.i18n import Lang
from handbook.permissions import Op
from ui import theme
from ui.actions.cases import CaseReturned, CasesConfirmed, YearData, confirm_cases, return_case
from ui.cases.small_dialogs import ReturnReasonDialog
from ui.cases.table_model import CaseColumn, CasesTableModel, dmy
from ui.library.source_link import SourceButton
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.fit import ButtonRow
from ui.widgets.permission import guard
from ui.widgets.tables import DATE_SAMPLE, size_columns

SHOWN_COLUMNS = (CaseColumn.NAME, CaseColumn.CELL, CaseColumn.MEETING)
WORST = "#9a2a1f"  # the third label of a criterion (the weakest) stands out a little


class ReviewPanel(QWidget):
    """Reads and confirms the year's commented cases."""

    reason_dialog_opened = Signal(object)  # the ReturnReasonDialog just shown
    preview_requested = Signal(object)  # list[CaseId]: show these sheets
    status = Signal(str)  # a sentence for the screen's status line

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._data: YearData | None = None
        self._busy = False

        self.model = CasesTableModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Phiếu chờ xác nhận"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        for column in CaseColumn:
            self.table.setColumnHidden(column, column not in SHOWN_COLUMNS)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        size_columns(self.table, {CaseColumn.MEETING: DATE_SAMPLE}, stretch=[CaseColumn.NAME, CaseColumn.CELL])

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setContentsMargins(14, 10, 14, 10)
        sheet = QFrame()
        theme.set_role(sheet, "card")
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.detail)
        sheet_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(sheet)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        splitter.setChildrenCollapsible(False)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        theme.set_role(self.empty, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)

        self.block_label = QLabel()
        theme.set_role(self.block_label, "muted")
        self.block_label.setWordWrap(True)
        self.confirm_one_button = QPushButton(self.tr("Xác nhận phiếu này"))
        theme.set_role(self.confirm_one_button, "primary")
        self.confirm_selected_button = QPushButton(self.tr("Xác nhận các phiếu đã chọn"))
        self.confirm_all_button = QPushButton(self.tr("Xác nhận tất cả"))
        self.return_button = QPushButton(self.tr("Trả lại để sửa…"))
        self.preview_button = QPushButton(self.tr("Xem phiếu…"))

        buttons = ButtonRow()
        for button in (self.confirm_one_button, self.confirm_selected_button, self.confirm_all_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        self.source_button = SourceButton(session, runner, lang, parent=self)  # shown only when the library has it
        buttons.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.block_label)
        layout.addWidget(self.source_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.confirm_one_button.clicked.connect(self.confirm_current)
        self.confirm_selected_button.clicked.connect(self.confirm_selected)
        self.confirm_all_button.clicked.connect(self.confirm_all)
        self.return_button.clicked.connect(self.send_back)
        self.preview_button.clicked.connect(self._preview)
        self.apply_permissions()

    # --- data --------------------------------------------------------------------------------------------

    def set_data(self, data: YearData) -> None:
        self._data = data
        current = self.current_case()
        selected = set(self.selected_ids())
        waiting = [c for c in data.cases if c.state is CaseState.COMMENTED]
        self.model.set_cases(waiting, data)
        if waiting:
            self.stack.setCurrentIndex(0)
        else:
            self.empty.setText(self.tr("Không có phiếu nào chờ xác nhận trong năm {year}.").format(year=data.year))
            self.stack.setCurrentWidget(self.empty)
        selection = self.table.selectionModel()
        for n, case in enumerate(waiting):
            if case.id in selected:
                selection.select(
                    self.model.index(n, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        row = self.model.row_of(current.id) if current is not None else None
        if row is None and waiting:
            row = 0
        if row is not None:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            if not selection.hasSelection():
                self.table.selectRow(row)
        self._show_block()
        self._selection_changed()

    def _show_block(self) -> None:
        """The signature block the person would confirm with, or why they cannot confirm (not only a tooltip)."""
        reason = self._session.actor.why_not(Op.CASES_CONFIRM)
        if reason is not None:
            self.block_label.setText(reason.render(self._lang))
        elif self._data is not None:
            block = " / ".join(self._data.confirm_block)
            self.block_label.setText(self.tr("Khối chữ ký khi xác nhận hôm nay: {block}").format(block=block))

    def clear(self) -> None:
        self._data = None
        self.model.clear()
        self.detail.clear()

    # --- permissions and buttons --------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        actor = self._session.actor
        for button in (self.confirm_one_button, self.confirm_selected_button, self.confirm_all_button):
            guard(button, actor, Op.CASES_CONFIRM, self._lang)
        guard(self.return_button, actor, Op.CASES_RETURN, self._lang)
        guard(self.preview_button, actor, Op.FORMS_PRINT, self._lang)
        self._show_block()
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self._session.actor
        confirm = actor.may(Op.CASES_CONFIRM) and not self._busy
        selected = len(self.selected_ids())
        total = self.model.rowCount()
        current = self.current_case() is not None
        self.confirm_one_button.setEnabled(confirm and current)
        self.confirm_selected_button.setEnabled(confirm and selected > 1)
        self.confirm_all_button.setEnabled(confirm and total > 0)
        self.confirm_selected_button.setText(
            self.tr("Xác nhận %Ln phiếu đã chọn", "", selected)
            if selected > 1
            else self.tr("Xác nhận các phiếu đã chọn")
        )
        self.confirm_all_button.setText(self.tr("Xác nhận tất cả (%Ln)", "", total))
        self.return_button.setEnabled(actor.may(Op.CASES_RETURN) and current and not self._busy)
        self.preview_button.setEnabled(actor.may(Op.FORMS_PRINT) and (selected > 0 or current))

    def selected_ids(self) -> list[CaseId]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [cid for cid in (self.model.case_id(r) for r in rows) if cid is not None]

    def current_case(self) -> Case | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.case_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        case = self.current_case()
        self.detail.setText(self._describe(case) if case is not None else "")
        self._update_buttons()

    # --- reading one comment --------------------------------------------------------------------------------

    def _describe(self, case: Case) -> str:
        data = self._data
        criteria = data.criteria_of(case) if data is not None else ()
        parts = [f"<p style='font-size:large; font-weight:600; margin:0'>{escape(case.member_name)}</p>"]
        facts = [case.cell_name, case.requested_by_name]
        parts.append(f"<p style='color:#5f6368; margin-top:2px'>{escape(' · '.join(f for f in facts if f))}</p>")
        colour = f"; color:{WORST}"
        if case.ratings is not None and len(case.ratings) == len(criteria):
            for n, (criterion, rating) in enumerate(zip(criteria, case.ratings, strict=True), 1):
                parts.append(
                    f"<p style='margin:8px 0 0 0'>{n}. {escape(criterion.text)}</p>"
                    f"<p style='margin:2px 0 0 18px{colour if rating == 2 else ''}'>"
                    f"<b>{escape(criterion.labels[rating])}</b></p>"
                )
        label = (data.other_label(case) if data is not None else "") or self.tr("Ý kiến khác")
        other = self.tr("(không có)")
        if case.other_comment.strip():
            other = escape(case.other_comment).replace("\n", "<br>")
        parts.append(f"<p style='margin-top:14px'><b>{escape(label.rstrip(':'))}:</b> {other}</p>")
        signer = " / ".join(case.cell_signer_lines)
        meeting = dmy(case.cell_meeting_date) or self.tr("(chưa ghi)")
        parts.append(
            "<p>"
            + self.tr("Chi bộ họp ngày {meeting}; {signer}: {name}").format(
                meeting=escape(meeting), signer=escape(signer), name=f"<b>{escape(case.cell_signer_name)}</b>"
            )
            + "</p>"
        )
        return "".join(parts)

    # --- confirming -------------------------------------------------------------------------------------------

    def confirm_current(self) -> None:
        case = self.current_case()
        if case is not None:
            self.confirm_ids([case.id])

    def confirm_selected(self) -> None:
        self.confirm_ids(self.selected_ids())

    def confirm_all(self) -> None:
        self.confirm_ids([c.id for c in self.model.cases])

    def confirm_ids(self, ids: list[CaseId]) -> None:
        """Ask once (the count and the signature block), then confirm in one action. The core checks who may."""
        data = self._data
        if not ids or data is None or self._busy:
            return
        block = " / ".join(data.confirm_block)
        if len(ids) == 1:
            case = data.case(ids[0])
            question = self.tr("Xác nhận nhận xét của đảng viên {name}?").format(name=case.member_name if case else "")
        else:
            question = self.tr("Xác nhận %Ln phiếu nhận xét?", "", len(ids))
        question += "\n\n" + self.tr("Khối chữ ký sẽ dùng: {block}").format(block=block)
        question += "\n" + self.tr("Ngày xác nhận: {day}. Mỗi phiếu được cấp một số xác nhận.").format(
            day=dmy(data.today)
        )
        if not self._runner.dialogs.ask(self, question, yes=self.tr("Xác nhận"), no=self.tr("Không")):
            return
        session, year = self._session, data.year
        self._busy = True
        self._update_buttons()

        def work(_progress: Progress) -> CasesConfirmed:
            with session.use() as vault:
                return confirm_cases(vault, year, ids)

        self._runner.run(
            work, done=self._confirmed, always=self._settled, parent=self, progress=self.tr("Đang xác nhận…")
        )

    def _confirmed(self, change: CasesConfirmed) -> None:
        numbers = [n for _cid, n in change.numbers]
        if len(numbers) == 1:
            text = self.tr("Đã xác nhận 1 phiếu, số {number}.").format(number=numbers[0])
        else:
            text = self.tr("Đã xác nhận %Ln phiếu, số {first} đến {last}.", "", len(numbers)).format(
                first=numbers[0] if numbers else "", last=numbers[-1] if numbers else ""
            )
        self.status.emit(text)

    def _settled(self) -> None:
        self._busy = False
        self._update_buttons()

    # --- sending back ---------------------------------------------------------------------------------------

    def send_back(self) -> None:
        case = self.current_case()
        if case is None or self._data is None:
            return
        dialog = ReturnReasonDialog(
            self.tr("Trả lại để chi bộ sửa"),
            self.tr("Trả lại nhận xét của đảng viên {name} ({cell}) để chi bộ sửa.").format(
                name=case.member_name, cell=case.cell_name
            ),
            self.tr("Trả lại"),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.return_with(case.id, dialog.text()))
        dialog.open()
        self.reason_dialog_opened.emit(dialog)

    def return_with(self, case_id: CaseId, reason: str) -> None:
        data = self._data
        if data is None:
            return
        session, year = self._session, data.year

        def work(_progress: Progress) -> CaseReturned:
            with session.use() as vault:
                return return_case(vault, year, case_id, reason)

        def done(change: CaseReturned) -> None:
            case = data.case(change.case_id)
            self.status.emit(
                self.tr("Đã trả lại nhận xét của {name} để chi bộ sửa.").format(name=case.member_name if case else "")
            )

        self._runner.run(work, done=done, parent=self)

    def _preview(self) -> None:
        ids = self.selected_ids()
        if not ids:
            case = self.current_case()
            ids = [case.id] if case is not None else []
        if ids:
            self.preview_requested.emit(ids)
