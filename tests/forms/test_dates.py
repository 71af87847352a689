"""Dates in the Party's form: zero-padded days 1–9 and months 1–2 only."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from handbook.forms.dates import date_words, day_text, month_text, place_date_line

PATTERN = re.compile(r"^ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$")


@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2100, 12, 31)))
def test_day_always_two_digits_month_padded_only_in_january_and_february(when: date) -> None:
    match = PATTERN.match(date_words(when))
    assert match is not None
    day, month, year = match.groups()
    assert int(day) == when.day and len(day) == 2
    assert int(month) == when.month
    assert len(month) == (2 if when.month <= 2 else len(str(when.month)))
    assert not (month.startswith("0") and when.month > 2)
    assert int(year) == when.year


@given(st.dates(), st.text(alphabet="Tân An Hòa Đức Trọng Ea Kmút", min_size=1, max_size=30))
def test_place_date_line_is_place_comma_date(when: date, place: str) -> None:
    line = place_date_line(place, when)
    expected_place = " ".join(place.split())
    if expected_place:
        assert line == f"{expected_place}, {date_words(when)}"


def test_examples() -> None:
    assert place_date_line("Tân An", date(2026, 2, 5)) == "Tân An, ngày 05 tháng 02 năm 2026"
    assert date_words(date(2025, 11, 15)) == "ngày 15 tháng 11 năm 2025"
    assert date_words(date(2025, 3, 9)) == "ngày 09 tháng 3 năm 2025"
    assert date_words(date(2025, 1, 31)) == "ngày 31 tháng 01 năm 2025"
    assert date_words(date(2025, 10, 1)) == "ngày 01 tháng 10 năm 2025"
    assert [month_text(m) for m in range(1, 13)] == ["01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]
    assert day_text(9) == "09" and day_text(10) == "10"


def test_decomposed_place_comes_out_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Hòa Bình")
    line = place_date_line(decomposed, date(2026, 2, 5))
    assert unicodedata.is_normalized("NFC", line)
    assert line.startswith("Hòa Bình, ngày 05")


def test_missing_date_leaves_room_to_write() -> None:
    line = place_date_line("Tân An", None)
    assert line.startswith("Tân An, ngày ")
    assert "tháng" in line and "năm" in line
    assert not any(ch.isdigit() for ch in line)
