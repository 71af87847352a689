"""Date fields of the cases screen: a picker for dates that always have a value, typed text for optional ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from handbook.dates import parse_partial
from handbook.errors import InputError
from handbook.i18n import Lang

QT_DAY_FORMAT = "dd/MM/yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, *, maximum: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date picker shown as dd/mm/yyyy with a calendar; ``maximum`` is usually today."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(QT_DAY_FORMAT)
    edit.setCalendarPopup(True)
    if maximum is not None:
        edit.setMaximumDate(to_qdate(maximum))
    edit.setDate(to_qdate(value))
    return edit


class FieldProblem(Exception):
    """A field that cannot be used as typed, with the sentence to show."""


class DayField(QLineEdit):
    """An optional date typed as dd/mm/yyyy (fast from the keyboard; empty means "not written")."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setPlaceholderText(QCoreApplication.translate("CaseDates", "ngày/tháng/năm"))
        self.setMaxLength(10)
        width = self.fontMetrics().horizontalAdvance("00/00/00000") + 24
        self.setMinimumWidth(width)

    def set_day(self, day: date | None) -> None:
        self.setText(day.strftime("%d/%m/%Y") if day is not None else "")

    def day(self, lang: Lang) -> date | None:
        """The date typed, None when empty; raises ``FieldProblem`` with a sentence naming the field."""
        return read_day(self.text(), self.label, lang)


def read_day(text: str, label: str, lang: Lang) -> date | None:
    """A full date typed as dd/mm/yyyy, None when empty; raises ``FieldProblem`` with a sentence naming ``label``."""
    try:
        partial = parse_partial(text, field=label)
    except InputError as exc:
        raise FieldProblem(exc.render(lang)) from None
    if partial is None:
        return None
    if not partial.is_full:
        raise FieldProblem(
            QCoreApplication.translate("CaseDates", "{field}: cần ghi đủ ngày/tháng/năm, ví dụ 15/11/{year}.").format(
                field=label, year=date.today().year
            )
        )
    return partial.earliest()
