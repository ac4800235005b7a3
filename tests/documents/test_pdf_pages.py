"""The pages of the meeting pack and the factsheets, read back as a reader meets them: no page
without content, tables that keep their rows with header and totals, a contents list whose page
numbers are right, every footer pointing to a sources block that exists, the relations between
the opgaven where the numbers stand, a source line beside each table, the CONCEPT mark outside
the text, and the verantwoording complete without lines that do not apply."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.documents.pdf_helpers import needs_poppler, pdf_text
from tests.system_tools import needs

pytestmark = needs_poppler

FEW = 5  # a page carries at least this many lines besides its header and footer
FOOTER = re.compile(r"^(PRT .* · .*|Factsheets .* · .*)?\s*(pagina|page) \d+ (van|of) \d+$|^(Bronnen: zie pagina|Sources: see page) \d+$")


def pages(path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]


def content_lines(page: str) -> list[str]:
    """The lines of a page without the CONCEPT marks and the footer."""
    lines = [" ".join(line.split()) for line in page.splitlines()]
    return [line for line in lines if line and line not in ("CONCEPT", "DRAFT") and not FOOTER.match(line)
            and not re.fullmatch(r"(C|O|N|E|P|T|D|R|A|F)( [CONEPTDRAF])*", line)]


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("document", ["pack", "factsheets"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_page_is_empty_or_a_lone_table_end(rendered, document, language):
    for number, page in enumerate(pages(getattr(rendered[language], document)), start=1):
        lines = content_lines(page)
        assert len(lines) >= FEW, (number, lines)
        if lines[0].startswith(("Gemeente", "Municipality")):  # a table goes on: rows, not just its total
            body = [line for line in lines[1:] if not line.startswith(("Totaal", "Total"))]
            assert len(body) >= 4, (number, lines)


CAPTIONS = ("Opgave en gerealiseerd per gemeente", "Kaart: deel van de opgave", "Task and realised per municipality",
            "Map: share of the task")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_chart_or_map_title_stands_on_the_page_of_its_drawing(rendered, language):
    """A caption with its stand-per date is never left at the foot of a page, its chart or map on the next."""
    for number, page in enumerate(pages(rendered[language].pack), start=1):
        lines = content_lines(page)
        for index, line in enumerate(lines):
            if line.startswith(CAPTIONS):  # a drawing has its labels and legend; else a sentence says why not
                after = lines[index + 1:]
                assert len(after) >= FEW or any(text.startswith(("Geen kaart", "No map")) for text in after), \
                    (number, after)


def heading_pages(texts: list[str], title: str) -> list[int]:
    """The pages (from 1) after the cover with a line that is exactly ``title`` (or starts with it
    and a colon, as "Verantwoording: Opvang asielzoekers")."""
    found = []
    for number, page in enumerate(texts[1:], start=2):
        lines = [" ".join(line.split()) for line in page.splitlines()]
        if any(line == title or line.startswith(f"{title}:") for line in lines):
            found.append(number)
    return found


def test_contents_list_gives_the_right_pages(rendered):
    texts = pages(rendered["nl"].pack)
    cover = texts[0]
    contents = cover[cover.index("Inhoud"):cover.index("Bronnen")]
    entries = re.findall(r"^\s*(\d+\. )?(\S.*?)\s{2,}(\d+)\s*$", contents, re.M)
    assert len(entries) == 13  # agenda, previous, overview, five opgaven and their verantwoording
    accounts = heading_pages(texts, "Verantwoording")
    listed_accounts = [int(page) for _n, title, page in entries if title == "Verantwoording"]
    assert listed_accounts == accounts
    for _number, title, page in entries:
        if title != "Verantwoording":
            assert heading_pages(texts, title)[:1] == [int(page)], (title, page)


@pytest.mark.parametrize("document", ["pack", "factsheets"])
def test_every_footer_refers_to_a_sources_block_that_exists(rendered, document):
    texts = pages(getattr(rendered["nl"], document))
    for number, page in enumerate(texts, start=1):
        found = re.search(r"Bronnen: zie pagina (\d+)", page)
        assert found, number
        target = int(found.group(1))
        assert 1 <= target <= len(texts)
        heading = "Bronnen" if document == "pack" else "Grondslag en bronnen"
        assert re.search(rf"^\s*{heading}\s*$", texts[target - 1], re.M), (number, target)
        if document == "factsheets":
            assert target == number  # each gemeente's page carries its own sources


def test_relations_stand_where_the_numbers_stand(rendered):
    raw = pages(rendered["nl"].pack)
    texts = [words(page) for page in raw]
    overview = texts[heading_pages(raw, "Overzicht opgaven per gemeente")[0] - 1]
    assert "Amv COA is onderdeel van Opvang en Amv Nidos telt mee voor Huisvesting" in overview
    groups = words(pdf_text(rendered["nl"].pack, 3, 3, layout=False))
    assert "Amv COA (deel van Opvang)" in groups and "Amv Nidos (telt mee voor Huisvesting)" in groups
    coa = texts[heading_pages(raw, "Amv: opvang COA")[0] - 1]
    assert "Amv COA is onderdeel van de opvangopgave" in coa
    nidos = texts[heading_pages(raw, "Amv: huisvesting Nidos")[0] - 1]
    assert "Amv Nidos telt mee voor de taakstelling huisvesting" in nidos
    opvang = texts[heading_pages(raw, "Opvang asielzoekers")[0] - 1]
    assert "Hierin zitten ook de opvangplekken voor amv van COA" in opvang
    huisvesting = texts[heading_pages(raw, "Huisvesting vergunninghouders")[0] - 1]
    assert "Hierin tellen ook de amv mee die via Nidos worden gehuisvest" in huisvesting
    first_factsheet = words(pages(rendered["nl"].factsheets)[0])
    assert "Amv COA is onderdeel van Opvang en Amv Nidos telt mee voor Huisvesting" in first_factsheet


SECTIONS = {
    "nl": ["Overzicht opgaven per gemeente", "Opvang asielzoekers", "Huisvesting vergunninghouders", "Amv: opvang COA",
           "Amv: huisvesting Nidos", "Opvang ontheemden Oekraïne"],
    "en": ["Overview of the tasks per municipality", "Reception of asylum seekers", "Housing of permit holders",
           "Unaccompanied minors: COA reception", "Unaccompanied minors: Nidos housing",
           "Reception of displaced persons from Ukraine"],
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_source_line_beside_each_table(rendered, language):
    """Each section's table has the section's source and peildatum above it, on the same page."""
    header, source = ("Gemeente", "Bron:") if language == "nl" else ("Municipality", "Source:")
    texts = pages(rendered[language].pack)
    for title in SECTIONS[language]:
        page = next(p for p in texts if re.search(rf"^\s*{re.escape(title)}\s*$", p, re.M))
        above = page[page.index(title):re.search(rf"^\s*{header}\b", page, re.M).start()]
        line = next((line.strip() for line in above.splitlines() if line.strip().startswith(source)), None)
        assert line, (title, above)
        assert re.search(r"\d", line), line  # names its peildatum (or the date of the figures)


def test_verantwoording_of_huisvesting_is_complete(rendered):
    text = words(pdf_text(rendered["nl"].pack))
    account = text[text.index("Verantwoording: Huisvesting vergunninghouders"):]
    account = account[:account.index("Amv: opvang COA")]
    assert "27.463 = 27.300 + 163: elke gemeente is naar boven afgerond, zoals de Huisvestingswet (art. 29) voorschrijft" in account
    assert "De Huisvestingswet art. 29 telt de inwoners op 1-1-2022; deze versie gebruikt 1-1-2024, omdat die datum niet in de database staat." in account
    for absent in ("Verrekening", "Gelijke-standregel", "Toegewezen", "incl. overloop"):
        assert absent not in account, absent
    opvang = text[text.index("Verantwoording: Opvang asielzoekers"):text.index("Verantwoording: Huisvesting")]
    assert "Verrekening overschot niet herverdelen" in opvang  # this version credits Rotterdam
    assert "Rotterdam: verrekening 3.000 (al gerealiseerd), na verrekening" in opvang
    assert "'s-Gravenhage: vast 2.900" in opvang and "(lock)" not in text
    assert "Delft → Leiden: 10 (Delft 542 → 532, Leiden 644 → 654) op 1-9-2023" in opvang
    assert "grootste rest" in opvang and "grootste overschot" not in text


def test_one_name_per_quantity(rendered):
    text = words(pdf_text(rendered["nl"].pack, layout=False))
    for word in ("Gecorrigeerde taakstelling", "Taakstelling", "Overloop", "Nog te realiseren", "Aandeel"):
        assert word in text, word
    for old in ("Opgave incl. overloop", "Toegewezen", "Achterstand (+) / voorsprong"):
        assert old not in text, old


@needs("pdftotext")
@pytest.mark.parametrize("document", ["pack", "factsheets"])
def test_concept_mark_stays_out_of_the_text(rendered, document):
    """Every CONCEPT word lies in the left margin or above the text frame: it never covers a figure."""
    path = getattr(rendered["nl"], document)
    xhtml = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "3", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout
    margin, top = 18 / 25.4 * 72, 18 / 25.4 * 72
    boxes = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">CONCEPT</word>', xhtml)
    assert boxes
    for x_min, y_min, x_max, _y_max in map(lambda box: [float(v) for v in box], boxes):
        assert x_max <= margin + 0.5 or y_min < top, (x_min, y_min, x_max)
