"""Parsing one Vietnamese syllable into onset, vowel nucleus and final consonant."""

from __future__ import annotations

from dataclasses import dataclass

from handbook.text.letters import VOWEL_SET

# Longest first, so "ngh" wins over "ng" and "ng" over "n".
ONSETS: tuple[str, ...] = (
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
CODAS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
NUCLEI = frozenset(
    (
        *"aăâeêioôơuưy",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
        "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Syllable:
    """A syllable's parts, lower case and without tone: "nguyễn" -> ("ng", "uyê", "n")."""

    onset: str
    nucleus: str
    coda: str


def parse_syllable(letters: str) -> Syllable | None:
    """Split lower-case, tone-less letters into a Vietnamese syllable, or None when it is not one."""
    onset = ""
    for candidate in ONSETS:
        if letters.startswith(candidate):
            rest = letters[len(candidate) :]
            # "gi" and "qu" are onsets only when another vowel follows: "gìn" is g + i + n.
            if candidate in ("gi", "qu") and not (rest and rest[0] in VOWEL_SET):
                continue
            onset = candidate
            break
    rest = letters[len(onset) :]
    end = 0
    while end < len(rest) and rest[end] in VOWEL_SET:
        end += 1
    nucleus, coda = rest[:end], rest[end:]
    if nucleus not in NUCLEI or coda not in CODAS:
        return None
    return Syllable(onset, nucleus, coda)
