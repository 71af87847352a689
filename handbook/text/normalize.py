"""Cleaning Vietnamese text at every input boundary, and putting tone marks in one canonical place."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from handbook.text.letters import MODIFIED_VOWELS, MODIFIER_MARKS, VOWEL_SET, add_tone, split_tone
from handbook.text.syllable import parse_syllable

# Invisible characters that paste and some input methods leave behind. The soft hyphen (U+00AD) is
# deliberately kept: in raw TCVN3 text it is the letter "ư", so stripping it before a legacy
# conversion would lose data (convert legacy text first, then normalise).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_TRANSLATE = {ord(c): None for c in _ZERO_WIDTH} | {
    0x00D0: "Đ",  # Ð LATIN CAPITAL LETTER ETH, looks like Đ and is often typed for it
    0x00F0: "đ",  # ð LATIN SMALL LETTER ETH
    0x0189: "Đ",  # Ɖ LATIN CAPITAL LETTER AFRICAN D
}

ToneStyle = Literal["traditional", "modern"]
# Text that is already NFC and holds none of these needs only its spaces folded (the common case).
_NEEDS_WORK = re.compile("[\u0300-\u036f\u00d0\u00f0\u0189" + _ZERO_WIDTH + "]")


def normalize_text(s: str) -> str:
    """One line of text as it should be stored: NFC, "Ð"/"ð" -> "Đ"/"đ", no zero-width characters,
    no leading/trailing space, and every run of white space (tabs, NBSP, new lines) as one space.

    Decomposed input (the Windows Vietnamese keyboard, some Unikey settings, macOS file names) is
    composed; a modifier typed after a tone ("e" + acute + circumflex) is reordered so it still
    composes to "ế". Tone placement is left as typed (see ``place_tones``). Idempotent.
    """
    if not s:
        return ""
    if s.isascii() or (unicodedata.is_normalized("NFC", s) and not _NEEDS_WORK.search(s)):
        return " ".join(s.split())
    s = s.translate(_TRANSLATE)
    s = _compose(s)
    return " ".join(s.split())


def normalize_multiline(s: str) -> str:
    """Free text with paragraphs: each line normalised, blank lines at the ends dropped and runs of
    blank lines inside kept as one. Idempotent."""
    lines: list[str] = []
    for raw in s.splitlines():
        line = normalize_text(raw)
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _compose(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    if any(c in MODIFIER_MARKS for c in decomposed):
        decomposed = _modifiers_first(decomposed)
    return unicodedata.normalize("NFC", decomposed)


def _modifiers_first(s: str) -> str:
    """Within each run of combining marks, move ˆ ˘ ̛ before the tone marks (stable otherwise)."""
    out: list[str] = []
    run: list[str] = []
    for c in s:
        if unicodedata.combining(c):
            run.append(c)
            continue
        if run:
            out.extend(sorted(run, key=lambda m: 0 if m in MODIFIER_MARKS else 1))
            run = []
        out.append(c)
    if run:
        out.extend(sorted(run, key=lambda m: 0 if m in MODIFIER_MARKS else 1))
    return "".join(out)


_WORD = re.compile(r"[^\W\d_]+")


def place_tones(text: str, style: ToneStyle = "traditional") -> str:
    """The text with each Vietnamese syllable's tone mark moved to its canonical vowel.

    ``traditional`` (default, the style of official forms and the one we store when we have to
    choose): "hòa", "hòe", "thủy", "quý". ``modern`` (Unikey's "kiểu mới"): "hoà", "hoè", "thuỷ".
    The styles differ only for open syllables ending in oa, oe, uy; everywhere else the rule is the
    same (a vowel with a hat or horn takes the tone, ơ in ươ, the middle of three vowels, the
    second of two when a consonant follows). Words that are not one Vietnamese syllable with one
    tone (foreign names, typos, digits) are left alone. Output is NFC.
    """
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    result = _WORD.sub(lambda m: _place_in_word(m.group(0), style), text)
    return unicodedata.normalize("NFC", result)


def _place_in_word(word: str, style: ToneStyle) -> str:
    parts = [split_tone(c) for c in word]
    toned = [i for i, (_, tone) in enumerate(parts) if tone]
    if len(toned) != 1:
        return word
    letters = "".join(base.lower() for base, _ in parts)
    current = toned[0]
    if len(letters) != len(word) or letters[current] not in VOWEL_SET:
        return word
    target = tone_position(letters, style)
    if target is None or target == current:
        return word
    chars = [base for base, _ in parts]
    chars[target] = add_tone(chars[target], parts[current][1])
    return "".join(chars)


def tone_position(letters: str, style: ToneStyle = "traditional") -> int | None:
    """Index in ``letters`` (lower case, no tone) of the vowel that carries the tone, or None
    when the letters are not a Vietnamese syllable."""
    syllable = parse_syllable(letters)
    if syllable is None:
        return None
    nucleus = syllable.nucleus
    start = len(syllable.onset)
    hatted = [i for i, c in enumerate(nucleus) if c in MODIFIED_VOWELS]
    if len(nucleus) == 1:
        offset = 0
    elif hatted:
        offset = hatted[-1]
    elif len(nucleus) == 3 or syllable.coda:
        offset = 1
    elif nucleus in ("oa", "oe", "uy"):
        offset = 0 if style == "traditional" else 1
    else:
        offset = 0
    return start + offset
