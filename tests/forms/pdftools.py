"""Reading and rendering PDF bytes in tests with PyPI packages only (pypdfium2, pypdf), and made-up signature images.

Nothing here shells out: the suite runs the same on a fresh machine, on Windows and in CI. The functions keep the
shape of the poppler tools they replaced (``pdftotext``, ``pdftotext -layout``, ``pdftotext -bbox``, ``pdffonts``,
``pdfinfo``, ``pdftoppm -gray``) so the assertions written against those stay as they were.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw

# pdftotext ends every page with a form feed; tests that count pages in text rely on nothing else.
_FORM_FEED = "\f"


def _document(pdf: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(pdf)


def _pages(doc: pdfium.PdfDocument, page: int | None) -> range:
    return range(len(doc)) if page is None else range(page - 1, page)


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@dataclass(frozen=True)
class _Char:
    text: str
    left: float
    right: float
    baseline: float  # from the top of the page
    size: float


def _chars(textpage: pdfium.PdfTextPage, height: float) -> Iterator[_Char]:
    x, y = ctypes.c_double(), ctypes.c_double()
    for index in range(textpage.count_chars()):
        text = textpage.get_text_range(index, 1)
        left, _bottom, right, _top = textpage.get_charbox(index, loose=True)
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
        yield _Char(text, left, right, height - y.value, size)


# A word's box spans the font's ascent and descent around the baseline, as poppler draws it.
_ASCENT, _DESCENT = 0.693, 0.216


def _page_words(page: pdfium.PdfPage) -> list[Word]:
    """Words as ``pdftotext -bbox`` gives them: split at spaces, line ends and wide gaps; top-left origin."""
    textpage = page.get_textpage()
    words: list[Word] = []
    current: list[_Char] = []

    def flush() -> None:
        if current:
            words.append(
                Word(
                    "".join(c.text for c in current),
                    min(c.left for c in current),
                    min(c.baseline - _ASCENT * c.size for c in current),
                    max(c.right for c in current),
                    max(c.baseline + _DESCENT * c.size for c in current),
                )
            )
            current.clear()

    for char in _chars(textpage, page.get_height()):
        if not char.text or char.text.isspace() or char.text == "\x00":
            flush()
            continue
        if current:
            last = current[-1]
            size = max(last.size, char.size, 1.0)
            same_line = abs(last.baseline - char.baseline) < size * 0.4
            if not same_line or char.left - last.right > size * 0.25 or char.right < last.left:
                flush()
        current.append(char)
    flush()
    textpage.close()
    return words


def pdf_words(pdf: bytes, page: int = 1) -> list[Word]:
    """Words with their boxes in points from the top left corner (as ``pdftotext -bbox``)."""
    doc = _document(pdf)
    try:
        return _page_words(doc[page - 1])
    finally:
        doc.close()


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into visual lines (by vertical centre), each sorted left to right, lines top to bottom."""
    lines: list[tuple[float, float, list[Word]]] = []  # (centre, height, words)
    for word in sorted(words, key=lambda w: ((w.y_min + w.y_max) / 2, w.x_min)):
        centre, size = (word.y_min + word.y_max) / 2, word.y_max - word.y_min
        for i, (line_centre, line_size, members) in enumerate(lines):
            if abs(line_centre - centre) < max(min(line_size, size), 1.0) * 0.5:
                members.append(word)
                lines[i] = (line_centre, max(line_size, size), members)
                break
        else:
            lines.append((centre, size, [word]))
    lines.sort(key=lambda item: item[0])
    return [sorted(members, key=lambda w: w.x_min) for _, _, members in lines]


def _layout_page(page: pdfium.PdfPage) -> str:
    """One page as ``pdftotext -layout`` would lay it: visual lines, columns kept apart by runs of spaces."""
    column = 6.0  # points per character column, about the width of a letter at 12 pt
    out = []
    for line in _lines(_page_words(page)):
        text, right = "", 0.0
        for word in line:
            gap = word.x_min - right
            if not text:
                text = " " * int(word.x_min / column)
            elif gap < 2 * column:
                text += " "
            else:
                text += " " * max(2, int(gap / column))
            text += word.text
            right = word.x_max
        out.append(text)
    return "\n".join(out) + "\n"


@dataclass
class _Block:
    """Lines that sit under each other in one column: a paragraph, a header column, a table cell."""

    x0: float
    x1: float
    top: float
    bottom: float
    lines: list[str]


def _segments(line: list[Word]) -> list[list[Word]]:
    """A visual line cut where the gap between two words is wider than a word space could be."""
    out: list[list[Word]] = [[line[0]]]
    for word in line[1:]:
        last = out[-1][-1]
        size = max(last.y_max - last.y_min, word.y_max - word.y_min)
        if word.x_min - last.x_max > 0.8 * size:
            out.append([word])
        else:
            out[-1].append(word)
    return out


def _raw_page(page: pdfium.PdfPage) -> str:
    """Text block by block, as ``pdftotext`` reads: columns and table cells apart, each block's lines in order."""
    blocks: list[_Block] = []
    for line in _lines(_page_words(page)):
        for segment in _segments(line):
            x0, x1 = segment[0].x_min, segment[-1].x_max
            top, bottom = min(w.y_min for w in segment), max(w.y_max for w in segment)
            text = " ".join(w.text for w in segment)
            for block in reversed(blocks):
                near = -2 < top - block.bottom < 0.45 * (bottom - top)  # line spacing, not a cell's padding
                if near and x0 < block.x1 and x1 > block.x0:
                    block.lines.append(text)
                    block.x0, block.x1, block.bottom = min(block.x0, x0), max(block.x1, x1), bottom
                    break
            else:
                blocks.append(_Block(x0, x1, top, bottom, [text]))
    return "".join("\n".join(block.lines) + "\n\n" for block in blocks)


def pdf_text(pdf: bytes, page: int | None = None, *, layout: bool = False) -> str:
    """The text of one page or of all, each page ended by a form feed like ``pdftotext``."""
    doc = _document(pdf)
    try:
        parts = []
        for index in _pages(doc, page):
            p = doc[index]
            parts.append((_layout_page(p) if layout else _raw_page(p)) + _FORM_FEED)
            p.close()
        return "".join(parts)
    finally:
        doc.close()


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def page_sizes(pdf: bytes) -> set[str]:
    """Every page's size in points, written as ``pdfinfo`` does ("841.89 x 595.276")."""
    sizes = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        box = page.mediabox
        sizes.add(f"{float(box.width):g} x {float(box.height):g}")
    return sizes


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


_FONT_TYPES = {"/Type1": "Type 1", "/TrueType": "TrueType", "/Type3": "Type 3", "/MMType1": "Type 1"}
_SUBSET = re.compile(r"^[A-Z]{6}\+")


def _font_row(font: Any) -> FontRow:
    name = str(font.get("/BaseFont", "[none]")).lstrip("/")
    subtype = str(font.get("/Subtype", ""))
    descriptor_owner = font
    if subtype == "/Type0":
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor_owner = descendant
        kind = "CID TrueType" if descendant.get("/Subtype") == "/CIDFontType2" else "CID Type 0"
    else:
        kind = _FONT_TYPES.get(subtype, subtype.lstrip("/"))
    descriptor = descriptor_owner.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")) or subtype == "/Type3"
    return FontRow(name, kind, embedded, bool(_SUBSET.match(name)), "/ToUnicode" in font)


def _fonts_in(resources: Any, seen_fonts: dict[object, FontRow], seen_xobjects: set[object]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            key = getattr(ref, "idnum", id(ref))
            if key not in seen_fonts:
                seen_fonts[key] = _font_row(ref.get_object())
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            key = getattr(ref, "idnum", id(ref))
            if key in seen_xobjects:
                continue
            seen_xobjects.add(key)
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                _fonts_in(xobject.get("/Resources"), seen_fonts, seen_xobjects)


def pdf_fonts(pdf: bytes) -> list[FontRow]:
    """Every font the pages and their form XObjects use, once each (as ``pdffonts``)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    seen_fonts: dict[object, FontRow] = {}
    seen_xobjects: set[object] = set()
    for page in reader.pages:
        _fonts_in(page.get("/Resources"), seen_fonts, seen_xobjects)
        annots: Any = page.get("/Annots")
        for annot in annots.get_object() if annots is not None else []:
            appearance = annot.get_object().get("/AP")
            normal = appearance.get_object().get("/N") if appearance is not None else None
            if normal is not None and hasattr(normal.get_object(), "get"):
                _fonts_in(normal.get_object().get("/Resources"), seen_fonts, seen_xobjects)
    return list(seen_fonts.values())


@dataclass(frozen=True)
class Gray:
    """A rendered page in 8-bit grey; (0, 0) is the top left corner."""

    width: int
    height: int
    pixels: bytes
    dpi: float

    def darkness(self, x_pt: float, y_pt: float, w_pt: float, h_pt: float, page_height_pt: float) -> float:
        """Mean darkness (0 white … 1 black) of a box given in PDF points (origin bottom left)."""
        scale = self.dpi / 72
        x0, x1 = int(x_pt * scale), int((x_pt + w_pt) * scale)
        y0, y1 = int((page_height_pt - y_pt - h_pt) * scale), int((page_height_pt - y_pt) * scale)
        total, count = 0, 0
        for y in range(max(0, y0), min(self.height, y1)):
            row = self.pixels[y * self.width : (y + 1) * self.width]
            for x in range(max(0, x0), min(self.width, x1)):
                total += 255 - row[x]
                count += 1
        return total / (255 * count) if count else 0.0


def render_page(pdf: bytes, page: int = 1, dpi: int = 100) -> Image.Image:
    """One page as an RGB image, annotations and signature appearances drawn (as ``pdftoppm``)."""
    doc = _document(pdf)
    try:
        doc.init_forms()
        p = doc[page - 1]
        bitmap = p.render(scale=dpi / 72, may_draw_forms=True, draw_annots=True)
        image: Image.Image = bitmap.to_pil().convert("RGB")
        p.close()
        return image
    finally:
        doc.close()


def render_gray(pdf: bytes, page: int = 1, dpi: int = 100) -> Gray:
    image = render_page(pdf, page, dpi).convert("L")
    return Gray(image.width, image.height, image.tobytes(), dpi)


def signature_png() -> bytes:
    image = Image.new("RGBA", (600, 220), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(40 + t * 5, 120 + 60 * math.sin(t / 6.0) * math.exp(-t / 120)) for t in range(105)]
    draw.line(points, fill=(20, 40, 160, 255), width=7)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def seal_png() -> bytes:
    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 390, 390), outline=(210, 20, 30, 200), width=14)
    draw.regular_polygon((200, 200, 60), 5, fill=(210, 20, 30, 200))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
