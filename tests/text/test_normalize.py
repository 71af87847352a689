"""Tests for input normalisation and canonical tone placement."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.text.normalize import normalize_multiline, normalize_text, place_tones, tone_position
from tests.text.strategies import ALL_LETTERS, messy_text, vietnamese_phrases


def test_nfd_input_is_composed() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    assert nfd != "Nguyễn Thị Hoà"
    assert normalize_text(nfd) == "Nguyễn Thị Hoà"


def test_every_letter_in_nfd_composes_back() -> None:
    for letter in ALL_LETTERS:
        assert normalize_text(unicodedata.normalize("NFD", letter)) == letter


def test_windows_keyboard_style_input() -> None:
    # The Windows Vietnamese keyboard (code page 1258) sends precomposed ă â ê ô ơ ư đ and the
    # tone as a separate combining mark.
    typed = "Vi\u00ea\u0323t Nam, Tr\u01b0\u01a1\u0300ng, \u0111a\u0309ng, H\u00f4\u0300"
    assert normalize_text(typed) == "Việt Nam, Trường, đảng, Hồ"


def test_modifier_typed_after_the_tone_still_composes() -> None:
    assert normalize_text("e\u0301\u0302") == "ế"
    assert normalize_text("a\u0300\u0306") == "ằ"
    assert normalize_text("e\u0323\u0302") == "ệ"


def test_eth_is_read_as_d_with_stroke() -> None:
    assert normalize_text("\u00d0\u1eb7ng V\u0103n \u00f0\u00f4ng") == "Đặng Văn đông"


def test_white_space_and_invisible_characters() -> None:
    assert normalize_text("  Nguy\u200bễn\u00a0\u00a0Văn\t\tAn \ufeff\n") == "Nguyễn Văn An"
    assert normalize_text("") == ""
    assert normalize_text(" \t\u00a0 ") == ""
    assert normalize_text("plain  ascii ") == "plain ascii"


def test_soft_hyphen_is_kept_for_legacy_conversion() -> None:
    assert normalize_text("tr\u00adêng") == "tr\u00adêng"


def test_tone_placement_is_left_as_typed() -> None:
    assert normalize_text("Hoà") == "Hoà"
    assert normalize_text("Hòa") == "Hòa"


@settings(max_examples=300, deadline=None)
@given(messy_text)
def test_normalize_text_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "  " not in once and once == once.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(messy_text, max_size=5).map("\n".join))
def test_normalize_multiline_is_idempotent(s: str) -> None:
    once = normalize_multiline(s)
    assert normalize_multiline(once) == once
    assert "\n\n\n" not in once


def test_normalize_multiline_keeps_paragraphs() -> None:
    assert normalize_multiline("\n  Dòng   một \n\n\n\nDòng\thai\n\n") == "Dòng một\n\nDòng hai"


@pytest.mark.parametrize(
    ("typed", "traditional", "modern"),
    [
        ("Hoà", "Hòa", "Hoà"),
        ("Hòa", "Hòa", "Hoà"),
        ("thuý", "thúy", "thuý"),
        ("Thuỷ", "Thủy", "Thuỷ"),
        ("hoè", "hòe", "hoè"),
        ("uỷ ban", "ủy ban", "uỷ ban"),
        ("HOÀ", "HÒA", "HOÀ"),
        # Same in both styles.
        ("hòan", "hoàn", "hoàn"),
        ("hùynh", "huỳnh", "huỳnh"),
        ("qúy", "quý", "quý"),
        ("qùa", "quà", "quà"),
        ("gìa", "già", "già"),
        ("gìn", "gìn", "gìn"),
        ("gịếng", "gịếng", "gịếng"),  # two tones: left alone
        ("trừơng", "trường", "trường"),
        ("Nguyêñ", "Nguyêñ", "Nguyêñ"),  # not a tone mark: left alone
        ("nguỹên", "nguyễn", "nguyễn"),
        ("ngóai", "ngoái", "ngoái"),
        ("khúya", "khuýa", "khuýa"),
        ("khụyu", "khuỵu", "khuỵu"),
        ("rựơu", "rượu", "rượu"),
        ("mía", "mía", "mía"),
        ("múa", "múa", "múa"),
        ("thủơ", "thuở", "thuở"),
        ("Michaél", "Michaél", "Michaél"),  # not a Vietnamese syllable
        ("ngoằn", "ngoằn", "ngoằn"),
        ("xóong", "xoóng", "xoóng"),
    ],
)
def test_place_tones(typed: str, traditional: str, modern: str) -> None:
    assert place_tones(typed) == traditional
    assert place_tones(typed, "modern") == modern


def test_place_tones_in_a_sentence() -> None:
    assert place_tones("Nguyễn Thị Hoà, xã Hoà Bình - 12/3") == "Nguyễn Thị Hòa, xã Hòa Bình - 12/3"


def test_tone_position_rejects_non_syllables() -> None:
    assert tone_position("str") is None
    assert tone_position("anhs") is None
    assert tone_position("a") == 0


@settings(max_examples=300, deadline=None)
@given(vietnamese_phrases, st.sampled_from(["traditional", "modern"]))
def test_place_tones_is_idempotent_and_keeps_letters(s: str, style: str) -> None:
    assert style in ("traditional", "modern")
    once = place_tones(s, "traditional" if style == "traditional" else "modern")
    assert place_tones(once, "traditional" if style == "traditional" else "modern") == once
    assert len(once) == len(unicodedata.normalize("NFC", s))
