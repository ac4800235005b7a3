"""Items 9 and 10 of issue 12 on the writer's side: meeting texts of any length break over pages, and
control characters never reach a PDF or a workbook (whatever got into the database)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import update

from regietafel.exports import meeting_pack_bytes, write_uitvraag, write_workbook
from regietafel.store import areas, meetings
from regietafel.store.models import Gemeente
from tests.documents.pdf_helpers import pdf_text
from tests.system_tools import needs


def long_text(marker: str, length: int = 6500) -> str:
    words = ("Afspraak over de huisvesting van statushouders in de regio " * (length // 50 + 1))[:length]
    return f"{words} {marker}"


@needs("pdftotext")
@pytest.mark.parametrize("length", [6500])
def test_meeting_texts_of_any_length_break_over_pages(demo_store, tmp_path, length):
    with demo_store.transaction() as session:
        zeeland = areas.find_province(session, "Zeeland").id
        before = meetings.create_meeting(session, zeeland, dt.date(2024, 1, 10), plaats="Middelburg",
                                              aanwezigen=long_text("EINDEAANWEZIGEN1", length))
        meetings.add_decision(session, before.id, long_text("EINDEBESLUIT", length))
        meetings.add_action_point(session, before.id, long_text("EINDEACTIE", length),
                                       eigenaar=long_text("EINDEEIGENAAR", length))
        meetings.add_action_point(session, before.id, "x" * length + " EINDEWOORD")  # one long word
        meeting = meetings.create_meeting(session, zeeland, dt.date(2024, 2, 10), plaats="Goes",
                                               aanwezigen=long_text("EINDEAANWEZIGEN2", length))
        meetings.add_agenda_item(session, meeting.id, long_text("EINDEAGENDA", length),
                                      long_text("EINDETOELICHTING", length))
        meeting_id = meeting.id
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(meeting_pack_bytes(demo_store, zeeland, "2023-II", meeting_id))
    text = pdf_text(pdf).replace("\n", " ")
    for marker in ("EINDEAANWEZIGEN2", "EINDEBESLUIT", "EINDEACTIE", "EINDEEIGENAAR", "EINDEWOORD",
                   "EINDEAGENDA", "EINDETOELICHTING"):
        assert marker in text  # nothing cut off


@pytest.fixture
def odd_names(demo_store):
    """Gemeente names with control characters, put straight into the database (as an older import
    could): the writers must cope whatever the data holds."""
    with demo_store.transaction() as session:
        session.execute(update(Gemeente).where(Gemeente.code == "GM0687").values(naam="Middel\x0bburg\x00"))
        session.execute(update(Gemeente).where(Gemeente.code == "GM0718").values(naam="Vlissingen\x1b[1m"))
        return areas.find_province(session, "Zeeland").id


def test_workbooks_take_control_characters(demo_store, odd_names, tmp_path):
    write_workbook(demo_store, odd_names, "2023-II", tmp_path / "werkmap.xlsx")
    write_uitvraag(demo_store, odd_names, "2023-II", "huisvesting", tmp_path / "uitvraag.xlsx")
    for name in ("werkmap.xlsx", "uitvraag.xlsx"):
        values = [cell for sheet in openpyxl.load_workbook(tmp_path / name).worksheets
                  for row in sheet.iter_rows(values_only=True) for cell in row if isinstance(cell, str)]
        assert any(value.startswith("Middel burg") for value in values)
        assert not any("\x0b" in value or "\x1b" in value or "\x00" in value for value in values)


@needs("pdftotext")
def test_pdfs_take_control_characters(demo_store, odd_names, tmp_path):
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(meeting_pack_bytes(demo_store, odd_names, "2023-II"))
    text = pdf_text(pdf)
    assert "Middel burg" in text and "\x0b" not in text and "\x1b" not in text
