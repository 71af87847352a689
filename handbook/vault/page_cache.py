"""A larger page cache while a whole-file check runs, so checking a big vault does not re-decrypt pages it just read.

``PRAGMA integrity_check`` looks each table row up in every index of its table: with the usual 32 MB cache a
province-size vault (hundreds of MB) re-reads and re-decrypts the same index pages many times. The decrypted pages
stay in memory only (never on disk) and the usual size comes back when the check ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

CHECK_CACHE_PAGES = 65_536  # at most 256 MiB of 4 KiB pages; a smaller database gets room for all its pages


@contextmanager
def cache_for_checking(conn: Any) -> Iterator[None]:
    """Room in the page cache for the whole database (up to ``CHECK_CACHE_PAGES``) for the duration."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    wanted = min(pages, CHECK_CACHE_PAGES)
    usual = before if before > 0 else -before * 1024 // int(conn.execute("PRAGMA page_size").fetchone()[0])
    if wanted <= usual:
        yield
        return
    conn.execute(f"PRAGMA cache_size = {wanted}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
