"""The organisation tree as a thin item model over an ``OrgTree`` (organisations active on one day).

Each node is numbered in a flat list; an index carries its node's number (plus one) as its internal id.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from handbook.i18n import Lang
from handbook.orgs.model import OrgId
from ui.actions.orgs import OrgNode, OrgTree
from ui.orgs.fields import dmy

ORG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IS_CELL_ROLE = Qt.ItemDataRole.UserRole + 2

_AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


class Column(IntEnum):
    NAME = 0
    MEMBERS = 1
    TOTAL = 2
    RESIDENTIAL = 3
    VALID_FROM = 4
    TYPE = 5  # last: the details panel shows it too, so it is the one cut short when room is scarce

    def header(self) -> str:
        return {
            Column.NAME: QCoreApplication.translate("OrgTree", "Tên tổ chức"),
            Column.TYPE: QCoreApplication.translate("OrgTree", "Loại"),
            Column.MEMBERS: QCoreApplication.translate("OrgTree", "Đảng viên"),
            Column.TOTAL: QCoreApplication.translate("OrgTree", "Tổng số"),
            Column.RESIDENTIAL: QCoreApplication.translate("OrgTree", "Nơi cư trú"),
            Column.VALID_FROM: QCoreApplication.translate("OrgTree", "Hoạt động từ"),
        }[self]

    def tip(self) -> str:
        return {
            Column.NAME: "",
            Column.TYPE: "",
            Column.MEMBERS: QCoreApplication.translate("OrgTree", "Số đảng viên sinh hoạt trực tiếp ở chi bộ"),
            Column.TOTAL: QCoreApplication.translate("OrgTree", "Số đảng viên kể cả các chi bộ trực thuộc"),
            Column.RESIDENTIAL: QCoreApplication.translate("OrgTree", "Chi bộ thôn, tổ dân phố (nơi cư trú)"),
            Column.VALID_FROM: "",
        }[self]


class OrgTreeModel(QAbstractItemModel):
    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._tree: OrgTree | None = None
        self._nodes: list[OrgNode] = []
        self._parent: list[int] = []  # node number -> parent's number (-1 at the top)
        self._row: list[int] = []  # node number -> row under its parent
        self._children: dict[int, list[int]] = {}  # parent's number (-1 for the top) -> children's numbers

    # --- what screens call -------------------------------------------------------------------------

    @property
    def tree(self) -> OrgTree | None:
        return self._tree

    def set_tree(self, tree: OrgTree) -> None:
        self.beginResetModel()
        self._tree = tree
        self._nodes, self._parent, self._row, self._children = [], [], [], {-1: []}

        def add(nodes: tuple[OrgNode, ...], parent: int) -> None:
            for row, node in enumerate(nodes):
                number = len(self._nodes)
                self._nodes.append(node)
                self._parent.append(parent)
                self._row.append(row)
                self._children.setdefault(parent, []).append(number)
                self._children[number] = []
                add(node.children, number)

        add(tree.roots, -1)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._tree = None
        self._nodes, self._parent, self._row, self._children = [], [], [], {-1: []}
        self.endResetModel()

    def node(self, index: _AnyIndex) -> OrgNode | None:
        number = self._number(index)
        return self._nodes[number] if number >= 0 else None

    def index_of(self, org_id: OrgId) -> QModelIndex:
        for number, node in enumerate(self._nodes):
            if node.org.id == org_id:
                return self.createIndex(self._row[number], 0, number + 1)
        return QModelIndex()

    # --- Qt's model interface ------------------------------------------------------------------------

    def _number(self, index: _AnyIndex) -> int:
        if not index.isValid():
            return -1
        return int(index.internalId()) - 1

    def index(self, row: int, column: int, parent: _AnyIndex = _ROOT) -> QModelIndex:
        if column < 0 or column >= len(Column) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(self._number(parent), [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, child: _AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        number = self._number(child)
        if number < 0:
            return QModelIndex()
        up = self._parent[number]
        if up < 0:
            return QModelIndex()
        return self.createIndex(self._row[up], 0, up + 1)

    def rowCount(self, parent: _AnyIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._number(parent), []))

    def columnCount(self, parent: _AnyIndex = _ROOT) -> int:
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip() or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.MEMBERS, Column.TOTAL):
            return int(_NUMBER)
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == ORG_ID_ROLE:
            return int(node.org.id)
        if role == IS_CELL_ROLE:
            return node.org.type.holds_members
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.MEMBERS, Column.TOTAL):
                return int(_NUMBER)
            if column in (Column.RESIDENTIAL, Column.VALID_FROM):
                return int(_CENTRE)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            lines = [node.org.name]
            if node.org.founding_decision:
                lines.append(
                    QCoreApplication.translate("OrgTree", "Quyết định thành lập: {no}").format(
                        no=node.org.founding_decision
                    )
                )
            return "\n".join(lines)
        return None

    def _display(self, node: OrgNode, column: Column) -> str:
        org = node.org
        if column is Column.NAME:
            return org.name
        if column is Column.TYPE:
            return org.type.label.render(self._lang)
        if column is Column.MEMBERS:
            return str(node.members) if org.type.holds_members else ""
        if column is Column.TOTAL:
            return str(node.total)
        if column is Column.RESIDENTIAL:
            if not org.type.holds_members:
                return ""
            return QCoreApplication.translate("OrgTree", "Có") if org.residential else ""
        return dmy(org.valid_from)
