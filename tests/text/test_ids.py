"""Tests for CCCD, phone and party card checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.text.ids import (
    CCCD_PROVINCE_CODES,
    check_cccd,
    check_phone,
    is_valid_phone,
    normalize_cccd,
    normalize_party_card,
    normalize_phone,
)
from handbook.text.problems import Problem

VALID_MALE_1999 = "001099012345"


def ids(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.severity, p.message.id) for p in problems]


def test_province_codes_are_the_63_old_provinces() -> None:
    assert len(CCCD_PROVINCE_CODES) == 63
    assert all(len(c) == 3 and c.isdigit() and 1 <= int(c) <= 96 for c in CCCD_PROVINCE_CODES)
    assert CCCD_PROVINCE_CODES["001"] == "Hà Nội"
    assert CCCD_PROVINCE_CODES["079"] == "Thành phố Hồ Chí Minh"
    assert CCCD_PROVINCE_CODES["096"] == "Cà Mau"
    assert "003" not in CCCD_PROVINCE_CODES


def test_normalize_cccd() -> None:
    assert normalize_cccd(" 001 099.012-345 ") == VALID_MALE_1999
    assert normalize_cccd("００１０９９０１２３４５") == VALID_MALE_1999
    assert normalize_cccd("") == ""


def test_valid_cccd_has_no_problems() -> None:
    assert check_cccd(VALID_MALE_1999) == []
    assert check_cccd(VALID_MALE_1999, gender="nam", birth_year=1999) == []
    assert check_cccd("079305000001", gender="Nữ", birth_year=2005) == []
    assert check_cccd("001 099 012 345", gender="male", birth_year=1999) == []


def test_empty_cccd_is_not_checked() -> None:
    assert check_cccd("") == []
    assert check_cccd("  ") == []


@pytest.mark.parametrize(
    ("value", "msg_id"),
    [
        ("00109901234a", "text.cccd.not_digits"),
        ("0010990123 45x", "text.cccd.not_digits"),
        ("12345", "text.cccd.wrong_length"),
        ("0010990123456", "text.cccd.wrong_length"),
        ("01099012345", "text.cccd.lost_leading_zero"),
    ],
)
def test_cccd_errors(value: str, msg_id: str) -> None:
    assert ids(check_cccd(value, gender="nam", birth_year=1999)) == [("error", msg_id)]


def test_wrong_length_names_the_length() -> None:
    (problem,) = check_cccd("12345")
    assert problem.message.values["length"] == 5
    assert problem.field == "cccd"
    assert "12" in problem.render("vi") and "5" in problem.render("en")


def test_unknown_province_is_a_warning() -> None:
    assert ids(check_cccd("003099012345")) == [("warning", "text.cccd.unknown_province")]
    assert ids(check_cccd("097099012345")) == [("warning", "text.cccd.unknown_province")]


@pytest.mark.parametrize(
    ("value", "gender", "birth_year", "expected"),
    [
        ("001199012345", "nam", 1999, ["text.cccd.gender_mismatch"]),
        ("001099012345", "nữ", 1999, ["text.cccd.gender_mismatch"]),
        ("001099012345", "Nu", None, ["text.cccd.gender_mismatch"]),
        ("001099012345", "khác", None, []),
        ("001299012345", "nam", 1999, ["text.cccd.century_mismatch"]),
        ("001205012345", "nam", 1905, ["text.cccd.century_mismatch"]),
        ("001005012345", "nam", 1905, []),
        ("001085012345", "nam", 1984, ["text.cccd.year_mismatch"]),
        (
            "001385012345",
            "nam",
            1984,
            ["text.cccd.gender_mismatch", "text.cccd.century_mismatch", "text.cccd.year_mismatch"],
        ),
        ("001499012345", None, None, ["text.cccd.century_unlikely"]),
        ("001999012345", None, None, ["text.cccd.century_unlikely"]),
        ("003499012345", "nam", 1999, ["text.cccd.unknown_province", "text.cccd.century_mismatch"]),
    ],
)
def test_cccd_warnings(value: str, gender: str | None, birth_year: int | None, expected: list[str]) -> None:
    problems = check_cccd(value, gender=gender, birth_year=birth_year)
    assert [p.message.id for p in problems] == expected
    assert all(p.severity == "warning" for p in problems)


def test_cccd_messages_render_in_both_languages() -> None:
    (problem,) = check_cccd("001099012345", gender="nữ")
    assert "nữ" in problem.render("vi") and "nam" in problem.render("vi")
    assert "female" in problem.render("en") and "male" in problem.render("en")
    (problem,) = check_cccd("001085012345", birth_year=1984)
    assert "84" in problem.render("vi") and "1984" in problem.render("en")


def test_custom_field_name() -> None:
    (problem,) = check_cccd("12", field="spouse_cccd")
    assert problem.field == "spouse_cccd"
    assert problem.is_error


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=16))
def test_check_cccd_never_crashes_and_errors_only_on_format(value: str) -> None:
    for problem in check_cccd(value, gender="nam", birth_year=1990):
        assert problem.severity in ("error", "warning")
        problem.render("vi")
        problem.render("en")


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("0084 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("912345678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"),
        ("(024) 3825 1234", "02438251234"),
        ("+84 24 3825 1234", "02438251234"),
        ("2438251234", "02438251234"),
        ("０９１２３４５６７８", "0912345678"),
        ("", ""),
        ("0912 345 678 (nhà)", "0912 345 678 (nhà)"),
        ("+1 555 0100", "+1 555 0100"),
    ],
)
def test_normalize_phone(typed: str, normalised: str) -> None:
    assert normalize_phone(typed) == normalised


@pytest.mark.parametrize("value", ["0912345678", "0388888888", "0551234567", "0701234567", "0861234567", "02438251234"])
def test_good_phones(value: str) -> None:
    assert is_valid_phone(value)
    assert check_phone(value) == []


@pytest.mark.parametrize(
    "value", ["0123456789", "01234567890", "12345", "091234567", "09123456789", "0212345678", "gọi ông Ba"]
)
def test_unusual_phones_only_warn(value: str) -> None:
    problems = check_phone(value)
    assert ids(problems) == [("warning", "text.phone.unusual")]
    assert problems[0].field == "phone"
    problems[0].render("vi")


def test_empty_phone_is_not_checked() -> None:
    assert check_phone("") == []
    assert check_phone(" ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789+ .-()84", max_size=16))
def test_phone_never_errors_and_normalising_is_idempotent(value: str) -> None:
    assert all(p.severity == "warning" for p in check_phone(value))
    once = normalize_phone(value)
    assert normalize_phone(once) == once


def test_party_card_number() -> None:
    assert normalize_party_card(" 12 345 678 ") == "12345678"
    assert normalize_party_card("AB\u00a0123\t456") == "AB123456"
    assert normalize_party_card("") == ""
