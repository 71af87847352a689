"""Library actions for the screens (run off the GUI thread): search, add files, re-describe, open at a page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handbook.errors import InputError
from handbook.flow.rules import RuleSet
from handbook.i18n import Lang, Message
from handbook.library import store
from handbook.library.model import DocId, DocMeta, Document, FileKind, Filters, Hit
from handbook.library.search import search
from handbook.library.sources import SourceRef, find_source, source_ref
from handbook.vault.vault import Vault
from ui.actions.changes import Changed
from ui.operations import Progress


@dataclass(frozen=True)
class LibraryChanged(Changed):
    """Documents were added or re-described: the library list is stale."""

    ids: tuple[DocId, ...]


@dataclass(frozen=True)
class Found:
    """What the library screen shows: hits for a query, or (no query) every document as its title page."""

    query: str
    hits: tuple[Hit, ...]
    documents: tuple[Document, ...]
    kinds: tuple[str, ...]
    years: tuple[int, ...]


@dataclass(frozen=True)
class Added(LibraryChanged):
    """Files added; ``notes`` (e.g. a scan) and ``problems`` (files refused, each a sentence) to tell the person."""

    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    existing: Document | None = None  # a single file that was a duplicate: the document already there


@dataclass(frozen=True)
class PageToShow:
    """A document opened at a page: a PDF for the preview, or (Word, text) the text of that page."""

    document: Document
    page: int
    pdf: bytes | None
    text: str


@dataclass(frozen=True)
class SourceLookup:
    ref: SourceRef | None
    page: PageToShow | None


def find(vault: Vault, query: str, filters: Filters) -> Found:
    hits = tuple(search(vault, query, filters)) if query.strip() else ()
    docs = () if query.strip() else tuple(store.list_documents(vault, filters))
    kinds = tuple(sorted({d.meta.kind for d in store.list_documents(vault) if d.meta.kind}))
    return Found(query, hits, docs, kinds, tuple(store.years(vault)))


def add_files(vault: Vault, paths: list[Path], lang: Lang, progress: Progress, meta: DocMeta | None = None) -> Added:
    """Each file in its own transaction: the good ones are added, each refused one is a sentence."""
    ids: list[DocId] = []
    notes: list[str] = []
    problems: list[str] = []
    existing: Document | None = None
    for n, path in enumerate(paths):
        progress.check()
        progress.report(n, len(paths))
        try:
            result = store.add_path(vault, path, meta if len(paths) == 1 else None)
        except store.DuplicateDocument as exc:
            problems.append(exc.render(lang))
            existing = exc.existing if len(paths) == 1 else None
            continue
        except InputError as exc:
            problems.append(exc.render(lang))
            continue
        ids.append(result.document.id)
        notes += [f"{result.document.meta.title}: {Message(m).render(lang)}" for m in result.notes]
    progress.report(len(paths), len(paths))
    return Added(tuple(ids), tuple(notes), tuple(problems), existing)


def describe(vault: Vault, doc_id: DocId, meta: DocMeta) -> LibraryChanged:
    store.update_meta(vault, doc_id, meta)
    return LibraryChanged((doc_id,))


def open_page(vault: Vault, doc_id: DocId, page: int) -> PageToShow:
    document = store.get_document(vault, doc_id)
    page = max(1, min(page, document.pages))
    if document.file_kind is FileKind.PDF:
        return PageToShow(document, page, store.file_bytes(vault, doc_id), "")
    return PageToShow(document, page, None, store.page_text(vault, doc_id, page))


def open_source(vault: Vault, rs: RuleSet) -> SourceLookup:
    """The rule set's source document at its article, if the library holds it."""
    found = find_source(vault, rs)
    if found is None:
        return SourceLookup(source_ref(vault, rs), None)
    return SourceLookup(found.ref, open_page(vault, found.document.id, found.page))


def export(vault: Vault, doc_id: DocId, out: Path) -> Path:
    return store.export_file(vault, doc_id, out)
