"""Dates as Party documents write them: "Tân An, ngày 05 tháng 02 năm 2026"."""

from __future__ import annotations

from datetime import date

from handbook.forms.typeset import nfc

BLANK_DAY = "     "  # room to write the day by hand on a blank form


def day_text(day: int) -> str:
    """The day of the month; 1–9 get a leading zero ("05"), 10–31 are written as they are."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """The month; only January and February get a leading zero ("01", "02"), others do not ("3", "11")."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(when: date | None) -> str:
    """ "ngày 05 tháng 02 năm 2026"; a missing date leaves room to fill in by hand."""
    if when is None:
        return f"ngày{BLANK_DAY}tháng{BLANK_DAY}năm {BLANK_DAY}"
    return f"ngày {day_text(when.day)} tháng {month_text(when.month)} năm {when.year}"


def place_date_line(place: str, when: date | None) -> str:
    """The italic place-and-date line under "ĐẢNG CỘNG SẢN VIỆT NAM"."""
    place = " ".join(nfc(place).split())
    words = date_words(when)
    return f"{place}, {words}" if place else words[0].upper() + words[1:]
