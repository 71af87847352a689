"""Reading a file's text: PDF with pypdfium2, Word (.docx) with python-docx, plain text with encoding detection.

Every failure is an ``InputError`` naming the file; nothing here raises anything else for bad bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import PurePath

from handbook.errors import InputError
from handbook.library.model import Extracted, FileKind
from handbook.text.normalize import normalize_multiline

PAGE_CHARS = 3000  # a Word or text file has no pages: cut it into pieces about one printed page long
_SUFFIX = {".pdf": FileKind.PDF, ".docx": FileKind.DOCX, ".txt": FileKind.TXT}


def kind_from_name(name: str) -> FileKind:
    suffix = PurePath(name).suffix.lower()
    kind = _SUFFIX.get(suffix)
    if kind is None:
        if suffix == ".doc":
            raise InputError("library.old_word", name=name)
        raise InputError("library.unsupported", name=name, suffix=suffix or "(không có)")
    return kind


def sniff(data: bytes) -> FileKind | None:
    """What the bytes really are, as far as the three kinds go (None: none of them)."""
    if b"%PDF-" in data[:1024]:
        return FileKind.PDF
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return FileKind.DOCX if "word/document.xml" in z.namelist() else None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return None
    if _decode_text(data) is not None:
        return FileKind.TXT
    return None


def extract(name: str, data: bytes) -> Extracted:
    """The text of ``data``, which the person called ``name``; refuses a file that is not what its name says."""
    kind = kind_from_name(name)
    actual = sniff(data)
    if actual is not kind:
        raise InputError("library.not_what_it_says", name=name, kind=kind.value.upper())
    if kind is FileKind.PDF:
        pages = _pdf_pages(name, data)
    elif kind is FileKind.DOCX:
        pages = _paginate(_docx_paragraphs(name, data))
    else:
        text = _decode_text(data) or ""
        pages = _paginate(text.replace("\f", "\n\f\n").splitlines())
    return Extracted(kind, tuple(normalize_multiline(p) for p in pages))


def _pdf_pages(name: str, data: bytes) -> list[str]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError("library.pdf_encrypted", name=name) from None
        raise InputError("library.pdf_damaged", name=name) from None
    try:
        pages: list[str] = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(textpage.get_text_bounded())
                finally:
                    textpage.close()
            finally:
                page.close()
        if not pages:
            raise InputError("library.pdf_damaged", name=name)
        return pages
    except pdfium.PdfiumError:
        raise InputError("library.pdf_damaged", name=name) from None
    finally:
        pdf.close()


def _docx_paragraphs(name: str, data: bytes) -> list[str]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    except Exception:  # python-docx raises many kinds (KeyError, ValueError, lxml, zip) for a broken package
        raise InputError("library.docx_damaged", name=name) from None
    return lines


def _decode_text(data: bytes) -> str | None:
    """Text in UTF-8 (with or without BOM), UTF-16 with BOM, or what charset-normalizer finds; None if binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _paginate(lines: Iterable[str]) -> list[str]:
    pages: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if line == "\f" or (size + len(line) > PAGE_CHARS and current):
            pages.append("\n".join(current))
            current, size = [], 0
            if line == "\f":
                continue
        current.append(line)
        size += len(line) + 1
    if current or not pages:
        pages.append("\n".join(current))
    return pages
