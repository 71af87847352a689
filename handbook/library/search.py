"""Folded full-text search over the library's pages, ranked, with the matching passage from the original text.

Works on any connection holding the library tables (the vault's, or the guide's in-memory index).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from handbook.library.model import Filters, Hit, Passage
from handbook.library.store import documents_by_id, filter_sql
from handbook.members.repo import fts_query
from handbook.permissions import Op
from handbook.text import search_tokens
from handbook.vault.vault import Vault

PASSAGE_CHARS = 240
TITLE_WEIGHT = 2.0
SEARCH_LIMIT = 30  # hits a search returns (with their passages): two screens of the library list
RANK_CAP = 2000  # from this many matching pages on, the newest come first (see search_rows)
_WORD = re.compile(r"[^\W_]+")  # the words search_tokens finds, in the original text


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character to one character, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        bare = "".join(x for x in unicodedata.normalize("NFD", c.lower()) if not unicodedata.combining(x))
        bare = bare.replace("đ", "d")
        folded = bare if len(bare) == 1 else c
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold_same_length(text: str) -> str:
    """Folded like ``search_key`` but one character per character, so offsets in it are offsets in ``text``."""
    return text.translate(_FOLD_TABLE)


def _pattern(tokens: list[str]) -> re.Pattern[str]:
    """Words (of folded text) that a query token starts; group 1 is the token."""
    alternatives = "|".join(re.escape(t) for t in sorted(set(tokens), key=len, reverse=True))
    return re.compile("(?<![^\\W_])(" + alternatives + ")[^\\W_]*")


def _spans(text: str, tokens: list[str], offset: int = 0) -> list[tuple[int, int, int]]:
    """(start, end, which token) of every word of ``text`` a query token starts."""
    if not tokens:
        return []
    order = {t: i for i, t in enumerate(tokens)}
    found = _pattern(tokens).finditer(fold_same_length(text))
    return [(m.start() + offset, m.end() + offset, order.get(m.group(1), 0)) for m in found]


def _best_start(spans: list[tuple[int, int, int]], tokens: int, reach: int) -> int:
    """Where the window ``reach`` wide holding the most different query words begins (the first such)."""
    best, best_score, lo, seen, distinct = spans[0][0], 0, 0, [0] * tokens, 0
    for start, _end, tok in spans:
        seen[tok] += 1
        distinct += seen[tok] == 1
        while spans[lo][0] < start - reach:
            seen[spans[lo][2]] -= 1
            distinct -= seen[spans[lo][2]] == 0
            lo += 1
        if distinct > best_score:
            best, best_score = spans[lo][0], distinct
            if distinct == tokens:
                break
    return best


def _near_spans(text: str, tokens: list[str], folded: str, width: int) -> list[tuple[int, int, int]] | None:
    """Like ``_spans``, for the stretch of a long page around its best place only: the place is found in the
    stored folded words (``search_key``: words and single spaces, whose offsets run roughly in step with the
    text's), then only that stretch of the text is folded and scanned. None when the stretch holds no match."""
    spaced = " " + folded
    found: list[tuple[int, int, int]] = []
    for k, t in enumerate(tokens):
        at = spaced.find(" " + t)
        for _ in range(8):  # a few places per word are enough to find where they come together
            if at < 0:
                break
            found.append((at, at + len(t), k))
            at = spaced.find(" " + t, at + 1)
    if not found:
        return None
    found.sort()
    centre = _best_start(found, len(tokens), width // 2) * len(text) // max(len(folded), 1)
    lo = max(0, centre - width)
    lo = text.rfind(" ", 0, lo) + 1 if lo else 0
    hi = min(len(text), centre + 2 * width)
    return _spans(text[lo:hi], tokens, lo) or None


def passage(text: str, tokens: list[str], width: int = PASSAGE_CHARS, folded: str | None = None) -> Passage:
    """The part of ``text`` around the first matching word, with every word a query token starts marked.

    ``folded`` (the stored ``search_key`` of the text) makes it fast on long pages.
    """
    long_page = folded is not None and tokens and len(text) > 4 * width
    near = _near_spans(text, tokens, folded or "", width) if long_page else None
    spans = near if near is not None else _spans(text, tokens)
    if not spans:
        cut = text[:width]
        return Passage(cut.replace("\n", " ") + ("…" if len(text) > width else ""), ())
    best = _best_start(spans, len(tokens), width // 2)
    begin = max(0, best - width // 3)
    if begin:
        space = text.rfind(" ", 0, begin + 1)
        begin = space + 1 if space >= 0 and begin - space < 30 else begin
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin + width // 2 else end
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - begin
    inside_spans = tuple((s + shift, min(e, end) + shift) for s, e, _t in spans if begin <= s < end)
    return Passage(prefix + text[begin:end].replace("\n", " ") + suffix, inside_spans)


def search_rows(
    conn: Any, query: str, filters: Filters | None = None, limit: int = 50
) -> list[tuple[int, int, str, str, float]]:
    """(doc id, page, page text, its folded words, rank) for the best matching pages, best first.

    Ranked first and the page text read after, for the ``limit`` best only: reading every match's text
    (pages of the encrypted file) before sorting is what would make a common word slow.
    """
    match = fts_query(query)
    if match is None:
        return []
    where, params = filter_sql(filters or Filters())
    within = (
        ""
        if where == "1"
        else f" AND rowid IN (SELECT p.id FROM library_pages p JOIN library_docs d ON d.id = p.doc_id WHERE {where})"
    )
    # bm25 has to walk every page holding each word, so a word on nearly every page ("đảng") is not ranked:
    # with RANK_CAP matching pages or more, the newest pages come first (rank 0.0, see ``is_broad``), which
    # FTS5 serves straight from its index.
    broad = (
        conn.execute(
            f"SELECT rowid FROM library_fts WHERE library_fts MATCH ?{within} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [match, *params, RANK_CAP - 1],
        ).fetchone()
        is not None
    )
    order = "rowid DESC" if broad else "rank"
    score = "0.0" if broad else "rank"
    # Among the best, a match in the title, number or tags (page 0) counts double (comes first when broad).
    sql = (
        f"WITH hits AS (SELECT rowid AS id, {score} AS r FROM library_fts WHERE library_fts MATCH ?{within}"
        f" ORDER BY {order} LIMIT ?)"
        f" SELECT p.doc_id, p.page, p.text, p.folded, h.r * (CASE WHEN p.page = 0 THEN {TITLE_WEIGHT} ELSE 1.0 END)"
        " AS w FROM hits h JOIN library_pages p ON p.id = h.id ORDER BY w, p.page != 0, h.id DESC"
    )
    rows = conn.execute(sql, [match, *params, limit])
    return [(int(a), int(b), str(c), str(f), float(d)) for a, b, c, f, d in rows]


def is_broad(hits: list[Hit]) -> bool:
    """True when the words are on so many pages that the hits are the newest pages, not ranked ones."""
    return bool(hits) and all(h.rank == 0.0 for h in hits)


def query_tokens(query: str) -> list[str]:
    return search_tokens(query)


def search(vault: Vault, query: str, filters: Filters | None = None, limit: int = SEARCH_LIMIT) -> list[Hit]:
    """The library's matching pages for what a person typed (đ = d, tones optional, word prefixes), best first."""
    vault.actor.require(Op.READ)
    tokens = query_tokens(query)
    rows = search_rows(vault.conn, query, filters, limit)
    docs = documents_by_id(vault, {r[0] for r in rows})
    return [Hit(docs[d], page, passage(text, tokens, folded=folded), rank) for d, page, text, folded, rank in rows]


def first_page_with(vault: Vault, doc_id: int, phrase: str) -> int | None:
    """The first page of a document whose text holds ``phrase`` (e.g. "Điều 3", words in that order), or None."""
    vault.actor.require(Op.READ)
    tokens = query_tokens(phrase)
    if not tokens:
        return None
    match = '"' + " ".join(tokens) + '"'
    row = vault.conn.execute(
        "SELECT min(p.page) FROM library_fts JOIN library_pages p ON p.id = library_fts.rowid"
        " WHERE library_fts MATCH ? AND p.doc_id = ? AND p.page > 0",
        (match, doc_id),
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None
