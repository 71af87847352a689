"""Message boxes and file choosers behind one small interface (tests inject a fake), in the user's language.

Qt ships no Vietnamese for its own buttons, so every standard button gets its text here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QVBoxLayout, QWidget


def standard_button_texts() -> dict[QDialogButtonBox.StandardButton, str]:
    b = QDialogButtonBox.StandardButton
    return {
        b.Ok: QCoreApplication.translate("Buttons", "Đồng ý"),
        b.Cancel: QCoreApplication.translate("Buttons", "Hủy"),
        b.Save: QCoreApplication.translate("Buttons", "Lưu"),
        b.Close: QCoreApplication.translate("Buttons", "Đóng"),
        b.Yes: QCoreApplication.translate("Buttons", "Có"),
        b.No: QCoreApplication.translate("Buttons", "Không"),
        b.Discard: QCoreApplication.translate("Buttons", "Bỏ thay đổi"),
        b.Apply: QCoreApplication.translate("Buttons", "Áp dụng"),
        b.Open: QCoreApplication.translate("Buttons", "Mở"),
        b.Retry: QCoreApplication.translate("Buttons", "Thử lại"),
        b.Help: QCoreApplication.translate("Buttons", "Trợ giúp"),
        b.Reset: QCoreApplication.translate("Buttons", "Đặt lại"),
        b.RestoreDefaults: QCoreApplication.translate("Buttons", "Mặc định"),
    }


def localize_buttons(box: QDialogButtonBox) -> None:
    """Give every standard button of ``box`` its text in the current language."""
    for which, text in standard_button_texts().items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


class Dialogs(Protocol):
    """What screens ask of the person in a dialog. The app uses ``QtDialogs``; tests answer from a script."""

    def error(self, parent: QWidget | None, text: str) -> None: ...

    def info(self, parent: QWidget | None, text: str) -> None: ...

    def ask(self, parent: QWidget | None, text: str, *, yes: str, no: str) -> bool: ...

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None: ...

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, pattern: str) -> Path | None: ...


class QtDialogs:
    """Real message boxes with Vietnamese (or English) buttons."""

    def _box(self, parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(parent)
        box.setIcon(icon)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Sổ tay Đảng viên"))
        box.setText(text)
        return box

    def error(self, parent: QWidget | None, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Warning, text)
        ok = box.addButton(QCoreApplication.translate("Buttons", "Đồng ý"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        box.exec()

    def info(self, parent: QWidget | None, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Information, text)
        ok = box.addButton(QCoreApplication.translate("Buttons", "Đồng ý"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        box.exec()

    def ask(self, parent: QWidget | None, text: str, *, yes: str, no: str) -> bool:
        box = self._box(parent, QMessageBox.Icon.Question, text)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
        return Path(chosen) if chosen else None


class WidgetDialog(QDialog):
    """A widget in its own window with a Close button, sized in lines of text (so it scales with the font)."""

    def __init__(
        self, title: str, widget: QWidget, *, width_lines: int, height_lines: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localize_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(widget, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        line = self.fontMetrics().height()
        self.resize(line * width_lines, line * height_lines)
