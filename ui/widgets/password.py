"""A short, honest hint about how hard a new password is to guess."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from handbook.vault.vault import MIN_PASSWORD_LEN

COMMON = frozenset(
    {
        "12345678",
        "123456789",
        "1234567890",
        "password",
        "password1",
        "matkhau",
        "matkhau1",
        "matkhau123",
        "qwertyui",
        "abc12345",
        "11111111",
        "88888888",
        "66668888",
        "iloveyou",
        "admin123",
    }
)


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


def strength(password: str) -> Strength:
    """Length counts most; a few kinds of characters help; common passwords and repeats do not."""
    if len(password) < MIN_PASSWORD_LEN:
        return Strength.TOO_SHORT
    lowered = password.lower()
    if lowered in COMMON or len(set(password)) <= 3:
        return Strength.WEAK
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    score = len(password) // 4 + kinds
    if len(password) >= 16 or score >= 7:
        return Strength.STRONG
    if score >= 4:
        return Strength.FAIR
    return Strength.WEAK


def strength_text(value: Strength) -> str:
    return {
        Strength.TOO_SHORT: QCoreApplication.translate("Password", "Quá ngắn: cần ít nhất {n} ký tự.").format(
            n=MIN_PASSWORD_LEN
        ),
        Strength.WEAK: QCoreApplication.translate("Password", "Yếu: dễ đoán. Hãy dùng một câu dễ nhớ, dài hơn."),
        Strength.FAIR: QCoreApplication.translate("Password", "Khá: dùng được. Dài hơn nữa thì tốt hơn."),
        Strength.STRONG: QCoreApplication.translate("Password", "Mạnh."),
    }[value]


class StrengthHint(QWidget):
    """A bar and a sentence under a new-password field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, int(Strength.STRONG))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, password: str) -> Strength:
        value = strength(password)
        self.bar.setValue(int(value))
        colour = {0: "#b3261e", 1: "#d9822b", 2: "#c9a227", 3: "#2e7d32"}[int(value)]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(strength_text(value) if password else self.tr_hint())
        return value

    def tr_hint(self) -> str:
        return QCoreApplication.translate(
            "Password", "Nên dùng một câu dễ nhớ, ít nhất {n} ký tự, ví dụ: Mùa thu năm 2025 trời đẹp."
        ).format(n=MIN_PASSWORD_LEN)
