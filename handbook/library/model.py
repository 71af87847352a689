"""The library's records: a document's metadata, the stored file, search hits and what extraction found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NewType

DocId = NewType("DocId", int)

MAX_FILE_BYTES = 200 * 1024 * 1024

# What offices call their documents; the field is free text, these are the suggestions offered.
DOC_KINDS: tuple[str, ...] = (
    "Quy định",
    "Hướng dẫn",
    "Kết luận",
    "Nghị quyết",
    "Chỉ thị",
    "Quyết định",
    "Công văn",
    "Thông báo",
    "Kế hoạch",
    "Luật",
    "Nghị định",
    "Thông tư",
    "Khác",
)


class FileKind(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    TXT = "txt"


class DocStatus(StrEnum):
    IN_FORCE = "in_force"  # còn hiệu lực
    REPLACED = "replaced"  # đã được thay thế (by ``replaced_by`` on ``replaced_on``)


@dataclass(frozen=True)
class DocMeta:
    """What the office records about a document; every field but the title may be left empty."""

    title: str
    number: str = ""  # e.g. "213-QĐ/TW"
    issued_on: date | None = None
    issuer: str = ""  # e.g. "Bộ Chính trị"
    kind: str = ""  # e.g. "Quy định"
    status: DocStatus = DocStatus.IN_FORCE
    replaced_by: str = ""  # the number of the document that replaces it
    replaced_on: date | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: DocId
    meta: DocMeta
    filename: str
    file_kind: FileKind
    size: int
    sha256: str
    pages: int
    has_text: bool
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Extracted:
    """The text of a file, one string per page (a Word or text file is cut into pages of about a page)."""

    kind: FileKind
    pages: tuple[str, ...]

    @property
    def has_text(self) -> bool:
        return any(p.strip() for p in self.pages)


@dataclass(frozen=True)
class Passage:
    """A piece of the original text around a hit, with the matching words as (start, end) offsets."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Hit:
    """One matching page of a document; page 0 is the document's title and metadata."""

    doc: Document
    page: int
    passage: Passage
    rank: float


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    year: int | None = None
    status: DocStatus | None = None


@dataclass(frozen=True)
class Added:
    """A document just added, and sentences worth telling the person (e.g. a scan with no text)."""

    document: Document
    notes: tuple[str, ...] = field(default_factory=tuple)  # message ids
