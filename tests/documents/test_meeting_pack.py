"""The meeting pack, read back: every gemeente, the application's totals, CONCEPT while concept,
escaped user text, embedded fonts, page numbers."""

from __future__ import annotations

import datetime as dt

from regietafel.domain.formatting import format_int
from regietafel.exports import write_meeting_pack
from regietafel.store import areas, distributions, meetings
from regietafel.store.overview import province_overview
from tests.documents.pdf_helpers import needs_poppler, pdf_fonts, pdf_pages, pdf_text
from tests.system_tools import needs

pytestmark = needs_poppler
TODAY = dt.date(2023, 10, 9)


def _province(store, name="Zuid-Holland"):
    with store.read() as session:
        return areas.find_province(session, name).id


def _words(text: str) -> str:
    return " ".join(text.split())


def test_pack_holds_every_gemeente_and_the_applications_totals(demo_store, tmp_path):
    zh = _province(demo_store)
    target = tmp_path / "pack.pdf"
    write_meeting_pack(demo_store, zh, "2023-II", target, today=TODAY)
    text = pdf_text(target)
    with demo_store.transaction() as session:
        overview = province_overview(session, zh, "2023-II")
        names = [g.naam for g in areas.gemeenten_of_province(session, zh, None)]
    assert len(names) == 50
    for naam in names:
        assert naam in text, naam
    assert "'s-Gravenhage" in text and "Oekraïne" in text
    assert "19.097" in text  # opvang Zuid-Holland
    for categorie, sheet in overview.worksheets.items():
        assert format_int(sheet.assigned_total) in text, categorie
        assert format_int(sum(r.target for r in sheet.rows)) in text, categorie
    den_haag = next(r for r in overview.rows if r.code == "GM0518")
    assert format_int(den_haag.cells["opvang"].opgave) in text
    assert "CONCEPT" in text
    assert "Vergadering van 16-10-2023" in _words(text)
    assert "Besluitenlijst" in text and "Concept-verdeling opvangopgave per gemeente opstellen (demo)" in _words(text)
    pages = pdf_pages(target)
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "Bron: CBS" in text


def test_fonts_are_embedded_and_render_fryslan(demo_store, tmp_path):
    target = tmp_path / "fryslan.pdf"
    write_meeting_pack(demo_store, _province(demo_store, "Fryslân"), None, target, today=TODAY)
    fonts = pdf_fonts(target)
    dejavu = [line.split() for line in fonts.splitlines() if "DejaVuSans" in line]
    assert {row[0].split("+")[-1] for row in dejavu} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(row[-5] == "yes" for row in dejavu)  # embedded (subset)
    text = pdf_text(target, 1, 1)
    assert "PRT Fryslân" in text


def test_concept_mark_disappears_when_everything_is_adopted(demo_store, tmp_path):
    zh = _province(demo_store)
    with demo_store.transaction() as session:
        overview = province_overview(session, zh, "2023-II")
        meeting = meetings.latest_meeting(session, zh)
        for sheet in overview.worksheets.values():
            meetings.add_decision(session, meeting.id, "", sheet.verdeling.id)
    target = tmp_path / "adopted.pdf"
    write_meeting_pack(demo_store, zh, "2023-II", target, today=TODAY)
    text = pdf_text(target)
    assert "CONCEPT" not in text
    assert "vastgesteld in de PRT van 16-10-2023" in _words(text)
    assert "Alle verdelingen in dit stuk zijn vastgesteld." in _words(text)


def test_user_text_prints_literally(demo_store, tmp_path):
    zh = _province(demo_store)
    with demo_store.transaction() as session:
        previous = meetings.create_meeting(session, zh, dt.date(2023, 12, 1), "Zaal <b>&amp; 'A' & B")
        meetings.add_decision(session, previous.id, "Besluit <b>vet</b> & <i>schuin")
        meetings.add_action_point(session, previous.id, "Actie <b>&", "Eigenaar <b>&")
        meeting = meetings.create_meeting(session, zh, dt.date(2024, 1, 15), "Plaats <b>&",
                                               "Jan <b>& Piet")
        meetings.add_agenda_item(session, meeting.id, "Punt <b>& </para>", "Toelichting <br/> & <b>")
        meeting_id = meeting.id
    target = tmp_path / "escaped.pdf"
    write_meeting_pack(demo_store, zh, "2023-II", target, meeting_id, today=TODAY)
    text = _words(pdf_text(target))
    for literal in ("Plaats <b>&", "Jan <b>& Piet", "Punt <b>& </para>", "Toelichting <br/> & <b>",
                    "Besluit <b>vet</b> & <i>schuin", "Actie <b>&", "Eigenaar <b>&", "Zaal <b>&amp; 'A' & B"):
        assert literal in text, literal


def test_pack_without_meeting(demo_store, tmp_path):
    zh = _province(demo_store)
    with demo_store.transaction() as session:
        for meeting in meetings.meetings(session, zh):
            meetings.delete_meeting(session, meeting.id)
    target = tmp_path / "none.pdf"
    write_meeting_pack(demo_store, zh, None, target, today=TODAY)
    text = _words(pdf_text(target))
    assert "Geen vergadering vastgelegd" in text
    assert "geen vergadering met een agenda" in text
    assert "19.097" in text


def test_exchange_reason_is_escaped_in_the_account(demo_store, tmp_path):
    zh = _province(demo_store)
    with demo_store.transaction() as session:
        version = distributions.ensure_version(session, "opvang", "2023-II", zh)
        settings = distributions.settings_of(session, version)
        from dataclasses import replace

        new = replace(settings, uitwisselingen=(("GM0518", "GM0599", 10, "Ruil <b>& afspraak", "2023-09-01"),))
        distributions.apply_settings(session, version.id, new, "uitwisseling")
    target = tmp_path / "exchange.pdf"
    write_meeting_pack(demo_store, zh, "2023-II", target, today=TODAY)
    assert "Ruil <b>& afspraak" in _words(pdf_text(target))


@needs("pdftoppm")
def test_pages_render(demo_store, tmp_path):
    import subprocess

    target = tmp_path / "pack.pdf"
    write_meeting_pack(demo_store, _province(demo_store, "Zeeland"), None, target, today=TODAY)
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "3", str(target), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 3


def test_pack_and_factsheets_hold_the_map(demo_store, tmp_path):
    from regietafel.exports import write_factsheets

    provincie_id = _province(demo_store)
    pack = tmp_path / "pack.pdf"
    write_meeting_pack(demo_store, provincie_id, "2023-II", pack)
    text = pdf_text(pack)
    assert text.count("Kaart: deel van de opgave gerealiseerd per gemeente") == 5  # one per opgave section
    assert "% gerealiseerd" in text and "geen gegevens" in text
    sheets = tmp_path / "sheets.pdf"
    write_factsheets(demo_store, provincie_id, "2023-II", sheets, codes=["GM0505"])
    assert "De gemeente in de provincie" in pdf_text(sheets)
    assert pdf_pages(sheets) == 1
