"""Which new cell each member of a cell being split goes to: a table model with one editable column, and the
delegate that edits it with a combo box."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from handbook.members.model import MemberId
from ui import theme
from ui.actions.orgs import MemberBrief
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel

UNPLACED = -1
PART_ROLE = Qt.ItemDataRole.UserRole + 1
UNPLACED_COLOUR = QColor(theme.ERROR)


class Column(IntEnum):
    NAME = 0
    BIRTH = 1
    CARD = 2
    PART = 3

    def header(self) -> str:
        return {
            Column.NAME: QCoreApplication.translate("SplitTable", "Họ và tên"),
            Column.BIRTH: QCoreApplication.translate("SplitTable", "Ngày sinh"),
            Column.CARD: QCoreApplication.translate("SplitTable", "Số thẻ đảng viên"),
            Column.PART: QCoreApplication.translate("SplitTable", "Về chi bộ mới"),
        }[self]


def unplaced_text() -> str:
    return QCoreApplication.translate("SplitTable", "(chưa xếp)")


class SplitModel(ColumnsModel):
    columns = tuple(Column)
    placement_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: list[MemberBrief] = []
        self._parts: list[str] = []
        self._placed: list[int] = []

    # --- what the wizard calls ---------------------------------------------------------------------

    def set_members(self, members: list[MemberBrief]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._placed = [UNPLACED] * len(members)
        self.endResetModel()
        self.placement_changed.emit()

    def set_parts(self, names: list[str]) -> None:
        """The new cells' names; a member placed in a part that no longer exists is unplaced again."""
        self._parts = list(names)
        self._placed = [p if p < len(names) else UNPLACED for p in self._placed]
        if self._members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._members) - 1, len(Column) - 1))
        self.placement_changed.emit()

    @property
    def parts(self) -> list[str]:
        return list(self._parts)

    def place(self, rows: list[int], part: int) -> None:
        """Put the members on ``rows`` in part ``part`` (``UNPLACED`` to take them out)."""
        if not (part == UNPLACED or 0 <= part < len(self._parts)):
            return
        changed = [r for r in rows if 0 <= r < len(self._members) and self._placed[r] != part]
        for row in changed:
            self._placed[row] = part
            cell = self.index(row, Column.PART)
            self.dataChanged.emit(self.index(row, 0), cell)
        if changed:
            self.placement_changed.emit()

    def part_of(self, row: int) -> int:
        return self._placed[row]

    def unplaced_names(self) -> list[str]:
        return [m.full_name for m, p in zip(self._members, self._placed, strict=True) if p == UNPLACED]

    def placed_count(self) -> int:
        return sum(1 for p in self._placed if p != UNPLACED)

    def parts_with_members(self) -> list[tuple[str, tuple[MemberId, ...]]]:
        return [
            (name, tuple(m.id for m, p in zip(self._members, self._placed, strict=True) if p == index))
            for index, name in enumerate(self._parts)
        ]

    # --- Qt's model interface ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._members)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.PART and self._parts:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = Column(index.column())
        part = self._placed[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.NAME:
                return member.full_name
            if column is Column.BIRTH:
                return member.birth_date
            if column is Column.CARD:
                return member.card_no
            return self._parts[part] if part != UNPLACED else unplaced_text()
        if role in (Qt.ItemDataRole.EditRole, PART_ROLE) and column is Column.PART:
            return part
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.PART and part == UNPLACED:
            return QBrush(UNPLACED_COLOUR)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != Column.PART or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            part = int(value)
        except (TypeError, ValueError):
            return False
        if not (part == UNPLACED or 0 <= part < len(self._parts)):
            return False
        self.place([index.row()], part)
        return True


class PartDelegate(QStyledItemDelegate):
    """Edits the "new cell" column with a combo box of the new cells' names."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        if isinstance(model, SplitModel):
            combo.addItem(unplaced_text(), UNPLACED)
            for number, name in enumerate(model.parts):
                combo.addItem(name, number)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(PART_ROLE)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
