"""The import wizard's column mapping: for each column of the file, what it holds in the member record.

Found from the headers; the person corrects a column with its combo box (a field held by another column
moves here), loads a mapping saved earlier, or saves this one under a name for next time.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from handbook.errors import HandbookError
from handbook.spreadsheet.cells import MissingCell
from handbook.spreadsheet.columns import ColumnMapping, Target
from ui.actions.importing import load_saved_mapping, missing_cells, samples, save_named_mapping, saved_mappings
from ui.importer.host import CELLS, CHECK, WizardHost
from ui.importer.widgets import cell, read_only_table
from ui.operations import Progress
from ui.settings.section import message_line, say

LETTER, HEADER, SAMPLE, TARGET = range(4)


class ImportMappingPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self._busy = False
        self.setTitle(self.tr("Ghép cột"))
        self.setSubTitle(
            self.tr("Mỗi cột của tệp ứng với thông tin nào trong hồ sơ. Cột nào không cần thì để “(không nhập)”.")
        )
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(20)
        self.load_button = QPushButton(self.tr("Dùng cách ghép này"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("tên, ví dụ: Danh sách của Văn phòng"))
        self.save_button = QPushButton(self.tr("Lưu cách ghép"))
        self.table: QTableWidget = read_only_table(self.tr("Ghép cột của tệp với thông tin trong hồ sơ"))
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Cột"),
                self.tr("Tiêu đề trong tệp"),
                self.tr("Ví dụ (dòng đầu)"),
                self.tr("Thông tin trong hồ sơ"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        self.message = message_line()
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Cách ghép đã lưu:")))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.load_button)
        save_row = QHBoxLayout()
        save_row.addWidget(QLabel(self.tr("Lưu cách ghép này với tên:")))
        save_row.addWidget(self.name, 1)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(save_row)
        self.combos: dict[int, QComboBox] = {}
        self.load_button.clicked.connect(self.load_saved)
        self.save_button.clicked.connect(self.save)
        self.name.textChanged.connect(lambda _t: self.save_button.setEnabled(bool(self.name.text().strip())))
        self.save_button.setEnabled(False)

    # --- showing -------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.message.hide()
        self._show(self._wizard.state.current_mapping())
        self._load_names()

    def _load_names(self, select: str = "") -> None:
        session = self._wizard.session

        def work(_progress: Progress) -> list[str]:
            with session.use() as vault:
                return saved_mappings(vault)

        self._wizard.runner.run(work, done=lambda names: self._names_loaded(names, select), parent=self)

    def _names_loaded(self, names: list[str], select: str) -> None:
        self.saved.clear()
        for name in names:
            self.saved.addItem(name)
        if select:
            self.saved.setCurrentIndex(max(self.saved.findText(select), 0))
        has = bool(names)
        self.saved.setEnabled(has)
        self.load_button.setEnabled(has)
        if not has:
            self.saved.addItem(self.tr("(chưa lưu cách ghép nào)"))

    def _show(self, mapping: ColumnMapping) -> None:
        state = self._wizard.state
        examples = samples(state.table, state.encoding, mapping)
        self.table.setRowCount(len(mapping.rules))
        self.combos = {}
        for row, rule in enumerate(mapping.rules):
            self.table.setItem(row, LETTER, cell(rule.letter))
            self.table.setItem(row, HEADER, cell(rule.header))
            self.table.setItem(row, SAMPLE, cell(examples.get(rule.column, "")))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Cột {letter}").format(letter=rule.letter))
            for target in Target:
                combo.addItem(target.label.render(self._wizard.lang), target.value)
            combo.setCurrentIndex(combo.findData(rule.target.value))
            combo.activated.connect(lambda _i, column=rule.column: self._target_chosen(column))
            self.table.setCellWidget(row, TARGET, combo)
            self.combos[rule.column] = combo
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((LETTER, 6), (HEADER, 26), (SAMPLE, 26)):
            self.table.setColumnWidth(column, chars * char)
        self._check(mapping)

    def _target_chosen(self, column: int) -> None:
        state = self._wizard.state
        mapping = state.current_mapping()
        target = Target(str(self.combos[column].currentData()))
        updated = mapping.with_target(column, target)
        state.set_mapping(updated)
        for rule in updated.rules:  # a field held by another column moved here: that one is cleared
            combo = self.combos.get(rule.column)
            if combo is not None and combo.currentData() != rule.target.value:
                combo.setCurrentIndex(combo.findData(rule.target.value))
        self._check(updated)

    def set_target(self, column: int, target: Target) -> None:
        """Choose ``target`` for ``column`` as the person would with the combo box."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(target.value))
        self._target_chosen(column)

    def _check(self, mapping: ColumnMapping) -> None:
        if not mapping.has_name:
            say(
                self.message,
                self.tr("Chưa có cột họ tên. Hãy chọn “Họ và tên” (hoặc “Tên”) cho cột ghi họ tên."),
                "error",
            )
        else:
            self.message.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        mapping = self._wizard.state.mapping
        return mapping is not None and mapping.has_name and not self._busy

    # --- moving on: are the file's cells in the vault? -----------------------------------------------

    def validatePage(self) -> bool:
        state = self._wizard.state
        if state.missing is not None:
            return True
        if self._busy:
            return False
        table, encoding, mapping = state.table, state.encoding, state.current_mapping()
        session = self._wizard.session

        def work(_progress: Progress) -> tuple[MissingCell, ...]:
            with session.use() as vault:
                return missing_cells(vault, table, encoding, mapping)

        def done(found: tuple[MissingCell, ...]) -> None:
            state.missing = found
            QTimer.singleShot(0, self._wizard.next)

        self._set_busy(True)
        self._wizard.runner.run(
            work, done=done, failed=self._refused, always=lambda: self._set_busy(False), parent=self
        )
        return False

    def nextId(self) -> int:
        return CELLS if self._wizard.state.missing else CHECK

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._wizard.working = busy
        self.completeChanged.emit()

    # --- saved mappings ------------------------------------------------------------------------------

    def load_saved(self) -> None:
        name = self.saved.currentText()
        session = self._wizard.session

        def work(_progress: Progress) -> ColumnMapping:
            with session.use() as vault:
                return load_saved_mapping(vault, name)

        def done(mapping: ColumnMapping) -> None:
            self._wizard.state.set_mapping(mapping, name)
            self._show(mapping)
            say(self.message, self.tr("Đang dùng cách ghép “{name}”.").format(name=name), "muted")

        self._wizard.runner.run(work, done=done, failed=self._refused, parent=self)

    def save(self) -> None:
        name = self.name.text()
        mapping = self._wizard.state.current_mapping()
        session = self._wizard.session

        def work(_progress: Progress) -> list[str]:
            with session.use() as vault:
                return save_named_mapping(vault, name, mapping)

        def done(names: list[str]) -> None:
            self._names_loaded(names, name.strip())
            self.name.clear()
            say(self.message, self.tr("Đã lưu cách ghép “{name}”.").format(name=name.strip()), "muted")

        self._wizard.runner.run(work, done=done, failed=self._refused, parent=self)

    def _refused(self, exc: HandbookError) -> bool:
        say(self.message, exc.render(self._wizard.lang), "error")
        return True
