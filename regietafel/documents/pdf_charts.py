"""Bar charts of the meeting pack and factsheets, readable in black and white: dark bars beside
outlined white bars, a legend, a dotted grid and whole-number labels in the document's format.

Drawn straight onto the canvas by one small flowable (rectangles, lines and strings): the same
picture as reportlab's chart widgets at a fraction of their cost, which matters with a chart or
two on each of hundreds of factsheets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.platypus import Flowable

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_style import BLACK, DARK, FONT, FONT_BOLD, register_fonts
from regietafel.domain.axis import nice_max, nice_step
from regietafel.domain.formatting import format_int

OPGAVE_FILL = DARK
REALISED_FILL = white  # white bar with a black outline: distinct from dark grey on paper
AXIS_SIZE = 6.5


@dataclass(frozen=True)
class Series:
    values: tuple[int, ...]
    fill: Color
    outline: float = 0.5


class BarChart(Flowable):
    """Grouped bars per category: vertical (categories along the bottom) or horizontal
    (categories down the left). ``legend`` pairs a fill with its text; ``note`` replaces the
    legend (e.g. "no realisation known")."""

    def __init__(self, categories: Sequence[str], series: Sequence[Series], width: float, height: float,
                 horizontal: bool = False, legend: Sequence[tuple[Color, str]] = (), note: str = "",
                 title: str = "", plot: tuple[float, float, float, float] = (40, 20, 10, 25),
                 category_size: float = 7, group_spacing: float = 10, bar_spacing: float = 1):
        super().__init__()
        self.categories = list(categories)
        self.series = list(series)
        self.width, self.height = width, height
        self.horizontal = horizontal
        self.legend, self.note, self.title = list(legend), note, title
        self.left, self.bottom, self.right, self.top = plot  # margins around the plot area
        self.category_size = category_size
        self.group_spacing, self.bar_spacing = group_spacing, bar_spacing
        self.top_value = nice_max(max([v for s in self.series for v in s.values] + [1]))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        register_fonts()
        canvas = self.canv
        canvas.saveState()
        x0, y0 = self.left, self.bottom
        plot_w = self.width - self.left - self.right
        plot_h = self.height - self.bottom - self.top
        self._value_axis(canvas, x0, y0, plot_w, plot_h)
        self._bars(canvas, x0, y0, plot_w, plot_h)
        self._heading(canvas, x0)
        canvas.restoreState()

    def _value_axis(self, canvas, x0: float, y0: float, plot_w: float, plot_h: float) -> None:
        """Grid lines and labels at round steps from 0 to the round top; the axis lines."""
        step = nice_step(self.top_value)
        length = plot_w if self.horizontal else plot_h
        canvas.setFont(FONT, AXIS_SIZE)
        canvas.setFillColor(BLACK)
        canvas.setLineWidth(0.2)
        canvas.setStrokeColor(DARK)
        canvas.setDash(1, 2)
        for value in range(0, self.top_value + 1, step):
            at = length * value / self.top_value
            text = format_int(value)
            if self.horizontal:
                canvas.line(x0 + at, y0, x0 + at, y0 + plot_h)
                canvas.drawCentredString(x0 + at, y0 - 9, text)
            else:
                canvas.line(x0, y0 + at, x0 + plot_w, y0 + at)
                canvas.drawRightString(x0 - 4, y0 + at - 2.3, text)
        canvas.setDash()
        canvas.setStrokeColor(BLACK)
        canvas.setLineWidth(0.5)
        canvas.line(x0, y0, x0 + plot_w, y0)
        canvas.line(x0, y0, x0, y0 + plot_h)

    def _bars(self, canvas, x0: float, y0: float, plot_w: float, plot_h: float) -> None:
        count = max(len(self.categories), 1)
        band = (plot_h if self.horizontal else plot_w) / count
        group = max(band - self.group_spacing, 1)
        bars = len(self.series)
        bar = max((group - (bars - 1) * self.bar_spacing) / bars, 0.5)
        length = plot_w if self.horizontal else plot_h
        canvas.setStrokeColor(BLACK)
        canvas.setFont(FONT, self.category_size)
        for index, name in enumerate(self.categories):
            # horizontal: the first category on top, as a list reads
            start = (count - 1 - index) * band if self.horizontal else index * band
            for number, series in enumerate(self.series):
                value = series.values[index] if index < len(series.values) else 0
                place = bars - 1 - number if self.horizontal else number  # first series on top / left
                offset = start + self.group_spacing / 2 + place * (bar + self.bar_spacing)
                size = length * max(value, 0) / self.top_value
                canvas.setFillColor(series.fill)
                canvas.setLineWidth(series.outline)
                if self.horizontal:
                    canvas.rect(x0, y0 + offset, size, bar, stroke=1, fill=1)
                else:
                    canvas.rect(x0 + offset, y0, bar, size, stroke=1, fill=1)
            canvas.setFillColor(BLACK)
            if self.horizontal:
                canvas.drawRightString(x0 - 3, y0 + start + band / 2 - self.category_size * 0.35, name)
            else:
                canvas.drawCentredString(x0 + start + band / 2, y0 - self.category_size - 2, name)

    def _heading(self, canvas, x0: float) -> None:
        y = self.height - 8
        canvas.setFillColor(BLACK)
        if self.title:
            canvas.setFont(FONT_BOLD, 7.5)
            canvas.drawString(x0, self.height - 10, self.title)
            return
        canvas.setFont(FONT, 7.5)
        if self.note:
            canvas.drawString(x0, self.height - 14, self.note)
            return
        x = x0
        canvas.setLineWidth(0.6)
        for fill, text in self.legend:
            canvas.setFillColor(fill)
            canvas.rect(x, y - 8, 8, 8, stroke=1, fill=1)
            canvas.setFillColor(BLACK)
            canvas.drawString(x + 14, y - 7, text)
            x += max(80, 14 + canvas.stringWidth(text, FONT, 7.5) + 12)


def _legend(language: str | None) -> list[tuple[Color, str]]:
    return [(OPGAVE_FILL, pdf_texts.text("legend_opgave", language)),
            (REALISED_FILL, pdf_texts.text("legend_realised", language))]


def opgave_chart(labels: Sequence[str], opgave: Sequence[int], realised: Sequence[int | None],
                 width: float, language: str | None = None, max_height: float | None = None) -> BarChart:
    """Horizontal bars per gemeente: opgave (dark) and gerealiseerd (outlined), one row each;
    rows narrower where that many would not fit ``max_height`` (a page: Noord-Brabant's 56
    gemeenten at the usual row would not)."""
    has_realised = any(r is not None for r in realised)
    row = 13 if has_realised else 9
    if max_height is not None:
        row = min(row, (max_height - 48) / max(len(labels), 1))
    series = [Series(tuple(opgave), OPGAVE_FILL)]
    if has_realised:
        series.append(Series(tuple(r or 0 for r in realised), REALISED_FILL, 0.7))
    return BarChart(labels, series, width, max(len(labels), 1) * row + 48, horizontal=True,
                    legend=_legend(language) if has_realised else (),
                    note="" if has_realised else pdf_texts.text("chart_no_realisation", language),
                    plot=(120, 24, 10, 24), category_size=6.5, group_spacing=2.5, bar_spacing=0.5)


def category_chart(labels: Sequence[str], opgave: Sequence[int], realised: Sequence[int | None],
                   width: float, height: float = 150, language: str | None = None) -> BarChart:
    """Vertical bars per opgave for one gemeente (factsheet)."""
    series = [Series(tuple(opgave), OPGAVE_FILL), Series(tuple(r or 0 for r in realised), REALISED_FILL, 0.7)]
    return BarChart(labels, series, width, height, legend=_legend(language), plot=(40, 20, 10, 25))


def trend_chart(labels: Sequence[str], values: Sequence[int], width: float, height: float = 110,
                title: str = "") -> BarChart:
    """Vertical bars of one series over time (e.g. persons housed per month)."""
    return BarChart(labels, [Series(tuple(values), DARK)], width, height, title=title,
                    plot=(40, 18, 10, 16), category_size=6.5)
