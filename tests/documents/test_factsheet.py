"""Factsheets: one page per gemeente, the overview's numbers, escaped names."""

from __future__ import annotations

import datetime as dt

from regietafel.domain.formatting import format_int
from regietafel.exports import write_factsheets
from regietafel.store import areas
from regietafel.store.overview import province_overview
from tests.documents.pdf_helpers import needs_poppler, pdf_pages, pdf_text

pytestmark = needs_poppler


def test_one_page_per_gemeente_of_zuid_holland(demo_store, tmp_path):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        overview = province_overview(session, zh, "2023-II")
    target = tmp_path / "factsheets.pdf"
    write_factsheets(demo_store, zh, "2023-II", target, today=dt.date(2023, 10, 9))
    assert pdf_pages(target) == 50
    rows = {row.naam: row for row in overview.rows}
    for page in (1, 17, 50):
        text = pdf_text(target, page, page)
        name = next(n for n in rows if f"Factsheet {n}\n" in text or f"Factsheet {n} " in text)
        row = rows[name]
        for cell in row.cells.values():
            assert format_int(cell.opgave) in text
        assert f"pagina {page} van 50" in text
    den_haag = pdf_text(target)
    assert "Factsheet 's-Gravenhage" in den_haag


def test_factsheets_for_fryslan(demo_store, tmp_path):
    with demo_store.read() as session:
        fryslan = areas.find_province(session, "Fryslân").id
        count = len(areas.gemeenten_of_province(session, fryslan, None))
    target = tmp_path / "fryslan.pdf"
    write_factsheets(demo_store, fryslan, None, target)
    assert pdf_pages(target) == count
    assert "Provincie Fryslân" in pdf_text(target, 1, 1)


def test_repeated_paragraphs_draw_exactly_what_paragraphs_draw(demo_store, monkeypatch):
    """What every factsheet shares is drawn once and its operators repeated (paragraphs, the
    heading of the sources block): the file is the same, byte for byte, as when every page draws
    its own."""
    from reportlab import rl_config

    from regietafel.documents import factsheet
    from regietafel.documents.pdf_canvas import Heading
    from regietafel.documents.pdf_style import Paragraph
    from regietafel.exports import factsheets_bytes

    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamp or random file id
    with demo_store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
    codes = ["GM0518", "GM0599", "GM0546", "GM0503"]
    repeated = factsheets_bytes(demo_store, zh, "2023-II", codes, today=dt.date(2023, 10, 9))
    monkeypatch.setattr(factsheet, "RepeatedParagraph", Paragraph)
    monkeypatch.setattr(factsheet, "RepeatedHeading", Heading)
    plain = factsheets_bytes(demo_store, zh, "2023-II", codes, today=dt.date(2023, 10, 9))
    assert repeated == plain


def test_the_map_is_laid_out_once_for_all_factsheets_of_a_province(demo_store, monkeypatch):
    """The provincial map is the same on every factsheet: laid out once per width (the page is
    measured at its own width, then drawn at the width it shrinks to) and stored once."""
    from regietafel.documents import pdf_map
    from regietafel.exports import factsheets_bytes

    widths = []
    original = pdf_map.layout
    monkeypatch.setattr(pdf_map, "layout", lambda *args: widths.append(args[3]) or original(*args))
    monkeypatch.setattr(pdf_map, "_LAYOUTS", {})
    with demo_store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
    codes = ["GM0518", "GM0599", "GM0546", "GM0503", "GM0484", "GM0613"]
    pdf = factsheets_bytes(demo_store, zh, "2023-II", codes, today=dt.date(2023, 10, 9))
    assert len(widths) == len(set(widths)) <= 2
    assert pdf.count(b"/Subtype /Form") == 1
