"""The library's tables: metadata, the file bytes apart (listing stays cheap), page text and its FTS5 index.

Page 0 of every document holds its title, number, issuer, type and tags, so a scan with no text is still found.
"""

from __future__ import annotations

LIBRARY_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE library_docs (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        number TEXT NOT NULL DEFAULT '',
        number_key TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        issuer TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('in_force', 'replaced')),
        replaced_by TEXT NOT NULL DEFAULT '',
        replaced_on TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        filename TEXT NOT NULL,
        file_kind TEXT NOT NULL CHECK (file_kind IN ('pdf', 'docx', 'txt')),
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        pages INTEGER NOT NULL,
        has_text INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
    )""",
    "CREATE INDEX library_docs_number ON library_docs(number_key)",
    """CREATE TABLE library_files (
        doc_id INTEGER PRIMARY KEY REFERENCES library_docs(id),
        data BLOB NOT NULL
    )""",
    """CREATE TABLE library_pages (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES library_docs(id),
        page INTEGER NOT NULL,
        text TEXT NOT NULL,
        folded TEXT NOT NULL,
        UNIQUE (doc_id, page)
    )""",
    """CREATE VIRTUAL TABLE library_fts USING fts5(
        folded, content='library_pages', content_rowid='id', prefix='1 2 3'
    )""",
    """CREATE TRIGGER library_pages_fts_insert AFTER INSERT ON library_pages BEGIN
        INSERT INTO library_fts(rowid, folded) VALUES (new.id, new.folded);
    END""",
    """CREATE TRIGGER library_pages_fts_delete AFTER DELETE ON library_pages BEGIN
        INSERT INTO library_fts(library_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    END""",
    """CREATE TRIGGER library_pages_fts_update AFTER UPDATE OF folded ON library_pages BEGIN
        INSERT INTO library_fts(library_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO library_fts(rowid, folded) VALUES (new.id, new.folded);
    END""",
)
