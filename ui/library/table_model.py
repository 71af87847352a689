"""The library list: one row per matching page (or per document when nothing is typed), with named columns."""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from handbook.library.model import DocStatus, Document, Passage
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel


@dataclass(frozen=True)
class LibraryRow:
    doc: Document
    page: int  # 0: the title (opens at page 1)
    passage: Passage | None = None


class Column(IntEnum):
    TITLE = 0
    NUMBER = 1
    DATE = 2
    KIND = 3
    STATUS = 4
    PAGE = 5
    PASSAGE = 6

    def header(self) -> str:
        return QCoreApplication.translate("LibraryTable", _HEADERS[self])


_HEADERS = {
    Column.TITLE: "Văn bản",
    Column.NUMBER: "Số, ký hiệu",
    Column.DATE: "Ngày ban hành",
    Column.KIND: "Loại",
    Column.STATUS: "Hiệu lực",
    Column.PAGE: "Trang",
    Column.PASSAGE: "Đoạn khớp",
}


def status_text(doc: Document) -> str:
    meta = doc.meta
    if meta.status is DocStatus.IN_FORCE:
        return QCoreApplication.translate("LibraryTable", "Còn hiệu lực")
    if meta.replaced_by or meta.replaced_on:
        on = meta.replaced_on.strftime("%d/%m/%Y") if meta.replaced_on else "?"
        return QCoreApplication.translate("LibraryTable", "Thay bởi {by} ({on})").format(
            by=meta.replaced_by or "?", on=on
        )
    return QCoreApplication.translate("LibraryTable", "Đã được thay thế")


def passage_html(p: Passage) -> str:
    """The passage with its matching words in bold on a light highlight (HTML-escaped)."""
    out, last = [], 0
    for start, end in p.spans:
        out.append(html.escape(p.text[last:start]))
        out.append(f'<b style="background-color:#ffe58a">{html.escape(p.text[start:end])}</b>')
        last = end
    out.append(html.escape(p.text[last:]))
    return "".join(out)


class LibraryTableModel(ColumnsModel):
    columns = tuple(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def row_at(self, row: int) -> LibraryRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        meta = r.doc.meta
        column = Column(index.column())
        if column is Column.TITLE:
            return meta.title
        if column is Column.NUMBER:
            return meta.number
        if column is Column.DATE:
            return meta.issued_on.strftime("%d/%m/%Y") if meta.issued_on else ""
        if column is Column.KIND:
            return meta.kind
        if column is Column.STATUS:
            return status_text(r.doc)
        if column is Column.PAGE:
            if r.page == 0:
                return QCoreApplication.translate("LibraryTable", "tên") if r.passage else str(r.doc.pages)
            return str(r.page)
        if r.passage is not None:
            return r.passage.text
        if not r.doc.has_text:
            return QCoreApplication.translate("LibraryTable", "(bản chụp, không có chữ: chỉ tìm theo tên)")
        return ""
