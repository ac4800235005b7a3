"""Monitor charts as reportlab Drawings for the meeting pack and factsheets.

Each function returns a ``reportlab.graphics.shapes.Drawing`` of ``width`` × ``height`` points,
to be placed as a flowable (a Drawing is one) or rendered with renderPDF/renderPM:

- ``bars_drawing(rows, width, height, title="", max_bars=15)`` — opgave vs realised per gemeente;
  rows are ``(naam, opgave, realised | None)`` (e.g. from an Overview: see ``overview_bar_rows``).
- ``realisation_drawing(points, width, height, title="")`` — cumulative realisation per half-year
  against the taakstelling; points from ``store.monitor.realisation_over_time``.
- ``trend_drawing(points, width, height, title="")`` — corrected taakstelling, housed and
  achterstand per half-year; points from ``store.monitor.achterstand_trend``.
- ``forecast_drawing(result, width, height, title="")`` — capacity from the locations over time
  against the opgave and its deadline; result from ``store.monitor.province_forecast``.

Grey scale safe: opgave light, realised dark, target dashed, achterstand hatched-free middle grey-orange.
Numbers and dates in Dutch format.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor, black

from regietafel.documents.pdf_style import FONT, FONT_BOLD
from regietafel.documents.pdf_style import drawing as new_drawing
from regietafel.documents.pdf_texts import text
from regietafel.domain.axis import nice_max
from regietafel.domain.forecast import Forecast
from regietafel.domain.formatting import format_date, format_int

LIGHT, DARK, MIDDLE, ACCENT = HexColor("#9ecae1"), HexColor("#08519c"), HexColor("#636363"), HexColor("#fd8d3c")



def _title(drawing: Drawing, title: str, width: float, height: float) -> None:
    if title:
        drawing.add(String(width / 2, height - 12, title, fontName=FONT_BOLD, fontSize=9,
                           textAnchor="middle", fillColor=black))


def _legend(drawing: Drawing, items: list[tuple[object, str]], x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dx = legend.dy = 7
    legend.fontName = FONT
    legend.fontSize = 7
    legend.colorNamePairs = items
    legend.boxAnchor = "sw"
    legend.dxTextSpace = 4
    legend.autoXPadding = 10
    drawing.add(legend)




def _int_label(value: float) -> str:
    return format_int(round(value))


def _date_label(value: float) -> str:
    day = dt.date.fromordinal(int(value))
    return f"{day.month}-{day.year}"


def overview_bar_rows(overview, categorie: str) -> list[tuple[str, int, int | None]]:
    """Rows for :func:`bars_drawing` from a ``store.overview.Overview``."""
    return [(r.naam, r.cells[categorie].opgave, r.cells[categorie].realised) for r in overview.rows if categorie in r.cells]


def bars_drawing(rows: list[tuple[str, int, int | None]], width: float, height: float, title: str = "",
                 max_bars: int = 15) -> Drawing:
    shown = sorted(rows, key=lambda r: -r[1])[:max_bars][::-1]
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 46
    chart.width, chart.height = width - chart.x - 12, height - chart.y - 22
    chart.data = [[r[1] for r in shown] or [0], [r[2] or 0 for r in shown] or [0]]
    chart.bars[0].fillColor, chart.bars[1].fillColor = LIGHT, DARK
    chart.bars.strokeColor = MIDDLE
    chart.bars.strokeWidth = 0.3
    chart.barSpacing, chart.groupSpacing = 0.5, 3
    chart.categoryAxis.categoryNames = [r[0] if len(r[0]) <= 24 else r[0][:23] + "…" for r in shown] or [""]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_max(max([v for row in chart.data for v in row] + [1]) * 1.05)
    chart.valueAxis.labelTextFormat = _int_label
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = HexColor("#dddddd")
    drawing.add(chart)
    _legend(drawing, [(LIGHT, text("chart.opgave")), (DARK, text("chart.realised"))], chart.x, 4)
    return drawing


def _line_plot(width: float, height: float) -> LinePlot:
    plot = LinePlot()
    plot.x, plot.y = 44, 40
    plot.width, plot.height = width - plot.x - 12, height - plot.y - 22
    plot.xValueAxis.labelTextFormat = _date_label
    plot.yValueAxis.labelTextFormat = _int_label
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = HexColor("#dddddd")
    plot.yValueAxis.valueMin = 0
    return plot


def _month_steps(first: dt.date, last: dt.date, months: int) -> list[float]:
    steps, day = [], dt.date(first.year, first.month, 1)
    while day <= last:
        steps.append(day.toordinal())
        month = day.month - 1 + months
        day = dt.date(day.year + month // 12, month % 12 + 1, 1)
    return steps


def realisation_drawing(points, width: float, height: float, title: str = "") -> Drawing:
    """Cumulative realisation (dark) per half-year and the taakstelling (dashed)."""
    from regietafel.domain.periods import HalfYear

    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    if not points:
        drawing.add(String(width / 2, height / 2, text("chart.no_figures"), fontName=FONT, fontSize=8, textAnchor="middle"))
        return drawing
    periods = sorted({p.periode for p in points}, key=HalfYear.parse)
    lines, styles = [], []
    for periode in periods:
        lines.append([(p.day.toordinal(), p.cumulative) for p in points if p.periode == periode])
        styles.append((DARK, 1.6, None))
        goal = next(p.target for p in points if p.periode == periode)
        if goal is not None:
            half = HalfYear.parse(periode)
            lines.append([(half.begin.toordinal(), goal), (half.end.toordinal(), goal)])
            styles.append((MIDDLE, 1.0, [3, 2]))
    plot = _line_plot(width, height)
    plot.data = lines
    for index, (colour, stroke, dash) in enumerate(styles):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = stroke
        plot.lines[index].strokeDashArray = dash
    first, last = HalfYear.parse(periods[0]).begin, HalfYear.parse(periods[-1]).end
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first.toordinal(), last.toordinal()
    plot.xValueAxis.valueSteps = _month_steps(first, last, 2)
    plot.yValueAxis.valueMax = nice_max(max(v for line in lines for _x, v in line) * 1.05)
    drawing.add(plot)
    _legend(drawing, [(DARK, text("chart.realised_cumulative")), (MIDDLE, text("chart.taakstelling"))], plot.x, 4)
    return drawing


def trend_drawing(points, width: float, height: float, title: str = "") -> Drawing:
    """Per half-year: corrected taakstelling (light), housed (dark), achterstand (orange)."""
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 44, 40
    chart.width, chart.height = width - chart.x - 12, height - chart.y - 22
    chart.data = [[p.target for p in points] or [0], [p.realised for p in points] or [0],
                  [p.achterstand for p in points] or [0]]
    for index, colour in enumerate((LIGHT, DARK, ACCENT)):
        chart.bars[index].fillColor = colour
    chart.bars.strokeColor = MIDDLE
    chart.bars.strokeWidth = 0.3
    chart.categoryAxis.categoryNames = [p.periode for p in points] or [""]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_max(max([v for row in chart.data for v in row] + [1]) * 1.05)
    chart.valueAxis.labelTextFormat = _int_label
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = FONT, 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = HexColor("#dddddd")
    drawing.add(chart)
    _legend(drawing, [(LIGHT, text("chart.corrected_taakstelling")), (DARK, text("chart.housed")), (ACCENT, text("chart.achterstand"))],
            chart.x, 4)
    return drawing


def forecast_drawing(result: Forecast, width: float, height: float, title: str = "") -> Drawing:
    """Capacity (steps, dark) against the opgave (dashed) with the deadline (dotted)."""
    drawing = new_drawing(width, height)
    _title(drawing, title, width, height)
    steps = []
    for index, (day, value) in enumerate(result.series):
        if index:
            steps.append(((day - dt.timedelta(days=1)).toordinal(), result.series[index - 1][1]))
        steps.append((day.toordinal(), value))
    first, last = result.series[0][0], result.series[-1][0]
    top = nice_max(max([v for _d, v in result.series] + [result.target, 1]) * 1.05)
    plot = _line_plot(width, height)
    plot.data = [steps, [(first.toordinal(), result.target), (last.toordinal(), result.target)],
                 [(result.deadline.toordinal(), 0), (result.deadline.toordinal(), top)]]
    for index, (colour, stroke, dash) in enumerate(((DARK, 1.8, None), (MIDDLE, 1.0, [3, 2]), (black, 0.6, [1, 2]))):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = stroke
        plot.lines[index].strokeDashArray = dash
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first.toordinal(), last.toordinal()
    plot.xValueAxis.valueSteps = _month_steps(first, last, 4)
    plot.yValueAxis.valueMax = top
    drawing.add(plot)
    _legend(drawing, [(DARK, text("chart.capacity")),
                      (MIDDLE, text("chart.opgave_on", n=format_int(result.target), date=format_date(result.deadline))),
                      (black, text("chart.deadline"))], plot.x, 4)
    return drawing
