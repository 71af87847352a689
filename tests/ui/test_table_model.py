"""The members table model: a thin, lazily paged adapter that passes Qt's model checks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from handbook.members.model import MemberId, Status
from handbook.members.repo import MemberRow
from ui.actions.members import FoundMembers, MemberQuery
from ui.members.table_model import MEMBER_ID_ROLE, PAGE_SIZE, PLACEHOLDER, Column, MembersTableModel


def row(n: int) -> MemberRow:
    return MemberRow(
        MemberId(n + 1),
        "Nguyễn",
        "Văn",
        f"An {n}",
        "nam",
        "12/03/1975",
        "",
        "",
        "",
        Status.OFFICIAL if n % 2 else Status.DIED,
        1,
        "Chi bộ thôn Đông",
        "",
        "",
    )


class Loader:
    """Remembers page requests; the test decides when (and whether) they arrive."""

    def __init__(self) -> None:
        self.requests: list[tuple[MemberQuery, int, int, Callable[[list[MemberRow] | None], None]]] = []

    def __call__(
        self, query: MemberQuery, offset: int, limit: int, deliver: Callable[[list[MemberRow] | None], None]
    ) -> None:
        self.requests.append((query, offset, limit, deliver))

    def answer_all(self) -> None:
        requests, self.requests = self.requests, []
        for _query, offset, limit, deliver in requests:
            deliver([row(n) for n in range(offset, min(offset + limit, TOTAL))])


TOTAL = 450


def found(total: int = TOTAL, search: str = "") -> FoundMembers:
    return FoundMembers(MemberQuery(search=search), total, [row(n) for n in range(min(PAGE_SIZE, total))])


def test_model_passes_qt_model_tester(app, qtmodeltester) -> None:
    loader = Loader()
    model = MembersTableModel(loader, "vi")
    qtmodeltester.check(model)  # empty
    model.reset(found())
    qtmodeltester.check(model)
    loader.answer_all()
    qtmodeltester.check(model)


def test_first_page_shows_at_once_and_later_pages_load_on_demand(app, qtbot) -> None:
    loader = Loader()
    model = MembersTableModel(loader, "vi")
    model.reset(found())
    assert model.rowCount() == TOTAL and model.columnCount() == len(Column)
    assert model.data(model.index(0, Column.NAME)) == "Nguyễn Văn An 0"
    assert model.data(model.index(0, Column.STATUS)) == "Từ trần"
    assert model.data(model.index(1, Column.STATUS)) == "Chính thức"
    assert model.data(model.index(0, Column.GENDER)) == "Nam"
    assert model.data(model.index(3, Column.NAME), MEMBER_ID_ROLE) == 4
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Họ và tên"

    far = model.index(PAGE_SIZE * 2 + 5, Column.NAME)
    assert model.data(far) == PLACEHOLDER
    assert model.data(model.index(PAGE_SIZE * 2 + 6, Column.CELL)) is None
    qtbot.waitUntil(lambda: len(loader.requests) == 1)  # one request per page, after the event loop turns
    _query, offset, limit, _deliver = loader.requests[0]
    assert (offset, limit) == (PAGE_SIZE * 2, PAGE_SIZE)
    with qtbot.waitSignal(model.dataChanged):
        loader.answer_all()
    assert model.data(far) == f"Nguyễn Văn An {PAGE_SIZE * 2 + 5}"


def test_answers_for_an_older_search_are_dropped(app, qtbot) -> None:
    loader = Loader()
    model = MembersTableModel(loader, "vi")
    model.reset(found())
    model.data(model.index(PAGE_SIZE + 1, 0))
    qtbot.waitUntil(lambda: len(loader.requests) == 1)
    model.reset(found(total=3, search="an"))
    loader.answer_all()
    assert model.rowCount() == 3
    assert model.row_at(PAGE_SIZE + 1) is None


def test_a_failed_page_is_asked_for_again(app, qtbot) -> None:
    loader = Loader()
    model = MembersTableModel(loader, "vi")
    model.reset(found())
    model.data(model.index(PAGE_SIZE + 1, 0))
    qtbot.waitUntil(lambda: len(loader.requests) == 1)
    loader.requests.pop()[3](None)
    model.data(model.index(PAGE_SIZE + 1, 0))
    qtbot.waitUntil(lambda: len(loader.requests) == 1)


def test_clear_forgets_every_row(app) -> None:
    model = MembersTableModel(Loader(), "vi")
    model.reset(found())
    model.clear()
    assert model.rowCount() == 0 and model.row_at(0) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.index(0, 0).isValid()
