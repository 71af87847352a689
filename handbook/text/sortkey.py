"""Vietnamese sort keys as plain strings, so SQLite's default BINARY ORDER BY sorts correctly.

Order (as in Vietnamese dictionaries): text is compared word by word; within a word the letters
are compared first, without tones, in the order a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r
s t u ư v (w) x y (z); then the tone breaks the tie: ngang < huyền < hỏi < ngã < sắc < nặng.
Case does not matter, nor does tone placement ("Hoà" = "Hòa"). Digits sort before letters;
letters of other scripts after, by code point; punctuation only separates words.

Key layout, all printable ASCII except the characters of other scripts:
    word  = primary "." tones "-"
    primary: one character per letter ("A".."a" in the alphabet order above), "0".."9" for
             digits, "~" followed by the character itself for any other letter
    tones:  the non-zero tones of the word in order, "1" (huyền) .. "5" (nặng)
    fields (name_sort_key) are joined by "!"
"." is below every letter code, so a shorter word sorts first; "-" is below every tone digit,
so a toneless word sorts before a toned one; "!" is below every word start, so a shorter field
sorts first. Python ``str`` order and SQLite BINARY (UTF-8 bytes) order agree on code points.
"""

from __future__ import annotations

import re
from functools import lru_cache

from handbook.text.letters import ALPHABET, base_letter
from handbook.text.normalize import normalize_text

FIELD_SEPARATOR = "!"
_END_OF_LETTERS = "."
_END_OF_WORD = "-"
_OTHER = "~"
_LETTER_CODE: dict[str, str] = {letter: chr(0x41 + i) for i, letter in enumerate(ALPHABET)}
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=8192)
def _char_code(ch: str) -> tuple[str, int]:
    if "0" <= ch <= "9":
        return ch, 0
    letter, tone = base_letter(ch)
    if letter is not None:
        return _LETTER_CODE[letter], tone
    lower = ch.lower()
    return _OTHER + _safe(lower if len(lower) == 1 else ch), 0


def _safe(s: str) -> str:
    # Lone surrogates cannot be stored as UTF-8 text; they never come from valid input anyway.
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in s)


@lru_cache(maxsize=8192)
def _word_key(word: str) -> str:
    primary: list[str] = []
    tones: list[str] = []
    for ch in word:
        code, tone = _char_code(ch)
        primary.append(code)
        if tone:
            tones.append(str(tone))
    return "".join(primary) + _END_OF_LETTERS + "".join(tones) + _END_OF_WORD


def vietnamese_sort_key(s: str) -> str:
    """A string whose code-point order is the Vietnamese order of ``s`` (see the module text)."""
    return "".join(_word_key(w) for w in _WORD.findall(normalize_text(s)))


def name_sort_key(ho: str, dem: str, ten: str) -> str:
    """Key for a person's name: by tên, then tên đệm, then họ (each in Vietnamese order)."""
    return FIELD_SEPARATOR.join((vietnamese_sort_key(ten), vietnamese_sort_key(dem), vietnamese_sort_key(ho)))
