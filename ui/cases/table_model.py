"""The cases table: a thin model over the cases a screen shows (a year holds at most a few thousand)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from handbook.flow.cases import STATE_IDS
from handbook.flow.model import Case, CaseId, CaseState
from handbook.i18n import Lang, Message
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_COLOUR = QColor("#b3261e")
ENDED_COLOUR = QColor("#80776d")


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else ""


class CaseFacts(Protocol):
    """What the table asks of the year's data about a case (``ui.actions.cases.YearData`` answers)."""

    @property
    def today(self) -> date: ...

    def criteria_count(self, case: Case) -> int: ...

    def overdue(self, case: Case) -> bool: ...


class CaseColumn(IntEnum):
    NAME = 0
    CELL = 1
    WORKPLACE = 2
    STATE = 3
    RECEIVED = 4
    DEADLINE = 5
    MEETING = 6
    NUMBER = 7

    def header(self) -> str:
        return {
            CaseColumn.NAME: QCoreApplication.translate("CasesTable", "Họ và tên"),
            CaseColumn.CELL: QCoreApplication.translate("CasesTable", "Chi bộ nơi cư trú"),
            CaseColumn.WORKPLACE: QCoreApplication.translate("CasesTable", "Cấp ủy nơi công tác"),
            CaseColumn.STATE: QCoreApplication.translate("CasesTable", "Tình trạng"),
            CaseColumn.RECEIVED: QCoreApplication.translate("CasesTable", "Ngày nhận đề nghị"),
            CaseColumn.DEADLINE: QCoreApplication.translate("CasesTable", "Hạn trả"),
            CaseColumn.MEETING: QCoreApplication.translate("CasesTable", "Ngày họp chi bộ"),
            CaseColumn.NUMBER: QCoreApplication.translate("CasesTable", "Số xác nhận"),
        }[self]


class CasesTableModel(ColumnsModel):
    """Rows of ``Case``; ``set_cases`` replaces them all (after a load or a change of filter)."""

    columns = tuple(CaseColumn)

    def __init__(self, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[Case] = []
        self._today = date.today()
        self._criteria_count: Callable[[Case], int] = lambda case: 0
        self._overdue: Callable[[Case], bool] = lambda case: False
        self._state_text = {s: Message(STATE_IDS[s]).render(lang) for s in CaseState}

    # --- what screens call -------------------------------------------------------------------------

    def set_cases(self, cases: Sequence[Case], data: CaseFacts | None = None) -> None:
        """``data`` tells how many criteria a case's sheet has (exempt members' sheets have fewer) and whether it
        is overdue, by the core's rules (the year's data the screen loaded)."""
        self.beginResetModel()
        self._cases = list(cases)
        if data is not None:
            self._today = data.today
            self._criteria_count = data.criteria_count
            self._overdue = data.overdue
        self.endResetModel()

    def exempt_note(self, case: Case) -> str:
        """Why an exempt member's sheet has fewer criteria than the others ("miễn sinh hoạt — 3 tiêu chí")."""
        if not case.exempt:
            return ""
        count = self._criteria_count(case)
        if count:
            return QCoreApplication.translate("CasesTable", "miễn sinh hoạt — {n} tiêu chí").format(n=count)
        return QCoreApplication.translate("CasesTable", "miễn sinh hoạt")

    def clear(self) -> None:
        self.set_cases([])

    def case_at(self, row: int) -> Case | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def case_id(self, row: int) -> CaseId | None:
        case = self.case_at(row)
        return case.id if case is not None else None

    def row_of(self, case_id: CaseId) -> int | None:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                return row
        return None

    @property
    def cases(self) -> list[Case]:
        return list(self._cases)

    def state_text(self, state: CaseState) -> str:
        return self._state_text[state]

    def overdue(self, case: Case) -> bool:
        return self._overdue(case)

    # --- Qt's model interface ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._cases)):
            return None
        case = self._cases[index.row()]
        column = CaseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, column)
        if role == CASE_ID_ROLE:
            return int(case.id)
        if role == STATE_ROLE:
            return case.state.value
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (CaseColumn.DEADLINE, CaseColumn.STATE) and self.overdue(case):
                return QBrush(OVERDUE_COLOUR)
            if case.state is CaseState.CANCELLED:
                return QBrush(ENDED_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case, column)
        return None

    def _display(self, case: Case, column: CaseColumn) -> str:
        if column is CaseColumn.NAME:
            note = self.exempt_note(case)
            return f"{case.member_name} ({note})" if note else case.member_name
        if column is CaseColumn.CELL:
            return case.cell_name
        if column is CaseColumn.WORKPLACE:
            return case.requested_by_name
        if column is CaseColumn.STATE:
            return self._state_text[case.state]
        if column is CaseColumn.RECEIVED:
            return dmy(case.received_date)
        if column is CaseColumn.DEADLINE:
            return dmy(case.deadline)
        if column is CaseColumn.MEETING:
            return dmy(case.cell_meeting_date)
        return case.confirm_number_text

    def _tooltip(self, case: Case, column: CaseColumn) -> str | None:
        if column is CaseColumn.STATE:
            if case.state is CaseState.RETURNED and case.return_reason:
                return QCoreApplication.translate("CasesTable", "Lý do trả lại: {reason}").format(
                    reason=case.return_reason
                )
            if case.state is CaseState.CANCELLED and case.cancel_reason:
                return QCoreApplication.translate("CasesTable", "Lý do hủy: {reason}").format(reason=case.cancel_reason)
        if column is CaseColumn.DEADLINE and self.overdue(case):
            return QCoreApplication.translate("CasesTable", "Đã quá hạn trả kết quả")
        if column is CaseColumn.WORKPLACE and case.request_doc_no:
            return QCoreApplication.translate("CasesTable", "{org}, văn bản số {number}").format(
                org=case.requested_by_name, number=case.request_doc_no
            )
        return None
