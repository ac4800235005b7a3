"""The choropleth map as a reportlab Drawing, the same map as the app's map widget.

    map_drawing(values_or_overview, measure, width, height, categorie="opvang", provincie=None,
                layer="gemeenten", title="") -> Drawing

``values_or_overview`` is either an :class:`~regietafel.store.overzicht.Overview` (then
``categorie`` picks the opgave and the province is the overview's) or a dict of values per CBS
code (GMxxxx, or PVxx with ``layer="provincies"``) as :func:`regietafel.store.monitor.measure_values`
returns them. Colours and legend come from :mod:`regietafel.domain.map_scale` and read in
black and white (light-to-dark scale, labels, hatched "no data").
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Rect, String
from reportlab.lib.colors import HexColor, black

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_style import FONT, FONT_BOLD
from regietafel.domain.map_geometry import (
    Feature,
    bbox,
    features_of_province,
    fit,
    load_layer,
    simplify,
)
from regietafel.domain.map_scale import NO_DATA, classify

LEGEND_WIDTH = 110


def _resolve(values_or_overview, categorie: str, measure: str, provincie: str | None, layer: str):
    if layer == "provincies":
        return dict(values_or_overview), load_layer("provincies")
    if isinstance(values_or_overview, dict):
        values = values_or_overview
    else:
        from regietafel.store.monitor import measure_values

        values = measure_values(values_or_overview, categorie, measure)
    if provincie:
        return values, features_of_province(provincie)
    codes = set(values)
    return values, tuple(f for f in load_layer("gemeenten") if f.code in codes)


def _hatch(x: float, y: float, w: float, h: float, step: float = 3.0) -> Group:
    group = Group()
    offset = -h
    while offset < w:
        x1, y1 = x + max(offset, 0), y + max(-offset, 0)
        x2, y2 = x + min(offset + h, w), y + min(h, w - offset)
        group.add(Line(x1, y1, x2, y2, strokeColor=HexColor("#999999"), strokeWidth=0.3))
        offset += step
    return group


def map_drawing(values_or_overview, measure: str, width: float, height: float, categorie: str = "opvang",
                provincie: str | None = None, layer: str = "gemeenten", title: str = "",
                highlight: str | None = None) -> Drawing:
    """A Drawing of ``width`` × ``height`` points: the map left, the legend right.
    ``highlight`` (a CBS code) is drawn with a heavy outline, e.g. the gemeente of a factsheet."""
    values, features = _resolve(values_or_overview, categorie, measure, provincie, layer)
    classification = classify(values, measure)
    drawing = Drawing(width, height, initialFontName=FONT)
    map_width = max(width - LEGEND_WIDTH, 50)
    if features:
        placement = fit(bbox(features), map_width, height, margin=4, flip=False)
        tolerance = 0.6 / placement.scale  # drop points closer than ~0.6 pt on paper
        for feature in features:
            drawing.add(_feature_path(feature, placement, tolerance, classification.colour(feature.code)))
        for feature in features:
            if feature.code == highlight:
                outline = _feature_path(feature, placement, tolerance, classification.colour(feature.code))
                outline.strokeColor, outline.strokeWidth, outline.strokeDashArray = black, 1.6, None
                drawing.add(outline)
    _legend(drawing, classification, map_width + 6, height - 4, title)
    return drawing


def _feature_path(feature: Feature, placement, tolerance: float, colour: str) -> Path:
    no_data = colour == NO_DATA
    path = Path(fillColor=HexColor(colour), strokeColor=HexColor("#555555"), strokeWidth=0.3,
                strokeDashArray=[1.5, 1.5] if no_data else None,  # no data: white with a dashed edge
                fillMode=0)  # even-odd: holes stay open
    for ring in feature.rings:
        points = simplify(ring, tolerance)
        sx, sy = placement.to_screen(*points[0])
        path.moveTo(sx, sy)
        for x, y in points[1:]:
            sx, sy = placement.to_screen(x, y)
            path.lineTo(sx, sy)
        path.closePath()
    return path


def _legend(drawing: Drawing, classification, left: float, top: float, title: str) -> None:
    y = top - 10
    for text in filter(None, (title, classification.title)):
        drawing.add(String(left, y, text, fontName=FONT_BOLD, fontSize=8, fillColor=black))
        y -= 11
    y -= 2
    for entry in classification.legend:
        drawing.add(Rect(left, y - 2, 12, 9, fillColor=HexColor(entry.colour), strokeColor=HexColor("#555555"),
                         strokeWidth=0.4))
        if entry.colour == NO_DATA:
            drawing.add(_hatch(left, y - 2, 12, 9))
        drawing.add(String(left + 16, y, entry.label, fontName=FONT, fontSize=7.5, fillColor=black))
        y -= 12
    drawing.add(String(left, y - 4, pdf_texts.text("map_source"), fontName=FONT, fontSize=6.5,
                       fillColor=HexColor("#555555")))
