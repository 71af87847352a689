"""List tables size their columns: never narrower than a heading, stretching into the room there is."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from ui.widgets.tables import DATE_SAMPLE, list_table, size_columns

HEADINGS = ("Họ và tên", "Ngày ban hành", "Cấp ủy nơi công tác", "Đoạn khớp")
KEEP: list[QWidget] = []  # the owners live as long as the test's table


def make_table(qtbot, width: int):
    owner = QWidget()
    KEEP.append(owner)
    qtbot.addWidget(owner)
    model = QStandardItemModel(3, len(HEADINGS), owner)
    model.setHorizontalHeaderLabels(list(HEADINGS))
    table = list_table(owner, model, "bảng thử", {0: 4, 1: DATE_SAMPLE})
    table.setParent(owner)
    owner.resize(width, 300)
    table.resize(width, 300)
    owner.show()
    qtbot.waitExposed(owner)
    return table


def test_no_heading_is_cut_even_when_the_characters_are_too_few(app, qtbot) -> None:
    table = make_table(qtbot, 300)
    header = table.horizontalHeader()
    for column in range(len(HEADINGS)):
        assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, HEADINGS[column]
    assert header.length() > table.viewport().width()  # too narrow: it scrolls sideways instead
    assert table.horizontalScrollBar().maximum() > 0


def test_the_stretching_columns_share_the_room(app, qtbot) -> None:
    table = make_table(qtbot, 1200)
    header = table.horizontalHeader()
    assert abs(header.length() - table.viewport().width()) <= 1  # the last column fills the table
    size_columns(table, {}, stretch=[2])  # a screen's own choice replaces list_table's
    table.resize(1100, 300)
    qtbot.waitUntil(lambda: abs(header.length() - table.viewport().width()) <= 1)
    assert header.sectionSize(2) > header.sectionSizeHint(2)
    assert header.sectionSize(3) == header.sectionSizeHint(3) or header.sectionSize(3) < header.sectionSize(2)
    table.setColumnHidden(2, True)  # hiding a column gives its room to the others
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width() + 1)
