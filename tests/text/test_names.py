"""Tests for splitting and joining Vietnamese full names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings

from handbook.text.names import COMPOUND_SURNAMES, join_name, split_full_name
from tests.text.strategies import vietnamese_phrases


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Nguyễn Thị Thu Hà", ("Nguyễn", "Thị Thu", "Hà")),
        ("Lê Văn Tám", ("Lê", "Văn", "Tám")),
        ("Trần Hưng", ("Trần", "", "Hưng")),
        ("Hùng", ("", "", "Hùng")),
        ("", ("", "", "")),
        ("   ", ("", "", "")),
        ("  nguyễn\u00a0 văn   an ", ("nguyễn", "văn", "an")),
        ("Tôn Thất Tùng", ("Tôn Thất", "", "Tùng")),
        ("Tôn Nữ Thị Ninh", ("Tôn Nữ", "Thị", "Ninh")),
        ("Công Tằng Tôn Nữ Thị Bích", ("Công Tằng Tôn Nữ", "Thị", "Bích")),
        ("Nguyễn Phúc Bửu Chánh", ("Nguyễn Phúc", "Bửu", "Chánh")),
        ("Âu Dương Lân", ("Âu Dương", "", "Lân")),
        ("Hoàng Phủ Ngọc Tường", ("Hoàng Phủ", "Ngọc", "Tường")),
        ("TÔN THẤT TÙNG", ("TÔN THẤT", "", "TÙNG")),
        # A compound family name alone is read as họ + tên.
        ("Tôn Thất", ("Tôn", "", "Thất")),
        ("Âu Văn Dương", ("Âu", "Văn", "Dương")),
    ],
)
def test_split_full_name(full: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(full) == parts


def test_split_accepts_decomposed_input() -> None:
    assert split_full_name(unicodedata.normalize("NFD", "Tôn Thất Tùng")) == ("Tôn Thất", "", "Tùng")


def test_compound_surnames_can_be_turned_off() -> None:
    assert split_full_name("Nguyễn Phúc Thịnh", compound_surnames=()) == ("Nguyễn", "Phúc", "Thịnh")


def test_compound_list_holds_only_multi_word_names() -> None:
    assert all(len(name.split()) >= 2 for name in COMPOUND_SURNAMES)
    assert "Lê Văn" not in COMPOUND_SURNAMES


def test_join_name() -> None:
    assert join_name("Nguyễn", "Văn", "An") == "Nguyễn Văn An"
    assert join_name("Trần", "", "Hưng") == "Trần Hưng"
    assert join_name("", " ", "Hùng ") == "Hùng"
    assert join_name("Tôn  Thất", "", "Tùng") == "Tôn Thất Tùng"


@settings(max_examples=200, deadline=None)
@given(vietnamese_phrases)
def test_split_then_join_gives_the_name_back(full: str) -> None:
    ho, dem, ten = split_full_name(full)
    assert join_name(ho, dem, ten) == " ".join(full.split())
    assert (ten == "") == (full.strip() == "")
