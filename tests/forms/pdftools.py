"""Poppler command-line tools over PDF bytes (stdin/stdout, no files), and made-up signature images."""

from __future__ import annotations

import html
import io
import math
import re
import shutil
import subprocess
from dataclasses import dataclass

import pytest
from PIL import Image, ImageDraw

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdffonts) not installed")


def _run(args: list[str], pdf: bytes) -> bytes:
    return subprocess.run(args, input=pdf, capture_output=True, check=True, timeout=60).stdout


def pdf_text(pdf: bytes, page: int | None = None, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return _run([*args, "-", "-"], pdf).decode("utf-8")


def page_count(pdf: bytes) -> int:
    for line in _run(["pdfinfo", "-"], pdf).decode("utf-8").splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo gave no page count")


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def pdf_words(pdf: bytes, page: int = 1) -> list[Word]:
    """Words with their boxes in points from the top left corner (``pdftotext -bbox``)."""
    out = _run(["pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page), "-", "-"], pdf)
    return [
        Word(html.unescape(m[4]), float(m[0]), float(m[1]), float(m[2]), float(m[3]))
        for m in _WORD.findall(out.decode("utf-8"))
    ]


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def pdf_fonts(pdf: bytes) -> list[FontRow]:
    lines = _run(["pdffonts", "-"], pdf).decode("utf-8").splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name, type words…, encoding, emb, sub, uni, object id, generation
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), emb == "yes", sub == "yes", uni == "yes"))
    return rows


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


def render_gray(pdf: bytes, page: int = 1, dpi: int = 100) -> Gray:
    args = ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-"]
    out = _run(args, pdf)
    # Binary PGM: "P5\n<w> <h>\n255\n" then the pixels.
    header, _, rest = out.partition(b"\n")
    assert header == b"P5"
    size, _, rest = rest.partition(b"\n")
    _maxval, _, pixels = rest.partition(b"\n")
    width, height = (int(v) for v in size.split())
    return Gray(width, height, pixels, dpi)


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
