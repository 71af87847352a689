"""The members table model: a thin, lazily paged adapter that passes Qt's model checks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from handbook.members.model import MemberId, Status
from handbook.members.repo import MemberRow, Position
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
        f"k{n:06d}",
    )


class Loader:
    """Remembers page requests; the test decides when (and whether) they arrive."""

    def __init__(self) -> None:
        self.requests: list[tuple[MemberQuery, int, int, Position | None, Deliver]] = []
        self.rows = TOTAL  # how many rows the data behind it has

    def __call__(self, query: MemberQuery, offset: int, limit: int, after: Position | None, deliver: Deliver) -> None:
        self.requests.append((query, offset, limit, after, deliver))

    def answer_all(self) -> None:
        requests, self.requests = self.requests, []
        for _query, offset, limit, _after, deliver in requests:
            deliver([row(n) for n in range(offset, min(offset + limit, self.rows))])


TOTAL = 450
Deliver = Callable[[list[MemberRow] | None], None]


def found(total: int = TOTAL, search: str = "", more: bool = False) -> FoundMembers:
    first = [row(n) for n in range(min(PAGE_SIZE, total))]
    return FoundMembers(MemberQuery(search=search), total, first, more)


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
    _query, offset, limit, after, _deliver = loader.requests[0]
    assert (offset, limit, after) == (PAGE_SIZE * 2, PAGE_SIZE, None)  # page 1 never loaded: no position
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
    loader.requests.pop()[4](None)
    model.data(model.index(PAGE_SIZE + 1, 0))
    qtbot.waitUntil(lambda: len(loader.requests) == 1)


def test_clear_forgets_every_row(app) -> None:
    model = MembersTableModel(Loader(), "vi")
    model.reset(found())
    model.clear()
    assert model.rowCount() == 0 and model.row_at(0) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.index(0, 0).isValid()


def test_a_page_is_asked_for_after_the_last_row_of_the_page_before(app, qtbot) -> None:
    loader = Loader()
    model = MembersTableModel(loader, "vi")
    model.reset(found())
    model.data(model.index(PAGE_SIZE + 1, 0))
    qtbot.waitUntil(lambda: len(loader.requests) == 1)
    assert loader.requests[0][3] == row(PAGE_SIZE - 1).position  # the first page's last row
    loader.answer_all()
    model.data(model.index(PAGE_SIZE * 2 + 1, 0))
    qtbot.waitUntil(lambda: len(loader.requests) == 1)
    assert loader.requests[0][3] == row(2 * PAGE_SIZE - 1).position


def test_rows_past_a_stopped_count_come_as_the_view_reaches_the_end(app, qtbot, qtmodeltester) -> None:
    loader = Loader()
    loader.rows = 2 * PAGE_SIZE + PAGE_SIZE // 4  # the data has more rows than the count went to
    model = MembersTableModel(loader, "vi")
    model.reset(found(total=PAGE_SIZE, more=True))
    assert model.rowCount() == PAGE_SIZE and model.more and model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page on its way at a time
    (_query, offset, _limit, after, _deliver) = loader.requests[0]
    assert (offset, after) == (PAGE_SIZE, row(PAGE_SIZE - 1).position)
    with qtbot.waitSignal(model.rowsInserted):
        loader.answer_all()
    assert model.rowCount() == 2 * PAGE_SIZE and model.canFetchMore()
    assert model.data(model.index(2 * PAGE_SIZE - 1, Column.NAME)) == f"Nguyễn Văn An {2 * PAGE_SIZE - 1}"
    model.fetchMore()
    loader.answer_all()
    assert model.rowCount() == loader.rows and not model.canFetchMore()  # a short page: the end
    qtmodeltester.check(model)


def test_a_stopped_count_that_is_not_a_whole_page_is_cut_to_one(app) -> None:
    model = MembersTableModel(Loader(), "vi")
    model.reset(found(total=PAGE_SIZE + 7, more=True))
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()


def test_a_stopped_count_with_a_short_first_page_has_nothing_more(app) -> None:
    model = MembersTableModel(Loader(), "vi")
    model.reset(FoundMembers(MemberQuery(), 3, [row(n) for n in range(8)], more=True))  # a count cap below a page
    assert model.rowCount() == 8 and not model.canFetchMore()
