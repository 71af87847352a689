"""The registrations table: a thin model over one search's rows (a ward keeps some 18,000; every cell's text
is cheap, so the rows stay in memory and the view asks only for what it shows)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from handbook.flow.model import Category, Registration, RegistrationId
from handbook.i18n import Lang
from ui.actions.registrations import FoundRegistrations, RegistrationQuery
from ui.orgs.fields import dmy
from ui.registrations.labels import category_text, end_reason_text, residence_text
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel

REGISTRATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENDED_COLOUR = QColor("#80776d")
MISSING_COLOUR = QColor("#b3261e")


class Column(IntEnum):
    MEMBER = 0
    WORKPLACE = 1
    LETTER = 2
    RECEIVED = 3
    CELL = 4
    CATEGORY = 5
    RESIDENCE = 6
    ENDED = 7

    def header(self) -> str:
        return {
            Column.MEMBER: QCoreApplication.translate("RegistrationsTable", "Đảng viên"),
            Column.WORKPLACE: QCoreApplication.translate("RegistrationsTable", "Đảng ủy nơi công tác"),
            Column.LETTER: QCoreApplication.translate("RegistrationsTable", "Giấy giới thiệu"),
            Column.RECEIVED: QCoreApplication.translate("RegistrationsTable", "Tiếp nhận"),
            Column.CELL: QCoreApplication.translate("RegistrationsTable", "Chi bộ nơi cư trú"),
            Column.CATEGORY: QCoreApplication.translate("RegistrationsTable", "Diện"),
            Column.RESIDENCE: QCoreApplication.translate("RegistrationsTable", "Nơi cư trú"),
            Column.ENDED: QCoreApplication.translate("RegistrationsTable", "Kết thúc"),
        }[self]


def letter_text(reg: Registration) -> str:
    if reg.letter_no and reg.letter_date:
        return QCoreApplication.translate("RegistrationsTable", "{no}, ngày {day}").format(
            no=reg.letter_no, day=dmy(reg.letter_date)
        )
    if reg.letter_no:
        return reg.letter_no
    return dmy(reg.letter_date)


class RegistrationsTableModel(ColumnsModel):
    columns = tuple(Column)

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._query = RegistrationQuery()
        self._rows: tuple[Registration, ...] = ()
        self._category = {c: category_text(c, lang) for c in Category}

    # --- what screens call -------------------------------------------------------------------------

    @property
    def query(self) -> RegistrationQuery:
        return self._query

    def reset(self, found: FoundRegistrations) -> None:
        self.beginResetModel()
        self._query = found.query
        self._rows = found.rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = ()
        self.endResetModel()

    def registration(self, row: int) -> Registration | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reg_id: RegistrationId) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == reg_id), None)

    # --- Qt's model interface ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reg = self.registration(index.row()) if index.isValid() else None
        if reg is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(reg, column)
        if role == REGISTRATION_ID_ROLE:
            return int(reg.id)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not reg.active:
                return QBrush(ENDED_COLOUR)
            if column is Column.CELL and reg.cell_id is None:
                return QBrush(MISSING_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a narrow column cuts it
            if column is Column.MEMBER and reg.notes:
                return f"{reg.member_name}\n{reg.notes}"
            return self._display(reg, column) or None
        return None

    def _display(self, reg: Registration, column: Column) -> str:
        if column is Column.MEMBER:
            return reg.member_name
        if column is Column.WORKPLACE:
            return reg.workplace_name
        if column is Column.LETTER:
            return letter_text(reg)
        if column is Column.RECEIVED:
            return dmy(reg.received_date)
        if column is Column.CELL:
            if reg.cell_id is None and reg.active:
                return QCoreApplication.translate("RegistrationsTable", "(chưa xếp)")
            return reg.cell_name
        if column is Column.CATEGORY:
            return self._category[reg.category]
        if column is Column.RESIDENCE:
            kind = residence_text(reg.residence_kind)
            return f"{kind}: {reg.residence_address}" if reg.residence_address else kind
        if reg.ended_on is None:
            return ""
        reason = end_reason_text(reg.end_reason) if reg.end_reason is not None else ""
        return f"{dmy(reg.ended_on)} — {reason}" if reason else dmy(reg.ended_on)
