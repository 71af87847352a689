"""Tests for Vietnamese sort keys, against a reference comparator and SQLite's BINARY order."""

from __future__ import annotations

import functools
import unicodedata

import sqlcipher3.dbapi2 as sqlite
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.text.sortkey import name_sort_key, vietnamese_sort_key
from tests.text.strategies import ALL_LETTERS

# ---- reference comparator, written independently of the module ---------------------------------
REF_LETTERS = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
REF_TONE = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
REF_HAT = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

Unit = tuple[int, int | str]
Word = tuple[list[Unit], tuple[int, ...]]


def ref_unit(ch: str) -> tuple[Unit, int]:
    if ch in "0123456789":
        return (0, int(ch)), 0
    low = ch.lower()
    parts = unicodedata.normalize("NFD", low)
    if parts[0] in REF_LETTERS:
        letter, tone = parts[0], 0
        for mark in parts[1:]:
            if mark in REF_TONE and tone == 0:
                tone = REF_TONE[mark]
            letter = REF_HAT.get((letter, mark), letter)
        return (1, REF_LETTERS.index(letter)), tone
    return (2, low if len(low) == 1 else ch), 0


def ref_words(s: str) -> list[Word]:
    words: list[Word] = []
    units: list[Unit] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFC", s) + " ":
        if ch.isalnum():
            unit, tone = ref_unit(ch)
            units.append(unit)
            if tone:
                tones.append(tone)
        elif units:
            words.append((units, tuple(tones)))
            units, tones = [], []
    return words


def ref_compare(a: str, b: str) -> int:
    wa, wb = ref_words(a), ref_words(b)
    return (wa > wb) - (wa < wb)


def ref_name_compare(a: tuple[str, str, str], b: tuple[str, str, str]) -> int:
    for i in (2, 1, 0):
        c = ref_compare(a[i], b[i])
        if c:
            return c
    return 0


def sign(a: str, b: str) -> int:
    return (a > b) - (a < b)


# ---- examples ---------------------------------------------------------------------------------
def by_key(items: list[str]) -> list[str]:
    return sorted(items, key=vietnamese_sort_key)


def test_letter_order() -> None:
    expected = [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dũng",
        "Đào",
        "Em",
        "Ên",
        "Giang",
        "Ôn",
        "Ơn",
        "Uyên",
        "Ưng",
        "Yến",
    ]
    assert by_key(list(reversed(expected))) == expected
    assert by_key(["z", "y", "x", "w", "v", "j", "i", "f", "g", "e"]) == [
        "e",
        "f",
        "g",
        "i",
        "j",
        "v",
        "w",
        "x",
        "y",
        "z",
    ]


def test_tone_order_breaks_ties() -> None:
    expected = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert by_key(list(reversed(expected))) == expected


def test_letters_before_tones() -> None:
    # A toned short word still sorts before a longer toneless one with the same start.
    assert by_key(["an", "ạ", "á", "anh", "ăn"]) == ["á", "ạ", "an", "anh", "ăn"]


def test_word_by_word_as_in_dictionaries() -> None:
    assert by_key(["bà ba", "ba bà", "ba ba", "ba"]) == ["ba", "ba ba", "ba bà", "bà ba"]
    assert by_key(["bà an", "ba bo"]) == ["ba bo", "bà an"]


def test_case_form_and_tone_placement_do_not_matter() -> None:
    key = vietnamese_sort_key("Hòa")
    assert vietnamese_sort_key("Hoà") == key
    assert vietnamese_sort_key("HÒA") == key
    assert vietnamese_sort_key(unicodedata.normalize("NFD", "hoà")) == key
    assert vietnamese_sort_key("Đặng") == vietnamese_sort_key("\u00d0ặng")


def test_digits_first_then_letters_then_other_scripts() -> None:
    assert by_key(["Anh", "中", "12", "Жанна"]) == ["12", "Anh", "Жанна", "中"]


def test_name_sort_key_orders_by_ten_then_dem_then_ho() -> None:
    people = [
        ("Nguyễn", "Thị", "Bình"),
        ("Trần", "Văn", "An"),
        ("Lê", "", "An"),
        ("Đỗ", "Văn", "An"),
        ("", "", "Ân"),
    ]
    ordered = sorted(people, key=lambda p: name_sort_key(*p))
    assert ordered == [
        ("Lê", "", "An"),
        ("Đỗ", "Văn", "An"),
        ("Trần", "Văn", "An"),
        ("", "", "Ân"),
        ("Nguyễn", "Thị", "Bình"),
    ]


def test_key_is_plain_printable_text_for_vietnamese() -> None:
    key = name_sort_key("Nguyễn", "Văn", "Án")
    assert key.isascii() and key.isprintable()


# ---- properties -------------------------------------------------------------------------------
_ALPHABET = st.sampled_from([*ALL_LETTERS, *"0123456789", " ", "-", "'", "Ж", "ж", "中", "ß", "ü"])
texts = st.text(alphabet=_ALPHABET, max_size=10)


@settings(max_examples=500, deadline=None)
@given(texts, texts)
def test_key_order_equals_reference_order(a: str, b: str) -> None:
    assert sign(vietnamese_sort_key(a), vietnamese_sort_key(b)) == ref_compare(a, b)


@settings(max_examples=100, deadline=None)
@given(st.lists(texts, max_size=15))
def test_sorting_by_key_equals_sorting_by_reference(items: list[str]) -> None:
    assert sorted(items, key=vietnamese_sort_key) == sorted(items, key=functools.cmp_to_key(ref_compare))


@settings(max_examples=300, deadline=None)
@given(st.tuples(texts, texts, texts), st.tuples(texts, texts, texts))
def test_name_key_order_equals_reference_order(a: tuple[str, str, str], b: tuple[str, str, str]) -> None:
    assert sign(name_sort_key(*a), name_sort_key(*b)) == ref_name_compare(a, b)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(texts, texts, texts), max_size=20))
def test_sqlite_binary_order_by_equals_python_order(names: list[tuple[str, str, str]]) -> None:
    keys = [name_sort_key(*n) for n in names]
    conn = sqlite.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (k TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(k,) for k in keys])
        from_db = [row[0] for row in conn.execute("SELECT k FROM t ORDER BY k")]
    finally:
        conn.close()
    assert from_db == sorted(keys)
