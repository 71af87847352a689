"""What every list table shares: read-only models over named columns, and the look of a list view."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ColumnKey = TypeVar("ColumnKey", bound=int)


class Headed(Protocol):
    def header(self) -> str: ...


class ColumnsModel(QAbstractTableModel):
    """A flat, read-only table model: column count, headings and flags come from ``columns``."""

    columns: ClassVar[tuple[Headed, ...]] = ()

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def list_table(owner: QWidget, model: QAbstractTableModel, name: str, widths: Mapping[ColumnKey, int]) -> QTableView:
    """A read-only table of rows, one selected at a time, rows tall enough for large text; ``widths`` in
    average characters per column."""
    table = QTableView(owner)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAccessibleName(name)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(int(owner.fontMetrics().height() * 1.7))
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    char = owner.fontMetrics().averageCharWidth()
    for column, chars in widths.items():
        table.setColumnWidth(column, chars * char)
    return table
