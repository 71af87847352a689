"""Hypothesis strategies and fixed lists of Vietnamese letters shared by the text tests."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

BASE_VOWELS = "aăâeêioôơuưy"
# Combining tone marks in dictionary order: huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def toned(vowel: str, tone: int) -> str:
    """A vowel with tone 0 (ngang) .. 5 (nặng), NFC."""
    return vowel if tone == 0 else unicodedata.normalize("NFC", vowel + TONE_MARKS[tone - 1])


LOWER_VOWELS = [toned(v, t) for v in BASE_VOWELS for t in range(6)]
ALL_LOWER_LETTERS = [*LOWER_VOWELS, "đ", *"bcdfghjklmnpqrstvwxz"]
ALL_LETTERS = [*ALL_LOWER_LETTERS, *(c.upper() for c in ALL_LOWER_LETTERS)]

vietnamese_letters = st.sampled_from(ALL_LETTERS)
vietnamese_words = st.text(alphabet=vietnamese_letters, min_size=1, max_size=7)
vietnamese_phrases = st.lists(vietnamese_words, min_size=0, max_size=4).map(" ".join)

# Messier text: Vietnamese letters plus digits, punctuation, white space of all kinds, invisible
# characters, look-alikes and loose combining marks.
_MESSY = [
    *ALL_LETTERS,
    *"0123456789-'.,/ ",
    "\t",
    "\n",
    "\u00a0",
    "\u2003",
    "\u200b",
    "\ufeff",
    "\u00d0",
    "\u00f0",
    *TONE_MARKS,
    "\u0302",
    "\u0306",
    "\u031b",
    "ç",
    "ß",
    "Ж",
    "中",
]
messy_text = st.text(alphabet=st.sampled_from(_MESSY), max_size=24)
