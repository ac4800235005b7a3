"""The compact outlines of the gemeenten are the CBS GeoJSON's, up to date with it, and simplify
to exactly what Douglas–Peucker gives on the outlines themselves."""

from __future__ import annotations

import json

import pytest

from regietafel.domain import map_geometry
from regietafel.domain.map_geometry import LAYERS, OUTLINES, load_layer, thin
from regietafel.domain.outline_file import Outline, OutlineFile, encode
from regietafel.paths import resources_dir
from tools.build_outlines import build


def test_the_shipped_outlines_are_what_the_geojson_gives_today():
    # Fails after the GeoJSON (or the projection, which the significance is measured in) changed:
    # run `python -m tools.build_outlines`.
    shipped = (resources_dir() / OUTLINES).read_bytes()
    assert build(resources_dir() / LAYERS["gemeenten"]) == shipped


def test_every_gemeente_loads_with_the_geojsons_own_coordinates():
    with open(resources_dir() / LAYERS["gemeenten"], encoding="utf-8") as handle:
        expected = [map_geometry._feature(entry) for entry in json.load(handle)["features"]]
    loaded = load_layer("gemeenten")
    assert [f.code for f in loaded] == [f.code for f in expected]
    for feature, source in zip(loaded, expected, strict=True):
        assert (feature.naam, feature.provincie, feature.polygons, feature.bbox) == \
               (source.naam, source.provincie, source.polygons, source.bbox), feature.code
    assert map_geometry.features_of_province("Fryslân")[0] is next(f for f in loaded if f.provincie == "Fryslân")


def _distance2(point, start, end):
    """The squared distance of ``point`` from the line through ``start`` and ``end``."""
    (px, py), (x1, y1), (x2, y2) = point, start, end
    length2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
    if length2 == 0:
        return (px - x1) ** 2 + (py - y1) ** 2
    return ((x2 - x1) * (py - y1) - (y2 - y1) * (px - x1)) ** 2 / length2


def _douglas_peucker(ring, tolerance):
    """The textbook recursion at one tolerance: the oracle for the precomputed significance."""
    def kept_between(first, last):
        distances = [(_distance2(ring[i], ring[first], ring[last]), -i) for i in range(first + 1, last)]
        worst, at = max(distances, default=(0.0, 0))
        if worst <= tolerance * tolerance:
            return []
        return [*kept_between(first, -at), -at, *kept_between(-at, last)]

    kept = [ring[i] for i in [0, *kept_between(0, len(ring) - 1), len(ring) - 1]]
    return kept if len(kept) >= 4 else list(ring)


def test_the_significance_gives_douglas_peucker_at_every_tolerance():
    for feature in map_geometry.features_of_province("Zuid-Holland"):
        for ring, weights in zip(feature.rings, feature.significance, strict=True):
            for tolerance in (0.03125, 0.125, 0.5, 2.0, 8.0):
                assert thin(ring, weights, tolerance) == _douglas_peucker(ring, tolerance), feature.code


def test_a_coordinate_off_the_grid_or_a_foreign_file_is_refused():
    square = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 0.0))
    fine = Outline("GM0001", "A", "P", ((square,),), ((1.0,) * 4,))
    assert OutlineFile(encode([fine], "x")).outline(0) == fine
    skewed = Outline("GM0001", "A", "P", ((((0.123456, 0.0), *square[1:]),),), ((1.0,) * 4,))
    with pytest.raises(ValueError, match="5 decimals"):
        encode([skewed], "x")
    with pytest.raises(ValueError, match="not a Regietafel outline file"):
        OutlineFile(b"{}", "x.outlines")
