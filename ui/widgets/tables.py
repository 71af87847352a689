"""What every list table shares: read-only models over named columns, and the look of a list view."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
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


def list_table(
    owner: QWidget, model: QAbstractItemModel, name: str, widths: Mapping[ColumnKey, int | str]
) -> QTableView:
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
    size_columns(table, widths)
    return table


DATE_SAMPLE = "00/00/0000"  # a column of dates: as wide as a date in this font (digits are wider than letters)


def size_columns(table: QTableView, widths: Mapping[Any, int | str], *, stretch: Sequence[int] = ()) -> None:
    """Give each column ``widths`` average characters (or the width of a sample text such as ``DATE_SAMPLE``),
    never less than its heading needs (bold headings at 125 % text are wider than their characters). The
    ``stretch`` columns (else the last one shown) share the room left; when there is too little, the table
    scrolls sideways rather than squeezing a heading."""
    metrics = table.fontMetrics()
    char = metrics.averageCharWidth()
    header = table.horizontalHeader()
    pixels = {
        int(c): (n * char if isinstance(n, int) else metrics.horizontalAdvance(n) + 2 * char) for c, n in widths.items()
    }
    fitter = table.findChild(_ShareTheRoom)  # a second call (list_table, then the screen's own) replaces the first
    if fitter is None:
        fitter = _ShareTheRoom(table)
        table.viewport().installEventFilter(fitter)
        header.sectionResized.connect(fitter.section_resized)
    fitter.columns = [int(c) for c in stretch]
    fitter.chars_px = {**fitter.chars_px, **pixels}
    with fitter.paused():
        for column in range(header.count()):
            own = fitter.chars_px.get(column, 0 if column in fitter.stretched else header.sectionSize(column))
            table.setColumnWidth(column, max(own, header.sectionSizeHint(column)))
        fitter.stretched.clear()
        header.setStretchLastSection(False)
    fitter.fit()


class _ShareTheRoom(QObject):
    """Widens the stretching columns to fill the table, never below what their headings need."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self.columns: list[int] = []
        self.chars_px: dict[int, int] = {}
        self.stretched: set[int] = set()  # the columns widened last time, put back if they stop stretching
        self._fitting = False

    @contextmanager
    def paused(self) -> Iterator[None]:
        self._fitting = True
        try:
            yield
        finally:
            self._fitting = False

    def _stretching(self, visible: list[int]) -> list[int]:
        chosen = [c for c in self.columns if c in visible]
        return chosen or visible[-1:]

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        if self._fitting or header.count() == 0:
            return
        self._fitting = True
        try:
            visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            stretching = self._stretching(visible)
            fixed = sum(header.sectionSize(c) for c in visible if c not in stretching)
            # Each at least its heading; then up to its characters; what is left, shared.
            sizes = {c: header.sectionSizeHint(c) for c in stretching}
            extra = max(self._table.viewport().width() - fixed - sum(sizes.values()), 0)
            for c in stretching:
                grow = min(max(self.chars_px.get(c, 0) - sizes[c], 0), extra)
                sizes[c] += grow
                extra -= grow
            share, rest = divmod(extra, len(stretching)) if stretching else (0, 0)
            self.stretched = set(stretching)
            for n, column in enumerate(stretching):
                header.resizeSection(column, sizes[column] + share + (rest if n == len(stretching) - 1 else 0))
        finally:
            self._fitting = False

    def section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self._table.horizontalHeader()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if column not in self._stretching(visible):
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False
