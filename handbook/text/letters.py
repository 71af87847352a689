"""Vietnamese letters as data: the alphabet, the five tone marks and how to take a letter apart."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Tones are numbered in dictionary order: ngang (no mark) 0, huyền 1, hỏi 2, ngã 3, sắc 4, nặng 5.
NGANG, HUYEN, HOI, NGA, SAC, NANG = range(6)
TONE_OF_MARK: dict[str, int] = {
    "\u0300": HUYEN,  # combining grave
    "\u0309": HOI,  # combining hook above
    "\u0303": NGA,  # combining tilde
    "\u0301": SAC,  # combining acute
    "\u0323": NANG,  # combining dot below
}
MARK_OF_TONE: dict[int, str] = {tone: mark for mark, tone in TONE_OF_MARK.items()}

# The marks that make a new letter (ă â ê ô ơ ư) rather than a tone.
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
MODIFIER_MARKS = frozenset((CIRCUMFLEX, BREVE, HORN))
_MODIFIED: dict[tuple[str, str], str] = {
    ("a", BREVE): "ă",
    ("a", CIRCUMFLEX): "â",
    ("e", CIRCUMFLEX): "ê",
    ("o", CIRCUMFLEX): "ô",
    ("o", HORN): "ơ",
    ("u", HORN): "ư",
}

# Vietnamese letter order, with f j w z (foreign names only) after their Latin neighbours.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
VOWELS = "aăâeêioôơuưy"
MODIFIED_VOWELS = "ăâêôơư"
ALPHABET_SET = frozenset(ALPHABET)
VOWEL_SET = frozenset(VOWELS)


@lru_cache(maxsize=4096)
def split_tone(ch: str) -> tuple[str, int]:
    """One character without its tone mark, and the tone (0 when none); case is kept.

    "Ấ" -> ("Â", 4); "ư" -> ("ư", 0); a character that is not a toned letter comes back unchanged.
    """
    decomposed = unicodedata.normalize("NFD", ch)
    tone = NGANG
    kept: list[str] = []
    for c in decomposed:
        mark_tone = TONE_OF_MARK.get(c)
        if mark_tone is not None and tone == NGANG and kept:
            tone = mark_tone
        else:
            kept.append(c)
    if tone == NGANG:
        return ch, NGANG
    return unicodedata.normalize("NFC", "".join(kept)), tone


@lru_cache(maxsize=4096)
def add_tone(letter: str, tone: int) -> str:
    """A letter with the given tone mark added (the letter must not carry a tone already)."""
    if tone == NGANG:
        return letter
    return unicodedata.normalize("NFC", letter + MARK_OF_TONE[tone])


@lru_cache(maxsize=4096)
def base_letter(ch: str) -> tuple[str | None, int]:
    """The lower-case Vietnamese letter (from ALPHABET) a character is built on, and its tone.

    Marks that do not belong to Vietnamese (cedilla, umlaut, …) are ignored: "ü" -> ("u", 0).
    Returns (None, 0) for anything that is not a Latin letter.
    """
    decomposed = unicodedata.normalize("NFD", ch.lower())
    if not decomposed:
        return None, NGANG
    first = decomposed[0]
    if first not in ALPHABET_SET:
        return None, NGANG
    letter = first
    tone = NGANG
    for mark in decomposed[1:]:
        mark_tone = TONE_OF_MARK.get(mark)
        if mark_tone is not None:
            if tone == NGANG:
                tone = mark_tone
        elif mark in MODIFIER_MARKS:
            letter = _MODIFIED.get((letter, mark), letter)
    return letter, tone


def _all_letters() -> frozenset[str]:
    letters: set[str] = set()
    for base in ALPHABET:
        tones = range(6) if base in VOWEL_SET else (NGANG,)
        for tone in tones:
            toned = add_tone(base, tone)
            letters.add(toned)
            letters.add(toned.upper())
    return frozenset(letters)


# Every Vietnamese letter (NFC), both cases, with every tone it can carry.
VIETNAMESE_LETTERS: frozenset[str] = _all_letters()
