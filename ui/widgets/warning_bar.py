"""A bar across the top of the main window with what the vault said on unlock, until the person dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from handbook.i18n import Lang, Message
from ui import theme

# Warnings that mean the data or its signatures may not be what was written (the rest are advice).
SERIOUS = ("audit.", "roster.", "rollback.", "confirm.", "vault.keyfile")


class WarningBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vaultWarnings")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QPushButton(self.tr("Đã hiểu, ẩn đi"))
        self.dismiss.setAccessibleName(self.tr("Ẩn thông báo của kho dữ liệu"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.dismiss.clicked.connect(self.hide)
        self.hide()

    def show_messages(self, messages: list[Message], lang: Lang) -> None:
        """Show ``messages`` (each once), red when one of them says the data may have been tampered with."""
        lines = list(dict.fromkeys(m.render(lang) for m in messages))
        if len(lines) > 1:
            lines = [f"• {line}" for line in lines]
        serious = any(m.id.startswith(SERIOUS) for m in messages)
        theme.set_role(self, "errorPanel" if serious else "warningPanel")
        self.text.setText("\n".join(lines))
        self.setVisible(bool(lines))
