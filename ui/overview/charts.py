"""Tổng quan's charts (Qt Charts): the round per cell, members by cell, the quarter's changes, the age pyramid.

Each chart keeps the data it was given (``bars``) so a click maps back to the list behind the bar.
"""

from __future__ import annotations

from PySide6.QtCharts import (
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

from handbook.reports.dashboard import CellBar, ChangeBar, PyramidBand, RoundBar

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
    """A chart that grows with the number of its bars and never pushes the window wider."""

    def __init__(self, title: str) -> None:
        super().__init__(_chart(title))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(220)

    def fit_rows(self, rows: int) -> None:
        self.setMinimumHeight(max(220, 90 + 22 * rows))

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _axes(self, chart: QChart, series: object, categories: list[str], high: float, low: float = 0.0) -> None:
        y = QBarCategoryAxis()
        y.append(categories)
        x = QValueAxis()
        x.setLabelFormat("%d")
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)  # type: ignore[attr-defined]
        series.attachAxis(x)  # type: ignore[attr-defined]
        x.setRange(low, max(high, 1.0))  # an empty chart keeps a sane axis
        x.applyNiceNumbers()


class RoundChart(ChartView):
    cell_clicked = Signal(object)  # the cell id (None: no cell)

    def __init__(self) -> None:
        super().__init__(self.tr("Nhận xét nơi cư trú theo chi bộ"))
        self.bars: tuple[RoundBar, ...] = ()
        self.sets: list[QBarSet] = []

    def set_bars(self, bars: tuple[RoundBar, ...]) -> None:
        self.bars = tuple(reversed(bars[:MAX_CELLS]))  # the first cell at the top
        chart = self._reset()
        series = QHorizontalStackedBarSeries()
        labels = (
            self.tr("Chờ chi bộ nhận xét"),
            self.tr("Chờ xác nhận"),
            self.tr("Đã xác nhận, chưa gửi"),
            self.tr("Đã gửi"),
        )
        self.sets = []
        for label, colour, field in zip(
            labels, ROUND_COLOURS, ("waiting_cell", "waiting_confirmation", "confirmed", "sent"), strict=True
        ):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(colour))
            bar_set.append([float(getattr(b, field)) for b in self.bars])
            series.append(bar_set)
            self.sets.append(bar_set)
        chart.addSeries(series)
        high = max([b.waiting_cell + b.waiting_confirmation + b.confirmed + b.sent for b in self.bars] or [1])
        self._axes(chart, series, [b.cell_name for b in self.bars], high)
        series.clicked.connect(lambda index, _set: self.cell_clicked.emit(self.bars[index].cell_id))
        self.fit_rows(len(self.bars))


class CellsChart(ChartView):
    cell_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__(self.tr("Đảng viên theo chi bộ"))
        self.bars: tuple[CellBar, ...] = ()
        self.values: list[float] = []

    def set_bars(self, bars: tuple[CellBar, ...]) -> None:
        shown = sorted(bars, key=lambda b: -b.members)[:MAX_CELLS]
        order = {b.cell_id: i for i, b in enumerate(bars)}
        self.bars = tuple(sorted(shown, key=lambda b: -order[b.cell_id]))
        chart = self._reset()
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Đảng viên"))
        bar_set.setColor(QColor("#4F81BD"))
        self.values = [float(b.members) for b in self.bars]
        bar_set.append(self.values)
        series.append(bar_set)
        chart.addSeries(series)
        chart.legend().hide()
        self._axes(chart, series, [b.cell_name for b in self.bars], max(self.values or [1.0]))
        series.clicked.connect(lambda index, _set: self.cell_clicked.emit(self.bars[index].cell_id))
        self.fit_rows(len(self.bars))


class ChangesChart(ChartView):
    kind_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__(self.tr("Biến động trong quý"))
        self.bars: tuple[ChangeBar, ...] = ()

    def set_bars(self, bars: tuple[ChangeBar, ...]) -> None:
        self.bars = tuple(reversed(bars))
        chart = self._reset()
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Số đảng viên"))
        bar_set.setColor(QColor("#59A14F"))
        bar_set.append([float(b.count) for b in self.bars])
        series.append(bar_set)
        chart.addSeries(series)
        chart.legend().hide()
        high = float(max([b.count for b in self.bars] or [1]))
        self._axes(chart, series, [b.label for b in self.bars] or [self.tr("Chưa có biến động")], high)
        series.clicked.connect(lambda index, _set: self.kind_clicked.emit(self.bars[index].kind.value))
        self.fit_rows(len(self.bars))


class PyramidChart(ChartView):
    clicked = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Tháp tuổi"))
        self.bands: tuple[PyramidBand, ...] = ()

    def set_bands(self, bands: tuple[PyramidBand, ...]) -> None:
        self.bands = bands
        chart = self._reset()
        series = QHorizontalStackedBarSeries()
        men = QBarSet(self.tr("Nam"))
        men.setColor(QColor("#4F81BD"))
        women = QBarSet(self.tr("Nữ"))
        women.setColor(QColor("#E15759"))
        men.append([-float(b.men) for b in bands])  # drawn to the left
        women.append([float(b.women) for b in bands])
        series.append(men)
        series.append(women)
        chart.addSeries(series)
        widest = float(max([max(b.men, b.women) for b in bands] or [1]))
        self._axes(chart, series, [b.label for b in bands], widest, -widest)
        series.clicked.connect(lambda _index, _set: self.clicked.emit())


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
