"""Typing in a batch of the cells' paper comment sheets, fast from the keyboard; saved all together or not at all.

On a criterion, keys 1/2/3 choose its label and go on to the next criterion (after the last one: "Ý kiến khác");
←/→ change the choice, ↑/↓ move between criteria, 0 or Delete clears. Enter (Ctrl+Enter too, and Enter in
"Ý kiến khác"; Shift+Enter there starts a new line) goes to the next sheet, Page Up/Down to the previous/next,
Ctrl+S saves. The meeting date, the cell's signature form and the secretary's name come from the previous sheet
of the same cell. Only sheets the person changed are saved; the core checks them all first and saves every one
or none, and a refusal names the sheet (the dialog then shows that sheet).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.flow.cases import CommentEntry
from handbook.flow.model import Case, CaseId, CaseState
from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from ui import theme
from ui.actions.cases import BatchData, CommentsSaved, save_comments, sheet_index
from ui.cases.fields import FieldProblem, read_day
from ui.cases.sheet_form import ENTER, STYLE, CellDefaults, CommentSheetForm, SheetValues
from ui.cases.sheet_form import RatingRow as RatingRow  # where the tests and callers have found it
from ui.library.source_link import SourceButton
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.fit import fit_size

ALL_CELLS = -1
DONE_COLOUR = QColor("#2e6b30")
PARTIAL_COLOUR = QColor("#7a5200")
HEADING_COLOUR = QColor("#5f6368")


@dataclass
class _Sheet:
    case: Case
    initial: SheetValues
    own: bool = False  # a sheet sent back: it opens with what was typed before, its signing included
    values: SheetValues = field(init=False)

    def __post_init__(self) -> None:
        self.values = replace(self.initial, ratings=list(self.initial.ratings))

    @property
    def edited(self) -> bool:
        return self.values != self.initial


class BatchEntryDialog(QDialog):
    """A batch of paper sheets: pick the cell, type each sheet, save them together."""

    saved = Signal(object)  # CommentsSaved

    def __init__(
        self,
        data: BatchData,
        session: Session,
        runner: Runner,
        lang: Lang,
        parent: QWidget | None = None,
        *,
        cell_id: OrgId | None = None,
        start: CaseId | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._session = session
        self._runner = runner
        self._lang = lang
        self._saving = False
        self._sheets: dict[CaseId, _Sheet] = {}
        self._defaults: dict[OrgId, CellDefaults] = {
            cell: CellDefaults(s.meeting.strftime("%d/%m/%Y") if s.meeting else "", s.choice, s.name)
            for cell, s in data.signing.items()
        }
        self._visible: list[Case] = []
        self._rows: list[Case | None] = []  # the list's rows: a sheet, or None for a cell's heading
        self._current: Case | None = None

        self.setWindowTitle(self.tr("Nhập phiếu nhận xét năm {year}").format(year=data.year))
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setStyleSheet(STYLE)

        heading = QLabel(self.tr("Nhập phiếu nhận xét của chi bộ năm {year}").format(year=data.year))
        heading.setFont(theme.scaled_font(heading, 1.35, bold=True))
        self.cell = QComboBox()
        self.cell.setAccessibleName(self.tr("Chi bộ"))
        self.cell.addItem(self.tr("Tất cả chi bộ (%Ln phiếu)", "", len(data.cases)), ALL_CELLS)
        for cell in data.cells:
            count = sum(1 for c in data.cases if c.cell_id == cell.id)
            self.cell.addItem(self.tr("{name} (%Ln phiếu)", "", count).format(name=cell.name), int(cell.id))
        self.cell.setMinimumContentsLength(28)
        cell_label = QLabel(self.tr("Chi bộ:"))
        cell_label.setBuddy(self.cell)
        self.progress = QLabel()
        theme.set_role(self.progress, "muted")

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Các phiếu chờ nhập"))
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 26)
        self.form = CommentSheetForm(data.rules.cell_signature_choices, data.rules.other_comment_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click in the sheet must not take the keys from it
        self.empty = QLabel(self.tr("Không có phiếu nào chờ chi bộ nhận xét."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self.empty, "muted")
        self.empty.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.problem = QFrame()
        theme.set_role(self.problem, "errorPanel")
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        QVBoxLayout(self.problem).addWidget(self.problem_label)
        self.problem.hide()
        right_layout.addWidget(self.problem)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.empty, 1)
        self.sheet_scroll = scroll
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.hint = QLabel(
            self.tr(
                "Phím 1, 2, 3: chọn mức · ←/→: đổi mức · ↑/↓: tiêu chí trước, sau · Enter: phiếu sau · "
                "Shift+Enter: xuống dòng trong ý kiến · Ctrl+S: lưu"
            )
        )
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, "muted")
        self.keys_hint = QLabel(
            self.tr("Phím 1, 2, 3 chỉ chọn mức khi đang ở một tiêu chí: bấm vào phiếu, hoặc Enter ở danh sách.")
        )
        self.keys_hint.setWordWrap(True)
        theme.set_role(self.keys_hint, "warning")
        self.keys_hint.hide()
        self.previous_button = QPushButton(self.tr("‹ Phiếu trước"))
        self.next_button = QPushButton(self.tr("Phiếu sau ›"))
        self.save_button = QPushButton()
        theme.set_role(self.save_button, "primary")
        self.close_button = QPushButton(self.tr("Đóng"))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(True)

        top = QHBoxLayout()
        top.addWidget(cell_label)
        top.addWidget(self.cell)
        top.addStretch(1)
        top.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        self.source_button = SourceButton(session, runner, lang, parent=self)
        self.source_button.setAutoDefault(False)
        buttons.addWidget(self.source_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.keys_hint)
        layout.addLayout(buttons)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.cell.currentIndexChanged.connect(lambda _i: self._cell_changed())
        self.list.currentRowChanged.connect(self._row_changed)
        self.form.edited.connect(self._edited)
        self.form.other.installEventFilter(self)
        self.previous_button.clicked.connect(self.previous_sheet)
        self.next_button.clicked.connect(self.next_sheet)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        height = self.fontMetrics().height()
        self.resize(fit_size(self, QSize(height * 66, height * 44)))

        if cell_id is not None and self.cell.findData(int(cell_id)) >= 0:
            self.cell.setCurrentIndex(self.cell.findData(int(cell_id)))  # fills the list
        else:
            self._cell_changed()
        if start is not None:
            self.go_to(start)
        self._update_progress()

    # --- the sheets ---------------------------------------------------------------------------------------

    @property
    def current(self) -> Case | None:
        return self._current

    def sheet_values(self, case_id: CaseId) -> SheetValues | None:
        self._store()
        sheet = self._sheets.get(case_id)
        return sheet.values if sheet is not None else None

    def edited_cases(self) -> list[Case]:
        self._store()
        return [c for c in self._data.cases if c.id in self._sheets and self._sheets[c.id].edited]

    def _sheet(self, case: Case) -> _Sheet:
        found = self._sheets.get(case.id)
        if found is not None:
            return found
        count = len(self._data.criteria(case))
        own = case.state is CaseState.RETURNED and case.ratings is not None and len(case.ratings) == count
        defaults = self._defaults.get(case.cell_id) if case.cell_id is not None else None
        choices = self._data.rules.cell_signature_choices
        if own and case.cell_signer_name:
            choice = choices.index(case.cell_signer_lines) if case.cell_signer_lines in choices else 0
            meeting = case.cell_meeting_date.strftime("%d/%m/%Y") if case.cell_meeting_date else ""
            signing = CellDefaults(meeting, choice, case.cell_signer_name)
        else:
            signing = defaults or CellDefaults()
        initial = SheetValues(
            ratings=list(case.ratings) if own and case.ratings is not None else [-1] * count,
            other=case.other_comment if own else "",
            meeting=signing.meeting,
            signer_choice=signing.signer_choice,
            signer_name=signing.signer_name,
        )
        sheet = self._sheets[case.id] = _Sheet(case, initial, own=own)
        return sheet

    def _store(self) -> None:
        """Keep what the form holds for the sheet shown, and remember the cell's signing from it."""
        case = self._current
        if case is None:
            return
        sheet = self._sheet(case)
        values = self.form.values()
        sheet.values = values
        if case.cell_id is not None and (sheet.edited or self._signing_of(values) != self._signing_of(sheet.initial)):
            self._defaults[case.cell_id] = self._signing_of(values)

    @staticmethod
    def _signing_of(values: SheetValues) -> CellDefaults:
        return CellDefaults(values.meeting, values.signer_choice, values.signer_name.strip())

    def _facts(self, case: Case) -> str:
        parts = [case.cell_name or self.tr("chưa có chi bộ"), case.requested_by_name]
        if case.exempt:
            count = len(self._data.criteria(case))
            parts.append(self.tr("miễn sinh hoạt nơi cư trú — {n} tiêu chí").format(n=count))
        return " · ".join(p for p in parts if p)

    def _show(self, case: Case) -> None:
        sheet = self._sheet(case)
        # Signing typed on another sheet of the cell since this one was first shown, and nothing typed here yet.
        if not sheet.edited and not sheet.own and case.cell_id is not None and case.cell_id in self._defaults:
            cell = self._defaults[case.cell_id]
            sheet.values = replace(
                sheet.values, meeting=cell.meeting, signer_choice=cell.signer_choice, signer_name=cell.signer_name
            )
            sheet.initial = replace(sheet.values, ratings=list(sheet.values.ratings))
        self._current = case
        self.form.load(case, self._facts(case), self._data.criteria(case), sheet.values)
        self.form.focus_first()
        self.sheet_scroll.ensureVisible(0, 0)
        self._update_progress()

    # --- the list and moving between sheets ---------------------------------------------------------------

    def _cell_changed(self) -> None:
        self._store()
        chosen = self.cell.currentData()
        cases = list(self._data.cases)
        if chosen != ALL_CELLS:
            cases = [c for c in cases if c.cell_id is not None and int(c.cell_id) == chosen]
        self._visible = cases
        self._rows = []
        headings = chosen == ALL_CELLS and len(self._data.cells) > 1
        bold = QFont(self.list.font())
        bold.setBold(True)
        self.list.blockSignals(True)
        try:
            self.list.clear()
            cell_name: str | None = None
            for case in self._visible:
                if headings and case.cell_name != cell_name:
                    cell_name = case.cell_name
                    heading = QListWidgetItem(cell_name or self.tr("(chưa có chi bộ)"))
                    heading.setFlags(Qt.ItemFlag.NoItemFlags)
                    heading.setFont(bold)
                    heading.setForeground(HEADING_COLOUR)
                    self.list.addItem(heading)
                    self._rows.append(None)
                item = QListWidgetItem(case.member_name)
                item.setData(Qt.ItemDataRole.UserRole, int(case.id))
                self.list.addItem(item)
                self._rows.append(case)
                self._mark(item, case)
        finally:
            self.list.blockSignals(False)
        has_sheets = bool(self._visible)
        self.sheet_scroll.setVisible(has_sheets)
        self.empty.setVisible(not has_sheets)
        self._current = None
        if has_sheets:
            first = next((c for c in self._visible if not self._is_edited(c)), self._visible[0])
            self.list.setCurrentRow(self._row_of(first.id))
        self._update_progress()

    def _row_of(self, case_id: CaseId) -> int:
        for row, case in enumerate(self._rows):
            if case is not None and case.id == case_id:
                return row
        return -1

    def _row_changed(self, row: int) -> None:
        case = self._rows[row] if 0 <= row < len(self._rows) else None
        if case is None:
            return
        self._store()
        self._refresh_mark(self._current)
        self._show(case)

    def _is_edited(self, case: Case) -> bool:
        sheet = self._sheets.get(case.id)
        return sheet is not None and sheet.edited

    def _mark(self, item: QListWidgetItem, case: Case) -> None:
        sheet = self._sheets.get(case.id)
        if sheet is not None and sheet.edited:
            complete = sheet.values.complete
            item.setText(("✓ " if complete else "• ") + case.member_name)
            item.setForeground(DONE_COLOUR if complete else PARTIAL_COLOUR)
            item.setToolTip(self.tr("Đã nhập") if complete else self.tr("Còn thiếu mức chọn hoặc tên Bí thư"))
        else:
            item.setText(case.member_name)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip(case.cell_name)

    def _refresh_mark(self, case: Case | None) -> None:
        if case is None:
            return
        item = self.list.item(self._row_of(case.id))
        if item is not None:
            self._mark(item, case)

    def _edited(self) -> None:
        self._store()
        self._refresh_mark(self._current)
        self._update_progress()

    def go_to(self, case_id: CaseId) -> bool:
        """Show the sheet of ``case_id`` (switching to all cells when it is not in the list)."""
        if self._row_of(case_id) < 0:
            if all(c.id != case_id for c in self._data.cases):
                return False
            self.cell.setCurrentIndex(0)
        self.list.setCurrentRow(self._row_of(case_id))
        return True

    def _position(self) -> int:
        """The place of the sheet shown among the listed sheets (0-based; -1 when none)."""
        current = self._current
        return next((i for i, c in enumerate(self._visible) if current is not None and c.id == current.id), -1)

    def next_sheet(self) -> None:
        position = self._position()
        if position + 1 < len(self._visible):
            self.list.setCurrentRow(self._row_of(self._visible[position + 1].id))
            return
        self._store()
        self._refresh_mark(self._current)
        self._update_progress()
        self.save_button.setFocus()

    def previous_sheet(self) -> None:
        position = self._position()
        if position > 0:
            self.list.setCurrentRow(self._row_of(self._visible[position - 1].id))

    def _update_progress(self) -> None:
        edited = [s for s in self._sheets.values() if s.edited]
        incomplete = sum(1 for s in edited if not s.values.complete)
        position = self._position()
        parts = []
        if self._visible:
            parts.append(self.tr("Phiếu {n}/{count}").format(n=position + 1, count=len(self._visible)))
        parts.append(self.tr("đã nhập %Ln phiếu", "", len(edited)))
        if incomplete:
            parts.append(self.tr("%Ln phiếu còn thiếu", "", incomplete))
        self.progress.setText(" · ".join(parts))
        self.save_button.setText(self.tr("Lưu %Ln phiếu (Ctrl+S)", "", len(edited)))
        self.save_button.setEnabled(bool(edited) and not self._saving)
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < len(self._visible) - 1)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Keep what the keyboard is on in sight (the sheet scrolls on small screens); say where 1, 2, 3 work."""
        if new is not None and self.form.isAncestorOf(new):
            self.sheet_scroll.ensureWidgetVisible(new, 0, 24)
        if new is not None and self.isAncestorOf(new):
            self.keys_hint.setVisible(new is self.list)

    # --- keys ---------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in ENTER:
            if self.focusWidget() is self.save_button:
                self.save()
            elif self.focusWidget() is self.list:
                self.form.focus_first()
            else:
                self.next_sheet()
            event.accept()
        elif control and key == Qt.Key.Key_S:
            self.save()
            event.accept()
        elif key == Qt.Key.Key_PageDown:
            self.next_sheet()
            event.accept()
        elif key == Qt.Key.Key_PageUp:
            self.previous_sheet()
            event.accept()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.form.other
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.next_sheet()
            return True
        return super().eventFilter(watched, event)

    # --- saving ---------------------------------------------------------------------------------------------

    def entries(self) -> list[tuple[Case, CommentEntry]]:
        """Every changed sheet as the core takes it; raises ``FieldProblem`` naming the sheet of a bad date."""
        out = []
        today = self._data.today
        label = self.tr("Ngày họp chi bộ")
        for case in self.edited_cases():
            values = self._sheets[case.id].values
            try:
                meeting = read_day(values.meeting, label, self._lang)
            except FieldProblem as exc:
                raise FieldProblem(
                    self.tr("Phiếu của {name}: {problem}").format(name=case.member_name, problem=exc)
                ) from None
            if meeting is not None and meeting > today:
                raise FieldProblem(
                    self.tr("Phiếu của {name}: ngày họp chi bộ {day} nằm trong tương lai. Hãy kiểm tra lại.").format(
                        name=case.member_name, day=values.meeting
                    )
                )
            entry = CommentEntry(
                case_id=case.id,
                ratings=tuple(values.ratings),
                other_comment=values.other,
                meeting_date=meeting,
                cell_signer=values.signer_choice,
                cell_signer_name=values.signer_name,
            )
            out.append((case, entry))
        return out

    def save(self) -> None:
        if self._saving:
            return
        try:
            pairs = self.entries()
        except FieldProblem as exc:
            name = str(exc)
            self._show_problem(name)
            for case in self.edited_cases():
                if case.member_name in name:
                    self.go_to(case.id)
                    self.form.meeting.setFocus()
                    break
            return
        if not pairs:
            return
        self._saving = True
        self._update_progress()
        session, year = self._session, self._data.year
        entries = [e for _c, e in pairs]

        def work(_progress: Progress) -> CommentsSaved:
            with session.use() as vault:
                return save_comments(vault, year, entries)

        def refused(exc: HandbookError) -> bool:
            index = sheet_index(dict(exc.message.values)) if len(pairs) > 1 else 0
            self._show_problem(exc.render(self._lang))
            if index is not None and 0 <= index < len(pairs):
                self.go_to(pairs[index][0].id)
                self.form.mark_missing()
                self.form.focus_first()
            return True

        def settled() -> None:
            self._saving = False
            self._update_progress()

        self._runner.run(work, done=self._saved, failed=refused, always=settled, parent=self)

    def _saved(self, change: CommentsSaved) -> None:
        self._sheets.clear()
        self.saved.emit(change)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem.show()

    # --- closing without losing work ----------------------------------------------------------------------

    def reject(self) -> None:
        count = len(self.edited_cases())
        if count and not self._runner.dialogs.ask(
            self,
            self.tr("Có %Ln phiếu đã nhập nhưng chưa lưu. Bỏ các phiếu đó?", "", count),
            yes=self.tr("Bỏ các phiếu đã nhập"),
            no=self.tr("Tiếp tục nhập"),
        ):
            return
        super().reject()
