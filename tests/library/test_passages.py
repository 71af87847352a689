"""Passages: every marked word is one a query word starts (long pages take the fast path), and a word on
nearly every page is still ranked (among the newest pages) without error."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.library import search as library_search
from handbook.library import store
from handbook.library.model import DocMeta
from handbook.library.search import passage
from handbook.text import fold, search_key, search_tokens
from handbook.vault.vault import Vault

WORDS = ["Đảng", "đảng", "viên", "Hoà", "hòa", "bình", "nơi", "cư", "trú", "miễn", "sinh", "hoạt", "ĐIỀU", "3."]


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=400),
    query=st.lists(st.sampled_from(["dang", "hoa", "cu", "mien sinh", "d", "tru", "dieu 3"]), min_size=1, max_size=2),
)
def test_every_marked_word_is_started_by_a_query_word(words: list[str], query: list[str]) -> None:
    text = " ".join(words)
    tokens = search_tokens(" ".join(query))
    for folded in (None, search_key(text)):
        p = passage(text, tokens, folded=folded)
        assert len(p.text) <= library_search.PASSAGE_CHARS + 2
        for start, end in p.spans:
            word = fold(p.text[start:end])
            assert any(word.startswith(t) for t in tokens), (word, tokens)
        if any(w.startswith(t) for w in search_tokens(text) for t in tokens):
            assert p.spans


def test_a_word_on_nearly_every_page_lists_the_newest_pages(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(6):
        store.add_document(vault, f"{n}.txt", f"Đảng viên số {n}".encode(), DocMeta(title=f"Văn bản {n}"))
    monkeypatch.setattr(library_search, "RANK_CAP", 4)
    hits = library_search.search(vault, "dang vien", limit=3)
    assert [h.doc.meta.title for h in hits] == ["Văn bản 5", "Văn bản 4", "Văn bản 3"]
    assert library_search.is_broad(hits)
    monkeypatch.setattr(library_search, "RANK_CAP", 4000)
    ranked = library_search.search(vault, "dang vien")
    assert len({h.doc.id for h in ranked}) == 6 and not library_search.is_broad(ranked)
