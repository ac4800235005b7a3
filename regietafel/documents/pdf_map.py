"""The choropleth map of the documents: a platypus flowable that fills the space it is given.

    map_flowable(values_or_overview, measure, categorie="opvang", provincie=None, layer="gemeenten",
                 title="", highlight=None, height=None, numbered_key=True) -> MapFlowable | None

``values_or_overview`` is an :class:`~regietafel.store.overview.Overview` (``categorie`` picks
the opgave, ``provincie`` the outlines) or a dict of values per CBS code (GMxxxx, or PVxx with
``layer="provincies"``). ``None`` when no area has a value: a map of only "no data" says nothing,
so the caller prints a sentence instead.

On paper: every gemeente is named where its name fits inside it, the others carry a number that
the key beside the map resolves (``numbered_key``); the legend follows the document's language
and the classes are a grey-distinct ramp, "no data" hatched on the map and in the legend alike.

Speed: outlines are placed and simplified once per set of areas and size
(:func:`regietafel.domain.map_geometry.placed`), turned into PDF path operators once, and the
whole map is a form XObject drawn once per document: fifty factsheets with the same provincial
map carry it once and differ only in the outline of their own gemeente.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_style import FONT, FONT_BOLD, register_fonts
from regietafel.domain.map_geometry import (
    Feature,
    PlacedFeature,
    bbox,
    features_of_province,
    fit,
    load_layer,
    placed,
)
from regietafel.domain.map_scale import NO_DATA, Classification, classify, text_colour

LEGEND_WIDTH = 125  # legend beside the map
LABEL_SIZE, LABEL_MIN_SIZE, NUMBER_SIZE = 6.5, 5.0, 5.5
LEGEND_SIZE, KEY_SIZE = 7.5, 6.5
EDGE = "#555555"
HATCH = "#8c8c8c"
MIN_MAP_HEIGHT = 220  # below this a map of a province is unreadable: it moves to the next page


def map_values(values_or_overview, categorie: str, measure: str) -> dict:
    if isinstance(values_or_overview, dict):
        return dict(values_or_overview)
    from regietafel.store.overview import measure_values

    return measure_values(values_or_overview, categorie, measure)


def _features(values: dict, provincie: str | None, layer: str) -> tuple[Feature, ...]:
    if layer == "provincies":
        return load_layer("provincies")
    if provincie:
        return features_of_province(provincie)
    return tuple(f for f in load_layer("gemeenten") if f.code in values)


def map_flowable(values_or_overview, measure: str, categorie: str = "opvang", provincie: str | None = None,
                 layer: str = "gemeenten", title: str = "", highlight: str | None = None,
                 height: float | None = None, numbered_key: bool = True) -> MapFlowable | None:
    """The map, or None when no area has a value (see the module's docstring)."""
    parts = map_parts(values_or_overview, measure, categorie, provincie, layer)
    return None if parts is None else MapFlowable(*parts, title, highlight, height, numbered_key)


def map_parts(values_or_overview, measure: str, categorie: str = "opvang", provincie: str | None = None,
              layer: str = "gemeenten") -> tuple[tuple[Feature, ...], Classification] | None:
    """The areas and their classes (what many maps of one province share), or None without values."""
    values = map_values(values_or_overview, categorie, measure)
    features = _features(values, provincie, layer)
    if not features or all(values.get(f.code) is None for f in features):
        return None
    return features, classify(values, measure)


# --- layout -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Label:
    text: str
    x: float
    y: float
    size: float
    colour: str


@dataclass(frozen=True)
class Layout:
    """Where everything goes in a ``width`` × ``height`` box (points, y up)."""

    width: float
    height: float
    scale: float  # points per km: the larger, the more readable
    map_y: float
    legend_below: bool
    legend_x: float
    legend_top: float
    labels: tuple[Label, ...]
    key: tuple[str, ...]  # "12  Naam" for every gemeente that carries a number
    key_columns: int
    placed: tuple[PlacedFeature, ...]


def _title_lines(classification: Classification, title: str) -> list[str]:
    return [t for t in (title, classification.title) if t]


def _legend_columns(width: float) -> int:
    return max(int(width // LEGEND_WIDTH), 1)


def _legend_height(classification: Classification, title: str, below_width: float | None) -> float:
    """The legend's height: one column beside the map, or rows of columns below it."""
    entries = len(classification.legend)
    rows = entries if below_width is None else -(-entries // _legend_columns(below_width))
    return len(_title_lines(classification, title)) * 11 + 2 + rows * 12 + 12


def _label(area: PlacedFeature, name: str, fill: str) -> Label | None:
    """The name inside the area, at the largest size from LABEL_SIZE down that fits."""
    size = _label_size(area, name)
    return None if size is None else Label(name, *area.label_at, size, text_colour(fill))


@lru_cache(maxsize=8192)
def _label_size(area: PlacedFeature, name: str) -> float | None:
    x, y = area.label_at
    size = LABEL_SIZE
    while size >= LABEL_MIN_SIZE:
        if area.holds_box(x, y, stringWidth(name, FONT, size) + 1, size * 0.95):
            return size
        size -= 0.75
    return None


def _labels(areas: tuple[PlacedFeature, ...], classification: Classification, numbered: bool,
            ) -> tuple[list[Label], list[str]]:
    labels, unnamed = [], []
    for area in areas:
        fill = classification.colour(area.feature.code)
        label = _label(area, area.feature.naam, fill)
        if label is not None:
            labels.append(label)
        elif numbered:
            unnamed.append(area)
    unnamed.sort(key=lambda a: a.feature.naam.removeprefix("'s-").casefold())
    key = []
    for number, area in enumerate(unnamed, start=1):
        fill = classification.colour(area.feature.code)
        labels.append(Label(str(number), *area.label_at, NUMBER_SIZE, text_colour(fill)))
        key.append(f"{number}  {area.feature.naam}")
    return labels, key


def _key_height(entries: int, columns: int) -> float:
    return 0.0 if not entries else 6 + -(-entries // columns) * (KEY_SIZE + 1.5)


def layout(features: tuple[Feature, ...], classification: Classification, title: str, width: float,
           height: float, numbered: bool) -> Layout:
    """The legend beside the map or below it, whichever leaves the larger map; the numbered key
    (if any) in columns underneath. The map keeps its aspect ratio and the box ends where it does.

    An arrangement is laid out (names placed, key counted) only where it can win: its scale is
    at most its scale without a key, so that bound may already settle the choice."""
    args = (features, classification, title, width, height, numbered)
    below_most, beside_most = _largest_scale(*args, below=True), _largest_scale(*args, below=False)
    if below_most <= beside_most * 1.05:  # beside is the likelier choice: laid out first
        beside = _arrange(*args, below=False)
        if below_most <= beside.scale * 1.05:
            return beside
        below = _arrange(*args, below=True)
    else:
        below = _arrange(*args, below=True)
        if below.scale > beside_most * 1.05:
            return below
        beside = _arrange(*args, below=False)
    return below if below.scale > beside.scale * 1.05 else beside


def _map_box(classification: Classification, title: str, width: float, height: float, below: bool,
             key_height: float) -> tuple[float, float, float]:
    """Map width and height and the legend's height for an arrangement with a key of ``key_height``."""
    legend_height = _legend_height(classification, title, width if below else None)
    map_width = round(width if below else max(width - LEGEND_WIDTH, 50), 1)
    reserved = legend_height if below else 0.0
    return map_width, round(max(height - key_height - reserved, 40), 1), legend_height


def _largest_scale(features: tuple[Feature, ...], classification: Classification, title: str, width: float,
                   height: float, numbered: bool, below: bool) -> float:
    """The scale of the arrangement without a key: what :func:`_arrange` finds is never larger."""
    map_width, map_height, _legend = _map_box(classification, title, width, height, below, 0.0)
    return fit(bbox(features), map_width, map_height, margin=4.0, flip=False).scale


def _arrange(features: tuple[Feature, ...], classification: Classification, title: str, width: float,
             height: float, numbered: bool, below: bool) -> Layout:
    key_columns = max(int(width // 125), 1)
    key_height = 0.0
    for _attempt in range(3):  # the key's length depends on the scale and the scale on the key
        map_width, map_height, legend_height = _map_box(classification, title, width, height, below, key_height)
        placement, areas = placed(features, map_width, map_height, 4.0, False)
        labels, key = _labels(areas, classification, numbered)
        needed = _key_height(len(key), key_columns)
        if needed > 0.4 * height:  # a small map: names where they fit, no key crowding it out
            needed = key_height = 0.0
            map_width, map_height, legend_height = _map_box(classification, title, width, height, below, 0.0)
            placement, areas = placed(features, map_width, map_height, 4.0, False)
            labels, key = _labels(areas, classification, False)
        if needed <= key_height:
            break
        key_height = needed
    drawn = min(map_height, _span(areas)[1] + 8)  # aspect ratio kept: no empty band
    slack = (map_height - drawn) / 2  # placed() centres the map vertically in its box
    if below:
        total = drawn + legend_height + key_height
        legend_x, legend_top = 0.0, key_height + legend_height - 4
    else:
        total = max(drawn, legend_height) + key_height
        legend_x, legend_top = map_width + 6, total - 2
    return Layout(width, total, placement.scale, total - drawn - slack, below, legend_x, legend_top,
                  tuple(labels), tuple(key), key_columns, areas)


def _span(areas: tuple[PlacedFeature, ...]) -> tuple[float, float]:
    xs = [x for area in areas for ring in area.rings for x, _y in ring]
    ys = [y for area in areas for ring in area.rings for _x, y in ring]
    return (max(xs) - min(xs), max(ys) - min(ys)) if xs else (0.0, 0.0)


# --- PDF operators ----------------------------------------------------------------------

def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@lru_cache(maxsize=4096)
def _path_operators(area: PlacedFeature) -> str:
    """'x y m x y l … h' for every ring of the area: built once per placed area."""
    parts = []
    for ring in area.rings:
        first, *rest = ring
        parts.append(f"{_number(first[0])} {_number(first[1])} m")
        parts.extend(f"{_number(x)} {_number(y)} l" for x, y in rest)
        parts.append("h")
    return " ".join(parts)


def _rgb(colour: str) -> str:
    c = HexColor(colour)
    return f"{_number(c.red)} {_number(c.green)} {_number(c.blue)}"


def _hatch_operators(x0: float, y0: float, x1: float, y1: float, step: float = 3.0) -> str:
    """Diagonal lines over a box (clipped by the caller to the area it hatches)."""
    lines = []
    height = y1 - y0
    offset = -height
    while offset < x1 - x0:
        lines.append(f"{_number(x0 + offset)} {_number(y0)} m {_number(x0 + offset + height)} {_number(y1)} l")
        offset += step
    return " ".join(lines) + " S"


def _box_of(area: PlacedFeature) -> tuple[float, float, float, float]:
    xs = [x for ring in area.rings for x, _y in ring]
    ys = [y for ring in area.rings for _x, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _areas_operators(areas: tuple[PlacedFeature, ...], classification: Classification) -> str:
    """Every area filled in its class colour and outlined, in one stream ('B*': even-odd, so
    holes stay open); no data white and hatched, as in the legend."""
    ops = [f"0.3 w {_rgb(EDGE)} RG"]
    for area in areas:
        colour = classification.colour(area.feature.code)
        path = _path_operators(area)
        if colour == NO_DATA:
            ops.append(f"q {path} W* n 0.3 w {_rgb(HATCH)} RG {_hatch_operators(*_box_of(area))} Q")
            ops.append(f"{path} S")
        else:
            ops.append(f"{_rgb(colour)} rg {path} B*")
    return "\n".join(ops)


# --- the flowable -----------------------------------------------------------------------

_LAYOUTS: dict[tuple, Layout] = {}


class MapFlowable(Flowable):
    """The map with legend and key. Without a fixed ``height`` it takes the height offered
    (at least MIN_MAP_HEIGHT), so a map at the foot of a page moves on and fills the next."""

    def __init__(self, features: tuple[Feature, ...], classification: Classification, title: str = "",
                 highlight: str | None = None, height: float | None = None, numbered_key: bool = True):
        super().__init__()
        self.features = features
        self.classification = classification
        self.title = title
        self.highlight = highlight
        self.fixed_height = height
        self.numbered_key = numbered_key
        self._layout: Layout | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        register_fonts()
        wanted = round(self.fixed_height or max(avail_height, MIN_MAP_HEIGHT), 1)
        key = (self.features, tuple(sorted(self.classification.colours.items())), self.classification.legend,
               self.title, round(avail_width, 1), wanted, self.numbered_key)
        if key not in _LAYOUTS:  # the same map on every factsheet of a province: laid out once
            if len(_LAYOUTS) > 64:
                _LAYOUTS.clear()
            _LAYOUTS[key] = layout(self.features, self.classification, self.title, avail_width, wanted,
                                   self.numbered_key)
        self._layout = _LAYOUTS[key]
        self.width, self.height = avail_width, self._layout.height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box = self._layout
        name = self._form_name(box)
        if not canvas.hasForm(name):  # once per document: the same map on many pages
            canvas.beginForm(name, 0, 0, box.width, box.height)
            self._draw_map(canvas, box)
            canvas.endForm()
        canvas.doForm(name)
        if self.highlight is not None:
            self._draw_highlight(canvas, box)

    def _form_name(self, box: Layout) -> str:
        content = repr((tuple(f.code for f in self.features), sorted(self.classification.colours.items()),
                        self.classification.legend, self.title, box.width, box.height, box.key))
        return "map" + hashlib.sha1(content.encode()).hexdigest()[:16]

    def _draw_map(self, canvas, box: Layout) -> None:
        canvas.saveState()
        canvas.translate(0, box.map_y)
        canvas.addLiteral(_areas_operators(box.placed, self.classification))
        for label in box.labels:
            canvas.setFillColor(HexColor(label.colour))
            canvas.setFont(FONT, label.size)
            canvas.drawCentredString(label.x, label.y - label.size * 0.3, label.text)
        canvas.restoreState()
        self._draw_legend(canvas, box)
        self._draw_key(canvas, box)

    def _draw_highlight(self, canvas, box: Layout) -> None:
        area = next((a for a in box.placed if a.feature.code == self.highlight), None)
        if area is None:
            return
        canvas.saveState()
        canvas.translate(0, box.map_y)
        canvas.addLiteral(f"1.6 w 0 0 0 RG {_path_operators(area)} S")
        name = area.feature.naam
        x, y = area.label_at
        width = stringWidth(name, FONT_BOLD, 7.5) + 4
        canvas.setFillColor(HexColor("#ffffff"))
        canvas.setStrokeColor(HexColor("#000000"))
        canvas.setLineWidth(0.5)
        canvas.rect(x - width / 2, y + 5, width, 10, stroke=1, fill=1)
        canvas.setFillColor(HexColor("#000000"))
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawCentredString(x, y + 7.5, name)
        canvas.restoreState()

    def _draw_legend(self, canvas, box: Layout) -> None:
        """Title, then the classes: one column beside the map, or columns in rows below it."""
        left, y = box.legend_x, box.legend_top - 9
        canvas.setFillColor(HexColor("#000000"))
        canvas.setFont(FONT_BOLD, 8)
        titles = _title_lines(self.classification, self.title)
        if box.legend_below:  # one line: "Opvang · % gerealiseerd"
            titles = [" · ".join(titles)] if titles else []
        for text in titles:
            canvas.drawString(left, y, text)
            y -= 11
        y -= 2
        columns = _legend_columns(box.width) if box.legend_below else 1
        canvas.setLineWidth(0.4)
        for index, entry in enumerate(self.classification.legend):
            row, column = divmod(index, columns)
            x, top = left + column * LEGEND_WIDTH, y - row * 12
            canvas.setStrokeColor(HexColor(EDGE))
            canvas.setFillColor(HexColor(entry.colour))
            canvas.rect(x, top - 2, 12, 9, stroke=1, fill=1)
            if entry.colour == NO_DATA:
                canvas.addLiteral(f"q {_number(x)} {_number(top - 2)} 12 9 re W n 0.3 w {_rgb(HATCH)} RG "
                                  f"{_hatch_operators(x, top - 2, x + 12, top + 7)} Q")
            canvas.setFillColor(HexColor("#000000"))
            canvas.setFont(FONT, LEGEND_SIZE)
            canvas.drawString(x + 16, top, entry.label)
        rows = -(-len(self.classification.legend) // columns)
        canvas.setFillColor(HexColor(EDGE))
        canvas.setFont(FONT, 6.5)
        canvas.drawString(left, y - rows * 12 - 2, pdf_texts.text("map_source"))

    def _draw_key(self, canvas, box: Layout) -> None:
        if not box.key:
            return
        rows = -(-len(box.key) // box.key_columns)
        column_width = box.width / box.key_columns
        top = _key_height(len(box.key), box.key_columns) - 6 - KEY_SIZE
        canvas.setFillColor(HexColor("#000000"))
        canvas.setFont(FONT, KEY_SIZE)
        for index, entry in enumerate(box.key):
            column, row = divmod(index, rows)
            canvas.drawString(column * column_width, top - row * (KEY_SIZE + 1.5), entry)
