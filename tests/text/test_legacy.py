"""Tests for the TCVN3 and VNI legacy encodings: every letter and tone, real text, font detection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.errors import InputError
from handbook.text.legacy import (
    convert_from_font,
    decode_legacy,
    detect_legacy_from_font,
    from_tcvn3,
    from_vni,
    is_capitals_font,
    looks_like,
    to_tcvn3,
    to_vni,
)
from tests.text.strategies import ALL_LETTERS, ALL_LOWER_LETTERS, LOWER_VOWELS, vietnamese_phrases

NON_ASCII_LOWER = [c for c in ALL_LOWER_LETTERS if not c.isascii()]
TCVN3_PLAIN_CAPITALS = "ĂÂÊÔƠƯĐ"

# Text as it appears in old files, written down independently of the tables under test.
TCVN3_SAMPLES = [
    ("§¶ng céng s¶n ViÖt Nam", "Đảng cộng sản Việt Nam"),
    ("Hå ChÝ Minh", "Hồ Chí Minh"),
    ("Thõa Thiªn HuÕ", "Thừa Thiên Huế"),
    ("Tr\u00adêng", "Trường"),
    ("x· T©n An, tØnh §ång Th¸p", "xã Tân An, tỉnh Đồng Tháp"),
    ("Ban X©y dùng §¶ng", "Ban Xây dựng Đảng"),
    ("NguyÔn V¨n Ých", "Nguyễn Văn ích"),
]
VNI_SAMPLES = [
    ("Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam"),
    ("Hoà Chí Minh", "Hồ Chí Minh"),
    ("Thöøa Thieân Hueá", "Thừa Thiên Huế"),
    ("Tröôøng", "Trường"),
    ("Ñaø Naüng, Baéc Ninh", "Đà Nẵng, Bắc Ninh"),
    ("Nguyeãn Vaên Ích, Tænh ñòa", "Nguyễn Văn Ích, Tỉnh địa"),
    ("NGUYEÃN THÒ HOAØ", "NGUYỄN THỊ HOÀ"),
    ("Myõ Tho, Vî", "Mỹ Tho, Vỵ"),
]


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3_SAMPLES)
def test_tcvn3_real_text(legacy: str, unicode: str) -> None:
    assert from_tcvn3(legacy) == unicode


@pytest.mark.parametrize(("legacy", "unicode"), VNI_SAMPLES)
def test_vni_real_text(legacy: str, unicode: str) -> None:
    assert from_vni(legacy) == unicode
    assert to_vni(unicode) == legacy


def test_tcvn3_every_lower_case_letter_and_tone() -> None:
    codes = set()
    for letter in NON_ASCII_LOWER:
        legacy = to_tcvn3(letter)
        assert len(legacy) == 1 and 0xA1 <= ord(legacy) <= 0xFE, letter
        assert from_tcvn3(legacy) == letter
        codes.add(legacy)
    assert len(codes) == len(NON_ASCII_LOWER) == 12 * 6 - 6 + 1


def test_tcvn3_capitals_without_tone() -> None:
    legacy = to_tcvn3(TCVN3_PLAIN_CAPITALS)
    assert [ord(c) for c in legacy] == list(range(0xA1, 0xA8))
    assert from_tcvn3(legacy) == TCVN3_PLAIN_CAPITALS


def test_tcvn3_capitals_with_tone_need_an_h_font() -> None:
    for letter in LOWER_VOWELS:
        capital = letter.upper()
        if capital.isascii() or capital in TCVN3_PLAIN_CAPITALS:
            continue
        with pytest.raises(InputError) as caught:
            to_tcvn3(capital)
        assert caught.value.message.id == "text.legacy.tcvn3_capital"
        # In a capitals ("H") font the same letter is the lower-case byte, shown as a capital.
        legacy = to_tcvn3(capital, capitals=True)
        assert legacy == to_tcvn3(letter)
        assert from_tcvn3(legacy, capitals=True) == capital


def test_tcvn3_every_letter_in_capitals_font() -> None:
    for letter in ALL_LETTERS:
        assert from_tcvn3(to_tcvn3(letter, capitals=True), capitals=True) == letter.upper()


def test_vni_every_letter_and_tone_in_both_cases() -> None:
    seen = set()
    for letter in ALL_LETTERS:
        legacy = to_vni(letter)
        assert 1 <= len(legacy) <= 2
        assert all(ord(c) < 0x100 for c in legacy)
        assert from_vni(legacy) == letter
        seen.add(legacy)
    assert len(seen) == len(ALL_LETTERS)


def test_vni_mark_typed_in_the_other_case() -> None:
    assert from_vni("Aù") == from_vni("AÙ") == "Á"
    assert from_vni("aÙ") == "á"
    assert from_vni("Tröôøng") == from_vni("TröôØng") == "Trường"


def test_unencodable_characters_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        to_vni("中")
    assert caught.value.message.id == "text.legacy.unencodable"
    with pytest.raises(InputError):
        to_tcvn3("©")


@settings(max_examples=200, deadline=None)
@given(vietnamese_phrases)
def test_round_trips(s: str) -> None:
    assert from_vni(to_vni(s)) == s
    assert from_tcvn3(to_tcvn3(s.lower())) == s.lower()
    assert from_tcvn3(to_tcvn3(s, capitals=True), capitals=True) == s.upper()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30))
def test_ascii_passes_through(s: str) -> None:
    assert from_tcvn3(s) == s
    assert from_vni(s) == s
    assert to_tcvn3(s) == s
    assert to_vni(s) == s


@pytest.mark.parametrize(
    ("font", "encoding", "capitals"),
    [
        (".VnTime", "tcvn3", False),
        (".VnTimeH", "tcvn3", True),
        (".VnArialH", "tcvn3", True),
        (" .vnarial ", "tcvn3", False),
        (".VnCentury Schoolbook", "tcvn3", False),
        ("VNI-Times", "vni", False),
        ("vni-helve", "vni", False),
        ("VNI-TimesH", "vni", False),
        ("Times New Roman", None, False),
        ("Arial", None, False),
        ("", None, False),
        (None, None, False),
    ],
)
def test_detect_from_font(font: str | None, encoding: str | None, capitals: bool) -> None:
    assert detect_legacy_from_font(font) == encoding
    assert is_capitals_font(font) is capitals


def test_convert_from_font() -> None:
    assert convert_from_font("Ban chÊp hµnh", ".VnTime") == "Ban chấp hành"
    assert convert_from_font("ban chÊp hµnh", ".VnTimeH") == "BAN CHẤP HÀNH"
    assert convert_from_font("Ban chaáp haønh", "VNI-Times") == "Ban chấp hành"
    assert convert_from_font("Ban chấp hành", "Times New Roman") == "Ban chấp hành"
    assert decode_legacy("Ban chaáp haønh", "vni") == "Ban chấp hành"


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        *((legacy, "tcvn3") for legacy, _ in TCVN3_SAMPLES),
        # "Hoà Chí Minh" is VNI for "Hồ Chí Minh" but also good Unicode: no guess.
        *((legacy, "vni") for legacy, _ in VNI_SAMPLES if legacy != "Hoà Chí Minh"),
        ("Hoà Chí Minh", None),
        ("Đảng Cộng sản Việt Nam", None),
        ("Nguyễn Thị Hòa, Hà Nội", None),
        ("Nguyen Van An", None),
        ("", None),
    ],
)
def test_looks_like(text: str, guess: str | None) -> None:
    assert looks_like(text) == guess


PARAGRAPH = (
    "Nguyễn Thị Thu Hà, Trần Văn Bình, Lê Hoàng Phúc, Phạm Thị Ánh Tuyết, Đặng Quốc Việt, "
    "Võ Thị Sáu, Huỳnh Ngọc Yến; chi bộ ấp Bình Hòa, xã Tân An, tỉnh Đồng Tháp. "
    "Đảng viên thường xuyên giữ mối liên hệ với chi ủy, đảng ủy nơi cư trú."
)


def test_looks_like_on_a_realistic_paragraph() -> None:
    assert looks_like(PARAGRAPH) is None
    assert looks_like(to_vni(PARAGRAPH)) == "vni"
    assert looks_like(to_tcvn3(PARAGRAPH.lower())) == "tcvn3"
    assert from_vni(to_vni(PARAGRAPH)) == PARAGRAPH
