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


NBSP = "\u00a0"  # joins the words of a proper name: lines break elsewhere while the name fits on one


def keep_name(text: str) -> str:
    """The proper name that ends ``text`` (its run of capitalised words) held together by no-break spaces.

    "Chi bộ thôn Đồng Thanh" keeps "Đồng Thanh" whole; "Nguyễn Văn An" stays one piece. :func:`wrap` and
    :func:`balance` break inside the name only when it is wider than a whole line, and print plain spaces.
    """
    words = text.split(" ")
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if len(words) - start < 2:
        return text
    return " ".join([*words[:start], NBSP.join(words[start:])])


def name_lines(text: str, font: str, size: float, width: float) -> str:
    """Each line of ``text`` broken to ``width`` keeping its ending proper name whole where it fits."""
    return "\n".join("\n".join(wrap(keep_name(one_line(line)), font, size, width)) for line in nfc(text).split("\n"))


def text_width(text: str, font: str, size: float) -> float:
    return _width(text, font, size)


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    # A register measures the same words (places, titles, dates) tens of thousands of times.
    return float(stringWidth(text, font, size))


def clear_width_cache() -> None:
    """Forget measured widths: called when a font name is registered (again), perhaps from another file."""
    _width.cache_clear()


def wrap(text: str, font: str, size: float, width: float, first_width: float | None = None) -> list[str]:
    """Break text into lines no wider than ``width`` (the first line: ``first_width``).

    Greedy by words; a word longer than a whole line is cut between letters. If even the first word
    does not fit the first line, that line is left empty. Explicit line breaks in the text are kept.
    Empty text gives no lines.
    """
    lines: list[str] = []
    space = _width(" ", font, size)
    for paragraph in nfc(text).split("\n"):
        words = [w for w in paragraph.replace("\t", " ").split(" ") if w]
        if not words:
            if lines:
                lines.append("")
            continue
        current, current_w = "", 0.0
        while words:
            word = words.pop(0)
            limit = _limit(lines, width, first_width)
            word_w = _width(word, font, size)  # widths add up: ReportLab applies no kerning
            if NBSP in word and word_w > width:
                words[0:0] = word.split(NBSP)  # a name wider than a line breaks between its words
                continue
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
                current_w = _width(current, font, size)
                limit = _limit(lines, width, first_width)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return [line.replace(NBSP, " ") for line in lines]


@lru_cache(maxsize=2048)
def _balanced(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    lines = wrap(text, font, size, width)
    if len(lines) < 2:
        return tuple(lines)
    names = [stringWidth(w, font, size) for w in text.split(" ") if NBSP in w]
    low, high = max([n for n in names if n <= width], default=0.0), width  # a name that fits stays whole
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
    while cut < len(word) and _width(word[: cut + 1], font, size) <= limit:
        cut += 1
    return cut


def fit_size(text: str, font: str, size: float, width: float, minimum: float) -> float:
    """The largest size up to ``size`` (not below ``minimum``) at which the text fits on one line."""
    measured = text_width(text, font, size)
    if measured <= width or measured == 0:
        return size
    return max(minimum, size * width / measured)
