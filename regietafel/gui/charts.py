"""Qt Charts for the monitor: opgave vs realised per gemeente, realisation over time, the
housing achterstand trend and the capacity forecast. The same charts exist as reportlab
drawings for the PDF in :mod:`regietafel.documents.pdf_charts_monitor`.

Colours are chosen to read in black and white too: opgave light, realised dark.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from regietafel.domain.axis import nice_max
from regietafel.domain.forecast import Forecast
from regietafel.gui.formatting import format_date, format_int
from regietafel.gui.i18n import translate
from regietafel.store.monitor import MonthPoint, TrendPoint

LIGHT, DARK, MIDDLE = QColor("#9ecae1"), QColor("#08519c"), QColor("#636363")
BAR_ROW = 1.6  # height of one gemeente's pair of bars, in lines of the label font: every name fits
CHART_FRAME = 120  # title, legend, value axis and margins of a chart, in pixels

def _ms(day: dt.date) -> int:
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    chart.setLocalizeNumbers(True)  # axis numbers as the user writes them: 1.000, 30.000
    chart.setLocale(QLocale())
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(280, 170)
    return view


def _value_axis(maximum: float, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(maximum * 1.05, 1))
    axis.setLabelFormat("%.0f")  # localized by the chart: group separators, no decimals
    axis.setTruncateLabels(False)  # "8.000", never "…" on a small chart
    axis.applyNiceNumbers()
    if title:
        axis.setTitleText(title)
    return axis


def bars_chart(rows: list[tuple[str, int, int | None]], title: str, parent: QWidget | None = None) -> QChartView:
    """Opgave (light) and realised (dark) for every gemeente, horizontal, largest opgave on top.
    The view is tall enough to name every bar: put it in a scroll area (see :func:`scrolling`)."""
    shown = sorted(rows, key=lambda r: (-r[1], r[0]))[::-1]
    opgave, realised = QBarSet(translate("Charts", "Opgave")), QBarSet(translate("Charts", "Realised"))
    opgave.setColor(LIGHT)
    realised.setColor(DARK)
    for set_, pen in ((opgave, QPen(MIDDLE)), (realised, QPen(DARK))):
        set_.setPen(pen)
    for _naam, target, done in shown:
        opgave.append(target)
        realised.append(done or 0)
    series = QHorizontalBarSeries()
    series.append(opgave)
    series.append(realised)
    series.setBarWidth(0.8)
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([naam for naam, _t, _d in shown])
    categories.setTruncateLabels(False)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = _value_axis(max([r[1] for r in shown] + [r[2] or 0 for r in shown] + [1]))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignTop)  # in view above the first bars when scrolled to the top
    series.attachAxis(axis)
    view = _view(chart, parent)
    # The legend above the bars: at the bottom of a tall, scrolled chart nobody would see it.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    line = QFontMetrics(categories.labelsFont()).lineSpacing()
    view.setMinimumHeight(max(view.minimumHeight(), CHART_FRAME + round(len(shown) * line * BAR_ROW)))
    return view


def scrolling(view: QChartView, parent: QWidget | None = None) -> QScrollArea:
    """A tall chart in a vertical scroll area: it fills the space where that is enough."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(view)
    area.setMinimumSize(280, 170)
    area.setAccessibleName(view.chart().title())
    return area


def _date_axis(first: dt.date, last: dt.date) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    axis.setFormat("M-yyyy")
    axis.setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(0, 0)))
    axis.setTickCount(7)
    return axis


def _line(name: str, points: list[tuple[dt.date, float]], colour: QColor, width: float = 2.0,
          style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    for day, value in points:
        series.append(_ms(day), value)
    pen = QPen(colour, width)
    pen.setStyle(style)
    series.setPen(pen)
    return series


def _finish(chart: QChart, series: list[QLineSeries], first: dt.date, last: dt.date, maximum: float) -> None:
    x_axis = _date_axis(first, last)
    y_axis = _value_axis(maximum)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for item in series:
        chart.addSeries(item)
        item.attachAxis(x_axis)
        item.attachAxis(y_axis)


def realisation_chart(points: list[MonthPoint], title: str, parent: QWidget | None = None) -> QChartView:
    """Cumulative realisation per half-year (steps at each monthly report) against the taakstelling."""
    chart = QChart()
    chart.setTitle(title)
    if not points:
        chart.setTitle(title + " — " + translate("Charts", "no figures"))
        return _view(chart, parent)
    series: list[QLineSeries] = []
    done: list[tuple[dt.date, float]] = []
    target: list[tuple[dt.date, float]] = []
    for point in points:
        if done and points[points.index(point) - 1].periode != point.periode:
            series.append(_line("", done, DARK))
            done = []
        done.append((point.day, point.cumulative))
    series.append(_line("", done, DARK))
    series[0].setName(translate("Charts", "Realised (cumulative)"))
    periods = sorted({p.periode for p in points})
    from regietafel.domain.periods import HalfYear

    for periode in periods:
        goal = next(p.target for p in points if p.periode == periode)
        if goal is not None:
            half = HalfYear.parse(periode)
            target += [(half.begin, goal), (half.end, goal)]
            item = _line("", target[-2:], MIDDLE, 1.5, Qt.PenStyle.DashLine)
            series.append(item)
    dashed = [s for s in series if s.pen().style() == Qt.PenStyle.DashLine]
    if dashed:
        dashed[0].setName(translate("Charts", "Taakstelling"))
    first = HalfYear.parse(periods[0]).begin
    last = HalfYear.parse(periods[-1]).end
    maximum = max([p.cumulative for p in points] + [p.target or 0 for p in points])
    _finish(chart, series, first, last, maximum)
    for marker, item in zip(chart.legend().markers(), series, strict=False):
        marker.setVisible(bool(item.name()))
    return _view(chart, parent)


def trend_chart(points: list[TrendPoint], title: str, parent: QWidget | None = None) -> QChartView:
    """Per half-year: the corrected taakstelling (light), realised (dark), achterstand (line)."""
    chart = QChart()
    chart.setTitle(title)
    target, done, behind = QBarSet(translate("Charts", "Corrected taakstelling")), QBarSet(translate("Charts", "Housed")), QBarSet(translate("Charts", "Achterstand"))
    for set_, colour in ((target, LIGHT), (done, DARK), (behind, QColor("#fd8d3c"))):
        set_.setColor(colour)
        set_.setPen(QPen(MIDDLE))
    for point in points:
        target.append(point.target)
        done.append(point.realised)
        behind.append(point.achterstand)
    series = QBarSeries()
    for set_ in (target, done, behind):
        series.append(set_)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([p.periode for p in points])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    axis = _value_axis(max([p.target for p in points] + [p.realised for p in points] + [1]))
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    if not points:
        chart.setTitle(title + " — " + translate("Charts", "no figures"))
    return _view(chart, parent)


def forecast_chart(result: Forecast, title: str, parent: QWidget | None = None) -> QChartView:
    """Capacity over time (steps) against the opgave, with the deadline marked."""
    chart = QChart()
    chart.setTitle(title)
    steps: list[tuple[dt.date, float]] = []
    for index, (day, value) in enumerate(result.series):
        if index:
            steps.append((day - dt.timedelta(days=1), result.series[index - 1][1]))
        steps.append((day, value))
    first, last = result.series[0][0], result.series[-1][0]
    capacity = _line(translate("Charts", "Capacity (locations)"), steps, DARK, 2.5)
    opgave = _line(translate("Charts", "Opgave {n} on {date}").format(n=format_int(result.target), date=format_date(result.deadline)),
                   [(first, result.target), (last, result.target)], MIDDLE, 1.5, Qt.PenStyle.DashLine)
    maximum = max([v for _d, v in result.series] + [result.target, 1])
    deadline = _line(translate("Charts", "Deadline"), [(result.deadline, 0), (result.deadline, nice_max(maximum * 1.05))],
                     QColor("#000000"), 1, Qt.PenStyle.DotLine)
    _finish(chart, [capacity, opgave, deadline], first, last, maximum)
    return _view(chart, parent)
