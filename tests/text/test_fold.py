"""Tests for folded search keys and search-as-you-type matching."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings

from handbook.text.fold import fold, match_tokens, matches, search_key, search_tokens, tone_score, tone_words
from handbook.text.normalize import place_tones
from tests.text.strategies import vietnamese_phrases


def test_forms_of_one_name_fold_the_same() -> None:
    forms = [
        "Nguyễn Văn Án",
        unicodedata.normalize("NFD", "Nguyễn Văn Án"),
        "NGUYEN VAN AN",
        "nguyen  van\u00a0an",
        "Nguyễn Văn An",
    ]
    assert {fold(f) for f in forms} == {"nguyen van an"}


def test_tone_placement_and_d_stroke_do_not_matter() -> None:
    assert fold("Hoà") == fold("Hòa") == "hoa"
    assert fold("Thuỷ") == fold("Thủy") == "thuy"
    assert fold("Đặng") == fold("\u00d0ặng") == fold("ĐẶNG") == "dang"
    assert fold("Trường") == "truong"


def test_search_tokens_split_on_punctuation() -> None:
    assert search_tokens("Hoàng-Anh, H'Mai (Ê Đê)") == ["hoang", "anh", "h", "mai", "e", "de"]
    assert search_key("  Nguyễn   Thị\tBích ") == "nguyen thi bich"
    assert search_tokens("") == []


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("ng v an", "Nguyễn Văn An", True),
        ("an nguyen", "Nguyễn Văn An", True),
        ("van a", "Nguyễn Văn An", True),
        ("NGUY", "Nguyễn Văn An", True),
        ("dang", "Đặng Thị Hoà", True),
        ("hòa", "Đặng Thị Hoà", True),
        ("hoa", "Đặng Thị Hòa", True),
        ("", "Nguyễn Văn An", True),
        ("  ", "", True),
        ("an an", "Nguyễn Văn An", False),
        ("an an", "An Văn An", True),
        ("binh", "Nguyễn Văn An", False),
        ("guyen", "Nguyễn Văn An", False),
        ("nguyen van an b", "Nguyễn Văn An", False),
        ("t t", "Tôn Thất Tùng", True),
        ("t t t", "Tôn Thất Tùng", True),
        ("t t t t", "Tôn Thất Tùng", False),
    ],
)
def test_matches(query: str, text: str, expected: bool) -> None:
    assert matches(query, text) is expected


def test_match_tokens_needs_a_distinct_word_per_query_token() -> None:
    # "th" could take either word; "thu" only the second: the matcher must reassign.
    assert match_tokens(["th", "thu"], ["thuy", "thu"])
    assert match_tokens(["thu", "th"], ["thu", "thanh"])
    assert not match_tokens(["thu", "thu"], ["thu", "thanh"])


def test_match_against_a_stored_key() -> None:
    key = search_key("Nguyễn Thị Hoà")
    assert match_tokens(search_tokens("hoa ng"), key.split())


@settings(max_examples=200, deadline=None)
@given(vietnamese_phrases)
def test_fold_ignores_form_case_and_tone_placement(s: str) -> None:
    folded = fold(s)
    assert folded.isascii()
    assert fold(unicodedata.normalize("NFD", s)) == folded
    assert fold(s.upper()) == folded
    assert fold(place_tones(s)) == fold(place_tones(s, "modern")) == folded
    assert fold(folded) == folded


@settings(max_examples=200, deadline=None)
@given(vietnamese_phrases)
def test_text_matches_itself_and_its_prefixes(s: str) -> None:
    assert matches(s, s)
    assert matches(" ".join(w[:1] for w in reversed(s.split())), s)


def test_tone_score_counts_the_words_typed_with_their_tones() -> None:
    assert tone_words("dang van") == [] and tone_words("Đặng van") == ["đặng"]
    assert tone_score(tone_words("Đặng"), "Đặng Thị Lan") == 1
    assert tone_score(tone_words("Đặng"), "Nguyễn Đăng Cẩn") == 0
    assert tone_score(tone_words("Hoà Đặ"), "Đặng Thị Hòa") == 2


@given(vietnamese_phrases)
def test_a_text_scores_fully_against_its_own_marked_words(s: str) -> None:
    words = tone_words(s)
    assert tone_score(words, s) == len(words)
    assert tone_score(words, unicodedata.normalize("NFD", s)) == len(words)
