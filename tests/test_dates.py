"""Dates as typed in offices and as Excel stores them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handbook.dates import PartialDate, parse_partial
from handbook.errors import InputError


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_full_dates_round_trip_every_way(d: date) -> None:
    p = PartialDate.from_date(d)
    assert parse_partial(p.display()) == p
    assert parse_partial(f"{d.day}/{d.month}/{d.year}") == p
    assert parse_partial(f"{d.day}.{d.month}.{d.year}") == p
    assert PartialDate.from_iso(p.iso()) == p
    assert parse_partial(datetime(d.year, d.month, d.day)) == p
    serial = (d - date(1899, 12, 30)).days
    assert parse_partial(serial) == p
    assert parse_partial(float(serial)) == p


@given(st.integers(1800, 2200), st.integers(1, 12))
def test_partial_dates(year: int, month: int) -> None:
    assert parse_partial(str(year)) == PartialDate(year)
    assert parse_partial(f"{month}/{year}") == PartialDate(year, month)
    assert PartialDate(year, month).display() == f"{month:02d}/{year}"
    assert PartialDate(year, month).earliest() <= PartialDate(year, month).latest()


def test_surely_before_respects_precision() -> None:
    assert PartialDate(1999).surely_before(PartialDate(2000, 1, 1))
    assert not PartialDate(2000).surely_before(PartialDate(2000, 6, 1))
    assert not PartialDate(2000, 6, 1).surely_before(PartialDate(2000))
    assert PartialDate(2000, 2).latest() == date(2000, 2, 29)


@pytest.mark.parametrize("bad", ["31/02/2001", "13/2001", "ngày mai", "1/1/20", "00/00/0000"])
def test_bad_dates_say_what_and_where(bad: str) -> None:
    with pytest.raises(InputError) as info:
        parse_partial(bad, field="Ngày sinh")
    text = info.value.render("vi")
    assert text.startswith("Ngày sinh:") and bad in text


def test_empty_is_none() -> None:
    assert parse_partial("  ") is None and parse_partial(None) is None
