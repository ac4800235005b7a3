"""Exporting documents: read the data from the store, then render and write the document.

The one place where the store and the documents meet, for the command line and the GUI alike:
each function collects plain data (:mod:`regietafel.store.document_data`), commits, and only then
renders (:mod:`regietafel.documents`), so no document is drawn inside a transaction.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from regietafel.store.document_data import (
    collect_country_data,
    collect_document_data,
    collect_uitvraag_data,
    collect_workbook_data,
)

if TYPE_CHECKING:  # a store, or the export's plain store (``store/plain_session.py``): the same reads
    from regietafel.store.database import Store
    from regietafel.store.plain_session import PlainStore


def meeting_pack_bytes(store: Store | PlainStore, provincie_id: int, periode: str | None = None, vergadering_id: int | None = None,
                       today: dt.date | None = None, stand_per: dt.date | None = None) -> bytes:
    from regietafel.documents.meeting_pack import render

    return render(collect_document_data(store, provincie_id, periode, vergadering_id, today, stand_per=stand_per))


def write_meeting_pack(store: Store | PlainStore, provincie_id: int, periode: str | None, path: Path,
                       vergadering_id: int | None = None, today: dt.date | None = None,
                       stand_per: dt.date | None = None) -> None:
    from regietafel.documents import meeting_pack

    meeting_pack.write_meeting_pack(
        collect_document_data(store, provincie_id, periode, vergadering_id, today, stand_per=stand_per), path)


def _factsheet_data(store: Store | PlainStore, provincie_id: int | None, periode: str | None, today: dt.date | None,
                    stand_per: dt.date | None = None):
    """A province's data, or (``provincie_id`` None) every province's, for all 342 gemeenten."""
    if provincie_id is None:
        return collect_country_data(store, periode, today, stand_per)
    return collect_document_data(store, provincie_id, periode, today=today, use_latest_meeting=False, with_trend=True,
                                 stand_per=stand_per)


def factsheets_bytes(store: Store | PlainStore, provincie_id: int | None, periode: str | None = None, codes: list[str] | None = None,
                     today: dt.date | None = None, stand_per: dt.date | None = None) -> bytes:
    from regietafel.documents.factsheet import render

    return render(_factsheet_data(store, provincie_id, periode, today, stand_per), codes)


def write_factsheets(store: Store | PlainStore, provincie_id: int | None, periode: str | None, path: Path,
                     codes: list[str] | None = None, today: dt.date | None = None,
                     stand_per: dt.date | None = None) -> None:
    from regietafel.documents import factsheet

    factsheet.write_factsheets(_factsheet_data(store, provincie_id, periode, today, stand_per), path, codes)


def write_factsheets_per_gemeente(store: Store | PlainStore, provincie_id: int, periode: str | None, folder: Path,
                                  today: dt.date | None = None, stand_per: dt.date | None = None) -> list[Path]:
    """One factsheet file per gemeente of the province in ``folder``, named by CBS code and name."""
    from regietafel.documents import factsheet

    return factsheet.write_factsheets_per_gemeente(
        _factsheet_data(store, provincie_id, periode, today, stand_per), folder)


def write_workbook(store: Store | PlainStore, provincie_id: int, periode: str, path: Path, stand_per: dt.date | None = None) -> None:
    from regietafel.documents import xlsx_workbook  # openpyxl: loaded when used

    xlsx_workbook.write_workbook(collect_workbook_data(store, provincie_id, periode, stand_per), path)


def write_uitvraag(store: Store, provincie_id: int, periode: str, categorie: str, path: Path,
                   gemeente_code: str | None = None) -> None:
    from regietafel.documents import xlsx_uitvraag

    xlsx_uitvraag.write_uitvraag(collect_uitvraag_data(store, provincie_id, periode, gemeente_code), categorie, path)
