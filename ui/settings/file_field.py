"""A path typed or chosen with a "Chọn…" button (open a file, save a file, or a folder).

The chooser is an attribute so tests can answer it; the app uses Qt's file dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

Mode = Literal["open", "save", "folder"]
Chooser = Callable[[QWidget, str, Path, str, Mode], Path | None]


def qt_chooser(parent: QWidget, title: str, start: Path, pattern: str, mode: Mode) -> Path | None:
    if mode == "folder":
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    elif mode == "save":
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    else:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), pattern)
    return Path(chosen) if chosen else None


class FileField(QWidget):
    changed = Signal()  # the text changed (typing or choosing)
    picked = Signal()  # a path was chosen with the button, or typed and confirmed (Enter or leaving the field)

    def __init__(
        self,
        title: str,
        pattern: str = "",
        *,
        mode: Mode = "open",
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.pattern = pattern
        self.mode: Mode = mode
        self.chooser: Chooser = qt_chooser
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(title)
        self.button = QPushButton(self.tr("Chọn…"))
        self.button.setAccessibleName(self.tr("Chọn: {title}").format(title=title))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.choose)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self.picked)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None

    def set_path(self, path: Path | str | None) -> None:
        self.edit.setText(str(path) if path else "")

    def choose(self) -> None:
        current = self.path()
        start = current if current is not None else Path.home()
        chosen = self.chooser(self, self.title, start, self.pattern, self.mode)
        if chosen is not None:
            self.set_path(chosen)
            self.picked.emit()
