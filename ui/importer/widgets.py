"""Small pieces the import wizard's pages share: a read-only grid, a cell, a column letter."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem


def read_only_table(accessible_name: str) -> QTableWidget:
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAccessibleName(accessible_name)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.6))
    return table


def cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if len(text) > 30:
        item.setToolTip(text)
    return item


def letter(column: int) -> str:
    return str(get_column_letter(column))
