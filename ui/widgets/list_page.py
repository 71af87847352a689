"""The pieces every list screen is made of (Đảng viên, Sinh hoạt nơi cư trú, Nhận xét & xác nhận, Tổ chức): the
title row with its count, a search box that waits until typing pauses, "the latest answer wins", and a table that
gives way to a sentence when there is nothing to list. The row of buttons is ``ui.widgets.fit.ButtonRow``.

The search box is never written to by the program: Vietnamese input methods compose a letter by sending
backspaces and new characters, and rewriting the text under them breaks what the person types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QWidget

from ui import theme

SEARCH_DELAY_MS = 250


def title_row(title: str, count: QLabel) -> QHBoxLayout:
    """The screen's big title on the left, the muted count on the right."""
    heading = QLabel(title)
    heading.setFont(theme.scaled_font(heading, 1.5, bold=True))
    theme.set_role(count, "muted")
    row = QHBoxLayout()
    row.addWidget(heading)
    row.addStretch(1)
    row.addWidget(count, 0, Qt.AlignmentFlag.AlignBottom)
    return row


def search_box(placeholder: str, name: str) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setAccessibleName(name)
    return box


def debounced(owner: QObject, box: QLineEdit, search: Callable[[], None], delay_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """A timer that calls ``search`` once typing in ``box`` has paused for ``delay_ms``."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    box.textChanged.connect(lambda _text: timer.start())
    return timer


class LatestAnswer:
    """Numbers each question so that only the answer to the latest one is used (the person typed on meanwhile)."""

    def __init__(self) -> None:
        self.generation = 0

    def ask(self) -> int:
        self.generation += 1
        return self.generation

    def forget(self) -> None:
        """Drop every answer still on its way (the screen locks, say)."""
        self.generation += 1

    def is_latest(self, generation: int) -> bool:
        return generation == self.generation


def table_or_empty(table: QWidget) -> tuple[QStackedWidget, QLabel]:
    """The table, and in its place a centred, muted sentence when there is nothing to list."""
    empty = QLabel()
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    theme.set_role(empty, "muted")
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    return stack, empty
