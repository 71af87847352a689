"""Folded search keys (no tones, no diacritics, đ -> d, lower case) and search-as-you-type matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from handbook.text.normalize import normalize_text, place_tones

_TOKEN = re.compile(r"[^\W_]+")
_D_STROKE = {0x0111: "d"}


def fold(s: str) -> str:
    """Text reduced to what a search compares: "Nguyễn Văn Án" -> "nguyen van an".

    Works on any input form (NFD, "Ð" for "Đ", upper case, odd spacing). Tone placement does not
    matter because every tone is removed: "Hoà" and "Hòa" both fold to "hoa".
    """
    s = normalize_text(s)
    if s.isascii():
        return s.lower()
    decomposed = unicodedata.normalize("NFD", s.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_D_STROKE)


def search_tokens(s: str) -> list[str]:
    """The folded words of a text; punctuation separates words ("Hoàng-Anh" -> ["hoang", "anh"])."""
    return _TOKEN.findall(fold(s))


def search_key(s: str) -> str:
    """The folded words joined by single spaces: a value to store next to the text it folds."""
    return " ".join(search_tokens(s))


def match_tokens(query: Sequence[str], words: Sequence[str]) -> bool:
    """True when each query token is the start of a different word, in any order.

    Both sides must already be folded tokens (``search_tokens``). An empty query matches anything.
    """
    if not query:
        return True
    if len(query) > len(words):
        return False
    if len(query) == 1:
        return any(w.startswith(query[0]) for w in words)
    candidates = [[j for j, w in enumerate(words) if w.startswith(q)] for q in query]
    if any(not c for c in candidates):
        return False
    # Give each query token its own word (bipartite matching by augmenting paths; sizes are tiny).
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    return all(assign(i, set()) for i in range(len(query)))


def matches(query: str, text: str) -> bool:
    """Search-as-you-type: every word of the query starts some word of the text, in any order.

    "ng v an" and "an nguyen" match "Nguyễn Văn An"; "dang" matches "Đặng"; "" matches anything.
    """
    return match_tokens(search_tokens(query), search_tokens(text))


def toned_tokens(s: str) -> list[str]:
    """The words of a text in lower case, tones kept, each tone on its canonical vowel ("Hoà" = "Hòa")."""
    return _TOKEN.findall(place_tones(normalize_text(s)).lower())


def tone_words(query: str) -> list[str]:
    """The words of a query that carry tones or other marks ("Đặng Văn" -> ["đặng", "văn"]); none for "dang"."""
    return [t for t in toned_tokens(query) if not t.isascii()]


def tone_score(query: Sequence[str], text: str) -> int:
    """How many of the query's marked words (``tone_words``) start a word of ``text`` exactly, marks included.

    Searching folds the marks away, so "Đặng" finds "Đăng" too; this ranks the exact spellings first.
    """
    if not query:
        return 0
    words = toned_tokens(text)
    return sum(1 for q in query if any(w.startswith(q) for w in words))
