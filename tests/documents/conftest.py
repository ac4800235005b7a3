"""Fixtures for the document tests: the Zuid-Holland 2023-II workbook of the demo database, and
every document (pack, factsheets, workbook) in Dutch and in English, rendered once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from regietafel.exports import write_workbook
from regietafel.store import areas, meetings
from regietafel.store.database import open_store
from regietafel.store.overview import Overview, province_overview
from tests.conftest import _copy_sqlite


@dataclass
class Written:
    path: Path
    workbook: Workbook
    overview: Overview  # the application's numbers, for comparison
    provincie_id: int


def write_and_read(store, province: str = "Zuid-Holland", periode: str = "2023-II", path: Path | None = None) -> Written:
    with store.read() as session:
        provincie_id = areas.find_province(session, province).id
        # The workbook stands per the newest meeting's date by default, so does the comparison.
        overview = province_overview(session, provincie_id, periode,
                                     stand_per=meetings.default_stand_per(session, provincie_id))
    path = path or store.path.with_name(f"{province}-{periode}.xlsx")
    write_workbook(store, provincie_id, periode, path)
    return Written(path, load_workbook(path), overview, provincie_id)


@pytest.fixture(scope="module")
def zh_workbook(demo_template, tmp_path_factory) -> Written:
    """Written once per test module (the tests only read it)."""
    folder = tmp_path_factory.mktemp("xlsx")
    store = open_store(_copy_sqlite(demo_template, folder / "demo.sqlite"))
    try:
        yield write_and_read(store, path=folder / "zuid-holland.xlsx")
    finally:
        store.close()


FACTSHEET_CODES = ["GM0518", "GM0482", "GM0599", "GM0603", "GM0546"]  # Den Haag, Alblasserdam, Rotterdam, Rijswijk, Leiden


@dataclass
class Rendered:
    """The documents of one language, written once per test session, and the data they print."""

    language: str
    pack: Path
    factsheets: Path
    workbook: Path
    data_strings: list[str]  # names, sources and meeting texts: the user's words, in any language


def _data_strings(document_data, workbook_data) -> list[str]:
    strings = {document_data.provincie, *document_data.sources}
    for row in document_data.overview.rows:
        strings |= {row.naam, row.regio or ""}
    for sheet in document_data.overview.worksheets.values():
        strings |= {sheet.source.bron if sheet.source else "", sheet.verdeling.toelichting or ""}
    meeting = document_data.meeting
    for item in meeting.agenda:
        strings |= {item.titel, item.toelichting or ""}
    for one in (meeting.meeting, meeting.previous):
        if one is not None:
            strings |= {one.plaats or "", one.aanwezigen or ""}
    strings |= {d.tekst for d in meeting.previous_decisions}
    strings |= {p.omschrijving for p in meeting.carried_actions} | {p.eigenaar or "" for p in meeting.carried_actions}
    strings |= {info.toelichting for info in workbook_data.versions.values()}
    return sorted((s for s in strings if s), key=len, reverse=True)


def _with_lock_credit_and_exchange(store) -> int:
    """Opvang gets a lock, a credit and an exchange, so that every line of the verantwoording
    (constraints, credit and surplus, exchanges) is printed."""
    from dataclasses import replace

    from regietafel.store import distributions

    with store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        version = distributions.ensure_version(session, "opvang", "2023-II", zh)
        settings = distributions.settings_of(session, version)
        settings = settings.with_constraint("GM0518", "vast", 2900).with_constraint("GM0599", "verrekening", 3000)
        settings = replace(settings, uitwisselingen=(("GM0503", "GM0546", 10, "afspraak", "2023-09-01"),))
        distributions.apply_settings(session, version.id, settings, "test")
    return zh


@pytest.fixture(scope="session")
def rendered(demo_template, tmp_path_factory) -> dict[str, Rendered]:
    """Zuid-Holland 2023-II in Dutch and in English: meeting pack, factsheets and workbook."""
    import datetime as dt

    from regietafel.documents import factsheet, meeting_pack, xlsx_workbook
    from regietafel.domain.language import get_language, set_language
    from regietafel.store.document_data import collect_document_data, collect_workbook_data

    folder = tmp_path_factory.mktemp("rendered")
    store = open_store(_copy_sqlite(demo_template, folder / "demo.sqlite"))
    before = get_language()
    result = {}
    try:
        zh = _with_lock_credit_and_exchange(store)
        for language in ("nl", "en"):
            set_language(language)
            data = collect_document_data(store, zh, "2023-II", today=dt.date(2023, 10, 9))
            sheets = collect_document_data(store, zh, "2023-II", today=dt.date(2023, 10, 9),
                                           use_latest_meeting=False, with_trend=True)
            book = collect_workbook_data(store, zh, "2023-II")
            paths = [folder / f"{name}-{language}.{ext}" for name, ext in
                     (("pack", "pdf"), ("factsheets", "pdf"), ("workbook", "xlsx"))]
            meeting_pack.write_meeting_pack(data, paths[0])
            factsheet.write_factsheets(sheets, paths[1], FACTSHEET_CODES)  # a few: every page is alike
            xlsx_workbook.write_workbook(book, paths[2])
            result[language] = Rendered(language, *paths, _data_strings(data, book))
    finally:
        set_language(before)
        store.close()
    return result
