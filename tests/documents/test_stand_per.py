"""Every figure is "stand per" a date: a meeting's documents leave out what was reported after
it, print the date on every table, chart and map, and show the status as a forecast until the
half-year has ended."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from openpyxl import load_workbook
from sqlalchemy import func, select

from regietafel.exports import write_factsheets, write_meeting_pack
from regietafel.store import areas, meetings
from regietafel.store.document_data import collect_document_data
from regietafel.store.models import Gemeente, Realisatie
from tests.documents.pdf_helpers import needs_poppler, pdf_text

PAST, NEXT = dt.date(2023, 5, 15), dt.date(2023, 10, 16)  # the demo's meetings


def _zh(store) -> tuple[int, dict[dt.date, int]]:
    with store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        meeting_ids = {m.datum: m.id for m in meetings.meetings(session, zh)}
    return zh, meeting_ids


def _housed(store, zh, first: dt.date, last: dt.date) -> int:
    with store.read() as session:
        return session.scalar(select(func.sum(Realisatie.aantal)).join(Gemeente, Gemeente.id == Realisatie.gemeente_id)
                              .where(Realisatie.categorie == "huisvesting", Gemeente.provincie_id == zh,
                                     Realisatie.peildatum >= first, Realisatie.peildatum <= last))


def test_the_pack_of_a_meeting_counts_nothing_reported_after_it(demo_store):
    zh, meetings = _zh(demo_store)
    data = collect_document_data(demo_store, zh, "2023-II", meetings[NEXT])
    assert data.stand_per == NEXT
    sheet = data.overview.worksheets["huisvesting"]
    realised = sum(row.realised or 0 for row in sheet.rows)
    # Reports of 28-7, 28-8 and 28-9 count; those of 28-10 and 28-11 (after the meeting) do not.
    assert realised == _housed(demo_store, zh, dt.date(2023, 7, 1), NEXT)
    assert realised < _housed(demo_store, zh, dt.date(2023, 7, 1), dt.date(2023, 12, 31))
    assert sheet.forecast and all(row.status for row in sheet.rows)  # before the half-year's end: a forecast
    # The factsheets' monthly trend stops at the same date.
    trend = collect_document_data(demo_store, zh, "2023-II", meetings[NEXT], with_trend=True).trend
    assert sum(n for months in trend.values() for month, n in months if month >= dt.date(2023, 7, 1)) == realised
    # The earlier meeting, for its own half-year: January to April only.
    earlier = collect_document_data(demo_store, zh, "2023-I", meetings[PAST])
    assert earlier.stand_per == PAST
    assert sum(r.realised or 0 for r in earlier.overview.worksheets["huisvesting"].rows) == _housed(
        demo_store, zh, dt.date(2023, 1, 1), PAST)


@needs_poppler
def test_the_pack_prints_its_stand_per_date_everywhere(demo_store, tmp_path):
    zh, meetings = _zh(demo_store)
    pdf = tmp_path / "pack.pdf"
    write_meeting_pack(demo_store, zh, "2023-I", pdf, meetings[PAST], today=dt.date(2026, 12, 1))
    text = " ".join(pdf_text(pdf).split())
    opgaven = len(collect_document_data(demo_store, zh, "2023-I", meetings[PAST]).overview.worksheets)
    assert opgaven >= 1
    assert "Stand per 15-5-2023 (cijfers van na die datum tellen niet mee)" in text  # cover
    sources = text.count("; stand per 15-5-2023.")
    assert sources == 1 + opgaven  # the source line of the overview and of every opgave section
    assert text.count("(stand per 15-5-2023)") >= 2 * opgaven  # every chart and map title
    assert "(prognose)" in text  # the status column: before the end of the half-year, a forecast
    assert "Toezichtsregel (beleid van de provincie)" in text and "Prognose:" in text


@needs_poppler
def test_the_factsheets_stand_per_the_meeting_not_the_day_they_are_printed(demo_store, tmp_path):
    zh, _meetings = _zh(demo_store)
    pdf = tmp_path / "factsheets.pdf"
    write_factsheets(demo_store, zh, "2023-II", pdf, ["GM0518"], today=dt.date(2026, 12, 1))
    text = " ".join(pdf_text(pdf).split())
    assert "stand per 16-10-2023" in text and "stand per 1-12-2026" not in text  # (the footer keeps the day it was made)
    assert "(prognose)" in text


def test_export_stand_per_on_the_command_line(demo_template, tmp_path):
    import shutil

    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, db)
    xlsx = tmp_path / "werkmap.xlsx"
    subprocess.run([sys.executable, "-m", "regietafel.cli", "export", "--db", str(db), "--province", "Zuid-Holland",
                    "--period", "2023-II", "--stand-per", "1-9-2023", "--xlsx", str(xlsx)], check=True,
                   capture_output=True)
    hv = load_workbook(xlsx)["Huisvesting"]
    assert "stand per 1-9-2023" in hv["A1"].value and "Stand per 1-9-2023" in hv["A4"].value
