"""Bar charts (reportlab.graphics) readable in black and white: dark bars against outlined
light bars, with a legend, Dutch number labels on the axis."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_style import BLACK, DARK, FONT, FONT_BOLD, register_fonts
from regietafel.domain.axis import nice_max, nice_step
from regietafel.domain.formatting import format_int

OPGAVE_FILL = DARK
REALISED_FILL = None  # white bar with a black outline: distinct from dark grey on paper




def _style_value_axis(axis, top: int) -> None:
    """From 0 to a round ``top``, whole-number labels in the document's number format, light grid."""
    axis.valueMin, axis.valueMax = 0, top
    axis.valueStep = nice_step(top)
    axis.labels.fontName = FONT
    axis.labels.fontSize = 6.5
    axis.labelTextFormat = lambda v: format_int(int(v))
    axis.visibleGrid = True
    axis.gridStrokeColor = DARK
    axis.gridStrokeWidth = 0.2
    axis.gridStrokeDashArray = (1, 2)


def _legend(x: float, y: float, language: str | None = None) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.autoXPadding = 12
    legend.dx = legend.dy = 8
    legend.strokeColor = BLACK
    legend.strokeWidth = 0.6
    from reportlab.lib.colors import white

    legend.colorNamePairs = [(OPGAVE_FILL, pdf_texts.text("legend_opgave", language)),
                             (white, pdf_texts.text("legend_realised", language))]
    return legend


def _style_bars(chart, has_realised: bool) -> None:
    from reportlab.lib.colors import white

    chart.bars.strokeColor = BLACK
    chart.bars.strokeWidth = 0.5
    chart.bars[0].fillColor = OPGAVE_FILL
    if has_realised:
        chart.bars[1].fillColor = white
        chart.bars[1].strokeWidth = 0.7


def opgave_chart(labels: Sequence[str], opgave: Sequence[int], realised: Sequence[int | None],
                 width: float, language: str | None = None) -> Drawing:
    """Horizontal bars per gemeente: opgave (dark) and gerealiseerd (outlined), one row each."""
    register_fonts()
    count = max(len(labels), 1)
    has_realised = any(r is not None for r in realised)
    row = 13 if has_realised else 9
    label_width = 120
    plot_height = count * row
    height = plot_height + 48
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 24
    chart.width, chart.height = width - label_width - 10, plot_height
    data = [list(reversed(opgave))]
    if has_realised:
        data.append([r or 0 for r in reversed(realised)])
    chart.data = data
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeWidth = 0.5
    chart.categoryAxis.tickLeft = 0
    top = nice_max(max([*opgave, *[r or 0 for r in realised], 1]))
    _style_value_axis(chart.valueAxis, top)
    chart.barSpacing = 0.5
    chart.groupSpacing = 2.5
    _style_bars(chart, has_realised)
    drawing.add(chart)
    drawing.add(_legend(label_width, height - 8, language) if has_realised else
                String(label_width, height - 14, pdf_texts.text("chart_no_realisation", language), fontName=FONT, fontSize=7.5))
    return drawing


def category_chart(labels: Sequence[str], opgave: Sequence[int], realised: Sequence[int | None],
                   width: float, height: float = 150, language: str | None = None) -> Drawing:
    """Vertical bars per opgave for one gemeente (factsheet)."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 20
    chart.width, chart.height = width - 50, height - 45
    chart.data = [list(opgave), [r or 0 for r in realised]]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    top = nice_max(max([*opgave, *[r or 0 for r in realised], 1]))
    _style_value_axis(chart.valueAxis, top)
    chart.barSpacing = 1
    chart.groupSpacing = 10
    _style_bars(chart, True)
    drawing.add(chart)
    drawing.add(_legend(40, height - 6, language))
    return drawing


def trend_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float = 110,
                title: str = "") -> Drawing:
    """Vertical bars of one series over time (e.g. persons housed per month)."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 18
    chart.width, chart.height = width - 50, height - 34
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    top = nice_max(max([*values, 1]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = nice_step(top)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: format_int(int(v))
    chart.bars.strokeColor = BLACK
    chart.bars.strokeWidth = 0.5
    chart.bars[0].fillColor = DARK
    drawing.add(chart)
    if title:
        drawing.add(String(40, height - 10, title, fontName=FONT_BOLD, fontSize=7.5))
    return drawing
