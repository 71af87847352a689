"""Splitting a full Vietnamese name into họ, tên đệm and tên, and joining it back."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from handbook.text.normalize import normalize_text, place_tones

# True compound family names only. Double names that are a family name plus a middle name
# ("Lê Văn", "Nguyễn Thị") are not here. "Nguyễn Phúc"/"Nguyễn Phước" (the royal family) also
# read as family name Nguyễn + middle name Phúc in many modern names: callers that import
# ordinary lists may pass ``compound_surnames=()`` and let the user correct the split.
COMPOUND_SURNAMES: tuple[str, ...] = (
    "Công Tằng Tôn Nữ",
    "Nguyễn Phúc",
    "Nguyễn Phước",
    "Tôn Thất",
    "Tôn Nữ",
    "Âu Dương",
    "Hoàng Phủ",
    "Tư Mã",
    "Gia Cát",
    "Thượng Quan",
)


@lru_cache(maxsize=4096)
def _comparable_word(word: str) -> str:
    return place_tones(word).lower()


def _comparable(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(_comparable_word(w) for w in words)


@lru_cache(maxsize=16)
def _compound_keys(compound_surnames: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Longest first, so "Công Tằng Tôn Nữ" is tried before "Tôn Nữ"."""
    keys = (_comparable(normalize_text(c).split()) for c in compound_surnames)
    return tuple(sorted((k for k in keys if k), key=len, reverse=True))


def split_full_name(full: str, compound_surnames: Iterable[str] = COMPOUND_SURNAMES) -> tuple[str, str, str]:
    """(họ, tên đệm, tên) of a full name: the last word is tên, the first is họ (or a whole
    compound family name from ``compound_surnames`` when a tên remains after it), the rest is
    tên đệm. "Nguyễn Văn An" -> ("Nguyễn", "Văn", "An"); "Tôn Thất Tùng" -> ("Tôn Thất", "", "Tùng");
    "An" -> ("", "", "An"); "" -> ("", "", "").
    """
    words = normalize_text(full).split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    head = _comparable(words[:-1])
    family_len = 1
    for compound in _compound_keys(tuple(compound_surnames)):
        if head[: len(compound)] == compound:
            family_len = len(compound)
            break
    return " ".join(words[:family_len]), " ".join(words[family_len:-1]), words[-1]


def join_name(ho: str, dem: str, ten: str) -> str:
    """The full name from its parts, normalised, skipping empty parts."""
    return " ".join(part for part in (normalize_text(ho), normalize_text(dem), normalize_text(ten)) if part)
