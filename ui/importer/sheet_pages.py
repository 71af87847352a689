"""The import wizard's second and third steps: the sheet and its header rows, then the legacy encoding."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from handbook.spreadsheet.encoding import Decoder, EncodingChoice
from handbook.spreadsheet.reader import Table
from ui.actions.importing import Detected, detect, encoding_preview, proposal
from ui.importer.host import WizardHost
from ui.importer.widgets import cell, letter, read_only_table
from ui.operations import Progress
from ui.settings.section import say

RAW_ROWS = 20
RAW_COLUMNS = 16
HEADER_BG = QColor("#efe6e0")
CHANGED_BG = QColor("#e8f3e8")


class ImportSheetPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self._filling = False
        self.setTitle(self.tr("Trang tính và dòng tiêu đề"))
        self.setSubTitle(self.tr("Dòng tiêu đề (tô màu) có các cột như “Họ và tên”, “Ngày sinh”. Sửa nếu chưa đúng."))
        self.sheet = QComboBox()
        self.sheet_label = QLabel(self.tr("Trang tính:"))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1_000_000)
        self.first_row = QSpinBox()
        self.first_row.setRange(2, 1_000_000)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.raw = read_only_table(self.tr("Các dòng đầu của trang tính"))
        self.sheet.setMinimumContentsLength(16)
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for spin in (self.header_row, self.first_row):
            spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 10)
        form = QHBoxLayout()
        form.addWidget(self.sheet_label)
        form.addWidget(self.sheet)
        form.addSpacing(18)
        form.addWidget(QLabel(self.tr("Dòng tiêu đề:")))
        form.addWidget(self.header_row)
        form.addSpacing(12)
        form.addWidget(QLabel(self.tr("Dữ liệu bắt đầu từ dòng:")))
        form.addWidget(self.first_row)
        form.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.raw, 1)
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        self.header_row.valueChanged.connect(self._rows_changed)
        self.first_row.valueChanged.connect(self._rows_changed)

    def initializePage(self) -> None:
        state = self._wizard.state
        assert state.opened is not None
        self._filling = True
        try:
            self.sheet.clear()
            for table in state.opened.tables:
                self.sheet.addItem(table.sheet or state.opened.path.name)
            self.sheet.setCurrentIndex(state.table_index)
            several = len(state.opened.tables) > 1
            self.sheet.setVisible(several)
            self.sheet_label.setVisible(several)
        finally:
            self._filling = False
        self._show()

    def _sheet_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        state = self._wizard.state
        state.table_index = index
        table = state.table

        def work(_progress: Progress) -> Detected:
            return detect(table, "auto")

        def done(found: Detected) -> None:
            state.set_detected(found)
            self._show()

        self._wizard.runner.run(work, done=done, parent=self)

    def _rows_changed(self) -> None:
        if self._filling:
            return
        state = self._wizard.state
        header, first = self.header_row.value(), self.first_row.value()
        if first <= header:
            first = header + 1
            self._filling = True
            self.first_row.setValue(first)
            self._filling = False
        if (header, first) != (state.header_row, state.first_row):
            state.header_row, state.first_row = header, first
            state.plan = None
        self._highlight()

    def _show(self) -> None:
        state = self._wizard.state
        self._filling = True
        try:
            self.header_row.setValue(state.header_row)
            self.first_row.setValue(state.first_row)
        finally:
            self._filling = False
        if state.detected.mapping is not None:
            say(
                self.found,
                self.tr("Đã tìm thấy dòng tiêu đề ở dòng {header}; dữ liệu bắt đầu ở dòng {first}.").format(
                    header=state.detected.mapping.header_row, first=state.detected.mapping.first_data_row
                ),
                "muted",
            )
        elif state.detected.problem is not None:
            say(self.found, state.detected.problem.render(self._wizard.lang), "warning")
        self._fill_raw(state.table)

    def _fill_raw(self, table: Table) -> None:
        decoder = Decoder(table, "auto")
        rows = min(table.n_rows, RAW_ROWS)
        columns = min(table.width, RAW_COLUMNS)
        self.raw.clear()
        self.raw.setRowCount(rows)
        self.raw.setColumnCount(columns)
        self.raw.setHorizontalHeaderLabels([letter(c) for c in range(1, columns + 1)])
        self.raw.setVerticalHeaderLabels([str(r) for r in range(1, rows + 1)])
        for r in range(1, rows + 1):
            for c in range(1, columns + 1):
                value = table.value(r, c)
                if value is None:
                    continue
                text = decoder.text(value, table.font(r, c))[0] if isinstance(value, str) else str(value)
                self.raw.setItem(r - 1, c - 1, cell(" ".join(text.split())))
        width = self.fontMetrics().averageCharWidth() * 16
        for c in range(columns):
            self.raw.setColumnWidth(c, width)
        self._highlight()

    def _highlight(self) -> None:
        header = self.header_row.value()
        bold = QFont(self.raw.font())
        bold.setBold(True)
        for r in range(self.raw.rowCount()):
            for c in range(self.raw.columnCount()):
                item = self.raw.item(r, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.raw.setItem(r, c, item)
                is_header = r + 1 == header
                item.setBackground(QBrush(HEADER_BG) if is_header else QBrush())
                item.setFont(bold if is_header else self.raw.font())

    def validatePage(self) -> bool:
        self._rows_changed()
        return True


class ImportEncodingPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Bảng mã chữ"))
        self.setSubTitle(self.tr("Danh sách cũ có thể gõ bằng TCVN3 hoặc VNI. Xem chữ trước và sau khi chuyển."))
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.choices: dict[EncodingChoice, QRadioButton] = {}
        group = QButtonGroup(self)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        texts: dict[EncodingChoice, tuple[str, str]] = {
            "auto": (
                self.tr("Tự nhận (khuyên dùng)"),
                self.tr("Mỗi ô theo phông chữ của nó: .Vn… là TCVN3 (ABC), VNI… là VNI."),
            ),
            "unicode": (
                self.tr("Unicode (không chuyển)"),
                self.tr("Tệp đã gõ bằng Unicode (Times New Roman, Arial …)."),
            ),
            "tcvn3": (self.tr("TCVN3 (ABC)"), self.tr("Mọi ô chữ được chuyển từ TCVN3 (phông .VnTime, .VnArial …).")),
            "vni": (self.tr("VNI"), self.tr("Mọi ô chữ được chuyển từ VNI (phông VNI-Times …).")),
        }
        for key, (title, detail) in texts.items():
            button = QRadioButton(f"{title} — {detail}")
            button.setToolTip(detail)
            group.addButton(button)
            self.choices[key] = button
            choices.addWidget(button)
            button.toggled.connect(lambda on, key=key: self._chosen(key) if on else None)
        self.preview = read_only_table(self.tr("Chữ trước và sau khi chuyển"))
        self.preview.setColumnCount(4)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Cột"), self.tr("Trong tệp"), self.tr("Sẽ nhập là")]
        )
        self.preview.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.proposal)
        layout.addLayout(choices)
        layout.addWidget(self.preview, 1)

    def initializePage(self) -> None:
        state = self._wizard.state
        found = proposal(state.table)
        if found.encoding is None:
            text = self.tr("Chữ trong tệp là Unicode, không cần chuyển.")
        elif found.source == "font":
            text = self.tr(
                "Tệp dùng phông {fonts}: chữ gõ bằng bảng mã {encoding}. Sẽ được chuyển sang Unicode."
            ).format(fonts=", ".join(found.fonts[:3]), encoding=found.encoding.upper())
        else:
            text = self.tr("Chữ trong tệp có vẻ gõ bằng bảng mã {encoding}. Hãy xem bảng dưới đây.").format(
                encoding=found.encoding.upper()
            )
        self.proposal.setText(text)
        self.choices[state.encoding].setChecked(True)
        self._show_preview()

    def _chosen(self, key: EncodingChoice) -> None:
        state = self._wizard.state
        if key != state.encoding:
            state.encoding = key
            state.plan = None
        self._show_preview()

    def _show_preview(self) -> None:
        state = self._wizard.state
        if state.opened is None:
            return
        mapping = state.detected.mapping if state.detected.mapping is not None else None
        rows = encoding_preview(state.table, mapping, state.first_row, state.encoding)
        # Text cells only: numbers and dates read the same under every choice.
        cells = [(r.row, c) for r in rows for c in r.cells if any(ch.isalpha() for ch in c.original)]
        self.preview.setRowCount(len(cells))
        for n, (row, c) in enumerate(cells):
            items = [cell(str(row)), cell(c.header or letter(c.column)), cell(c.original), cell(c.converted)]
            for column, item in enumerate(items):
                if c.changed:
                    item.setBackground(QBrush(CHANGED_BG))
                self.preview.setItem(n, column, item)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((7, 20, 34)):
            self.preview.setColumnWidth(column, chars * char)
