"""Map geometry without Qt: load the CBS/PDOK boundaries once, project, fit, hit-test.

Used by the map widget (QPainterPath) and by the PDF map (reportlab), so both draw the same map.

Projection: equirectangular with x scaled by cos(52.2°) around the centre of the Netherlands,
in kilometres (x east, y north). Over the Netherlands this stays within about 2 % of RD
(EPSG:28992) distances, plenty for a choropleth, and needs no projection library.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from regietafel.domain.outline_file import OutlineFile
from regietafel.paths import resources_dir

LON0, LAT0 = 5.3, 52.2
KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON = 111.320 * math.cos(math.radians(LAT0))

Point = tuple[float, float]
Ring = tuple[Point, ...]
BBox = tuple[float, float, float, float]  # min x, min y, max x, max y

LAYERS = {"gemeenten": "gemeenten_2024.geojson", "provincies": "provincies_2024.geojson",
          "veiligheidsregios": "veiligheidsregios_2024.geojson"}
# The gemeenten of LAYERS in a form that loads fast, province by province (tools/build_outlines.py).
OUTLINES = "gemeenten_2024.outlines"


def project(lon: float, lat: float) -> Point:
    return ((lon - LON0) * KM_PER_DEG_LON, (lat - LAT0) * KM_PER_DEG_LAT)


@dataclass(frozen=True, eq=False)  # identity hash: features are loaded once and cached
class Feature:
    """One area (gemeente or province): code, name, properties and projected rings.

    ``polygons`` holds per polygon its rings (outer first, then holes); hit tests use the
    even-odd rule over all rings, which handles holes and multipolygons alike.
    """

    code: str
    naam: str
    provincie: str
    polygons: tuple[tuple[Ring, ...], ...]
    bbox: BBox
    significance: tuple[tuple[float, ...], ...] | None = None  # per ring, see significance(); None: not known yet

    @property
    def rings(self) -> Iterable[Ring]:
        for polygon in self.polygons:
            yield from polygon

    def contains(self, x: float, y: float) -> bool:
        if not (self.bbox[0] <= x <= self.bbox[2] and self.bbox[1] <= y <= self.bbox[3]):
            return False
        inside = False
        for ring in self.rings:
            if _ring_crossings(ring, x, y) % 2:
                inside = not inside
        return inside

    def label_point(self) -> Point:
        return label_point(self)


def _ring_crossings(ring: Ring, x: float, y: float) -> int:
    crossings = 0
    count = len(ring)
    x1, y1 = ring[count - 1]
    for i in range(count):
        x2, y2 = ring[i]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
        x1, y1 = x2, y2
    return crossings


def _bbox_of(points: Iterable[Point]) -> BBox:
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys))


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    boxes = list(boxes)
    if not boxes:
        return (0.0, 0.0, 1.0, 1.0)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _from_polygons(code: str, naam: str, provincie: str, polygons: tuple[tuple[Ring, ...], ...],
                   significance: tuple[tuple[float, ...], ...] | None = None) -> Feature:
    box = union_bbox(_bbox_of(polygon[0]) for polygon in polygons)
    return Feature(code=code, naam=naam, provincie=provincie, polygons=polygons, bbox=box, significance=significance)


def _projected(polygons) -> tuple[tuple[Ring, ...], ...]:
    """Polygons of rings of (longitude, latitude), projected."""
    return tuple(tuple(tuple(project(lon, lat) for lon, lat in ring) for ring in polygon) for polygon in polygons)


def _feature(entry: dict) -> Feature:
    """A GeoJSON feature, projected."""
    props = entry["properties"]
    geometry = entry["geometry"]
    raw = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return _from_polygons(props["code"], props["naam"], props.get("provincie", props["naam"]), _projected(raw))


@cache
def _outlines() -> OutlineFile:
    """The gemeenten in their compact form (the GeoJSON's coordinates; see outline_file), read once."""
    return OutlineFile((resources_dir() / OUTLINES).read_bytes(), OUTLINES)


@cache
def _gemeente(number: int) -> Feature:
    """One gemeente, projected on first use: a province's map projects its own gemeenten only."""
    outline = _outlines().outline(number)
    return _from_polygons(outline.code, outline.naam, outline.provincie, _projected(outline.polygons),
                          outline.significance)


@cache
def load_layer(layer: str = "gemeenten", path: Path | None = None) -> tuple[Feature, ...]:
    """All features of a bundled layer (or of the GeoJSON at ``path``), projected; each read and
    projected once per process."""
    if layer == "gemeenten" and path is None:
        return tuple(_gemeente(number) for number in range(len(_outlines().entries)))
    with open(path or resources_dir() / LAYERS[layer], encoding="utf-8") as handle:
        return tuple(_feature(entry) for entry in json.load(handle)["features"])


@cache
def features_of_province(provincie: str) -> tuple[Feature, ...]:
    """The gemeenten of one province (CBS spelling: Fryslân)."""
    return tuple(_gemeente(number) for number in _province_index().get(provincie, ()))


@cache
def _province_index() -> dict[str, tuple[int, ...]]:
    return _outlines().province_index()


def bbox(features: Iterable[Feature]) -> BBox:
    return union_bbox(feature.bbox for feature in features)


def feature_at(features: Iterable[Feature], x: float, y: float) -> Feature | None:
    """The feature containing the projected point, if any."""
    for feature in features:
        if feature.contains(x, y):
            return feature
    return None


def _polygon_area_centroid(ring: Ring) -> tuple[float, Point]:
    area = cx = cy = 0.0
    count = len(ring)
    for i in range(count):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % count]
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    area /= 2
    if abs(area) < 1e-12:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(area), (cx / (6 * area), cy / (6 * area))


@cache
def _label_point_cached(feature: Feature) -> Point:
    # The largest polygon's centroid if it lies inside; else the middle of the widest inside
    # stretch on the horizontal line through it (always inside, good for labels and clicks).
    largest = max(feature.polygons, key=lambda polygon: _polygon_area_centroid(polygon[0])[0])
    _area, (cx, cy) = _polygon_area_centroid(largest[0])
    if feature.contains(cx, cy):
        return (cx, cy)
    xs = []
    for ring in feature.rings:
        count = len(ring)
        for i in range(count):
            (x1, y1), (x2, y2) = ring[i - 1], ring[i]
            if (y1 > cy) != (y2 > cy):
                xs.append(x1 + (cy - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    best = None
    for left, right in zip(xs[0::2], xs[1::2], strict=False):
        if best is None or right - left > best[1] - best[0]:
            best = (left, right)
    return ((best[0] + best[1]) / 2, cy) if best else (cx, cy)


def label_point(feature: Feature) -> Point:
    """A point inside the feature near its centre (for labels and for clicking it in tests)."""
    return _label_point_cached(feature)


@dataclass(frozen=True)
class Fit:
    """Maps projected kilometres to a drawing area of ``width`` × ``height`` units.

    Screen coordinates grow downwards (Qt); ``flip=False`` keeps y up (reportlab).
    """

    scale: float
    offset_x: float
    offset_y: float
    height: float
    flip: bool = True

    def to_screen(self, x: float, y: float) -> Point:
        sx = self.offset_x + x * self.scale
        sy = self.offset_y + y * self.scale
        return (sx, self.height - sy) if self.flip else (sx, sy)

    def ring_to_screen(self, ring: Ring) -> Ring:
        """:meth:`to_screen` for every point of a ring (the same arithmetic, in one loop: maps
        place tens of thousands of points)."""
        scale, offset_x, offset_y, height = self.scale, self.offset_x, self.offset_y, self.height
        if self.flip:
            return tuple((offset_x + x * scale, height - (offset_y + y * scale)) for x, y in ring)
        return tuple((offset_x + x * scale, offset_y + y * scale) for x, y in ring)

    def to_world(self, sx: float, sy: float) -> Point:
        if self.flip:
            sy = self.height - sy
        return ((sx - self.offset_x) / self.scale, (sy - self.offset_y) / self.scale)


def fit(box: BBox, width: float, height: float, margin: float = 4.0, flip: bool = True) -> Fit:
    """Scale ``box`` into the area, keeping the aspect ratio, centred."""
    span_x = max(box[2] - box[0], 1e-9)
    span_y = max(box[3] - box[1], 1e-9)
    scale = max(min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y), 1e-9)
    offset_x = (width - span_x * scale) / 2 - box[0] * scale
    offset_y = (height - span_y * scale) / 2 - box[1] * scale
    return Fit(scale, offset_x, offset_y, height, flip)


def significance(ring: Sequence[Point]) -> tuple[float, ...]:
    """Per vertex, how far (squared) it strays from the line between the neighbours Douglas–Peucker
    keeps it between, capped by the vertices that had to be kept before it (the ends: infinite).
    The split points do not depend on the tolerance, so the outline at a tolerance is the vertices
    whose significance exceeds its square (:func:`thin`): every tolerance from one pass."""
    count = len(ring)
    weights = [0.0] * count
    weights[0] = weights[-1] = math.inf
    stack = [(0, count - 1, math.inf)]
    while stack:
        first, last, ceiling = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        worst, worst_at = 0.0, -1
        for i in range(first + 1, last):
            px, py = ring[i]
            if length2 == 0:
                d2 = (px - x1) ** 2 + (py - y1) ** 2
            else:
                cross = dx * (py - y1) - dy * (px - x1)
                d2 = cross * cross / length2
            if d2 > worst:
                worst, worst_at = d2, i
        if worst_at >= 0:
            weights[worst_at] = kept = min(worst, ceiling)
            stack += [(first, worst_at, kept), (worst_at, last, kept)]
    return tuple(weights)


def thin(ring: Sequence[Point], weights: Sequence[float], tolerance: float) -> list[Point]:
    """The vertices of ``ring`` that Douglas–Peucker keeps at ``tolerance``, given their
    :func:`significance`. First and last point stay (a ring stays closed); a ring that would
    fall below four points stays whole."""
    if tolerance <= 0 or len(ring) < 5:
        return list(ring)
    tol2 = tolerance * tolerance
    kept = [point for point, weight in zip(ring, weights, strict=True) if weight > tol2]
    return kept if len(kept) >= 4 else list(ring)


def simplify_lines(ring: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker: keep the points that stray more than ``tolerance`` from the line
    between their kept neighbours. First and last point stay (a ring stays closed)."""
    return thin(ring, significance(ring), tolerance)


@dataclass(frozen=True, eq=False)  # identity hash: placed() makes each once and caches it
class PlacedFeature:
    """A feature in drawing units: simplified rings and a point for its label, both placed."""

    feature: Feature
    rings: tuple[Ring, ...]
    label_at: Point

    def contains(self, x: float, y: float) -> bool:
        inside = False
        for ring in self.rings:
            if _ring_crossings(ring, x, y) % 2:
                inside = not inside
        return inside

    def holds_box(self, cx: float, cy: float, width: float, height: float) -> bool:
        """Whether a ``width`` × ``height`` box centred on (cx, cy) lies inside (nine points tested:
        the corners, the middles of the sides and the centre, as :meth:`contains` tests each)."""
        xs = [cx + fx * width / 2 for fx in (-1, 0, 1)]
        for fy in (-1, 0, 1):  # three points share a horizontal line: its crossings serve them all
            crossings = self._crossings(cy + fy * height / 2)
            if any((len(crossings) - bisect_right(crossings, x)) % 2 == 0 for x in xs):
                return False
        return True

    def _crossings(self, y: float) -> list[float]:
        """Where the horizontal line at ``y`` crosses the rings, sorted (as :func:`_ring_crossings`
        computes them: a point lies inside when an odd number of them lie to its right)."""
        found = [x1 + (y - y1) * dx / dy for low, high, x1, y1, dx, dy in self._edges if low <= y < high]
        found.sort()
        return found

    @cached_property
    def _edges(self) -> tuple[tuple[float, float, float, float, float, float], ...]:
        """Every edge that is not horizontal as (lowest y, highest y, x1, y1, x2 - x1, y2 - y1):
        a line at y crosses it where exactly one end lies above y, i.e. lowest <= y < highest.
        Made once per placed area; names are fitted at several sizes and heights."""
        return tuple((min(y1, y2), max(y1, y2), x1, y1, x2 - x1, y2 - y1)
                     for ring in self.rings
                     for (x1, y1), (x2, y2) in zip(ring[-1:] + ring[:-1], ring, strict=True) if y1 != y2)


@lru_cache(maxsize=64)
def placed(features: tuple[Feature, ...], width: float, height: float, margin: float = 4.0,
           flip: bool = True, tolerance: float = 0.35) -> tuple[Fit, tuple[PlacedFeature, ...]]:
    """``features`` fitted into ``width`` × ``height`` drawing units and simplified to about
    ``tolerance`` units, once per set of features and size: every map and factsheet of a
    province at one size shares the work, and maps of about the same scale share one
    simplification (done in kilometres, per power-of-two tolerance)."""
    placement = fit(bbox(features), width, height, margin=margin, flip=flip)
    step = 2.0 ** math.floor(math.log2(tolerance / placement.scale))
    result = []
    for feature, rings in zip(features, _simplified(features, step), strict=True):
        screen = tuple(placement.ring_to_screen(ring) for ring in rings)
        result.append(PlacedFeature(feature, screen, placement.to_screen(*label_point(feature))))
    return placement, tuple(result)


@lru_cache(maxsize=32)
def _simplified(features: tuple[Feature, ...], tolerance_km: float) -> tuple[tuple[Ring, ...], ...]:
    return tuple(tuple(tuple(thin(ring, weights, tolerance_km)) for ring, weights in zip(feature.rings, _weights(feature),
                                                                                        strict=True))
                 for feature in features)


@cache
def _weights(feature: Feature) -> tuple[tuple[float, ...], ...]:
    """The significance of every vertex of the feature: shipped with the gemeenten, else computed once."""
    if feature.significance is not None:
        return feature.significance
    return tuple(significance(ring) for ring in feature.rings)
