"""Two thin tables of the dispatch part: confirmed cases by workplace committee, and the dispatches made."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from handbook.flow.model import Channel, Dispatch, DispatchId
from handbook.i18n import Lang, Message
from ui.actions.cases import DispatchGroup
from ui.cases.table_model import dmy
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel

ORG_ROLE = Qt.ItemDataRole.UserRole + 1
DISPATCH_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEM_COLOUR = QColor("#b3261e")


class GroupColumn(IntEnum):
    WORKPLACE = 0
    COUNT = 1
    MEMBERS = 2

    def header(self) -> str:
        return {
            GroupColumn.WORKPLACE: QCoreApplication.translate("DispatchTables", "Cấp ủy nơi công tác"),
            GroupColumn.COUNT: QCoreApplication.translate("DispatchTables", "Số phiếu"),
            GroupColumn.MEMBERS: QCoreApplication.translate("DispatchTables", "Đảng viên"),
        }[self]


class DispatchColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    WORKPLACE = 2
    COUNT = 3
    CHANNEL = 4
    RECEIVED = 5

    def header(self) -> str:
        return {
            DispatchColumn.NUMBER: QCoreApplication.translate("DispatchTables", "Số công văn"),
            DispatchColumn.DATE: QCoreApplication.translate("DispatchTables", "Ngày gửi"),
            DispatchColumn.WORKPLACE: QCoreApplication.translate("DispatchTables", "Nơi nhận"),
            DispatchColumn.COUNT: QCoreApplication.translate("DispatchTables", "Số phiếu"),
            DispatchColumn.CHANNEL: QCoreApplication.translate("DispatchTables", "Cách gửi"),
            DispatchColumn.RECEIVED: QCoreApplication.translate("DispatchTables", "Nơi nhận đã nhận"),
        }[self]


def _flags(index: AnyIndex) -> Qt.ItemFlag:
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class GroupsTableModel(ColumnsModel):
    columns = tuple(GroupColumn)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[DispatchGroup] = []

    def set_groups(self, groups: Sequence[DispatchGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def group_at(self, row: int) -> DispatchGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    @property
    def groups(self) -> list[DispatchGroup]:
        return list(self._groups)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._groups)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _flags(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._groups)):
            return None
        group = self._groups[index.row()]
        column = GroupColumn(index.column())
        names = ", ".join(c.member_name for c in group.cases)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is GroupColumn.WORKPLACE:
                return group.org_name or QCoreApplication.translate("DispatchTables", "(chưa rõ nơi công tác)")
            if column is GroupColumn.COUNT:
                return str(len(group.cases))
            return names
        if role == Qt.ItemDataRole.ToolTipRole:
            if group.org_id is None:
                return QCoreApplication.translate(
                    "DispatchTables", "Chưa biết cấp ủy nơi công tác: hãy ghi thông tin đề nghị của các phiếu này."
                )
            return names if column is GroupColumn.MEMBERS else None
        if role == Qt.ItemDataRole.ForegroundRole and group.org_id is None:
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is GroupColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ORG_ROLE:
            return int(group.org_id) if group.org_id is not None else None
        return None


class DispatchesTableModel(ColumnsModel):
    columns = tuple(DispatchColumn)

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._dispatches: list[Dispatch] = []
        self._channel_text = {c: Message(f"channel.{c.value}").render(lang) for c in Channel}

    def set_dispatches(self, dispatches: Sequence[Dispatch]) -> None:
        self.beginResetModel()
        self._dispatches = sorted(dispatches, key=lambda d: (d.date, d.id), reverse=True)
        self.endResetModel()

    def dispatch_at(self, row: int) -> Dispatch | None:
        return self._dispatches[row] if 0 <= row < len(self._dispatches) else None

    def row_of(self, dispatch_id: DispatchId) -> int | None:
        for row, d in enumerate(self._dispatches):
            if d.id == dispatch_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._dispatches)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _flags(index)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._dispatches)):
            return None
        d = self._dispatches[index.row()]
        column = DispatchColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is DispatchColumn.NUMBER:
                return d.number_text
            if column is DispatchColumn.DATE:
                return dmy(d.date)
            if column is DispatchColumn.WORKPLACE:
                return d.workplace_name
            if column is DispatchColumn.COUNT:
                return str(len(d.case_ids))
            if column is DispatchColumn.CHANNEL:
                return self._channel_text[d.channel]
            if d.acknowledged_on is not None:
                return dmy(d.acknowledged_on)
            return QCoreApplication.translate("DispatchTables", "Chưa")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is DispatchColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DISPATCH_ID_ROLE:
            return int(d.id)
        return None
