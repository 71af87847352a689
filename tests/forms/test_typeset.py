"""Line breaking by measured width, capitals and Paragraph markup."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.forms.fonts import register_bundled
from handbook.forms.typeset import balance, caps, markup, text_width, wrap

FONT = register_bundled("liberation").regular
WORDS = st.lists(
    st.sampled_from(
        [
            "Đảng",
            "viên",
            "nơi",
            "cư",
            "trú",
            "Nguyễn",
            "Thị",
            "Hương",
            "xã",
            "thường",
            "xuyên",
            "giữ",
            "mối",
            "liên",
            "hệ",
            "Ủy",
            "ban",
            "123-XN/BXDĐ",
            "Kmút",
            "ĐỒNG",
        ]
    ),
    min_size=0,
    max_size=40,
)


@settings(max_examples=150)
@given(WORDS, st.floats(min_value=60, max_value=460), st.floats(min_value=20, max_value=460))
def test_wrap_keeps_every_word_and_every_line_fits(words: list[str], width: float, first: float) -> None:
    text = " ".join(words)
    lines = wrap(text, FONT, 13, width, first)
    assert "".join("".join(lines).split()) == "".join(text.split())  # nothing lost, nothing added
    if all(text_width(word, FONT, 13) <= width for word in words):
        assert " ".join(lines).split() == text.split()  # and no word cut unless wider than a line
    for index, line in enumerate(lines):
        limit = first if index == 0 else width
        assert text_width(line, FONT, 13) <= limit + 0.01 or (" " not in line and len(line) == 1)


def test_overlong_word_is_cut_between_letters() -> None:
    lines = wrap("Ngườiviếtliềnmộtmạchkhôngcókhoảngtrắngnàocả", FONT, 13, 80)
    assert len(lines) > 1
    assert "".join(lines) == "Ngườiviếtliềnmộtmạchkhôngcókhoảngtrắngnàocả"
    assert all(text_width(line, FONT, 13) <= 80 for line in lines)


def test_word_too_wide_for_the_first_line_starts_the_next() -> None:
    assert wrap("Đảng viên", FONT, 13, 200, first_width=10) == ["", "Đảng viên"]


def test_explicit_line_breaks_are_kept_and_empty_text_has_no_lines() -> None:
    assert wrap("Dòng một\nDòng hai", FONT, 13, 400) == ["Dòng một", "Dòng hai"]
    assert wrap("   ", FONT, 13, 400) == []


def test_balanced_heading_lines_are_even() -> None:
    text = "ĐẢNG ỦY PHƯỜNG HOÀNG VĂN THỤ"
    width = text_width(text, FONT, 14) * 0.9
    assert wrap(text, FONT, 14, width)[1] == "THỤ"
    assert balance(text, FONT, 14, width) == ["ĐẢNG ỦY PHƯỜNG", "HOÀNG VĂN THỤ"]
    assert balance("BAN XÂY DỰNG ĐẢNG", FONT, 14, 400) == ["BAN XÂY DỰNG ĐẢNG"]


def test_caps_are_vietnamese_and_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Đảng ủy xã Tân An, chi bộ thôn Ea Kmút")
    assert caps(decomposed) == "ĐẢNG ỦY XÃ TÂN AN, CHI BỘ THÔN EA KMÚT"
    assert unicodedata.is_normalized("NFC", caps(decomposed))


def test_markup_escapes_and_composes() -> None:
    assert markup("Công ty A & B <TNHH>") == "Công ty A &amp; B &lt;TNHH&gt;"
    assert markup(unicodedata.normalize("NFD", "Hòa\nBình")) == "Hòa<br/>Bình"
