"""Every sentence in the document's language: the Dutch pack, factsheets and workbook hold no
English document word and the English ones no Dutch word (chart and map legends, the
verantwoording, the workbook's Toelichting column and notes included)."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.documents.document_words import foreign_words, strip_user_words
from tests.documents.pdf_helpers import needs_poppler, pdf_text

LANGUAGES = ["nl", "en"]


def _workbook_text(path) -> str:
    book = load_workbook(path)
    return "\n".join(str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row
                     if isinstance(cell.value, str))


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", ["pack", "factsheets"])
def test_pdf_speaks_one_language(rendered, language, document):
    done = rendered[language]
    text = pdf_text(getattr(done, document))
    assert foreign_words(text, language, done.data_strings) == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_workbook_speaks_one_language(rendered, language):
    done = rendered[language]
    assert foreign_words(_workbook_text(done.workbook), language, done.data_strings) == {}


def test_the_word_lists_find_what_they_look_for():
    """The check itself: a Dutch legend in an English text is found, a gemeente's name is not."""
    assert "geen" in foreign_words("Legend: geen gegevens", "en", [])
    assert "lock" in foreign_words("vast (lock) 600", "nl", [])
    assert foreign_words("Opvang in Den Haag", "en", ["Opvang in Den Haag"]) == {}
    assert strip_user_words("a  Brief\ncapaciteitsbehoefte b", ["Brief capaciteitsbehoefte"]) == "a   b"
