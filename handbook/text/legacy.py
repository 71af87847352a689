"""Converting text typed in the legacy TCVN3 (ABC) and VNI-Windows encodings to Unicode, and back.

Old Excel files hold such text as the Windows-1252 reading of the legacy bytes, shown right only
because the cell uses a legacy font: ``.VnTime``, ``.VnArial`` … (TCVN3) or ``VNI-Times`` … (VNI).
Every byte both encodings use lies in 0xA1–0xFE, where Windows-1252 and Latin-1 agree, so each
legacy byte is simply the character with that code point.

TCVN3 here is TCVN 5712:1993 VN3, the "ABC" set: all 67 lower-case letters with tones (including
đ) and the seven capitals without tone Ă Â Ê Ô Ơ Ư Đ. VN3 has no capitals with tones; text that
needs them is written with the "H" fonts (``.VnTimeH`` …), whose glyphs are capitals at the
lower-case positions, so such text is decoded as lower case and then upper-cased
(``capitals=True``). Capitals with tones that some keyboards put at other code points (the VN1 and
VN2 tables disagree on where) are not guessed at: they pass through unchanged.

VNI-Windows writes each letter as an ASCII base followed by one mark byte (â = "aâ", ế = "eá",
ờ = "ôø"); ơ ư đ and i with a tone and ỵ are single bytes. Both cases exist.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from handbook.errors import InputError
from handbook.text.letters import VIETNAMESE_LETTERS, add_tone, split_tone
from handbook.text.syllable import parse_syllable

LegacyEncoding = Literal["tcvn3", "vni"]

# ---- TCVN3 ------------------------------------------------------------------------------------
# Byte of each lower-case vowel with tone ngang, huyền, hỏi, ngã, sắc, nặng (the order of letters.py).
_TCVN3_VOWELS: dict[str, tuple[int, int, int, int, int, int]] = {
    "a": (0x61, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0x65, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0x69, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0x6F, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0x75, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0x79, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_OTHERS: dict[str, int] = {
    "đ": 0xAE,
    "Ă": 0xA1,
    "Â": 0xA2,
    "Ê": 0xA3,
    "Ô": 0xA4,
    "Ơ": 0xA5,
    "Ư": 0xA6,
    "Đ": 0xA7,
}


def _tcvn3_encoding() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, codes in _TCVN3_VOWELS.items():
        for tone, code in enumerate(codes):
            table[add_tone(vowel, tone)] = chr(code)
    for letter, code in _TCVN3_OTHERS.items():
        table[letter] = chr(code)
    return {uni: legacy for uni, legacy in table.items() if not uni.isascii()}


_TO_TCVN3 = _tcvn3_encoding()
_FROM_TCVN3 = {ord(legacy): uni for uni, legacy in _TO_TCVN3.items()}

# ---- VNI --------------------------------------------------------------------------------------
# Mark bytes per tone (ngang, huyền, hỏi, ngã, sắc, nặng), lower case then upper case.
_VNI_TONE = (("", "ø", "û", "õ", "ù", "ï"), ("", "Ø", "Û", "Õ", "Ù", "Ï"))
_VNI_CIRCUMFLEX = (("â", "à", "å", "ã", "á", "ä"), ("Â", "À", "Å", "Ã", "Á", "Ä"))
_VNI_BREVE = (("ê", "è", "ú", "ü", "é", "ë"), ("Ê", "È", "Ú", "Ü", "É", "Ë"))
_VNI_I = (("i", "ì", "æ", "ó", "í", "ò"), ("I", "Ì", "Æ", "Ó", "Í", "Ò"))
_VNI_Y_NANG = ("î", "Î")
_VNI_SINGLE = {"ơ": ("ô", "Ô"), "ư": ("ö", "Ö"), "đ": ("ñ", "Ñ")}


def _vni_sequence(letter: str, tone: int, upper: int) -> tuple[str, str]:
    """(base, mark) for a lower-case tone-less letter with a tone, in the given case (0/1)."""
    if letter in "aeou" or (letter == "y" and tone != 5):
        return (letter.upper() if upper else letter), _VNI_TONE[upper][tone]
    if letter == "y":
        return _VNI_Y_NANG[upper], ""
    if letter in "âêô":
        base = {"â": "a", "ê": "e", "ô": "o"}[letter]
        return (base.upper() if upper else base), _VNI_CIRCUMFLEX[upper][tone]
    if letter == "ă":
        return ("A" if upper else "a"), _VNI_BREVE[upper][tone]
    if letter == "i":
        return _VNI_I[upper][tone], ""
    return _VNI_SINGLE[letter][upper], _VNI_TONE[upper][tone]


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {}
    decode: dict[str, str] = {}
    lenient: dict[str, str] = {}
    for letter in "aăâeêioôơuưy":
        for tone in range(6):
            lower_base, lower_mark = _vni_sequence(letter, tone, 0)
            upper_base, upper_mark = _vni_sequence(letter, tone, 1)
            lower = add_tone(letter, tone)
            upper = lower.upper()
            encode[lower] = lower_base + lower_mark
            encode[upper] = upper_base + upper_mark
            decode[lower_base + lower_mark] = lower
            decode[upper_base + upper_mark] = upper
            if lower_mark:
                # Case of the mark byte typed differently from the base: the base decides.
                lenient[lower_base + upper_mark] = lower
                lenient[upper_base + lower_mark] = upper
            if letter in "iy" and tone:
                # i and ỵ with an ordinary tone mark instead of their single byte.
                lenient[letter + _VNI_TONE[0][tone]] = lower
                lenient[letter.upper() + _VNI_TONE[1][tone]] = upper
                lenient[letter + _VNI_TONE[1][tone]] = lower
                lenient[letter.upper() + _VNI_TONE[0][tone]] = upper
    encode["đ"], encode["Đ"] = _VNI_SINGLE["đ"]
    decode["ñ"], decode["Ñ"] = "đ", "Đ"
    encode = {uni: legacy for uni, legacy in encode.items() if not uni.isascii()}
    decode = {legacy: uni for legacy, uni in decode.items() if not legacy.isascii()}
    return encode, lenient | decode


_TO_VNI, _FROM_VNI = _vni_tables()


# ---- public API -------------------------------------------------------------------------------
def from_tcvn3(text: str, *, capitals: bool = False) -> str:
    """Unicode (NFC) for TCVN3 text; ``capitals`` for text set in an "H" font such as .VnTimeH."""
    converted = unicodedata.normalize("NFC", text.translate(_FROM_TCVN3))
    return converted.upper() if capitals else converted


def to_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 for Unicode text. With ``capitals`` the text is written for an "H" font (lower-case
    positions, shown as capitals). Raises InputError for a character TCVN3 cannot hold."""
    text = unicodedata.normalize("NFC", text)
    if capitals:
        text = text.lower()
    out: list[str] = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in _TO_TCVN3:
            out.append(_TO_TCVN3[ch])
        elif ch in VIETNAMESE_LETTERS:
            raise InputError("text.legacy.tcvn3_capital", char=ch)
        else:
            raise InputError("text.legacy.unencodable", char=ch, encoding="TCVN3")
    return "".join(out)


def from_vni(text: str) -> str:
    """Unicode (NFC) for VNI-Windows text."""
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        pair = text[i : i + 2]
        if len(pair) == 2 and pair in _FROM_VNI:
            out.append(_FROM_VNI[pair])
            i += 2
            continue
        ch = text[i]
        out.append(_FROM_VNI.get(ch, ch))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def to_vni(text: str) -> str:
    """VNI-Windows for Unicode text. Raises InputError for a character VNI cannot hold."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isascii():
            out.append(ch)
        elif ch in _TO_VNI:
            out.append(_TO_VNI[ch])
        else:
            raise InputError("text.legacy.unencodable", char=ch, encoding="VNI")
    return "".join(out)


def detect_legacy_from_font(font_name: str | None) -> LegacyEncoding | None:
    """The legacy encoding an Excel cell's font implies: ``.Vn…`` -> "tcvn3", ``VNI…`` -> "vni"."""
    name = (font_name or "").strip().lower()
    if name.startswith(".vn"):
        return "tcvn3"
    if name.startswith("vni"):
        return "vni"
    return None


def is_capitals_font(font_name: str | None) -> bool:
    """True for the TCVN3 capitals fonts (.VnTimeH, .VnArialH …: a TCVN3 name ending in "H")."""
    name = (font_name or "").strip()
    return detect_legacy_from_font(name) == "tcvn3" and name.endswith("H")


def decode_legacy(text: str, encoding: LegacyEncoding, *, capitals: bool = False) -> str:
    """Unicode for text in the named legacy encoding (``capitals`` only matters for TCVN3)."""
    if encoding == "tcvn3":
        return from_tcvn3(text, capitals=capitals)
    return from_vni(text)


def convert_from_font(text: str, font_name: str | None) -> str:
    """A cell's text in Unicode, decoded as its font's legacy encoding implies (unchanged when
    the font is not a legacy one)."""
    encoding = detect_legacy_from_font(font_name)
    if encoding is None:
        return text
    return decode_legacy(text, encoding, capitals=is_capitals_font(font_name))


# ---- guessing ---------------------------------------------------------------------------------
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _is_syllable(word: str) -> bool:
    if any(c not in VIETNAMESE_LETTERS for c in word):
        return False
    parts = [split_tone(c) for c in word]
    if sum(1 for _, tone in parts if tone) > 1:
        return False
    return parse_syllable("".join(base for base, _ in parts).lower()) is not None


# Latin-1 symbols that both legacy encodings use as letters (§ ¶ µ ¸ ¨ © soft hyphen …): rare in
# real Unicode text, common in undecoded legacy text.
_LEGACY_SYMBOLS = frozenset(chr(c) for c in (*range(0xA1, 0xC0), 0xD7, 0xF7))


def _plausibility(text: str) -> int:
    """+1 for each non-ASCII word that is a Vietnamese syllable, -1 for each one that is not and
    for each Latin-1 symbol left in the text."""
    text = unicodedata.normalize("NFC", text)
    score = -sum(1 for c in text if c in _LEGACY_SYMBOLS)
    for word in _LETTER_RUN.findall(text):
        if not word.isascii():
            score += 1 if _is_syllable(word) else -1
    return score


def looks_like(text: str) -> LegacyEncoding | None:
    """A guess at the legacy encoding of text whose font is unknown: the encoding whose decoding
    gives clearly more real Vietnamese syllables than the text as it is and than the other
    encoding; None when neither does (already Unicode, plain ASCII, or unclear). A hint for the
    import preview, never applied without the user."""
    as_is = _plausibility(text)
    tcvn3 = _plausibility(from_tcvn3(text))
    vni = _plausibility(from_vni(text))
    if tcvn3 > as_is and tcvn3 > vni:
        return "tcvn3"
    if vni > as_is and vni > tcvn3:
        return "vni"
    return None
