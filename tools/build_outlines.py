"""Write regietafel/resources/gemeenten_2024.outlines from gemeenten_2024.geojson.

The outlines file is the GeoJSON's gemeenten in a form that loads fast and per province, with the
Douglas–Peucker significance of every vertex (see regietafel/domain/outline_file.py). Run after
the GeoJSON (or the projection in map_geometry) changes; a test fails until it has run:

    python -m tools.build_outlines
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from regietafel.domain.map_geometry import LAYERS, OUTLINES, project, significance
from regietafel.domain.outline_file import Outline, encode
from regietafel.fileio import atomic_write
from regietafel.paths import resources_dir


def outline(entry: dict) -> Outline:
    """One GeoJSON gemeente with the significance of its vertices in projected kilometres."""
    props, geometry = entry["properties"], entry["geometry"]
    raw = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    polygons = tuple(tuple(tuple((lon, lat) for lon, lat in ring) for ring in polygon) for polygon in raw)
    weights = tuple(significance([project(lon, lat) for lon, lat in ring]) for polygon in polygons for ring in polygon)
    return Outline(props["code"], props["naam"], props["provincie"], polygons, weights)


def build(source: Path) -> bytes:
    """The outlines file for the GeoJSON at ``source``."""
    data = source.read_bytes()
    features = json.loads(data.decode("utf-8"))["features"]
    return encode([outline(entry) for entry in features], hashlib.sha256(data).hexdigest())


def main() -> None:
    folder = resources_dir()
    target = folder / OUTLINES
    with atomic_write(target) as handle:
        handle.write(build(folder / LAYERS["gemeenten"]))
    print(f"{target}: {target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
