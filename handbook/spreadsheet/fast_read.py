"""The fast path for .xlsx and .xls: values from calamine when the file names no legacy font.

Fonts only matter to tell TCVN3/VNI text apart, and reading each cell's font (openpyxl, xlrd with formatting)
is what makes reading slow. So the file's font list is looked at first — ``styles.xml`` of an .xlsx, the font
records of an .xls — and only a file that names a ``.Vn…``/``VNI…`` font is read cell by cell with its fonts.
Any other file is read by calamine: the same values (as openpyxl gives them), no fonts.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from handbook.errors import InputError
from handbook.spreadsheet.reader import Table
from handbook.text.legacy import detect_legacy_from_font

_XLSX_FONT_NAME = re.compile(rb'<(?:\w+:)?name\s+val="([^"]*)"')
_ACTIVE_TAB = re.compile(rb'activeTab="(\d+)"')


def _legacy(name: str | None) -> bool:
    return detect_legacy_from_font(name) is not None


def xlsx_needs_fonts(data: bytes) -> bool:
    """True when the .xlsx's styles name a legacy font (or cannot be looked at: the slow reader then says why)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            styles = next((n for n in z.namelist() if n.lower().endswith("styles.xml")), None)
            text = z.read(styles) if styles else b""
    except Exception:
        return True
    return any(_legacy(m.decode("utf-8", "replace")) for m in _XLSX_FONT_NAME.findall(text))


def xls_needs_fonts(book: Any) -> bool:
    """True when an xlrd book (opened with formatting, on demand) has a legacy font in its font records."""
    return any(_legacy(getattr(f, "name", None)) for f in book.font_list)


def xlsx_active_sheet(data: bytes) -> int | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            m = _ACTIVE_TAB.search(z.read("xl/workbook.xml"))
    except Exception:
        return None
    return int(m.group(1)) if m else None


def calamine_tables(data: bytes, source: str, kind: str, sheet: str | None, first: int | None) -> Iterator[Table]:
    """The worksheets of ``data`` read by calamine (``first``: the index of the sheet to give first)."""
    import python_calamine as calamine

    from handbook.spreadsheet.office_formats import _order, _plain

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except calamine.PasswordError:
        raise InputError("sheet.protected", path=source) from None
    except BaseException as exc:  # calamine's errors, and the Rust panics a damaged file can cause
        if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError):
            raise
        raise InputError("sheet.unreadable", path=source) from None
    try:
        names = [m.name for m in book.sheets_metadata if str(m.typ).endswith("WorkSheet")]
        all_names = list(book.sheet_names)
        head = all_names[first] if first is not None and 0 <= first < len(all_names) else None
        for name in _order(names, sheet, head, source):
            try:
                grid = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt | SystemExit | MemoryError):
                    raise
                raise InputError("sheet.unreadable", path=source) from None
            rows = [tuple(_plain(v) for v in row) for row in grid]
            while rows and all(v is None for v in rows[-1]):
                rows.pop()
            yield Table(source, name, rows, [], kind=kind)
    finally:
        book.close()
