"""The map of the documents: fills its space, names or numbers every gemeente, reads in grey,
speaks the document's language, never an empty map, and is stored once per document."""

from __future__ import annotations

import io
import re

from reportlab.platypus import SimpleDocTemplate

from regietafel.documents import pdf_map
from regietafel.documents.pdf_map import layout, map_flowable
from regietafel.domain.map_geometry import features_of_province, placed, simplify_lines
from regietafel.domain.map_scale import NO_DATA, SEQUENTIAL, classify
from regietafel.store import areas
from regietafel.store.overview import province_overview
from tests.documents.pdf_helpers import needs_poppler, pdf_text

ZH = "Zuid-Holland"


def _overview(store, province=ZH):
    with store.transaction() as session:
        return province_overview(session, areas.find_province(session, province).id, "2023-II")


def _pdf(*flowables) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pageCompression=0).build(list(flowables))
    return buffer.getvalue()


def test_one_path_per_gemeente_coloured_by_class_and_hatched_without_data(demo_store):
    flowable = map_flowable(_overview(demo_store), "percentage", "opvang", ZH, title="Opvang")
    flowable.wrap(500, 600)
    operators = pdf_map._areas_operators(flowable._layout.placed, flowable.classification)
    assert operators.count(" B*") + operators.count("W* n") == 50  # one path per gemeente
    fills = set(re.findall(r"([\d.]+ [\d.]+ [\d.]+) rg", operators))
    assert fills <= {pdf_map._rgb(c) for c in SEQUENTIAL}
    values = {code: None for code in (f.code for f in features_of_province(ZH))} | {"GM0599": 10.0}
    partial = map_flowable(values, "percentage", provincie=ZH)
    partial.wrap(500, 600)
    hatched = pdf_map._areas_operators(partial._layout.placed, partial.classification)
    assert hatched.count("W* n") == 49 and hatched.count(" B*") == 1  # no data: clipped hatching


def test_every_gemeente_named_where_it_fits_or_numbered_in_the_key(demo_store):
    features = features_of_province(ZH)
    classification = classify({}, "percentage")
    box = layout(features, classification, "Opvang", 510, 650, numbered=True)
    names = {label.text for label in box.labels if not label.text.isdigit()}
    numbered = {entry.split("  ", 1)[1] for entry in box.key}
    assert names | numbered == {f.naam for f in features} and not names & numbered
    assert {"Rotterdam", "Hoeksche Waard", "Westland"} <= names
    assert sorted(int(label.text) for label in box.labels if label.text.isdigit()) == list(range(1, len(box.key) + 1))
    for label in box.labels:  # every name lies inside its own gemeente
        if not label.text.isdigit():
            area = next(a for a in box.placed if a.feature.naam == label.text)
            assert area.contains(label.x, label.y)
    without_key = layout(features, classification, "", 510, 170, numbered=False)
    assert not without_key.key and all(not label.text.isdigit() for label in without_key.labels)


def test_the_map_fills_the_space_it_is_given():
    features = features_of_province(ZH)
    classification = classify({}, "percentage")
    for width, height in ((510, 650), (510, 170), (300, 900)):
        box = layout(features, classification, "Opvang", width, height, numbered=True)
        assert box.height <= height + 0.5
        xs = [x for area in box.placed for ring in area.rings for x, _y in ring]
        map_width = width if box.legend_below else width - pdf_map.LEGEND_WIDTH
        # the map reaches across its box (less the margins) or the whole box is used in height
        assert max(xs) - min(xs) >= map_width - 9 or box.height >= height - 9
    tall = layout(features, classification, "Opvang", 510, 650, numbered=True)
    beside = pdf_map._arrange(features, classification, "Opvang", 510, 650, True, below=False)
    assert tall.legend_below and tall.scale > beside.scale  # on a page the legend goes below


def test_classes_are_distinct_in_grey_and_apart_from_no_data():
    def grey(colour: str) -> float:  # as a grey printer or pdftoppm -gray renders it
        r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    levels = [grey(c) for c in SEQUENTIAL]
    assert all(a - b >= 0.12 for a, b in zip(levels, levels[1:], strict=False))
    assert grey(NO_DATA) - levels[0] >= 0.1  # and no data is hatched besides


def test_no_values_no_map(demo_store):
    assert map_flowable({}, "percentage", provincie=ZH) is None
    overview = _overview(demo_store)
    assert map_flowable(overview, "percentage", "amv_nidos", ZH) is None  # no realisation known
    assert map_flowable(overview, "percentage", "opvang", ZH) is not None


def test_map_stored_once_for_many_pages_and_the_outlines_once_per_size(demo_store):
    overview = _overview(demo_store)
    placed.cache_clear()
    maps = [map_flowable(overview, "percentage", "opvang", ZH, highlight=code, height=170, numbered_key=False)
            for code in ("GM0505", "GM0599", "GM0518")]
    pdf = _pdf(*maps)
    assert pdf.count(b"/Subtype /Form") == 1  # one form XObject, drawn on three pages
    assert placed.cache_info().misses <= 6  # two arrangements, a key pass each; then cached
    assert pdf.count(b" Do\n") == 3 and pdf.count(b"1.6 w 0 0 0 RG") == 3  # each with its own outline


def test_simplify_keeps_shape_and_ends():
    square = [(0, 0), (5, 0.01), (10, 0), (10, 10), (0, 10), (0, 0)]
    assert simplify_lines(square, 0.1) == [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    assert simplify_lines(square, 0) == square


@needs_poppler
def test_legend_and_key_in_the_documents_language(demo_store, tmp_path):
    from regietafel.domain.language import get_language, set_language
    from regietafel.exports import write_meeting_pack

    with demo_store.read() as session:
        zh = areas.find_province(session, ZH).id
    before = get_language()
    try:
        set_language("en")
        english = tmp_path / "en.pdf"
        write_meeting_pack(demo_store, zh, "2023-II", english)
    finally:
        set_language(before)
    text = pdf_text(english)
    assert "% realised" in text and "no data" in text and "under 25 %" in text
    assert "gerealiseerd" not in text and "geen gegevens" not in text
    assert "No map: for this task nothing realised is known yet" in text  # Nidos: no realisation
    assert "Zoetermeer" in text  # names on the map


def test_the_arrangement_chosen_is_the_larger_map_of_both():
    # layout() skips an arrangement whose largest possible scale cannot win: the choice stays
    # the one made by laying out both (legend below only when its map is 5 % larger)
    features = features_of_province(ZH)
    classification = classify({}, "percentage")
    # decided by a bound either way, by laying out both (either way round), on a page, unbounded
    for width, height, numbered in ((300, 200, True), (300, 260, True), (400, 360, True), (450, 340, True),
                                    (450, 360, True), (510, 650, True), (493.2, 150, False), (510, 0xFFFFFFF, True)):
        beside = pdf_map._arrange(features, classification, "Opvang", width, height, numbered, below=False)
        below = pdf_map._arrange(features, classification, "Opvang", width, height, numbered, below=True)
        expected = below if below.scale > beside.scale * 1.05 else beside
        assert layout(features, classification, "Opvang", width, height, numbered) == expected, (width, height)


def test_a_line_crosses_an_area_where_every_ring_is_crossed():
    """Fitting names asks where a horizontal line crosses an area (from edges prepared once): the
    crossings of each ring edge by edge, also for lines through vertices, along horizontal edges
    and outside the area."""
    def crossings(area, y):
        found = []
        for ring in area.rings:
            for (x1, y1), (x2, y2) in zip(ring[-1:] + ring[:-1], ring, strict=True):
                if (y1 > y) != (y2 > y):
                    found.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        return sorted(found)

    _fit, areas = placed(features_of_province("Utrecht"), 300.0, 240.0, 4.0, False)
    for area in areas:
        ys = [y for ring in area.rings for _x, y in ring[::3]] + [-1.0, 120.0, 120.5, 1000.0]
        for y in ys:
            assert area._crossings(y) == crossings(area, y)
