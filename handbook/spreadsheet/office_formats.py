"""Reading Excel 97–2003 ``.xls`` (xlrd, with each cell's font for TCVN3/VNI) and OpenDocument ``.ods`` (calamine).

Both give the same ``Table`` as the ``.xlsx`` reader: values as openpyxl would hand them (text, whole numbers as
``int``, dates as ``datetime``, empty cells as ``None``) and, for ``.xls``, the font name of each cell, which is
what tells an old list typed in ``.VnTime`` or ``VNI-Times`` apart. A password-protected or damaged file is an
``InputError`` that says which.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from handbook.errors import InputError
from handbook.spreadsheet.reader import Table

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def _plain(value: object) -> object:
    """A value as openpyxl gives it: '' is empty, a whole float is an int, a bare date is a datetime."""
    if isinstance(value, str):  # most cells: tested first
        return value or None
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, time):
        return value
    return value


def _order(names: list[str], wanted: str | None, first: str | None, source: str) -> list[str]:
    if wanted is not None:
        if wanted not in names:
            raise InputError("sheet.no_such_sheet", sheet=wanted, path=source, sheets=", ".join(names))
        return [wanted]
    head = first if first in names else (names[0] if names else None)
    return ([head] if head else []) + [n for n in names if n != head]


# --- .xls ---------------------------------------------------------------------------------------------------------


def iter_xls_tables(data: bytes, source: str, sheet: str | None = None) -> Iterator[Table]:
    import xlrd

    if not data.startswith(_OLE_MAGIC):
        raise InputError("sheet.not_really", path=source, kind=".xls")
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except xlrd.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise InputError("sheet.protected", path=source) from None
        raise InputError("sheet.unreadable", path=source) from None
    except (xlrd.compdoc.CompDocError, AssertionError, IndexError, KeyError, ValueError, struct.error):
        raise InputError("sheet.unreadable", path=source) from None
    from handbook.spreadsheet import fast_read

    if not fast_read.xls_needs_fonts(book):  # no legacy font: calamine reads the values much faster
        book.release_resources()
        yield from fast_read.calamine_tables(data, source, "xls", sheet, None)
        return
    try:
        names = list(book.sheet_names())
        selected = None
        for index, name in enumerate(names):
            try:
                if book.sheet_by_index(index).sheet_selected:
                    selected = name
                    break
            except Exception:
                break
        for name in _order(names, sheet, selected, source):
            try:
                yield _read_xls_sheet(book, book.sheet_by_name(name), source, name)
            except InputError:
                raise
            except Exception:  # xlrd reads lazily: a damaged sheet fails here, not at open
                raise InputError("sheet.unreadable", path=source) from None
    finally:
        book.release_resources()


def _read_xls_sheet(book: Any, ws: Any, source: str, name: str) -> Table:
    import xlrd

    font_of_xf: dict[int, str | None] = {}

    def font(xf_index: int) -> str | None:
        if xf_index not in font_of_xf:
            try:
                font_index = book.xf_list[xf_index].font_index
                font_of_xf[xf_index] = book.font_list[font_index].name or None
            except (IndexError, AttributeError):
                font_of_xf[xf_index] = None
        return font_of_xf[xf_index]

    rows: list[tuple[object, ...]] = []
    fonts: list[tuple[str | None, ...]] = []
    for r in range(ws.nrows):
        values: list[object] = []
        names: list[str | None] = []
        for c, cell in enumerate(ws.row(r)):
            kind, value = cell.ctype, cell.value
            if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                values.append(None)
                names.append(None)
                continue
            if kind == xlrd.XL_CELL_DATE:
                with contextlib.suppress(xlrd.xldate.XLDateError, ValueError, OverflowError):
                    value = xlrd.xldate.xldate_as_datetime(value, book.datemode)
            elif kind == xlrd.XL_CELL_BOOLEAN:
                value = bool(value)
            values.append(_plain(value))
            names.append(font(ws.cell_xf_index(r, c)))
        rows.append(tuple(values))
        fonts.append(tuple(names))
    return Table(source, name, rows, fonts, kind="xls")


# --- .ods ---------------------------------------------------------------------------------------------------------


def iter_ods_tables(data: bytes, source: str, sheet: str | None = None) -> Iterator[Table]:
    from handbook.spreadsheet.fast_read import calamine_tables

    if not data.startswith(_ZIP_MAGIC):
        # LibreOffice saves a password-protected .ods as a zip too; an OLE file here is an Excel file misnamed.
        raise InputError("sheet.not_really", path=source, kind=".ods")
    yield from calamine_tables(data, source, "ods", sheet, None)
