"""Adding, listing, reading, re-describing and exporting the library's documents (all inside the vault)."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from handbook.errors import InputError
from handbook.library.extract import extract, kind_from_name
from handbook.library.model import (
    MAX_FILE_BYTES,
    Added,
    DocId,
    DocMeta,
    DocStatus,
    Document,
    FileKind,
    Filters,
)
from handbook.permissions import Op
from handbook.text import normalize_text, search_key
from handbook.vault.atomic import fsync_dir
from handbook.vault.vault import Vault, now_iso

_COLUMNS = (
    "id, title, number, issued_on, issuer, kind, status, replaced_by, replaced_on, tags,"
    " filename, file_kind, size, sha256, pages, has_text, added_at, added_by"
)


class DuplicateDocument(InputError):
    """The same file (by content) is already in the library; ``existing`` is that document."""

    def __init__(self, existing: Document) -> None:
        super().__init__("library.duplicate", title=existing.meta.title, id=existing.id)
        self.existing = existing


def clean_meta(meta: DocMeta) -> DocMeta:
    """Normalised text, tags without repeats, and a status that agrees with "replaced by / on"."""
    title = normalize_text(meta.title)
    if not title:
        raise InputError("library.title_missing")
    tags: list[str] = []
    for tag in meta.tags:
        t = normalize_text(tag)
        if t and search_key(t) not in {search_key(x) for x in tags}:
            tags.append(t)
    replaced_by = normalize_text(meta.replaced_by)
    status = DocStatus.REPLACED if (replaced_by or meta.replaced_on) else meta.status
    return DocMeta(
        title=title,
        number=normalize_text(meta.number),
        issued_on=meta.issued_on,
        issuer=normalize_text(meta.issuer),
        kind=normalize_text(meta.kind),
        status=status,
        replaced_by=replaced_by,
        replaced_on=meta.replaced_on,
        tags=tuple(tags),
    )


def number_key(number: str) -> str:
    """A document number compared loosely: "213-QĐ/TW", "213 qd/tw" and "213-QD-TW" are the same."""
    return "".join(search_key(number).split())


def title_page(meta: DocMeta) -> str:
    """The text of page 0: what a person may search a document by besides its content."""
    parts = [meta.title, meta.number, meta.kind, meta.issuer, *meta.tags]
    return " · ".join(p for p in parts if p)


def _from_row(row: Any) -> Document:
    return Document(
        id=DocId(row[0]),
        meta=DocMeta(
            title=row[1],
            number=row[2],
            issued_on=date.fromisoformat(row[3]) if row[3] else None,
            issuer=row[4],
            kind=row[5],
            status=DocStatus(row[6]),
            replaced_by=row[7],
            replaced_on=date.fromisoformat(row[8]) if row[8] else None,
            tags=tuple(json.loads(row[9])),
        ),
        filename=row[10],
        file_kind=FileKind(row[11]),
        size=row[12],
        sha256=row[13],
        pages=row[14],
        has_text=bool(row[15]),
        added_at=row[16],
        added_by=row[17],
    )


def _meta_row(meta: DocMeta) -> tuple[object, ...]:
    return (
        meta.title,
        meta.number,
        number_key(meta.number),
        meta.issued_on.isoformat() if meta.issued_on else None,
        meta.issuer,
        meta.kind,
        meta.status.value,
        meta.replaced_by,
        meta.replaced_on.isoformat() if meta.replaced_on else None,
        json.dumps(list(meta.tags), ensure_ascii=False),
    )


def _audit_view(meta: DocMeta) -> dict[str, object]:
    return {
        "title": meta.title,
        "number": meta.number,
        "issued_on": meta.issued_on,
        "issuer": meta.issuer,
        "kind": meta.kind,
        "status": meta.status.value,
        "replaced_by": meta.replaced_by,
        "replaced_on": meta.replaced_on,
        "tags": list(meta.tags),
    }


def find_by_hash(conn: Any, sha256: str) -> Document | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM library_docs WHERE sha256 = ?", (sha256,)).fetchone()
    return _from_row(row) if row else None


def add_document(vault: Vault, name: str, data: bytes, meta: DocMeta | None = None) -> Added:
    """Check, read and store one file; a refusal (wrong kind, damaged, too big, duplicate) adds nothing."""
    vault.actor.require(Op.LIBRARY_EDIT)
    name = normalize_text(os.path.basename(name)) or "tệp"
    kind_from_name(name)
    if len(data) > MAX_FILE_BYTES:
        raise InputError("library.too_big", name=name, size_mb=len(data) // (1024 * 1024), limit_mb=_limit_mb())
    digest = hashlib.sha256(data).hexdigest()
    existing = find_by_hash(vault.conn, digest)
    if existing is not None:
        raise DuplicateDocument(existing)
    extracted = extract(name, data)
    meta = clean_meta(meta or DocMeta(title=Path(name).stem))
    with vault.change(Op.LIBRARY_EDIT) as ch:
        cur = vault.conn.execute(
            "INSERT INTO library_docs (title, number, number_key, issued_on, issuer, kind, status, replaced_by,"
            " replaced_on, tags, filename, file_kind, size, sha256, pages, has_text, added_at, added_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *_meta_row(meta),
                name,
                extracted.kind.value,
                len(data),
                digest,
                len(extracted.pages),
                int(extracted.has_text),
                now_iso(),
                vault.actor.username,
            ),
        )
        doc_id = DocId(cur.lastrowid)
        vault.conn.execute("INSERT INTO library_files (doc_id, data) VALUES (?, ?)", (doc_id, data))
        rows = [(doc_id, 0, title_page(meta), search_key(title_page(meta)))]
        rows += [(doc_id, n, text, search_key(text)) for n, text in enumerate(extracted.pages, start=1)]
        vault.conn.executemany("INSERT INTO library_pages (doc_id, page, text, folded) VALUES (?, ?, ?, ?)", rows)
        ch.record("library.add", "library_doc", doc_id, None, {**_audit_view(meta), "file": name, "sha256": digest})
    document = get_document(vault, doc_id)
    notes = () if extracted.has_text else ("library.no_text",)
    return Added(document, notes)


def _limit_mb() -> int:
    return MAX_FILE_BYTES // (1024 * 1024)


def read_file(path: Path) -> bytes:
    """A file's bytes, refusing one over the limit before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError("library.too_big", name=path.name, size_mb=size // (1024 * 1024), limit_mb=_limit_mb())
        return path.read_bytes()
    except OSError as exc:
        raise InputError("library.unreadable", path=str(path), reason=exc.strerror or str(exc)) from None


def add_path(vault: Vault, path: Path, meta: DocMeta | None = None) -> Added:
    return add_document(vault, path.name, read_file(path), meta)


def files_in(folder: Path) -> list[Path]:
    """The files of a folder (and its sub-folders) the library can read, in name order."""
    suffixes = {".pdf", ".docx", ".txt"}
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)


def get_document(vault: Vault, doc_id: int) -> Document:
    vault.actor.require(Op.READ)
    row = vault.conn.execute(f"SELECT {_COLUMNS} FROM library_docs WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise InputError("library.not_found", id=doc_id)
    return _from_row(row)


def documents_by_id(vault: Vault, ids: set[int]) -> dict[int, Document]:
    """Several documents in one query (a page of search hits)."""
    vault.actor.require(Op.READ)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = vault.conn.execute(f"SELECT {_COLUMNS} FROM library_docs WHERE id IN ({marks})", sorted(ids))
    return {d.id: d for d in map(_from_row, rows)}


def list_documents(vault: Vault, filters: Filters | None = None) -> list[Document]:
    vault.actor.require(Op.READ)
    where, params = filter_sql(filters or Filters())
    sql = f"SELECT {_COLUMNS} FROM library_docs d WHERE {where} ORDER BY issued_on DESC, id DESC"
    return [_from_row(r) for r in vault.conn.execute(sql, params)]


def filter_sql(filters: Filters) -> tuple[str, list[object]]:
    """The WHERE clause (over ``library_docs d``) for the type, year and status filters."""
    clauses, params = ["1"], list[object]()
    if filters.kind:
        clauses.append("d.kind = ?")
        params.append(filters.kind)
    if filters.year:
        clauses.append("substr(d.issued_on, 1, 4) = ?")
        params.append(f"{filters.year:04d}")
    if filters.status:
        clauses.append("d.status = ?")
        params.append(filters.status.value)
    return " AND ".join(clauses), params


def years(vault: Vault) -> list[int]:
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT DISTINCT substr(issued_on, 1, 4) FROM library_docs WHERE issued_on IS NOT NULL ORDER BY 1 DESC"
    )
    return [int(r[0]) for r in rows]


def find_by_number(vault: Vault, number: str) -> Document | None:
    """The library's document with this number (the newest if several), e.g. for "Xem văn bản"."""
    vault.actor.require(Op.READ)
    key = number_key(number)
    if not key:
        return None
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM library_docs WHERE number_key = ? ORDER BY issued_on DESC, id DESC LIMIT 1", (key,)
    ).fetchone()
    return _from_row(row) if row else None


def file_bytes(vault: Vault, doc_id: int) -> bytes:
    vault.actor.require(Op.READ)
    row = vault.conn.execute("SELECT data FROM library_files WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None:
        raise InputError("library.not_found", id=doc_id)
    return bytes(row[0])


def page_text(vault: Vault, doc_id: int, page: int) -> str:
    vault.actor.require(Op.READ)
    row = vault.conn.execute("SELECT text FROM library_pages WHERE doc_id = ? AND page = ?", (doc_id, page)).fetchone()
    return str(row[0]) if row else ""


def update_meta(vault: Vault, doc_id: int, meta: DocMeta) -> Document:
    """New metadata for a document (e.g. it has been replaced); the title page is searched by it at once."""
    before = get_document(vault, doc_id)
    meta = clean_meta(meta)
    with vault.change(Op.LIBRARY_EDIT) as ch:
        vault.conn.execute(
            "UPDATE library_docs SET title = ?, number = ?, number_key = ?, issued_on = ?, issuer = ?, kind = ?,"
            " status = ?, replaced_by = ?, replaced_on = ?, tags = ? WHERE id = ?",
            (*_meta_row(meta), doc_id),
        )
        text = title_page(meta)
        vault.conn.execute(
            "UPDATE library_pages SET text = ?, folded = ? WHERE doc_id = ? AND page = 0",
            (text, search_key(text), doc_id),
        )
        ch.record("library.edit", "library_doc", doc_id, _audit_view(before.meta), _audit_view(meta))
    return get_document(vault, doc_id)


def export_file(vault: Vault, doc_id: int, out: Path) -> Path:
    """Write the stored file out (readable by its owner only); refuses to overwrite."""
    vault.actor.require(Op.LIBRARY_EXPORT)
    doc = get_document(vault, doc_id)
    out = Path(out)
    if out.is_dir():
        out = out / doc.filename
    data = file_bytes(vault, doc_id)
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise InputError("library.out_exists", path=str(out)) from None
    except OSError as exc:
        raise InputError("library.unwritable", path=str(out), reason=exc.strerror or str(exc)) from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    fsync_dir(out.parent)
    with vault.change(Op.LIBRARY_EXPORT) as ch:
        ch.record("library.export", "library_doc", doc_id, None, {"file": out.name})
    return out
