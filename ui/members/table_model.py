"""The members table: a thin model over pages of ``MemberRow`` fetched on demand, smooth at 500,000 rows.

``reset`` takes the count and the first page from one search; other pages are asked of the injected loader
when a view first needs them (the cell shows "…" meanwhile) and arrive later. Answers for an older search
are dropped. At most ``MAX_PAGES`` pages stay in memory. When the count stopped early ("more than N"), the
rows past it are fetched a page at a time as the view scrolls to the end (``canFetchMore``/``fetchMore``).
Each page is asked for after the last row of the page before it (its position in name order), so a page
deep in a long list loads as fast as the first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from handbook.i18n import Lang, Message
from handbook.members.model import MemberId, Status
from handbook.members.repo import MemberRow, Position
from ui.actions.members import FoundMembers, MemberQuery
from ui.widgets.tables import ROOT, AnyIndex, ColumnsModel

# A page is two screens of rows: the first one comes with every keystroke in the search box, and at 500,000
# members each row is a page of the vault read and decrypted (about 40 µs when not cached).
PAGE_SIZE = 50
MAX_PAGES = 160
PLACEHOLDER = "…"

# A loader fetches ``limit`` rows from ``offset`` for ``query`` (right after ``after``, the position of the row
# before them, when known) and calls back on the GUI thread with the rows (None when loading failed).
PageLoader = Callable[[MemberQuery, int, int, Position | None, Callable[[list[MemberRow] | None], None]], None]

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

ENDED = frozenset({Status.TRANSFERRED_OUT, Status.LEFT, Status.DIED})
ENDED_COLOUR = QColor("#80776d")


class Column(IntEnum):
    NAME = 0
    GENDER = 1
    BIRTH = 2
    CELL = 3
    STATUS = 4
    CCCD = 5
    CARD = 6
    PHONE = 7

    def header(self) -> str:
        return {
            Column.NAME: QCoreApplication.translate("MembersTable", "Họ và tên"),
            Column.GENDER: QCoreApplication.translate("MembersTable", "Giới tính"),
            Column.BIRTH: QCoreApplication.translate("MembersTable", "Ngày sinh"),
            Column.CELL: QCoreApplication.translate("MembersTable", "Chi bộ"),
            Column.STATUS: QCoreApplication.translate("MembersTable", "Tình trạng"),
            Column.CCCD: QCoreApplication.translate("MembersTable", "Số CCCD"),
            Column.CARD: QCoreApplication.translate("MembersTable", "Số thẻ đảng viên"),
            Column.PHONE: QCoreApplication.translate("MembersTable", "Điện thoại"),
        }[self]


class MembersTableModel(ColumnsModel):
    columns = tuple(Column)

    def __init__(self, loader: PageLoader, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._query = MemberQuery()
        self._total = 0
        self._more = False  # rows past ``_total`` exist (the count stopped early)
        self._extending = False  # the page past ``_total`` is on its way
        self._pages: OrderedDict[int, list[MemberRow]] = OrderedDict()
        self._starts: dict[int, Position] = {}  # page -> position of the last row before it
        self._wanted: set[int] = set()
        self._pending: set[int] = set()
        self._generation = 0
        self._fetch = QTimer(self)
        self._fetch.setSingleShot(True)
        self._fetch.setInterval(0)
        self._fetch.timeout.connect(self._fetch_wanted)
        self._status_text = {s: Message(f"status.{s.value}").render(lang) for s in Status}
        self._gender_text = {g: Message(f"gender.{g}").render(lang) for g in ("nam", "nu")}

    # --- what screens call -------------------------------------------------------------------------

    @property
    def query(self) -> MemberQuery:
        return self._query

    @property
    def total(self) -> int:
        """The rows the view has now (with ``more``, others follow as it scrolls to the end)."""
        return self._total

    @property
    def more(self) -> bool:
        return self._more

    def reset(self, found: FoundMembers) -> None:
        """Show a new search result: its count and first page; later pages load when needed."""
        self.beginResetModel()
        self._forget()
        self._query = found.query
        # Rows past a stopped count come a whole page at a time, so the known rows end on a page boundary;
        # a first page shorter than a page is all there is.
        first = len(found.first_page)
        self._more = found.more and first == PAGE_SIZE
        self._total = max(found.total - found.total % PAGE_SIZE, first) if found.more else found.total
        if found.first_page:
            self._store(0, found.first_page)
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the session is locked: nothing of the members stays in memory)."""
        self.beginResetModel()
        self._forget()
        self._total = 0
        self._more = False
        self.endResetModel()

    def _forget(self) -> None:
        self._generation += 1
        self._pages.clear()
        self._starts.clear()
        self._wanted.clear()
        self._pending.clear()
        self._extending = False

    def row_at(self, row: int) -> MemberRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def member_id(self, row: int) -> MemberId | None:
        item = self.row_at(row)
        return item.id if item is not None else None

    def row_of(self, member_id: MemberId) -> int | None:
        """The row of a member among the pages in memory, if loaded."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == member_id:
                    return number * PAGE_SIZE + offset
        return None

    # --- Qt's model interface ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and self._more and not self._extending

    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._extending = True
        page = self._total // PAGE_SIZE
        generation = self._generation
        deliver = partial(self._extension_loaded, generation, page)
        self._loader(self._query, page * PAGE_SIZE, PAGE_SIZE, self._starts.get(page), deliver)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._total):
            return None
        item = self.row_at(index.row())
        if item is None:
            self._want(index.row() // PAGE_SIZE)
            if role == Qt.ItemDataRole.DisplayRole and index.column() == Column.NAME:
                return PLACEHOLDER
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, Column(index.column()))
        if role == MEMBER_ID_ROLE:
            return int(item.id)
        if role == STATUS_ROLE:
            return item.status.value
        if role == Qt.ItemDataRole.ForegroundRole and item.status in ENDED:
            return QBrush(ENDED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.NAME:
            details = [v for v in (item.address, item.workplace) if v]
            return "\n".join([item.full_name, *details])
        return None

    def _display(self, item: MemberRow, column: Column) -> str:
        if column is Column.NAME:
            return item.full_name
        if column is Column.GENDER:
            return self._gender_text.get(item.gender, "")
        if column is Column.BIRTH:
            return item.birth_date
        if column is Column.CELL:
            return item.cell_name
        if column is Column.STATUS:
            return self._status_text[item.status]
        if column is Column.CCCD:
            return item.cccd
        if column is Column.CARD:
            return item.card_no
        return item.phone

    # --- loading pages -------------------------------------------------------------------------------

    def _want(self, page: int) -> None:
        if page in self._pending or page in self._wanted:
            return
        self._wanted.add(page)
        if not self._fetch.isActive():
            self._fetch.start()

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        generation, query = self._generation, self._query
        for page in wanted:
            self._pending.add(page)
            deliver = partial(self._page_loaded, generation, page)
            self._loader(query, page * PAGE_SIZE, PAGE_SIZE, self._starts.get(page), deliver)

    def _store(self, page: int, rows: list[MemberRow]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        if rows:
            self._starts[page + 1] = rows[-1].position
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def _extension_loaded(self, generation: int, page: int, rows: list[MemberRow] | None) -> None:
        if generation != self._generation:
            return
        self._extending = False
        if rows is None:  # the load failed; scrolling to the end again asks again
            return
        self._more = len(rows) == PAGE_SIZE
        if not rows:
            return
        first = page * PAGE_SIZE
        self.beginInsertRows(ROOT, first, first + len(rows) - 1)
        self._store(page, rows)
        self._total = first + len(rows)
        self.endInsertRows()

    def _page_loaded(self, generation: int, page: int, rows: list[MemberRow] | None) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        if rows is None:  # the load failed; a later look at these rows asks again
            return
        self._store(page, rows)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
