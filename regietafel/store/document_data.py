"""What the documents print, read from the store as plain data: the meeting pack and factsheets
(:class:`DocumentData`), the workbook for the gemeenten (:class:`WorkbookData`) and the uitvraag
(:class:`UitvraagData`). The same overview and worksheets the application shows
(``province_overview``), so every number matches. The documents render from these objects only:
they never see a session, and nothing renders inside a transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regietafel.domain.names import normalize_gemeente_code
from regietafel.domain.periods import HalfYear
from regietafel.store import areas, meetings
from regietafel.store.errors import NothingToExport
from regietafel.store.meetings import MeetingPackData
from regietafel.store.overview import CATEGORIES, Overview, province_overview
from regietafel.store.reporting import monthly_realisation, opgave_sources
from regietafel.store.texts import t
from regietafel.store.worksheet import thresholds

if TYPE_CHECKING:  # the export reads with a plain session and never imports SQLAlchemy
    from sqlalchemy.orm import Session

    from regietafel.store.database import Store
    from regietafel.store.models import Vergadering
    from regietafel.store.plain_session import PlainStore


@dataclass
class DocumentData:
    provincie: str
    periode: str
    overview: Overview
    sources: list[str]
    meeting: MeetingPackData
    today: dt.date  # the day the document is made
    trend: dict[str, list[tuple[dt.date, int]]]

    @property
    def stand_per(self) -> dt.date:
        """Every figure in the document is as of this date."""
        return self.overview.stand_per

    @property
    def concept(self) -> bool:
        return self.overview.concept


def collect_document_data(store: Store | PlainStore, provincie_id: int, periode: str | None = None,
                          vergadering_id: int | None = None, today: dt.date | None = None,
                          use_latest_meeting: bool = True, with_trend: bool = False,
                          stand_per: dt.date | None = None) -> DocumentData:
    """What the meeting pack and the factsheets print, stand per ``stand_per`` (default: the
    meeting's date, else the newest meeting's, else today). In a write transaction, because the
    overview may create a first concept version; it is committed before anything is rendered."""
    with store.transaction() as session:
        return _document_data(session, provincie_id, periode, vergadering_id, today, use_latest_meeting, with_trend,
                              stand_per)


def collect_country_data(store: Store | PlainStore, periode: str | None = None, today: dt.date | None = None,
                         stand_per: dt.date | None = None) -> list[DocumentData]:
    """Every province's factsheet data (in name order), in one unit of work: what all provinces
    share (the gemeenten, the population, the national art. 29 computation) is read once. One
    transaction for the whole country: meant for a snapshot (``export --all-provinces``), where
    no one else waits for the database."""
    with store.transaction() as session:
        return [_document_data(session, province.id, periode, None, today, False, True, stand_per)
                for province in areas.provinces(session)]


def _document_data(session: Session, provincie_id: int, periode: str | None, vergadering_id: int | None,
                   today: dt.date | None, use_latest_meeting: bool, with_trend: bool,
                   stand_per: dt.date | None) -> DocumentData:
    provincie = areas.get_province(session, provincie_id)
    if provincie is None:
        raise ValueError(f"Unknown province {provincie_id}")
    periode = periode or areas.default_period(session)
    if periode is None:
        raise NothingToExport(t("store.no_opgaven_in_this_database"))
    stand_per = stand_per or meetings.default_stand_per(session, provincie_id, vergadering_id)
    overview = _overview_with_opgaven(session, provincie, periode, stand_per)
    meeting: Vergadering | None
    if vergadering_id is not None:
        meeting = meetings.get_meeting(session, vergadering_id)
        if meeting.provincie_id != provincie_id:
            raise ValueError(t("store.meeting_is_not_of_province", meeting=vergadering_id, provincie=provincie.naam))
    else:
        meeting = meetings.latest_meeting(session, provincie_id) if use_latest_meeting else None
    trend = {}
    if with_trend:
        codes = [row.code for row in overview.rows]
        trend = monthly_realisation(session, "huisvesting", codes, min(HalfYear.parse(periode).end, stand_per))
    return DocumentData(provincie.naam, periode, overview, opgave_sources(session, provincie_id, periode),
                        meetings.pack_data(session, meeting), today or dt.date.today(), trend)


def _overview_with_opgaven(session: Session, provincie: areas.ProvincieRow, periode: str, stand_per: dt.date) -> Overview:
    """The overview a document prints, stand per ``stand_per``; refused when it would be empty
    (nothing to divide yet)."""
    overview = province_overview(session, provincie.id, periode, stand_per=stand_per)
    if not overview.worksheets:
        raise NothingToExport(t("store.no_opgaven_for_province_and_period", provincie=provincie.naam, periode=periode))
    return overview


@dataclass
class VersionInfo:
    categorie: str
    versie: int
    status: str
    vastgesteld_op: dt.date | None
    toelichting: str
    verantwoording: str
    notes: list[str]
    codes: frozenset[str]  # the province's gemeenten in this version
    source: str = ""  # the published total this version divides, with its source and peildatum


@dataclass
class WorkbookData:
    provincie: str
    periode: str
    overview: Overview
    versions: dict[str, VersionInfo]
    limits: dict[str, int]
    made: dt.date

    @property
    def stand_per(self) -> dt.date:
        return self.overview.stand_per

    @property
    def categories(self) -> list[str]:
        return [c for c in CATEGORIES if c in self.overview.worksheets]


def collect_workbook_data(store: Store | PlainStore, provincie_id: int, periode: str, stand_per: dt.date | None = None) -> WorkbookData:
    """Everything the workbook shows, stand per ``stand_per`` (default as the documents), read
    in one session. Nothing is written to the database: a concept the overview computes on
    demand is rolled back with the read session."""
    with store.read() as session:
        provincie = areas.get_province(session, provincie_id)
        if provincie is None:
            raise ValueError(f"unknown provincie_id {provincie_id}")
        stand_per = stand_per or meetings.default_stand_per(session, provincie_id)
        overview = _overview_with_opgaven(session, provincie, periode, stand_per)
        versions = {
            categorie: VersionInfo(
                categorie, sheet.verdeling.versie, sheet.verdeling.status, sheet.verdeling.vastgesteld_op,
                sheet.verdeling.toelichting or "", sheet.computed.verantwoording_text(),
                [n for n in sheet.notes if n not in sheet.computed.notes], frozenset(r.code for r in sheet.rows),
                sheet.source.text() if sheet.source else "",
            )
            for categorie, sheet in overview.worksheets.items()
        }
        return WorkbookData(provincie.naam, periode, overview, versions, thresholds(session, provincie_id),
                          dt.date.today())


@dataclass(frozen=True)
class UitvraagData:
    provincie: str
    provincie_code: str
    periode: str
    gemeenten: list[areas.GemeenteRow]
    gemeente_code: str | None  # the one gemeente asked, or None for all


def collect_uitvraag_data(store: Store, provincie_id: int, periode: str,
                          gemeente_code: str | None = None) -> UitvraagData:
    """The gemeenten an uitvraag workbook asks (all of the province, or one)."""
    with store.read() as session:
        provincie = areas.get_province(session, provincie_id)
        if provincie is None:
            raise ValueError(f"unknown provincie_id {provincie_id}")
        rows = areas.gemeenten_of_province(session, provincie_id, None)
    if gemeente_code is not None:
        code = normalize_gemeente_code(gemeente_code) or gemeente_code
        rows = [row for row in rows if row.code == code]
        if not rows:
            raise ValueError(f"gemeente {gemeente_code} ligt niet in deze provincie")
    return UitvraagData(provincie.naam, provincie.code, periode, rows, gemeente_code)
