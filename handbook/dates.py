"""Dates as offices write them: dd/mm/yyyy, and partial dates (a year, or month and year) for old records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handbook.errors import InputError

_EXCEL_EPOCH = date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_Y = re.compile(r"^(\d{4})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month, or the day. Stored as ISO text: 1975, 1975-03, 1975-03-12."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1800 <= self.year <= 2200:
            raise ValueError("year out of range")
        if self.month is None and self.day is not None:
            raise ValueError("day without month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month out of range")
        if self.day is not None:
            date(self.year, self.month or 1, self.day)  # raises ValueError on 31/02 etc.

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        if self.month is None:
            return f"{self.year}"
        if self.day is None:
            return f"{self.month:02d}/{self.year}"
        return f"{self.day:02d}/{self.month:02d}/{self.year}"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        if self.day is not None:
            return self.earliest()
        if self.month is None:
            return date(self.year, 12, 31)
        nxt = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return nxt - timedelta(days=1)

    def surely_before(self, other: PartialDate) -> bool:
        """True only when every date this could be comes before every date ``other`` could be."""
        return self.latest() < other.earliest()

    @classmethod
    def from_iso(cls, text: str | None) -> PartialDate | None:
        if not text:
            return None
        m = _ISO.match(text)
        if not m:
            raise ValueError(f"not an ISO partial date: {text!r}")
        return cls(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)


def parse_partial(value: object, *, field: str = "") -> PartialDate | None:
    """Read what people type or Excel holds: 12/03/1975, 3/1975, 1975, an Excel serial, a datetime.

    Raises InputError (naming the field) for anything else; empty gives None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value), field)
    text = str(value).strip()
    if not text:
        return None
    try:
        if m := _DMY.match(text):
            return PartialDate(int(m[3]), int(m[2]), int(m[1]))
        if m := _MY.match(text):
            return PartialDate(int(m[2]), int(m[1]))
        if m := _Y.match(text):
            return PartialDate(int(m[1]))
        if m := _ISO.match(text):
            return PartialDate.from_iso(text)
        if re.fullmatch(r"\d{4,5}(\.0+)?", text):
            return _from_serial(float(text), field)
    except ValueError:
        raise InputError("date.impossible", field=field, value=text) from None
    raise InputError("date.unreadable", field=field, value=text)


def _from_serial(serial: float, field: str) -> PartialDate:
    # Excel's day numbers (1900 system); 1..60 are before 1 March 1900 and never member dates.
    if not 61 <= serial <= 120_000:
        raise InputError("date.unreadable", field=field, value=str(serial))
    return PartialDate.from_date(_EXCEL_EPOCH + timedelta(days=int(serial)))


def display(d: PartialDate | None) -> str:
    return "" if d is None else d.display()
