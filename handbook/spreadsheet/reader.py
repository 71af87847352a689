"""Reading a spreadsheet (``.xlsx``, ``.xls``, ``.ods``) or ``.csv`` into an in-memory grid of values and fonts."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from handbook.errors import InputError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)
ODS_SUFFIXES = (".ods",)
CSV_SUFFIXES = (".csv", ".txt")
# What the import dialogs offer, in one place.
READABLE_SUFFIXES = XLSX_SUFFIXES + XLS_SUFFIXES + ODS_SUFFIXES + CSV_SUFFIXES
_CSV_DELIMITERS = ",;\t|"


@dataclass(frozen=True, eq=False)
class Table:
    """One sheet as read: ``rows[i]`` is Excel row ``i + 1`` (empty rows kept so numbers match
    what the user sees), ``fonts`` has the same shape (the font name of each cell; empty for CSV).

    ``single_byte`` marks a CSV file that was not UTF-8: its text is held as the Latin-1 reading of
    the bytes, which is what legacy TCVN3/VNI decoding expects; as Unicode it is Windows-1258.
    """

    source: str
    sheet: str
    rows: list[tuple[object, ...]]
    fonts: list[tuple[str | None, ...]] = field(default_factory=list)
    single_byte: bool = False
    kind: str = "xlsx"

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def value(self, row: int, column: int) -> object:
        """The value at 1-based ``row`` and ``column`` (None outside the grid)."""
        if not 1 <= row <= len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[column - 1] if 1 <= column <= len(cells) else None

    def font(self, row: int, column: int) -> str | None:
        if not 1 <= row <= len(self.fonts):
            return None
        fonts = self.fonts[row - 1]
        return fonts[column - 1] if 1 <= column <= len(fonts) else None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return "xlsx"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in XLS_SUFFIXES:
        return "xls"
    if suffix in ODS_SUFFIXES:
        return "ods"
    raise InputError("sheet.unsupported_type", path=str(path))


def iter_tables(path: Path, sheet: str | None = None) -> Iterator[Table]:
    """The sheets of ``path``: the named one, or every sheet with the active one first (CSV: one)."""
    path = Path(path)
    kind = kind_of(path)
    if not path.is_file():
        raise InputError("sheet.file_missing", path=str(path))
    data = path.read_bytes()
    if kind == "csv":
        yield read_csv_bytes(data, path.name)
        return
    if kind in ("xls", "ods"):
        from handbook.spreadsheet import office_formats

        reader = office_formats.iter_xls_tables if kind == "xls" else office_formats.iter_ods_tables
        yield from reader(data, path.name, sheet)
        return
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE container named .xlsx: Excel's password protection
        raise InputError("sheet.protected", path=path.name)
    from handbook.spreadsheet import fast_read

    if not fast_read.xlsx_needs_fonts(data):
        yield from fast_read.calamine_tables(data, path.name, "xlsx", sheet, fast_read.xlsx_active_sheet(data))
        return
    yield from iter_xlsx_tables(data, path.name, sheet)


def iter_xlsx_tables(data: bytes, source: str, sheet: str | None = None) -> Iterator[Table]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise InputError("sheet.unreadable", path=source) from None
    except Exception as exc:  # openpyxl raises its own InvalidFileException and friends
        if type(exc).__module__.startswith("openpyxl"):
            raise InputError("sheet.unreadable", path=source) from None
        raise
    try:
        names = list(wb.sheetnames)
        if sheet is not None:
            if sheet not in names:
                raise InputError("sheet.no_such_sheet", sheet=sheet, path=source, sheets=", ".join(names))
            order = [sheet]
        else:
            active = wb.active.title if wb.active is not None else names[0]
            order = [active] + [n for n in names if n != active]
        for name in order:
            ws = wb[name]
            if not hasattr(ws, "iter_rows"):  # a chart sheet
                continue
            yield _read_worksheet(ws, source, name)
    finally:
        wb.close()


def _read_worksheet(ws: object, source: str, name: str) -> Table:
    ws.reset_dimensions()  # type: ignore[attr-defined]  # never trust a stored dimension in read-only mode
    rows: list[tuple[object, ...]] = []
    fonts: list[tuple[str | None, ...]] = []
    font_of_style: dict[int, str | None] = {}
    for cells in ws.iter_rows():  # type: ignore[attr-defined]
        values: list[object] = []
        names: list[str | None] = []
        for c in cells:
            v = c.value
            values.append(v)
            if v is None:
                names.append(None)
                continue
            # Looking the font up once per style keeps reading fast (a sheet has few styles).
            style = getattr(c, "_style_id", None)
            if style is None:
                names.append(None)
            elif style in font_of_style:
                names.append(font_of_style[style])
            else:
                f = c.font
                font_of_style[style] = f.name if f is not None else None
                names.append(font_of_style[style])
        rows.append(tuple(values))
        fonts.append(tuple(names))
    return Table(source, name, rows, fonts, kind="xlsx")


def read_csv_bytes(data: bytes, source: str) -> Table:
    """A CSV file as a table of strings. UTF-8 (with or without BOM) is read as such; anything else
    is kept as its Latin-1 reading (see ``Table.single_byte``). The delimiter is sniffed."""
    single_byte = False
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            single_byte = True
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=_CSV_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows: list[tuple[object, ...]] = [tuple(r) for r in reader]
    except csv.Error:  # a cell longer than the csv module's limit (131,072 characters), or a stray quote
        raise InputError("sheet.csv_cell_too_long", path=source, row=reader.line_num) from None
    return Table(source, "", rows, [], single_byte=single_byte, kind="csv")
