"""The import wizard's cells step: the cells the file names that the vault lacks, each created or mapped.

Shown only when there are some (a commune's first list). Each name is listed once with how many rows use it;
the person creates it (under the commune's committee, in the same all-or-nothing import) or maps it to an
existing cell, a look-alike being chosen already ("Chi bộ thôn Trung Hoà" ≈ "Chi bộ thôn Trung Hòa"). The
effective date and whether the new cells are residence or workplace cells are asked once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from handbook.errors import HandbookError
from handbook.spreadsheet.cells import MissingCell, NewCells
from ui import theme
from ui.actions.importing import CellChoices, existing_cells, may_create_cells
from ui.importer.host import WizardHost
from ui.importer.widgets import cell, read_only_table
from ui.operations import Progress
from ui.settings.dates import DateField
from ui.settings.section import message_line, say

NAME, ROWS, CHOICE = range(3)
CREATE = ""  # the combo's data for "create this cell"; any other data is the existing cell's name


class ImportCellsPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self._may_create = True
        self.setTitle(self.tr("Chi bộ chưa có trong kho"))
        self.setSubTitle(
            self.tr(
                "Cột “Chi bộ” của tệp ghi những chi bộ dưới đây mà kho chưa có. Với mỗi chi bộ, chọn tạo mới "
                "(cùng lần nhập, trực thuộc Đảng ủy xã) hoặc ghép với một chi bộ đã có."
            )
        )
        self.table = read_only_table(self.tr("Chi bộ chưa có trong kho"))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Tên trong tệp"), self.tr("Số dòng"), self.tr("Cách xử lý")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combos: list[QComboBox] = []
        self.valid_from = DateField()
        self.residential = QRadioButton(self.tr("Chi bộ nơi cư trú (thôn, tổ dân phố)"))
        self.workplace = QRadioButton(self.tr("Chi bộ cơ quan, đơn vị (nơi làm việc)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.residential)
        kinds.addButton(self.workplace)
        self.residential.setChecked(True)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.residential)
        kind_row.addWidget(self.workplace)
        kind_row.addStretch(1)
        self.new_box = QWidget()
        form = QFormLayout(self.new_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Chi bộ mới thành lập từ ngày:"), self.valid_from)
        form.addRow(self.tr("Loại chi bộ mới:"), kind_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.set_role(self.note, "muted")
        self.message = message_line()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.new_box)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        self.message.hide()
        session = self._wizard.session

        def work(_progress: Progress) -> tuple[list[str], bool]:
            with session.use() as vault:
                return existing_cells(vault), may_create_cells(vault)

        def done(found: tuple[list[str], bool]) -> None:
            self._show(*found)

        self._wizard.runner.run(work, done=done, failed=self._refused, parent=self)

    def _show(self, names: list[str], may_create: bool) -> None:
        state = self._wizard.state
        missing: tuple[MissingCell, ...] = state.missing or ()
        self._may_create = may_create
        chosen = dict(state.cells.cell_map)
        self.table.setRowCount(len(missing))
        self.combos = []
        for r, found in enumerate(missing):
            self.table.setItem(r, NAME, cell(found.name))
            self.table.setItem(r, ROWS, cell(str(len(found.rows))))
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.addItem(self.tr("Tạo chi bộ mới với tên này"), CREATE)
            for name in names:
                combo.addItem(self.tr("Ghép với: {cell}").format(cell=name), name)
            if found.name in chosen:
                target: str | None = chosen[found.name]
            elif state.cells.new_cells is not None:
                target = None  # chosen "create" before
            else:
                target = found.suggestion
            if target is None and not may_create and names:
                target = names[0]
            index = combo.findData(target) if target else 0
            combo.setCurrentIndex(max(index, 0))
            if not may_create:
                combo.model().item(0).setEnabled(False)  # type: ignore[attr-defined]
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self.table.setCellWidget(r, CHOICE, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(ROWS)
        self.table.setColumnWidth(NAME, self.fontMetrics().averageCharWidth() * 34)
        if state.cells.new_cells is not None:
            self.valid_from.set_value(state.cells.new_cells.valid_from)
            (self.residential if state.cells.new_cells.residential else self.workplace).setChecked(True)
        if may_create:
            self.note.setText(
                self.tr(
                    "Chi bộ mới được tạo cùng lúc với các đảng viên, trong một lần nhập: nếu tệp còn lỗi thì không "
                    "có gì được lưu, kể cả chi bộ. Mỗi người được xếp vào chi bộ từ ngày chi bộ thành lập."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Tài khoản này không được tạo chi bộ: hãy ghép với chi bộ đã có, hoặc nhờ Trưởng ban tạo trước."
                )
            )
        self._changed()

    def _changed(self) -> None:
        self.new_box.setVisible(any(c.currentData() == CREATE for c in self.combos))
        self.completeChanged.emit()

    def choices(self) -> CellChoices:
        """What the page says now: the mapped names, and how to create the others (if any are created)."""
        missing = self._wizard.state.missing or ()
        cell_map = {
            found.name: str(combo.currentData())
            for found, combo in zip(missing, self.combos, strict=True)
            if combo.currentData() != CREATE
        }
        create = any(c.currentData() == CREATE for c in self.combos)
        new = NewCells(self.valid_from.value(), self.residential.isChecked()) if create else None
        return CellChoices(cell_map, new)

    def choose(self, name: str, target: str | None) -> None:
        """Set the cell ``name`` of the file to ``target`` (an existing cell), or to be created (None)."""
        missing = self._wizard.state.missing or ()
        for found, combo in zip(missing, self.combos, strict=True):
            if found.name == name:
                combo.setCurrentIndex(combo.findData(target if target is not None else CREATE))

    def isComplete(self) -> bool:
        if len(self.combos) != len(self._wizard.state.missing or ()):
            return False
        return self._may_create or all(c.currentData() != CREATE for c in self.combos)

    def validatePage(self) -> bool:
        state = self._wizard.state
        choices = self.choices()
        if choices != state.cells:
            state.cells = choices
            state.plan = None
        return True

    def _refused(self, exc: HandbookError) -> bool:
        say(self.message, exc.render(self._wizard.lang), "error")
        return True
