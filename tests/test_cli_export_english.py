"""``regietafel --lang en export``: English headings and number formats in the PDF and the
workbook; without --lang the documents stay Dutch."""

from __future__ import annotations

import pytest

from regietafel.cli import main
from tests.system_tools import needs

needs_poppler = needs("pdftotext", "pdfinfo")


@pytest.fixture
def demo_db(demo_template, tmp_path):
    from tests.conftest import _copy_sqlite

    return _copy_sqlite(demo_template, tmp_path / "demo.sqlite")


@needs_poppler
def test_english_meeting_pack_and_factsheets(demo_db, tmp_path):
    from tests.documents.pdf_helpers import pdf_text

    pack = tmp_path / "pack.pdf"
    assert main(["--lang", "en", "export", "--db", str(demo_db), "--province", "Zuid-Holland", "--pdf", str(pack)]) == 0
    text = pdf_text(pack)
    for expected in ("Meeting documents Provincial", "Overview of the tasks per municipality", "Reception",
                     "Total", "19,097", "Account: Reception of asylum seekers", "largest remainder", "Reference date",
                     "population on 1 Jan 2024", "DRAFT", "page 1 of"):
        assert expected in text, expected
    for dutch in ("Vergaderstukken", "Totaal", "19.097", "grootste rest", "Peildatum", "pagina 1 van",
                  "Verantwoording"):
        assert dutch not in text, dutch
    sheets = tmp_path / "sheets.pdf"
    assert main(["--lang", "en", "export", "--db", str(demo_db), "--province", "Zuid-Holland",
                 "--factsheets", str(sheets)]) == 0
    first = pdf_text(sheets, 1, 1)
    assert "Factsheet" in first and "Basis and sources" in first and "version 1 (draft), total 19,097" in first
    assert "versie" not in first and "Grondslag" not in first


@needs_poppler
def test_dutch_meeting_pack_without_lang(demo_db, tmp_path):
    from tests.documents.pdf_helpers import pdf_text

    pack = tmp_path / "pack.pdf"
    assert main(["export", "--db", str(demo_db), "--province", "Zuid-Holland", "--pdf", str(pack)]) == 0
    text = pdf_text(pack)
    for expected in ("Vergaderstukken", "Totaal", "19.097", "grootste rest",
                     "Opvang asielzoekers", "pagina 1 van"):
        assert expected in text, expected
    assert "19,097" not in text and "Reception" not in text


def test_english_and_dutch_workbook(demo_db, tmp_path):
    import openpyxl

    english = tmp_path / "en.xlsx"
    assert main(["--lang", "en", "export", "--db", str(demo_db), "--province", "Zuid-Holland", "--xlsx", str(english)]) == 0
    book = openpyxl.load_workbook(english)
    assert book.sheetnames[:2] == ["Overview", "Reception"] and "Account" in book.sheetnames
    sheet = book["Reception"]
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Total" in values and "Municipality" in values and "Totaal" not in values
    account = "\n".join(c.value for row in book["Account"].iter_rows() for c in row if isinstance(c.value, str))
    assert "Account of the distribution" in account and "Total to divide:      19,097" in account
    assert "largest remainder" in account and "Verantwoording" not in account
    status = [c.value for row in book["Housing"].iter_rows() for c in row
              if isinstance(c.value, str) and "100*N(" in c.value]
    assert status and '"green"' in status[-1] and "groen" not in status[-1]

    dutch = tmp_path / "nl.xlsx"
    assert main(["export", "--db", str(demo_db), "--province", "Zuid-Holland", "--xlsx", str(dutch)]) == 0
    book = openpyxl.load_workbook(dutch)
    assert book.sheetnames[:2] == ["Overzicht", "Opvang"]
    account = "\n".join(c.value for row in book["Verantwoording"].iter_rows() for c in row if isinstance(c.value, str))
    assert "Totaal te verdelen:   19.097" in account
