"""What a PDF prints, collected from the services in one session: the same overview and
worksheets the application shows (``province_overview``), so every number matches."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from regietafel.documents import pdf_texts
from regietafel.domain.formatting import format_date
from regietafel.domain.periods import HalfYear
from regietafel.store import areas, vergaderingen
from regietafel.store.models import Provincie, Verdeling
from regietafel.store.overzicht import Overview, province_overview
from regietafel.store.rapportage import monthly_realisation, opgave_sources
from regietafel.store.vergaderingen import MeetingPackData


@dataclass
class DocumentData:
    provincie: str
    periode: str
    overview: Overview
    sources: list[str]
    meeting: MeetingPackData
    today: dt.date
    trend: dict[str, list[tuple[dt.date, int]]]

    @property
    def concept(self) -> bool:
        return self.overview.concept


def collect(session: Session, provincie_id: int, periode: str | None = None, vergadering_id: int | None = None,
            today: dt.date | None = None, use_latest_meeting: bool = True, with_trend: bool = False) -> DocumentData:
    """Call inside ``store.transaction()``: the overview may create a first concept version."""
    provincie = session.get(Provincie, provincie_id)
    if provincie is None:
        raise ValueError(f"Unknown province {provincie_id}")
    periode = periode or areas.default_period(session)
    if periode is None:
        raise ValueError("No period with opgaven in this database")
    overview = province_overview(session, provincie_id, periode)
    if vergadering_id is not None:
        meeting = vergaderingen.get_meeting(session, vergadering_id)
        if meeting.provincie_id != provincie_id:
            raise ValueError(f"Meeting {vergadering_id} is not a meeting of {provincie.naam}")
    else:
        meeting = vergaderingen.latest_meeting(session, provincie_id) if use_latest_meeting else None
    trend = {}
    if with_trend:
        codes = [row.code for row in overview.rows]
        trend = monthly_realisation(session, "huisvesting", codes, HalfYear.parse(periode).end)
    return DocumentData(provincie.naam, periode, overview, opgave_sources(session, provincie_id, periode),
                        vergaderingen.pack_data(session, meeting), today or dt.date.today(), trend)


def version_status(verdeling: Verdeling) -> str:
    if verdeling.status == "concept":
        return pdf_texts.text("status_concept")
    if verdeling.vastgesteld_op:
        return pdf_texts.text("status_vastgesteld", datum=format_date(verdeling.vastgesteld_op))
    return pdf_texts.text("status_vastgesteld_nodate")


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target, then replace it: never a half-written PDF on disk."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".regietafel-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
