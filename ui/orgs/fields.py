"""Small pieces the organisation and registration dialogs share: date inputs shown dd/MM/yyyy, the
decision fields of a reorganisation, and a sentence label for refusals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from ui import theme

DATE_FORMAT = "dd/MM/yyyy"
EARLIEST = QDate(1930, 1, 1)
LATEST = QDate(2100, 12, 31)


def date_edit(day: date | None = None) -> QDateEdit:
    """A date input showing dd/MM/yyyy with a calendar, set to ``day`` (today)."""
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDateRange(EARLIEST, LATEST)
    set_date(edit, day or date.today())
    return edit


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else ""


def refusal_label() -> QLabel:
    """A hidden label for the core's sentence when it refuses (shown in the dialog, not in a message box)."""
    label = QLabel()
    label.setWordWrap(True)
    theme.set_role(label, "error")
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class DecisionFields(QWidget):
    """When a reorganisation takes effect and the Party committee's decision behind it."""

    def __init__(self, *, with_decision_date: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = date_edit()
        self.when.setAccessibleName(self.tr("Ngày thực hiện"))
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(self.tr("ví dụ: 125-QĐ/ĐU"))
        self.decision_no.setAccessibleName(self.tr("Số quyết định"))
        self.decision_date = date_edit()
        self.decision_date.setAccessibleName(self.tr("Ngày quyết định"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Thực hiện từ ngày:"), self.when)
        form.addRow(self.tr("Số quyết định:"), self.decision_no)
        if with_decision_date:
            form.addRow(self.tr("Ngày quyết định:"), self.decision_date)
        else:
            self.decision_date.hide()

    def day(self) -> date:
        return date_of(self.when)

    def decided_on(self) -> date:
        return date_of(self.decision_date)
