"""The document-number register: one running number per document type and year."""

from __future__ import annotations

from typing import Any

from handbook.vault.audit import now_iso


def next_number(conn: Any, doc_type: str, year: int) -> int:
    row = conn.execute(
        "SELECT max(number) FROM doc_numbers WHERE doc_type = ? AND year = ?", (doc_type, year)
    ).fetchone()
    return int(row[0] or 0) + 1


def issue(conn: Any, doc_type: str, year: int, number_text_of: Any, entity: str, entity_id: int) -> tuple[int, str]:
    """Take the next number (inside the caller's transaction) and record what it was given to."""
    number = next_number(conn, doc_type, year)
    text = str(number_text_of(number))
    conn.execute(
        "INSERT INTO doc_numbers (doc_type, year, number, number_text, entity, entity_id, issued_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (doc_type, year, number, text, entity, entity_id, now_iso()),
    )
    return number, text
