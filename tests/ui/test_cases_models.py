"""The cases screen's table models: thin adapters that pass Qt's model checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.model import CaseState
from tests.ui.conftest import Commune
from tests.ui.test_cases_page import YEAR, Flow, comment, register_members
from ui.actions.cases import load_year
from ui.cases.dispatch_models import DISPATCH_ID_ROLE, DispatchColumn, DispatchesTableModel, GroupsTableModel
from ui.cases.table_model import CASE_ID_ROLE, STATE_ROLE, CaseColumn, CasesTableModel


@pytest.fixture
def opened(commune: Commune) -> Flow:
    flow = register_members(commune)
    fc.open_year(flow.vault, YEAR)
    return flow


def test_cases_model_passes_qt_model_tester(app, opened: Flow, qtmodeltester) -> None:
    comment(opened, ["Nguyễn Văn An"])
    data = load_year(opened.vault, YEAR)
    model = CasesTableModel("vi")
    qtmodeltester.check(model)  # empty
    model.set_cases(data.cases, data)
    qtmodeltester.check(model)
    assert model.rowCount() == 8 and model.columnCount() == len(CaseColumn)
    row = model.row_of(opened.case_of("Nguyễn Văn An").id)
    assert row is not None
    assert model.data(model.index(row, CaseColumn.STATE)) == "Chờ xác nhận"
    assert model.data(model.index(row, CaseColumn.STATE), STATE_ROLE) == CaseState.COMMENTED.value
    assert model.data(model.index(row, CaseColumn.NAME), CASE_ID_ROLE) == int(opened.case_of("Nguyễn Văn An").id)
    assert model.data(model.index(row, CaseColumn.MEETING)) == date.today().strftime("%d/%m/%Y")
    assert model.headerData(CaseColumn.WORKPLACE, Qt.Orientation.Horizontal) == "Cấp ủy nơi công tác"


def test_overdue_cases_are_marked(app, opened: Flow) -> None:
    data = load_year(opened.vault, YEAR)
    model = CasesTableModel("vi")
    model.set_cases(data.cases, replace(data, today=date(YEAR, 12, 31)))  # past the 15/12 deadline
    index = model.index(0, CaseColumn.DEADLINE)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Đã quá hạn trả kết quả"


def test_dispatch_models_pass_qt_model_tester(app, opened: Flow, qtmodeltester) -> None:
    ids = comment(opened, ["Nguyễn Văn An", "Trần Thị Bình", "Vũ Đình Khánh"])
    fc.confirm(opened.vault, ids)
    fd.dispatch(opened.vault, YEAR, org_ids=[opened.hospital])
    data = load_year(opened.vault, YEAR)

    groups = GroupsTableModel()
    qtmodeltester.check(groups)
    groups.set_groups(data.groups)
    qtmodeltester.check(groups)
    assert groups.rowCount() == 1 and groups.data(groups.index(0, 1)) == "2"

    dispatches = DispatchesTableModel("vi")
    qtmodeltester.check(dispatches)
    dispatches.set_dispatches(data.dispatches)
    qtmodeltester.check(dispatches)
    assert dispatches.data(dispatches.index(0, DispatchColumn.NUMBER)) == "1-CV/BXDĐ"
    assert dispatches.data(dispatches.index(0, DispatchColumn.RECEIVED)) == "Chưa"
    assert dispatches.data(dispatches.index(0, DispatchColumn.CHANNEL)) == "Giấy"
    assert dispatches.data(dispatches.index(0, 0), DISPATCH_ID_ROLE) == int(data.dispatches[0].id)


def test_the_list_marks_overdue_as_the_to_do_list_counts(app, opened: Flow) -> None:
    """Overdue by the core's rule: past the deadline, or longer than the overdue setting since it arrived."""
    data = load_year(opened.vault, YEAR)
    case = replace(data.cases[0], received_date=date(YEAR, 1, 2), deadline=date(YEAR + 1, 1, 1))
    later = replace(data, cases=(case,), today=date(YEAR, 3, 1))  # 58 days since it arrived; the setting is 30
    model = CasesTableModel("vi")
    model.set_cases([case], later)
    assert model.data(model.index(0, CaseColumn.DEADLINE), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.overdue(case) and case.deadline > later.today  # overdue by the setting, not by the deadline
