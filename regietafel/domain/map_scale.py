"""Colour classes and legends for the maps (Qt widget and PDF share them). No Qt here.

Colours also read in black and white: the sequential scale runs from light to dark (one hue,
strictly decreasing lightness), and the three statuses differ clearly in lightness
(green light, orange middle, red dark). Every map carries a legend with labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from regietafel.domain.formatting import format_int
from regietafel.domain.texts import t

MEASURES = ("percentage", "gap", "status")
# Light to dark blue along ColorBrewer's Blues, chosen so that printed in grey the classes are
# 86, 69, 52, 35 and 18 % white: equal, clearly visible steps, the lightest still apart from the
# white (and hatched) "no data".
SEQUENTIAL = ("#ccdff1", "#86bddc", "#4896c8", "#1a69ae", "#083471")
NO_DATA = "#ffffff"
NO_DATA_PATTERN = True  # drawn hatched, so "no data" differs from the lightest class on paper
STATUS_COLOURS = {"groen": "#c7e9c0", "oranje": "#fd8d3c", "rood": "#a50f15"}
STATUS_ORDER = ("groen", "oranje", "rood")
PERCENT_BREAKS = (25, 50, 75, 100)  # classes: <25, 25-50, 50-75, 75-100, ≥100


def measure_label(measure: str, language: str | None = None) -> str:
    return t(f"map.measure.{measure}", language)


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    label: str


@dataclass(frozen=True)
class Classification:
    measure: str
    colours: dict[str, str]  # code -> colour (no entry: no data)
    legend: tuple[LegendEntry, ...]
    title: str

    def colour(self, code: str) -> str:
        return self.colours.get(code, NO_DATA)


def _nice_step(value: float) -> int:
    """A round class width (1, 2, 5 × 10^n) for ``value`` / 4 classes."""
    if value <= 4:
        return 1
    raw = value / 4
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        step = int(factor * magnitude)
        if step >= raw:
            return max(step, 1)
    return int(10 * magnitude)


def classify(values: dict[str, float | int | str | None], measure: str,
             language: str | None = None) -> Classification:
    """Colour per code for ``measure``: 'percentage' (realised / opgave × 100), 'gap' (places still
    to realise; ≤ 0 is done) or 'status' (groen / oranje / rood)."""
    colours: dict[str, str] = {}
    title = measure_label(measure, language)
    if measure == "status":
        labels = {status: t(f"map.status.{status}", language) for status in STATUS_ORDER}
        for code, value in values.items():
            if value in STATUS_COLOURS:
                colours[code] = STATUS_COLOURS[value]
        legend = tuple(LegendEntry(STATUS_COLOURS[s], labels[s]) for s in STATUS_ORDER)
    elif measure == "percentage":
        for code, value in values.items():
            if value is None:
                continue
            index = sum(1 for b in PERCENT_BREAKS if float(value) >= b)
            colours[code] = SEQUENTIAL[index]
        bounds = (0, *PERCENT_BREAKS)
        labels = [t("map.percent_range", language, low=bounds[i], high=bounds[i + 1])
                  for i in range(len(PERCENT_BREAKS))]
        labels[0] = t("map.percent_under", language, high=PERCENT_BREAKS[0])
        labels.append(t("map.percent_over", language, low=PERCENT_BREAKS[-1]))
        legend = tuple(LegendEntry(c, label) for c, label in zip(SEQUENTIAL, labels, strict=True))
    elif measure == "gap":
        numbers = [int(v) for v in values.values() if v is not None]
        step = _nice_step(max([n for n in numbers if n > 0], default=4))
        for code, value in values.items():
            if value is None:
                continue
            gap = int(value)
            colours[code] = SEQUENTIAL[0] if gap <= 0 else SEQUENTIAL[min(1 + (gap - 1) // step, 4)]
        labels = [t("map.gap_done", language)]
        for i in range(3):
            labels.append(t("map.gap_range", language,
                low=format_int(i * step + 1, language), high=format_int((i + 1) * step, language)))
        labels.append(t("map.gap_over", language, low=format_int(3 * step, language)))
        legend = tuple(LegendEntry(c, label) for c, label in zip(SEQUENTIAL, labels, strict=True))
    else:
        raise ValueError(measure)
    legend += (LegendEntry(NO_DATA, t("map.no_data", language)),)
    return Classification(measure, colours, legend, title)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb' (for the black-and-white check)."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def text_colour(fill: str) -> str:
    """Black or white text, whichever reads on ``fill``."""
    return "#000000" if relative_luminance(fill) > 0.25 else "#ffffff"
