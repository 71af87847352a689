"""Nhận tệp trao đổi: choose a bundle file, see what it holds and what would change, then apply it (or not)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handbook.exchange.describe import Level
from handbook.i18n import Lang
from handbook.permissions import Op
from ui import theme
from ui.exchange.actions import BundleApplied, BundlePreview, apply, preview
from ui.operations import Progress, Runner
from ui.session import Session
from ui.widgets.dialogs import localize_buttons

_COLOURS = {Level.WRITE: "#1b5e20", Level.SKIP: "#555555", Level.PROBLEM: "#b71c1c"}
_MARKS = {Level.INFO: "", Level.WRITE: "+ ", Level.SKIP: "= ", Level.PROBLEM: "! "}


class ImportBundleDialog(QDialog):
    """Preview first (nothing written), then apply in one go; a refused bundle shows its sentence and stays."""

    applied = Signal(object)  # the BundleApplied value

    def __init__(self, session: Session, runner: Runner, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._lang = lang
        self._preview: BundlePreview | None = None
        self.setWindowTitle(self.tr("Nhận tệp từ cấp ủy khác"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Đường dẫn tệp nhận được (.sotay)"))
        self.path.setAccessibleName(self.tr("Tệp nhận được"))
        self.browse_button = QPushButton(self.tr("Chọn tệp…"))
        self.preview_button = QPushButton(self.tr("Xem trước"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.preview_button)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Nội dung tệp"))
        self.lines.setWordWrap(True)
        self.note = QLabel(self.tr("Chọn tệp rồi bấm Xem trước. Chưa có gì được ghi cho đến khi bấm Nhập vào kho."))
        self.note.setWordWrap(True)
        theme.set_role(self.note, "muted")
        self.skip = QCheckBox(self.tr("Bỏ qua các dòng không tìm thấy hoặc không khớp, nhập phần còn lại"))
        self.skip.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localize_buttons(self.buttons)
        self.apply_button = self.buttons.addButton(self.tr("Nhập vào kho"), QDialogButtonBox.ButtonRole.AcceptRole)
        theme.set_role(self.apply_button, "primary")
        self.apply_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        line = self.fontMetrics().height()
        self.resize(line * 50, line * 30)

        self.browse_button.clicked.connect(self._browse)
        self.preview_button.clicked.connect(self.show_preview)
        self.path.returnPressed.connect(self.show_preview)
        self.path.textChanged.connect(lambda _t: self._forget())
        self.skip.toggled.connect(lambda _on: self._update())
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp nhận được"), str(Path.home()), self.tr("Tệp trao đổi (*.sotay);;Mọi tệp (*)")
        )
        if chosen:
            self.path.setText(chosen)
            self.show_preview()

    def _forget(self) -> None:
        self._preview = None
        self.lines.clear()
        self._update()

    def _update(self) -> None:
        p = self._preview
        may = self._session.actor.may(Op.EXCHANGE_APPLY)
        self.skip.setVisible(bool(p and p.problems and not p.blocking))
        ok = p is not None and may and not p.blocking and (not p.problems or self.skip.isChecked())
        self.apply_button.setEnabled(ok)

    def show_preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        path, session, lang = Path(text), self._session, self._lang

        def work(_progress: Progress) -> BundlePreview:
            with session.use() as vault:
                return preview(vault, path, lang)

        self._forget()
        self._runner.run(work, done=self._show, parent=self, progress=self.tr("Đang kiểm tra tệp…"))

    def _show(self, p: BundlePreview) -> None:
        self._preview = p
        self.lines.clear()
        for line in p.lines:
            item = QListWidgetItem(("      " if line.indent else "") + _MARKS[line.level] + line.text)
            colour = _COLOURS.get(line.level)
            if colour:
                item.setForeground(QColor(colour))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.lines.addItem(item)
        self.note.setText(
            self.tr("Chữ ký và nơi nhận đã được kiểm tra. Bấm Nhập vào kho để ghi tất cả cùng lúc.")
            if not p.blocking
            else self.tr("Tệp này không nhập được (xem dòng màu đỏ).")
        )
        self._update()

    def apply(self) -> None:
        if self._preview is None or not self.apply_button.isEnabled():
            return
        path, session, skip = Path(self.path.text().strip()), self._session, self.skip.isChecked()

        def work(_progress: Progress) -> BundleApplied:
            with session.use() as vault:
                return apply(vault, path, skip)

        def done(change: BundleApplied) -> None:
            self.applied.emit(change)
            self.note.setText(self.tr("Đã nhập tệp từ {sender}.").format(sender=change.sender))
            self._preview = None
            self._update()

        self._runner.run(work, done=done, parent=self, progress=self.tr("Đang nhập tệp…"))
