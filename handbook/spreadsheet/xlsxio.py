"""Saving an openpyxl workbook straight to its file, with every part built in memory.

openpyxl's own ``Workbook.save`` writes each worksheet's XML to a plaintext temporary file before
zipping it; members' data must never touch the disk that way. ``save_workbook`` builds the whole
``.xlsx`` in memory and writes the finished file once.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter

from handbook.vault.atomic import write_atomic


class _MemoryExcelWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl's writer with the worksheet XML kept in a BytesIO instead of a temporary file."""

    def write_worksheet(self, ws: Any) -> None:
        if self.workbook.write_only:  # pragma: no cover - we only build ordinary workbooks
            raise TypeError("write-only workbooks keep temporary files; build an ordinary Workbook")
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws, out=BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def workbook_bytes(wb: Workbook) -> bytes:
    """The ``.xlsx`` file of ``wb`` as bytes, built without any temporary file."""
    buf = BytesIO()
    archive = ZipFile(buf, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    _MemoryExcelWriter(wb, archive).save()  # closes the archive
    return buf.getvalue()


def save_workbook(wb: Workbook, path: Path) -> None:
    """Write ``wb`` to ``path`` in one go (the file the user asked for is the only file written)."""
    write_atomic(Path(path), workbook_bytes(wb))  # created 0600
