"""The gemeente outlines in a compact file that loads in a few milliseconds, province by province.

``resources/gemeenten_2024.outlines`` holds exactly the coordinates of
``resources/gemeenten_2024.geojson`` (the CBS/PDOK boundaries, see ``resources/SOURCES.md``) and,
per vertex, how far it strays from the simplified outline (Douglas–Peucker in projected
kilometres, :func:`regietafel.domain.map_geometry.significance`), so a map at any scale keeps the
vertices above its tolerance without simplifying again. ``tools/build_outlines.py`` writes it
from the GeoJSON; a test checks that the file is what the GeoJSON gives today.

Layout: a magic line, the length of a JSON header (4 bytes, little endian), the header (per
gemeente its code, name, province, first vertex and the vertex counts of its rings), then every
vertex as two little-endian int32 (longitude and latitude in 1e-5 degrees, which is how the
GeoJSON rounds them: n / 1e5 gives back the very float the GeoJSON reads as), then every
vertex's significance as a little-endian float64 (squared kilometres).
"""

from __future__ import annotations

import json
import struct
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

MAGIC = b"regietafel-outlines 1\n"
SCALE = 100_000  # 1e-5 degree: the GeoJSON's rounding

RawRing = tuple[tuple[float, float], ...]  # (longitude, latitude)


@dataclass(frozen=True)
class Outline:
    """One gemeente as the file stores it: rings in degrees, per polygon (outer ring first)."""

    code: str
    naam: str
    provincie: str
    polygons: tuple[tuple[RawRing, ...], ...]
    significance: tuple[tuple[float, ...], ...]  # per ring, in the order of the rings


@dataclass(frozen=True)
class _Entry:
    code: str
    naam: str
    provincie: str
    first: int  # the index of its first vertex in the file
    rings: tuple[tuple[int, ...], ...]  # per polygon, the vertex count of each ring


def _little_endian(values: array) -> array:
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _read(typecode: str, data: memoryview) -> array:
    values = array(typecode)
    values.frombytes(data)
    return _little_endian(values)


class OutlineFile:
    """The header read at once; a gemeente's vertices decoded when it is asked for."""

    def __init__(self, data: bytes, source: str = "outlines"):
        if not data.startswith(MAGIC):
            raise ValueError(f"{source}: not a Regietafel outline file")
        start = len(MAGIC) + 4
        (length,) = struct.unpack_from("<I", data, len(MAGIC))
        header = json.loads(data[start:start + length].decode("utf-8"))
        self.source_sha256: str = header["source_sha256"]
        self.entries = tuple(_Entry(e["code"], e["naam"], e["provincie"], e["first"],
                                    tuple(tuple(polygon) for polygon in e["rings"])) for e in header["gemeenten"])
        self._data = memoryview(data)
        self._points_at = start + length
        self._significance_at = self._points_at + 8 * header["vertices"]

    def province_index(self) -> dict[str, tuple[int, ...]]:
        """The positions of each province's gemeenten (CBS spelling: Fryslân), in file order."""
        index: dict[str, list[int]] = {}
        for number, entry in enumerate(self.entries):
            index.setdefault(entry.provincie, []).append(number)
        return {name: tuple(numbers) for name, numbers in index.items()}

    def outline(self, number: int) -> Outline:
        entry = self.entries[number]
        count = sum(sum(polygon) for polygon in entry.rings)
        points = _read("i", self._data[self._points_at + 8 * entry.first:self._points_at + 8 * (entry.first + count)])
        weights = _read("d", self._data[self._significance_at + 8 * entry.first:
                                        self._significance_at + 8 * (entry.first + count)])
        polygons, significance, at = [], [], 0
        for polygon in entry.rings:
            rings = []
            for size in polygon:
                flat = points[2 * at:2 * (at + size)]
                rings.append(tuple(zip([v / SCALE for v in flat[0::2]], [v / SCALE for v in flat[1::2]], strict=True)))
                significance.append(tuple(weights[at:at + size]))
                at += size
            polygons.append(tuple(rings))
        return Outline(entry.code, entry.naam, entry.provincie, tuple(polygons), tuple(significance))


def encode(outlines: Sequence[Outline], source_sha256: str) -> bytes:
    """The file's bytes for ``outlines`` (coordinates on the 1e-5 degree grid, else ValueError)."""
    gemeenten, points, weights = [], array("i"), array("d")
    for outline in outlines:
        gemeenten.append({"code": outline.code, "naam": outline.naam, "provincie": outline.provincie,
                          "first": len(points) // 2,
                          "rings": [[len(ring) for ring in polygon] for polygon in outline.polygons]})
        for polygon in outline.polygons:
            for ring in polygon:
                for lon, lat in ring:
                    points.extend((_on_grid(lon, outline.code), _on_grid(lat, outline.code)))
        for ring_weights in outline.significance:
            weights.extend(ring_weights)
    if len(weights) * 2 != len(points):
        raise ValueError("every vertex needs its significance")
    header = json.dumps({"source_sha256": source_sha256, "vertices": len(weights), "gemeenten": gemeenten},
                        ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return (MAGIC + struct.pack("<I", len(header)) + header
            + _little_endian(points).tobytes() + _little_endian(weights).tobytes())


def _on_grid(degrees: float, code: str) -> int:
    value = round(degrees * SCALE)
    if value / SCALE != degrees:
        raise ValueError(f"{code}: coordinate {degrees} is not rounded to 5 decimals")
    return value
