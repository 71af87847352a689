"""Two small questions of the cases screen: a required reason (sending a comment back) and a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import theme
from ui.cases.fields import date_edit, from_qdate
from ui.widgets.dialogs import localize_buttons


class ReturnReasonDialog(QDialog):
    """Asks why; the button stays disabled until a reason is written."""

    def __init__(self, title: str, text: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        heading = QLabel(text)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        label = QLabel(self.tr("Lý do (bắt buộc, chi bộ sẽ đọc):"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 14)
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(action)
        theme.set_role(self.ok_button, "primary")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().height() * 30, self.sizeHint().height())
        self.reason.setFocus()

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())


class DateDialog(QDialog):
    """Asks for one date (not after ``maximum``), with an explanation."""

    def __init__(
        self,
        title: str,
        text: str,
        label: str,
        action: str,
        *,
        value: date,
        maximum: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        heading = QLabel(text)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.date = date_edit(value, maximum=maximum)
        form = QFormLayout()
        form.addRow(label, self.date)
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(action)
        theme.set_role(self.ok_button, "primary")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        localize_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().height() * 26, self.sizeHint().height())

    def day(self) -> date:
        return from_qdate(self.date.date())
