"""Text before it is drawn: NFC, capitals, Paragraph markup, and line breaking by measured width."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth


def nfc(text: str) -> str:
    """Composed form: decomposed tone marks would print beside their letters."""
    return unicodedata.normalize("NFC", text)


def one_line(text: str) -> str:
    """NFC with runs of white space (line breaks included) collapsed to one space."""
    return " ".join(nfc(text).split())


def caps(text: str) -> str:
    """Vietnamese capitals ("Đảng ủy xã" -> "ĐẢNG ỦY XÃ"), composed."""
    return nfc(nfc(text).upper())


def markup(text: str) -> str:
    """Plain text as ReportLab Paragraph markup: NFC, escaped, line breaks kept."""
    lines = [escape(one_line(line)) for line in nfc(text).split("\n")]
    return "<br/>".join(lines)


def text_width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def wrap(text: str, font: str, size: float, width: float, first_width: float | None = None) -> list[str]:
    """Break text into lines no wider than ``width`` (the first line: ``first_width``).

    Greedy by words; a word longer than a whole line is cut between letters. If even the first word
    does not fit the first line, that line is left empty. Explicit line breaks in the text are kept.
    Empty text gives no lines.
    """
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in nfc(text).split("\n"):
        words = paragraph.split()
        if not words:
            if lines:
                lines.append("")
            continue
        current, current_w = "", 0.0
        for word in words:
            limit = _limit(lines, width, first_width)
            word_w = stringWidth(word, font, size)  # widths add up: ReportLab applies no kerning
            candidate_w = current_w + space + word_w if current else word_w
            if candidate_w <= limit:
                current, current_w = (f"{current} {word}" if current else word), candidate_w
                continue
            if current or (not lines and word_w <= width):
                # A word too wide for a short first line (after a label) starts on the next line.
                lines.append(current)
                limit = _limit(lines, width, first_width)
            current, current_w = word, word_w
            while current_w > limit and len(current) > 1:
                cut = _longest_prefix(current, font, size, limit)
                lines.append(current[:cut])
                current = current[cut:]
                current_w = stringWidth(current, font, size)
                limit = _limit(lines, width, first_width)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


@lru_cache(maxsize=2048)
def _balanced(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    lines = wrap(text, font, size, width)
    if len(lines) < 2:
        return tuple(lines)
    low, high = 0.0, width
    for _ in range(16):  # bisect the narrowest width that needs no more lines
        middle = (low + high) / 2
        if len(wrap(text, font, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return tuple(wrap(text, font, size, high))


def balance(text: str, font: str, size: float, width: float) -> list[str]:
    """Like :func:`wrap`, but lines of a centred heading are made as even as possible.

    "ĐẢNG ỦY PHƯỜNG HOÀNG VĂN THỤ" in a narrow column becomes "ĐẢNG ỦY PHƯỜNG" / "HOÀNG VĂN THỤ"
    rather than a full line and a stray word. Results are remembered: the same names recur.
    """
    return list(_balanced(nfc(text), font, size, width))


def _limit(lines: list[str], width: float, first_width: float | None) -> float:
    return first_width if not lines and first_width is not None else width


def _longest_prefix(word: str, font: str, size: float, limit: float) -> int:
    cut = 1
    while cut < len(word) and stringWidth(word[: cut + 1], font, size) <= limit:
        cut += 1
    return cut


def fit_size(text: str, font: str, size: float, width: float, minimum: float) -> float:
    """The largest size up to ``size`` (not below ``minimum``) at which the text fits on one line."""
    measured = text_width(text, font, size)
    if measured <= width or measured == 0:
        return size
    return max(minimum, size * width / measured)
