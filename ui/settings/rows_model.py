"""A thin table model over a list of typed rows with named columns (settings lists, import problems, events).

Each column is a header and a function from the row to its text; an optional tone marks a row as muted
(ended periods, disabled accounts), an error or a warning. Passes ``qtmodeltester``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

TONES = {
    "muted": (QColor("#80776d"), None),
    "error": (QColor("#8c1d18"), QColor("#fdecea")),
    "warning": (QColor("#5c4300"), QColor("#fff4d6")),
}


@dataclass(frozen=True)
class Col(Generic[T]):
    header: str
    text: Callable[[T], str]
    right: bool = False  # numbers and dates read better aligned right
    emphasis: bool = False  # bold where the model's ``bold`` says so


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Col[T]],
        *,
        tone: Callable[[T], str | None] | None = None,
        tooltip: Callable[[T], str] | None = None,
        bold: Callable[[T], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._tone = tone
        self._tooltip = tooltip
        self._bold = bold
        self._bold_font = QFont()
        self._bold_font.setBold(True)

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row(self, number: int) -> T | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def column_of(self, header: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.header == header)

    # --- Qt ------------------------------------------------------------------------------------------

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self._columns)
        ):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(item) or None
        if role == Qt.ItemDataRole.FontRole and column.emphasis and self._bold is not None and self._bold(item):
            return self._bold_font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and self._tone is not None:
            tone = TONES.get(self._tone(item) or "")
            if tone is None:
                return None
            colour = tone[0] if role == Qt.ItemDataRole.ForegroundRole else tone[1]
            return QBrush(colour) if colour is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return str(section + 1)
