"""Tổng quan's charts (Qt Charts): the round per cell, members by cell, the quarter's changes, the age pyramid.

Each chart keeps the data it was given (``bars``) so a click maps back to the list behind the bar, and a bar
under the mouse says what it counts. The charts stand one under the other: Qt Charts gives the names down
the left at most a third of a chart's width, and a half-width chart cut every cell's name to "Chi bộ thôn…".
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

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

    def __init__(
        self, title: str, series: QAbstractBarSeries, sets: list[QBarSet], values_axis: QValueAxis | None = None
    ) -> None:
        super().__init__(_chart(title))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.rows_for(0))
        self.series = series
        self.sets = sets
        for bar_set in sets:
            series.append(bar_set)
        chart = self.chart()
        chart.addSeries(series)
        self.categories = QBarCategoryAxis()
        self.values_axis = values_axis or QValueAxis()
        self.values_axis.setLabelFormat("%d")
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self.categories)
        series.attachAxis(self.values_axis)
        series.hovered.connect(self._hovered)

    def rows_for(self, count: int) -> int:
        """The height that gives each bar room for its name: Qt Charts writes "…" for a name taller than its
        row, so the rows grow with the text size (125 % in the settings)."""
        line = self.fontMetrics().height()
        # Measured: the title, the value axis and the margins take about 4½ lines, the legend 2 more; a name
        # is drawn whole from about 1.5 lines of row (1.6 leaves room for a bar with a gap either side).
        legend = 2 * line if self.chart().legend().isVisible() else 0
        return max(11 * line, round(4.5 * line) + legend + math.ceil(1.6 * line) * count)

    def tip(self, index: int, bar_set: QBarSet) -> str:
        """What the bar under the mouse counts, in words."""
        del index, bar_set
        return ""

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        text = self.tip(index, bar_set) if status else ""
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def number(self, value: float) -> str:
        return self.locale().toString(int(abs(value)))

    def fit_rows(self, rows: int) -> None:
        """Called before the bars are given: a chart whose height changes once it has its bars is laid out
        again (the data and then the height cost three times what the height and then the data do)."""
        self.setMinimumHeight(self.rows_for(rows))

    def _show(self, values: list[list[float]], categories: list[str], high: float) -> None:
        """One list of values per bar set, the categories down the left, the value axis from 0 to ``high``."""
        self._values(values, categories)
        self.values_axis.setRange(0.0, max(high, 1.0))  # an empty chart keeps a sane axis
        self.values_axis.applyNiceNumbers()

    def _values(self, values: list[list[float]], categories: list[str]) -> None:
        for bar_set, numbers in zip(self.sets, values, strict=True):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append(numbers)
        self.categories.clear()
        self.categories.append(categories)


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

    def tip(self, index: int, bar_set: QBarSet) -> str:
        bar = self.bars[index]
        return self.tr("{cell} — {state}: {n} phiếu, bấm để xem các phiếu").format(
            cell=bar.cell_name, state=bar_set.label(), n=self.number(bar_set.at(index))
        )


class CellsChart(ChartView):
    cell_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Đảng viên theo chi bộ"), QHorizontalBarSeries(), [_bar_set(self.tr("Đảng viên"), "#4F81BD")]
        )
        self.chart().legend().hide()
        _numbers_at_the_ends(self.series)
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
        # Room past the longest bar for its number.
        self._show([self.values], [b.cell_name for b in self.bars], 1.1 * max(self.values or [1.0]))

    def tip(self, index: int, bar_set: QBarSet) -> str:
        bar = self.bars[index]
        return self.tr("{cell}: {n} đảng viên — bấm để xem danh sách").format(
            cell=bar.cell_name, n=self.number(bar_set.at(index))
        )


class ChangesChart(ChartView):
    kind_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Biến động trong quý"), QHorizontalBarSeries(), [_bar_set(self.tr("Số đảng viên"), "#59A14F")]
        )
        self.chart().legend().hide()
        _numbers_at_the_ends(self.series)
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
        self._show([[float(b.count) for b in self.bars]], categories, 1.1 * high)

    def tip(self, index: int, bar_set: QBarSet) -> str:
        return self.tr("{kind}: {n} đảng viên — bấm để mở báo cáo biến động").format(
            kind=self.bars[index].label, n=self.number(bar_set.at(index))
        )


class PyramidChart(ChartView):
    """Men to the left of the middle, women to the right; the axis counts people both ways from 0."""

    clicked = Signal()

    def __init__(self) -> None:
        sets = [_bar_set(self.tr("Nam"), "#4F81BD"), _bar_set(self.tr("Nữ"), "#E15759")]
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        super().__init__(self.tr("Tháp tuổi"), QHorizontalStackedBarSeries(), sets, axis)
        self.axis = axis
        margins = self.chart().margins()
        margins.setRight(2 * self.fontMetrics().horizontalAdvance("0000"))  # room for the last label's right half
        self.chart().setMargins(margins)
        self.bands: tuple[PyramidBand, ...] = ()
        self.series.clicked.connect(lambda _index, _set: self.clicked.emit())

    def set_bands(self, bands: tuple[PyramidBand, ...]) -> None:
        self.bands = bands
        self.fit_rows(len(bands))
        men = [-float(b.men) for b in bands]  # drawn to the left
        self._values([men, [float(b.women) for b in bands]], [b.label for b in bands])
        step = nice_step(float(max([max(b.men, b.women) for b in bands] or [1])))
        for label in self.axis.categoriesLabels():
            self.axis.remove(label)
        self.axis.setStartValue(-2 * step)
        for k in range(-2, 3):
            # Each label of a category axis must differ from the others: the men's side is marked with an
            # invisible character so that "1.000" can stand on both sides.
            self.axis.append(("\u200b" if k < 0 else "") + self.number(k * step), k * step)
        self.axis.setRange(-2 * step, 2 * step)

    def tip(self, index: int, bar_set: QBarSet) -> str:
        return self.tr("{who}, {band}: {n} người — bấm để mở báo cáo cơ cấu").format(
            who=bar_set.label(), band=self.bands[index].label, n=self.number(bar_set.at(index))
        )


def nice_step(widest: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) such that two steps reach past ``widest``."""
    raw = max(widest, 1.0) / 2
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _numbers_at_the_ends(series: QAbstractBarSeries) -> None:
    for bar_set in series.barSets():
        bar_set.setLabelColor(QColor("#333333"))  # white by default, for numbers inside the bars
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")


class ChartsGrid(QWidget):
    """The four charts, one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QVBoxLayout

        super().__init__(parent)
        self.round = RoundChart()
        self.cells = CellsChart()
        self.changes = ChangesChart()
        self.pyramid = PyramidChart()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for chart in (self.round, self.cells, self.changes, self.pyramid):
            column.addWidget(chart)

    def show_dashboard(self, d: Dashboard) -> None:
        self.round.set_bars(d.round)
        self.cells.set_bars(d.cells)
        self.changes.set_bars(d.changes)
        self.pyramid.set_bands(d.pyramid)

    def clear(self) -> None:
        for chart in (self.round, self.cells, self.changes):
            chart.set_bars(())
        self.pyramid.set_bands(())
