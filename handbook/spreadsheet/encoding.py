"""Legacy text in old lists: proposing TCVN3 or VNI from cell fonts and the text, and decoding cells.

The user's choice is one of ``auto`` (each cell as its font says — ``.Vn…`` is TCVN3, ``VNI…`` is
VNI, an "H" font such as ``.VnTimeH`` holds capitals — and, when no cell uses a legacy font, the
whole file as its text looks), ``unicode`` (nothing converted), ``tcvn3`` or ``vni`` (every text
cell converted). ``preview`` shows the first rows before and after, for the person to decide.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal, get_args

from handbook.errors import InputError
from handbook.spreadsheet.reader import Table
from handbook.text.legacy import (
    LegacyEncoding,
    decode_legacy,
    detect_legacy_from_font,
    is_capitals_font,
    looks_like,
)

EncodingChoice = Literal["auto", "unicode", "tcvn3", "vni"]
ENCODING_CHOICES: tuple[EncodingChoice, ...] = get_args(EncodingChoice)
_SAMPLE_ROWS = 300
_SAMPLE_CELLS = 400


def parse_choice(value: str) -> EncodingChoice:
    text = value.strip().lower()
    for choice in ENCODING_CHOICES:
        if text == choice:
            return choice
    raise InputError("sheet.bad_encoding", value=value, choices=", ".join(ENCODING_CHOICES))


@dataclass(frozen=True)
class EncodingProposal:
    """What the file seems to hold: ``encoding`` None means Unicode; ``source`` says why
    ("font": cells use legacy fonts, listed in ``fonts``; "text": the text reads as legacy text;
    "none": nothing suggests a legacy encoding)."""

    encoding: LegacyEncoding | None
    source: Literal["font", "text", "none"]
    fonts: tuple[str, ...] = ()


def propose_encoding(table: Table, first_row: int = 1) -> EncodingProposal:
    """Look at the fonts of the first rows from ``first_row``, then (without legacy fonts) the text."""
    last = min(table.n_rows, first_row + _SAMPLE_ROWS)
    fonts: Counter[str] = Counter()
    votes: Counter[LegacyEncoding] = Counter()
    for r in range(first_row, last + 1):
        cells = table.rows[r - 1]
        names = table.fonts[r - 1] if r <= len(table.fonts) else ()
        for c, value in enumerate(cells):
            if isinstance(value, str) and value.strip():
                name = names[c] if c < len(names) else None
                enc = detect_legacy_from_font(name)
                if enc is not None and name:
                    fonts[name] += 1
                    votes[enc] += 1
    if votes:
        encoding = votes.most_common(1)[0][0]
        return EncodingProposal(encoding, "font", tuple(n for n, _ in fonts.most_common()))
    guess = guess_from_text(table, first_row)
    if guess is not None:
        return EncodingProposal(guess, "text")
    return EncodingProposal(None, "none")


def guess_from_text(table: Table, first_row: int = 1) -> LegacyEncoding | None:
    """The legacy encoding most non-ASCII text cells read as, when clearly most of them do."""
    votes: Counter[LegacyEncoding | None] = Counter()
    seen = 0
    last = min(table.n_rows, first_row + _SAMPLE_ROWS)
    for r in range(first_row, last + 1):
        for value in table.rows[r - 1]:
            if isinstance(value, str) and not value.isascii():
                votes[looks_like(value)] += 1
                seen += 1
                if seen >= _SAMPLE_CELLS:
                    break
        if seen >= _SAMPLE_CELLS:
            break
    if not seen:
        return None
    legacy: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")
    for enc in legacy:
        if votes[enc] * 2 > seen:
            return enc
    return None


class Decoder:
    """Turns the text of a cell into Unicode under the user's choice (see the module docstring)."""

    def __init__(self, table: Table, choice: EncodingChoice = "auto") -> None:
        self.choice = choice
        self.single_byte = table.single_byte
        has_fonts = any(any(detect_legacy_from_font(n) for n in set(row) if n) for row in table.fonts)
        self.proposal = propose_encoding(table)
        # In "auto", a file-wide guess from the text is used only when no cell has a legacy font.
        self.file_guess: LegacyEncoding | None = None
        if choice == "auto" and not has_fonts and self.proposal.source == "text":
            self.file_guess = self.proposal.encoding
        self._cache: dict[tuple[str, str | None], tuple[str, LegacyEncoding | None]] = {}
        # A cell without a font name is kept as it is, unless a legacy encoding is chosen or guessed for the file.
        self._fontless_as_is = choice in ("auto", "unicode") and self.file_guess is None and not self.single_byte

    def encoding_for(self, font: str | None) -> LegacyEncoding | None:
        if self.choice == "unicode":
            return None
        if self.choice == "tcvn3" or self.choice == "vni":
            return self.choice
        return detect_legacy_from_font(font) or self.file_guess

    def text(self, value: str, font: str | None) -> tuple[str, LegacyEncoding | None]:
        """(Unicode text, the legacy encoding it was decoded from or None)."""
        if font is None and self._fontless_as_is:
            return value, None
        key = (value, font)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        enc = self.encoding_for(font)
        out: tuple[str, LegacyEncoding | None]
        if enc is not None:
            out = (decode_legacy(value, enc, capitals=is_capitals_font(font)), enc)
        elif self.single_byte:
            out = (value.encode("latin-1", errors="replace").decode("cp1258", errors="replace"), None)
        else:
            out = (value, None)
        if len(self._cache) < 50_000:
            self._cache[key] = out
        return out


@dataclass(frozen=True)
class PreviewCell:
    column: int
    header: str
    original: str
    converted: str
    encoding: LegacyEncoding | None

    @property
    def changed(self) -> bool:
        return self.original != self.converted


@dataclass(frozen=True)
class PreviewRow:
    row: int
    cells: tuple[PreviewCell, ...]


def preview(
    table: Table,
    columns: list[tuple[int, str]],
    first_row: int,
    choice: EncodingChoice = "auto",
    limit: int = 10,
) -> list[PreviewRow]:
    """The first ``limit`` non-empty rows from ``first_row``: each text cell of ``columns``
    ((column, header) pairs) as stored and as it will be imported under ``choice``."""
    decoder = Decoder(table, choice)
    out: list[PreviewRow] = []
    for r in range(first_row, table.n_rows + 1):
        cells: list[PreviewCell] = []
        for column, header in columns:
            value = table.value(r, column)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if isinstance(value, str):
                converted, enc = decoder.text(value, table.font(r, column))
                cells.append(PreviewCell(column, header, value, converted, enc))
            else:
                cells.append(PreviewCell(column, header, str(value), str(value), None))
        if cells:
            out.append(PreviewRow(r, tuple(cells)))
            if len(out) >= limit:
                break
    return out
