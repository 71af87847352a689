"""Folded full-text search over the library's pages, ranked, with the matching passage from the original text.

Works on any connection holding the library tables (the vault's, or the guide's in-memory index).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from handbook.library.model import Document, Filters, Hit, Passage
from handbook.library.store import filter_sql, get_document
from handbook.members.repo import fts_query
from handbook.permissions import Op
from handbook.text import search_tokens
from handbook.vault.vault import Vault

PASSAGE_CHARS = 240
TITLE_WEIGHT = 2.0  # a match in the title, number or tags counts double
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    """One character folded to one character (so offsets in the folded text are offsets in the original)."""
    bare = "".join(x for x in unicodedata.normalize("NFD", c.lower()) if not unicodedata.combining(x))
    bare = bare.replace("đ", "d")
    return bare[0] if len(bare) == 1 else c


def fold_same_length(text: str) -> str:
    return "".join(map(_fold_char, text))


def passage(text: str, tokens: list[str], width: int = PASSAGE_CHARS) -> Passage:
    """The part of ``text`` around the first matching word, with every word a query token starts marked."""
    folded = fold_same_length(text)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(folded) if any(m.group().startswith(t) for t in tokens)]
    if not spans:
        cut = text[:width]
        return Passage(cut + ("…" if len(text) > width else ""), ())
    # Prefer the window holding the most different query words; fall back to the first hit.
    best, best_score = spans[0][0], -1
    for start, _end in spans[:50]:
        inside = {folded[s:e] for s, e in spans if start <= s < start + width // 2}
        score = sum(1 for t in tokens if any(w.startswith(t) for w in inside))
        if score > best_score:
            best, best_score = start, score
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
    inside_spans = tuple((s + shift, min(e, end) + shift) for s, e in spans if begin <= s < end)
    return Passage(prefix + text[begin:end].replace("\n", " ") + suffix, inside_spans)


def search_rows(
    conn: Any, query: str, filters: Filters | None = None, limit: int = 50
) -> list[tuple[int, int, str, float]]:
    """(doc id, page, passage source text, rank) for the best matching pages, best first."""
    match = fts_query(query)
    if match is None:
        return []
    where, params = filter_sql(filters or Filters())
    sql = (
        "SELECT p.doc_id, p.page, p.text,"
        f" bm25(library_fts) * (CASE WHEN p.page = 0 THEN {TITLE_WEIGHT} ELSE 1.0 END) AS r"
        " FROM library_fts JOIN library_pages p ON p.id = library_fts.rowid"
        " JOIN library_docs d ON d.id = p.doc_id"
        f" WHERE library_fts MATCH ? AND {where} ORDER BY r LIMIT ?"
    )
    return [(int(a), int(b), str(c), float(d)) for a, b, c, d in conn.execute(sql, [match, *params, limit])]


def query_tokens(query: str) -> list[str]:
    return search_tokens(query)


def search(vault: Vault, query: str, filters: Filters | None = None, limit: int = 50) -> list[Hit]:
    """The library's matching pages for what a person typed (đ = d, tones optional, word prefixes), best first."""
    vault.actor.require(Op.READ)
    tokens = query_tokens(query)
    docs: dict[int, Document] = {}
    hits: list[Hit] = []
    for doc_id, page, text, rank in search_rows(vault.conn, query, filters, limit):
        if doc_id not in docs:
            docs[doc_id] = get_document(vault, doc_id)
        hits.append(Hit(docs[doc_id], page, passage(text, tokens), rank))
    return hits


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
