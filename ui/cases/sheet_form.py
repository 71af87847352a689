"""The comment sheet being typed: one row of three labelled choices per criterion, the free comment and how
the cell signed, driven from the keyboard (keys 1/2/3, arrows, 0 or Delete; see ``ui.cases.batch_entry``)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from handbook.flow.model import Case, CaseState
from handbook.flow.rules import Criterion
from ui import theme
from ui.cases.fields import DayField

DIGITS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

STYLE = """
QFrame[rating="row"] { border: 1px solid transparent; border-radius: 6px; }
QFrame[rating="row"][focused="true"] { background: #fbf3e6; border: 1px solid #c79b5b; }
QFrame[rating="row"][missing="true"] { border: 1px solid #b3261e; }
"""


@dataclass
class SheetValues:
    """One sheet as typed: a label index per criterion (-1: none yet), the comment, the cell's signing."""

    ratings: list[int]
    other: str = ""
    meeting: str = ""  # as typed, dd/mm/yyyy
    signer_choice: int = 0
    signer_name: str = ""

    @property
    def complete(self) -> bool:
        return all(r >= 0 for r in self.ratings) and bool(self.signer_name.strip())


@dataclass(frozen=True)
class CellDefaults:
    meeting: str = ""
    signer_choice: int = 0
    signer_name: str = ""


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RatingRow(QFrame):
    """One criterion with its three labels; takes the keyboard itself (its radio buttons never take focus)."""

    chosen = Signal(bool)  # a label was chosen; True: from the keyboard's 1/2/3 (go on to the next criterion)
    step = Signal(int)  # ↑ (-1) or ↓ (+1)

    def __init__(self, number: int, criterion: Criterion, choice_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.criterion = criterion
        self.setProperty("rating", "row")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{number}. {criterion.text}")
        title = QLabel(f"{number}. {criterion.text}")
        title.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        choices = QHBoxLayout()
        choices.setSpacing(18)
        for i, label in enumerate(criterion.labels):
            button = QRadioButton(f"{i + 1}  {label}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(choice_width)
            self.group.addButton(button, i)
            self.buttons.append(button)
            choices.addWidget(button)
        choices.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(choices)

    def value(self) -> int:
        return self.group.checkedId()

    def set_value(self, value: int) -> None:
        if 0 <= value < len(self.buttons):
            self.buttons[value].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        self.set_missing(False)

    def set_missing(self, missing: bool) -> None:
        if bool(self.property("missing")) != missing:
            self.setProperty("missing", missing)
            _repolish(self)

    def _clicked(self, _button: QAbstractButton) -> None:
        self.set_missing(False)
        self.setFocus()
        self.chosen.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and key in DIGITS:
            self.set_value(DIGITS[key])
            self.chosen.emit(True)
        elif plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            current = self.value()
            if current < 0:
                self.set_value(0 if key == Qt.Key.Key_Right else len(self.buttons) - 1)
            else:
                self.set_value(max(0, min(len(self.buttons) - 1, current + (1 if key == Qt.Key.Key_Right else -1))))
            self.chosen.emit(False)
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(-1)
            self.chosen.emit(False)
        else:
            super().keyPressEvent(event)  # Enter and the rest go on to the dialog

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setProperty("focused", True)
        _repolish(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setProperty("focused", False)
        _repolish(self)


class OtherCommentEdit(QPlainTextEdit):
    """Free text where Enter goes on to the next sheet (the dialog handles it) and Shift+Enter starts a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                event.accept()
            else:
                event.ignore()
            return
        super().keyPressEvent(event)


class CommentSheetForm(QWidget):
    """The sheet being typed: the member, the criteria, the comment and how the cell signed."""

    edited = Signal()

    def __init__(self, signature_choices: tuple[tuple[str, ...], ...], other_label: str) -> None:
        super().__init__()
        self.rows: list[RatingRow] = []
        # A click on the sheet's background or the member's name brings the keys back to the criteria.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.name = QLabel()
        self.name.setFont(theme.scaled_font(self.name, 1.35, bold=True))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        theme.set_role(self.facts, "muted")
        self.returned = QLabel()
        self.returned.setWordWrap(True)
        self.returned_panel = QFrame()
        theme.set_role(self.returned_panel, "warningPanel")
        QVBoxLayout(self.returned_panel).addWidget(self.returned)
        self.returned_panel.hide()

        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(2)

        other_title = QLabel(other_label.rstrip(":") + ":")
        self.other = OtherCommentEdit()
        self.other.setTabChangesFocus(True)
        self.other.setFixedHeight(self.other.fontMetrics().lineSpacing() * 3 + 14)
        self.other.setAccessibleName(other_label)
        other_title.setBuddy(self.other)

        self.meeting = DayField(self.tr("Ngày họp chi bộ"))
        self.signer_choice = QComboBox()
        for lines in signature_choices:
            self.signer_choice.addItem(" / ".join(lines))
        self.signer_name = QLineEdit()
        self.signer_name.setPlaceholderText(self.tr("họ và tên Bí thư chi bộ"))
        signing = QGridLayout()
        signing.setHorizontalSpacing(12)
        meeting_label = QLabel(self.tr("Ngày họp chi bộ:"))
        meeting_label.setBuddy(self.meeting)
        choice_label = QLabel(self.tr("Chi bộ ký:"))
        choice_label.setBuddy(self.signer_choice)
        name_label = QLabel(self.tr("Bí thư ký tên:"))
        name_label.setBuddy(self.signer_name)
        signing.addWidget(meeting_label, 0, 0)
        signing.addWidget(self.meeting, 0, 1)
        signing.addWidget(choice_label, 0, 2)
        signing.addWidget(self.signer_choice, 0, 3)
        signing.addWidget(name_label, 1, 0)
        signing.addWidget(self.signer_name, 1, 1, 1, 3)
        signing.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.returned_panel)
        layout.addLayout(self.rows_box)
        layout.addWidget(other_title)
        layout.addWidget(self.other)
        layout.addLayout(signing)
        layout.addStretch(1)

        self.other.textChanged.connect(self.edited)
        self.meeting.textEdited.connect(lambda _t: self.edited.emit())
        self.signer_choice.activated.connect(lambda _i: self.edited.emit())
        self.signer_name.textEdited.connect(lambda _t: self.edited.emit())

    def load(self, case: Case, facts: str, criteria: tuple[Criterion, ...], values: SheetValues) -> None:
        self.name.setText(case.member_name)
        self.facts.setText(facts)
        if case.state is CaseState.RETURNED and case.return_reason:
            self.returned.setText(self.tr("Trả lại để sửa: {reason}").format(reason=case.return_reason))
            self.returned_panel.show()
        else:
            self.returned_panel.hide()
        if [r.criterion for r in self.rows] != list(criteria):
            for row in self.rows:
                row.hide()
                row.deleteLater()
            self.rows = []
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(f"3  {label}") for c in criteria for label in c.labels), default=0)
            choice_width = widest + metrics.height() * 2  # the round indicator and some air
            for n, criterion in enumerate(criteria, 1):
                row = RatingRow(n, criterion, choice_width)
                row.chosen.connect(lambda keyboard, n=n: self._chosen(n - 1, keyboard))
                row.step.connect(lambda delta, n=n: self._step(n - 1, delta))
                self.rows_box.addWidget(row)
                self.rows.append(row)
            chain: list[QWidget] = [*self.rows, self.other, self.meeting, self.signer_choice, self.signer_name]
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        self.blockSignals(True)
        try:
            for row, value in zip(self.rows, values.ratings, strict=True):
                row.set_value(value)
            self.other.setPlainText(values.other)
            self.meeting.setText(values.meeting)
            self.signer_choice.setCurrentIndex(max(0, min(values.signer_choice, self.signer_choice.count() - 1)))
            self.signer_name.setText(values.signer_name)
        finally:
            self.blockSignals(False)

    def values(self) -> SheetValues:
        return SheetValues(
            ratings=[row.value() for row in self.rows],
            other=self.other.toPlainText(),
            meeting=self.meeting.text().strip(),
            signer_choice=self.signer_choice.currentIndex(),
            signer_name=self.signer_name.text(),
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_first()

    def focus_first(self) -> None:
        """The first criterion without a choice (else the first one)."""
        for row in self.rows:
            if row.value() < 0:
                row.setFocus()
                return
        if self.rows:
            self.rows[0].setFocus()

    def mark_missing(self) -> None:
        for row in self.rows:
            row.set_missing(row.value() < 0)

    def _chosen(self, index: int, keyboard: bool) -> None:
        self.edited.emit()
        if keyboard:
            self._step(index, 1)

    def _step(self, index: int, delta: int) -> None:
        target = index + delta
        if 0 <= target < len(self.rows):
            self.rows[target].setFocus()
        elif target >= len(self.rows):
            self.other.setFocus()
