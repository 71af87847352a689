"""The larger page cache of a whole-file check: room for the database while it runs, the usual size after."""

from __future__ import annotations

import pytest

from handbook.vault.page_cache import CHECK_CACHE_PAGES, cache_for_checking
from handbook.vault.vault import Created


def cache_size(created: Created) -> int:
    return int(created.vault.conn.execute("PRAGMA cache_size").fetchone()[0])


def test_the_cache_grows_to_the_whole_database_and_comes_back(created: Created) -> None:
    conn = created.vault.conn
    conn.execute("PRAGMA cache_size = 2")  # smaller than this small vault, so the check needs more
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    with cache_for_checking(conn):
        assert cache_size(created) == min(pages, CHECK_CACHE_PAGES)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert cache_size(created) == 2


def test_the_usual_size_comes_back_when_the_check_fails(created: Created) -> None:
    conn = created.vault.conn
    conn.execute("PRAGMA cache_size = 2")
    with pytest.raises(RuntimeError), cache_for_checking(conn):
        raise RuntimeError("the check stopped")
    assert cache_size(created) == 2


def test_a_cache_already_large_enough_is_left_alone(created: Created) -> None:
    conn = created.vault.conn
    before = cache_size(created)  # the vault's usual 32 MB, more than a new vault's pages
    with cache_for_checking(conn):
        assert cache_size(created) == before
