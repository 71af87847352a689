"""Tổng hợp số liệu các xã, phường (a province office): the round and each report across communes, one row per
commune and the totals, previewed and printed or saved as .xlsx / PDF like the other reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from handbook.exchange.rollup_doc import NOT_SENT, Table
from handbook.i18n import Lang
from ui import theme
from ui.actions.reports import Rendered, save_rendered
from ui.cases import preview
from ui.exchange.actions import RollupView, province_rollup, render_rollup
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.tables import ROOT, AnyIndex, list_table

SHOWN_MISSING = 8  # names of communes not yet sent on screen; the printed roll-up lists them all


class RollupTableModel(QAbstractTableModel):
    """One roll-up table: a row per commune, then the totals row in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.rows) + 1

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.table.columns[section] if 0 <= section < len(self.table.columns) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.table
        if t is None or not index.isValid() or not 0 <= index.row() <= len(t.rows):
            return None
        total = index.row() == len(t.rows)
        row = t.total if total else t.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row[index.column()]) if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= t.numeric_from:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row[index.column()] == NOT_SENT:
            return QCoreApplication.translate(
                "ExchangeTables", "Chưa có số liệu: xã, phường này gửi tệp phiên bản cũ, không kèm báo cáo."
            )
        return None


class RollupPanel(QGroupBox):
    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tổng hợp số liệu các xã, phường"))
        self._session, self._runner = session, runner
        self.view: RollupView | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Năm"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Bảng tổng hợp"))
        self.choice.setMinimumContentsLength(24)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model = RollupTableModel(self)
        self.table = list_table(self, self.model, self.tr("Số liệu các xã, phường"), {})
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        theme.set_role(self.missing, "muted")
        self.preview_button = QPushButton(self.tr("Xem trước và in…"))
        self.xlsx_button = QPushButton(self.tr("Lưu Excel…"))
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Bảng:")))
        top.addWidget(self.choice, 1)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.xlsx_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.missing)
        layout.addLayout(buttons)
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.choice.currentIndexChanged.connect(lambda _i: self._show_table())
        self.preview_button.clicked.connect(self.preview)
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self._enable()

    def _enable(self) -> None:
        has = self.view is not None and bool(self.view.rollup.communes)
        for b in (self.preview_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(has)

    def reload(self) -> None:
        session, year = self._session, self.year.value()

        def work(_progress: Progress) -> RollupView:
            with session.use() as vault:
                return province_rollup(vault, year)

        self._runner.run(work, done=self._show, parent=self)

    def _show(self, view: RollupView) -> None:
        self.view = view
        r = view.rollup
        chosen = self.choice.currentIndex()
        self.choice.blockSignals(True)
        self.choice.clear()
        for t in view.tables:
            self.choice.addItem(t.caption)
        self.choice.setCurrentIndex(chosen if 0 <= chosen < len(view.tables) else 0)
        self.choice.blockSignals(False)
        self._show_table()
        text = self.tr(
            "{province}, năm {year}: {sent} nơi đã gửi, {missing} nơi chưa gửi; {members} đảng viên, {cases} phiếu."
        ).format(
            province=r.province,
            year=r.year,
            sent=len(r.communes),
            missing=len(r.missing),
            members=r.members,
            cases=sum(r.totals.values()),
        )
        old = sum(1 for c in r.communes if c.reports is None)
        if old:
            text += " " + self.tr(
                "{count} nơi gửi tệp phiên bản cũ, không kèm báo cáo: ô của họ ghi “—” (chưa có số liệu, không phải 0)."
            ).format(count=old)
        self.summary.setText(text)
        shown = r.missing[:SHOWN_MISSING]
        names = ", ".join(m.name for m in shown)
        if len(r.missing) > len(shown):
            names += " " + self.tr("và {count} nơi khác (danh sách đủ có trong bản in)").format(
                count=len(r.missing) - len(shown)
            )
        self.missing.setText(self.tr("Chưa gửi: {names}").format(names=names) if r.missing else "")
        self._enable()

    def _show_table(self) -> None:
        i = self.choice.currentIndex()
        tables = self.view.tables if self.view else ()
        self.model.set_table(tables[i] if 0 <= i < len(tables) else None)
        self.table.resizeColumnsToContents()
        char = self.fontMetrics().averageCharWidth()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), char * 24))

    def _file_name(self, fmt: str) -> str:
        return f"tong-hop-so-lieu-{self.year.value()}.{fmt}"

    def _render(self, fmt: str, then: Any) -> None:
        session, year = self._session, self.year.value()

        def work(_progress: Progress) -> Rendered:
            with session.use() as vault:
                return render_rollup(vault, year, fmt)

        self._runner.run(work, done=then, parent=self, progress=self.tr("Đang lập báo cáo…"))

    def preview(self) -> None:
        def show(rendered: Rendered) -> None:
            preview.show_pdf(
                self, self._runner, rendered.data, title=rendered.doc.title, suggested_name=self._file_name("pdf")
            )

        self._render("pdf", show)

    def save(self, fmt: str) -> None:
        pattern = self.tr("Bảng tính Excel (*.xlsx)") if fmt == "xlsx" else self.tr("Tệp PDF (*.pdf)")
        out = self._runner.dialogs.save_file(self, self.tr("Lưu báo cáo"), Path.home() / self._file_name(fmt), pattern)
        if out is None:
            return
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(f"{out.name}.{fmt}")

        def write(rendered: Rendered) -> None:
            def work(_progress: Progress) -> Path:
                return save_rendered(rendered, out)

            self._runner.run(
                work,
                done=lambda p: self.summary.setText(self.tr("Đã lưu báo cáo vào {path}.").format(path=str(p))),
                parent=self,
            )

        self._render(fmt, write)
