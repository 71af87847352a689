"""Choosing who and where for a registration: the workplace committee (searched without tones, or added on the
spot) and the member (found among ours, or entered as a new working member)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.errors import HandbookError
from handbook.i18n import Lang
from handbook.orgs.model import ExternalOrg, ExternalOrgId
from handbook.text.fold import matches
from ui import theme
from ui.actions.registrations import (
    MemberPick,
    WorkplaceAdded,
    WorkplaceDraft,
    add_workplace,
    search_members,
)
from ui.operations import Progress, Runner
from ui.orgs.fields import refusal_label, say
from ui.session import Session
from ui.widgets.dialogs import localize_buttons

SEARCH_DELAY_MS = 250
_AnyIndex = QModelIndex | QPersistentModelIndex


# --- the workplace committee -----------------------------------------------------------------------


class FoldedFilter(QSortFilterProxyModel):
    """Rows whose text has every typed word at the start of one of its words, tones and case ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _AnyIndex) -> bool:
        model = self.sourceModel()
        text = str(model.data(model.index(source_row, 0, source_parent)) or "")
        return matches(self._query, text)


class WorkplacePicker(QComboBox):
    """An editable list of workplace committees; typing shows those that match, without tones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter = FoldedFilter(self)
        self.filter.setSourceModel(self.model())
        finder = QCompleter(self)
        finder.setModel(self.filter)
        finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        finder.setMaxVisibleItems(10)
        self.setCompleter(finder)
        self.finder = finder
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("gõ để tìm, ví dụ: benh vien"))
        line.textEdited.connect(self._typed)
        finder.activated.connect(self._chosen)

    def set_workplaces(self, workplaces: list[ExternalOrg], select: ExternalOrgId | None = None) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for org in workplaces:
            self.addItem(org.name, int(org.id))
            self.setItemData(self.count() - 1, self._describe(org), Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        if select is not None:
            self.setCurrentIndex(self.findData(int(select)))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)

    @staticmethod
    def _describe(org: ExternalOrg) -> str:
        return "\n".join(p for p in (org.name, org.superior, org.address) if p)

    def _typed(self, text: str) -> None:
        self.filter.set_query(text)
        if text.strip() and self.filter.rowCount() > 0:
            self.finder.complete()

    def _chosen(self, chosen: object) -> None:
        text = str(chosen.data()) if isinstance(chosen, QModelIndex) else str(chosen)
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)

    def selected(self) -> ExternalOrgId | None:
        """The committee whose name is in the box (None when the text names none of them)."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        return ExternalOrgId(int(self.itemData(index)))


class WorkplaceDialog(QDialog):
    """A workplace committee added to the directory on the spot."""

    added = QtSignal(object)  # WorkplaceAdded

    def __init__(self, name: str, session: Session, runner: Runner, lang: Lang, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang: Lang = lang
        self.setWindowTitle(self.tr("Thêm đảng ủy nơi công tác"))
        self.setModal(True)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("ví dụ: Đảng ủy Bệnh viện Đa khoa tỉnh"))
        self.superior = QLineEdit()
        self.superior.setPlaceholderText(self.tr("ví dụ: Đảng bộ Khối các cơ quan tỉnh"))
        self.address = QLineEdit()
        self.refusal = refusal_label()
        form = QFormLayout()
        form.addRow(self.tr("Tên đảng ủy, chi bộ:"), self.name)
        form.addRow(self.tr("Cấp ủy cấp trên:"), self.superior)
        form.addRow(self.tr("Địa chỉ:"), self.address)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Thêm"))
        theme.set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(self.fontMetrics().height() * 36, self.sizeHint().height())
        self.name.setFocus()

    def save(self) -> None:
        draft = WorkplaceDraft(self.name.text(), self.superior.text(), self.address.text())
        session = self._session

        def work(_progress: Progress) -> WorkplaceAdded:
            with session.use() as vault:
                return add_workplace(vault, draft)

        def refused(exc: HandbookError) -> bool:
            say(self.refusal, exc.render(self._lang))
            return True

        self._runner.run(work, done=self._added, failed=refused, parent=self)

    def _added(self, change: WorkplaceAdded) -> None:
        self.added.emit(change)
        self.accept()


# --- the member --------------------------------------------------------------------------------------


class MemberPicker(QWidget):
    """Find one of our members by name, CCCD or card number (searching when typing pauses)."""

    picked = QtSignal(object)  # MemberPick | None

    def __init__(self, session: Session, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._generation = 0
        self._picks: list[MemberPick] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ họ tên, số CCCD hoặc số thẻ để tìm"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm đảng viên"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Đảng viên tìm thấy"))
        self.results.setMinimumHeight(self.fontMetrics().height() * 7)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.set_role(self.note, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.results.currentRowChanged.connect(self._row_changed)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self._show_note()

    def current(self) -> MemberPick | None:
        row = self.results.currentRow()
        return self._picks[row] if 0 <= row < len(self._picks) else None

    def run_search(self) -> None:
        self.timer.stop()
        self._generation += 1
        generation, text, session = self._generation, self.search.text(), self._session

        def work(_progress: Progress) -> list[MemberPick]:
            with session.use() as vault:
                return search_members(vault, text)

        self._runner.run(work, done=lambda found: self._found(generation, found), parent=self)

    def _found(self, generation: int, found: list[MemberPick]) -> None:
        if generation != self._generation:
            return
        self._picks = found
        self.results.blockSignals(True)
        self.results.clear()
        for pick in found:
            details = [p for p in (pick.birth_date, pick.cell_name or pick.workplace) if p]
            text = pick.full_name + (f"  —  {', '.join(details)}" if details else "")
            QListWidgetItem(text, self.results)
        self.results.blockSignals(False)
        if len(found) == 1:
            self.results.setCurrentRow(0)
        else:
            self.picked.emit(None)
        self._show_note()

    def _show_note(self) -> None:
        if not self.search.text().strip():
            self.note.setText(self.tr("Gõ để tìm; dùng phím mũi tên để chọn."))
        elif not self._picks:
            self.note.setText(self.tr("Không tìm thấy. Nếu là đảng viên chưa có hồ sơ ở đây, chọn “Đảng viên mới”."))
        else:
            self.note.setText(
                self.tr("Tìm thấy {n} người; chọn đúng người trong danh sách.").format(n=len(self._picks))
            )

    def _row_changed(self, _row: int) -> None:
        self.picked.emit(self.current())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (self.search, self.results):
            # Enter chooses and moves on; it must not save a registration half filled in.
            if watched is self.search and self.timer.isActive():
                self.run_search()
            if self.current() is not None and watched is self.results:
                self.focusNextPrevChild(True)
            elif self.results.count():
                self.results.setFocus()
            return True
        return False
