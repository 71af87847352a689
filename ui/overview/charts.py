"""Tổng quan's charts (Qt Charts): the round per cell, members by cell, the quarter's changes, the age pyramid.

Each chart keeps the data it was given (``bars``) so a click maps back to the list behind the bar.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from handbook.reports.dashboard import CellBar, ChangeBar, Dashboard, PyramidBand, RoundBar

ROUND_COLOURS = ("#C0504D", "#F2A33A", "#4F81BD", "#59A14F")
MAX_CELLS = 25  # more cells than this: the largest ones are drawn, the list screens show them all


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class ChartView(QChartView):
    """A chart that grows with the number of its bars and never pushes the window wider.

    Its series, bar sets and axes are made once; new data only replaces their values and categories (building
    them again cost more than drawing them)."""

    def __init__(self, title: str, series: QAbstractBarSeries, sets: list[QBarSet]) -> None:
        super().__init__(_chart(title))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(220)
        self.series = series
        self.sets = sets
        for bar_set in sets:
            series.append(bar_set)
        chart = self.chart()
        chart.addSeries(series)
        self.categories = QBarCategoryAxis()
        self.values_axis = QValueAxis()
        self.values_axis.setLabelFormat("%d")
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self.categories)
        series.attachAxis(self.values_axis)

    @staticmethod
    def rows_for(count: int) -> int:
        return max(220, 90 + 22 * count)

    def fit_rows(self, rows: int) -> None:
        self.setMinimumHeight(self.rows_for(rows))

    def _show(self, values: list[list[float]], categories: list[str], high: float, low: float = 0.0) -> None:
        """One list of values per bar set, the categories down the left, the value axis from ``low`` to ``high``."""
        for bar_set, numbers in zip(self.sets, values, strict=True):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append(numbers)
        self.categories.clear()
        self.categories.append(categories)
        self.values_axis.setRange(low, max(high, 1.0))  # an empty chart keeps a sane axis
        self.values_axis.applyNiceNumbers()


def _bar_set(label: str, colour: str) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.setColor(QColor(colour))
    return bar_set


class RoundChart(ChartView):
    cell_clicked = Signal(object)  # the cell id (None: no cell)
    FIELDS = ("waiting_cell", "waiting_confirmation", "confirmed", "sent")

    def __init__(self) -> None:
        labels = (
            self.tr("Chờ chi bộ nhận xét"),
            self.tr("Chờ xác nhận"),
            self.tr("Đã xác nhận, chưa gửi"),
            self.tr("Đã gửi"),
        )
        sets = [_bar_set(label, colour) for label, colour in zip(labels, ROUND_COLOURS, strict=True)]
        super().__init__(self.tr("Nhận xét nơi cư trú theo chi bộ"), QHorizontalStackedBarSeries(), sets)
        self.bars: tuple[RoundBar, ...] = ()
        self.series.clicked.connect(lambda index, _set: self.cell_clicked.emit(self.bars[index].cell_id))

    @staticmethod
    def shown(bars: tuple[RoundBar, ...]) -> tuple[RoundBar, ...]:
        return tuple(reversed(bars[:MAX_CELLS]))  # the first cell at the top

    def set_bars(self, bars: tuple[RoundBar, ...]) -> None:
        self.bars = self.shown(bars)
        self.fit_rows(len(self.bars))
        high = max([b.waiting_cell + b.waiting_confirmation + b.confirmed + b.sent for b in self.bars] or [1])
        values = [[float(getattr(b, field)) for b in self.bars] for field in self.FIELDS]
        self._show(values, [b.cell_name for b in self.bars], high)


class CellsChart(ChartView):
    cell_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Đảng viên theo chi bộ"), QHorizontalBarSeries(), [_bar_set(self.tr("Đảng viên"), "#4F81BD")]
        )
        self.chart().legend().hide()
        self.bars: tuple[CellBar, ...] = ()
        self.values: list[float] = []
        self.series.clicked.connect(lambda index, _set: self.cell_clicked.emit(self.bars[index].cell_id))

    @staticmethod
    def shown(bars: tuple[CellBar, ...]) -> tuple[CellBar, ...]:
        """The largest cells, in the order given from the top."""
        largest = sorted(bars, key=lambda b: -b.members)[:MAX_CELLS]
        order = {b.cell_id: i for i, b in enumerate(bars)}
        return tuple(sorted(largest, key=lambda b: -order[b.cell_id]))

    def set_bars(self, bars: tuple[CellBar, ...]) -> None:
        self.bars = self.shown(bars)
        self.fit_rows(len(self.bars))
        self.values = [float(b.members) for b in self.bars]
        self._show([self.values], [b.cell_name for b in self.bars], max(self.values or [1.0]))


class ChangesChart(ChartView):
    kind_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Biến động trong quý"), QHorizontalBarSeries(), [_bar_set(self.tr("Số đảng viên"), "#59A14F")]
        )
        self.chart().legend().hide()
        self.bars: tuple[ChangeBar, ...] = ()
        self.series.clicked.connect(lambda index, _set: self.kind_clicked.emit(self.bars[index].kind.value))

    @staticmethod
    def shown(bars: tuple[ChangeBar, ...]) -> tuple[ChangeBar, ...]:
        return tuple(reversed(bars))

    def set_bars(self, bars: tuple[ChangeBar, ...]) -> None:
        self.bars = self.shown(bars)
        self.fit_rows(len(self.bars))
        high = float(max([b.count for b in self.bars] or [1]))
        categories = [b.label for b in self.bars] or [self.tr("Chưa có biến động")]
        self._show([[float(b.count) for b in self.bars]], categories, high)


class PyramidChart(ChartView):
    clicked = Signal()

    def __init__(self) -> None:
        sets = [_bar_set(self.tr("Nam"), "#4F81BD"), _bar_set(self.tr("Nữ"), "#E15759")]
        super().__init__(self.tr("Tháp tuổi"), QHorizontalStackedBarSeries(), sets)
        self.bands: tuple[PyramidBand, ...] = ()
        self.series.clicked.connect(lambda _index, _set: self.clicked.emit())

    def set_bands(self, bands: tuple[PyramidBand, ...]) -> None:
        self.bands = bands
        widest = float(max([max(b.men, b.women) for b in bands] or [1]))
        men = [-float(b.men) for b in bands]  # drawn to the left
        self._show([men, [float(b.women) for b in bands]], [b.label for b in bands], widest, -widest)


class ChartsGrid(QWidget):
    """The four charts, two by two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QGridLayout

        super().__init__(parent)
        self.round = RoundChart()
        self.cells = CellsChart()
        self.changes = ChangesChart()
        self.pyramid = PyramidChart()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.round, 0, 0)
        grid.addWidget(self.cells, 0, 1)
        grid.addWidget(self.changes, 1, 0)
        grid.addWidget(self.pyramid, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def show_dashboard(self, d: Dashboard) -> None:
        # The heights first: a chart whose height changes once it has its bars is laid out again (the data and
        # then the height cost three times what the height and then the data do).
        self.round.fit_rows(len(self.round.shown(d.round)))
        self.cells.fit_rows(len(self.cells.shown(d.cells)))
        self.changes.fit_rows(len(self.changes.shown(d.changes)))
        self.round.set_bars(d.round)
        self.cells.set_bars(d.cells)
        self.changes.set_bars(d.changes)
        self.pyramid.set_bands(d.pyramid)

    def clear(self) -> None:
        for chart in (self.round, self.cells, self.changes):
            chart.set_bars(())
        self.pyramid.set_bands(())
