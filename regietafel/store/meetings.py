"""Meetings of a Provinciale Regietafel: agenda, besluitenlijst and actiepunten.

The GUI, the CLI and the meeting pack call these. Changes run inside the caller's transaction
(``store.transaction()``). A decision can adopt a concept distribution version: it becomes
vastgesteld "in de PRT van <datum>" (``distributions.adopt`` with the meeting's date and id).
Open action points of earlier meetings of the same province carry over to the next meeting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regietafel.domain.formatting import format_date, format_int
from regietafel.store.plain_session import is_plain
from regietafel.store.session_memo import ANY_WRITE, memoized
from regietafel.store.texts import t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from regietafel.store.models import Actiepunt, Agendapunt, Besluit, Verdeling, Vergadering

# The reads the meeting pack makes also answer a plain session (``store/plain_session.py``: the
# export never imports SQLAlchemy) with records of the same columns, rows and order as the ORM's
# objects; the ORM and the models are imported where they are used.

ACTION_STATUSES = ("open", "afgerond")

# Agenda titles are meeting content (Dutch, like the documents), editable by the secretariat.
DEFAULT_AGENDA_START = (
    "Opening",
    "Vaststellen agenda en verslag vorige vergadering",
    "Actualiteiten",
)
DEFAULT_AGENDA_OPGAVEN = (
    "Opvang asielzoekers",
    "Huisvesting vergunninghouders",
    "Alleenstaande minderjarige vreemdelingen (amv)",
    "Opvang ontheemden uit Oekraïne",
)
DEFAULT_AGENDA_END = ("Rondvraag", "Sluiting")
CATEGORY_NAMES = {
    "opvang": "opvang asielzoekers",
    "huisvesting": "huisvesting vergunninghouders",
    "amv_coa": "amv (COA-plekken)",
    "amv_nidos": "amv (Nidos)",
    "oekraine": "opvang ontheemden Oekraïne",
    "crisisnoodopvang": "crisisnoodopvang",
}


def default_agenda() -> list[str]:
    return [*DEFAULT_AGENDA_START, *DEFAULT_AGENDA_OPGAVEN, *DEFAULT_AGENDA_END]


# --- reading -----------------------------------------------------------------------------

def meetings(session: Session, provincie_id: int) -> list[Vergadering]:
    """The meetings of a province, oldest first (asked once per session until a write)."""
    def load() -> list:
        if is_plain(session):
            return session.records("SELECT * FROM vergadering WHERE provincie_id = ? ORDER BY datum, id",
                                   [provincie_id])
        from sqlalchemy import select

        from regietafel.store.models import Vergadering

        return list(session.scalars(
            select(Vergadering).where(Vergadering.provincie_id == provincie_id)
            .order_by(Vergadering.datum, Vergadering.id)
        ))

    return list(memoized(session, ANY_WRITE, ("meetings", provincie_id), load))


def get_meeting(session: Session, vergadering_id: int) -> Vergadering:
    meeting = _meeting_by_id(session, vergadering_id)
    if meeting is None:
        raise ValueError(t("meetings.unknown_meeting_id", id=vergadering_id))
    return meeting


def _meeting_by_id(session: Session, vergadering_id: int) -> Vergadering | None:
    if is_plain(session):
        found = session.records("SELECT * FROM vergadering WHERE id = ?", [vergadering_id])
        return found[0] if found else None
    from regietafel.store.models import Vergadering

    return session.get(Vergadering, vergadering_id)


def latest_meeting(session: Session, provincie_id: int) -> Vergadering | None:
    found = meetings(session, provincie_id)
    return found[-1] if found else None


def default_stand_per(session: Session, provincie_id: int, vergadering_id: int | None = None) -> dt.date:
    """The date figures stand per by default: the date of the meeting whose documents are made
    (the newest meeting of the province when none is named), else today."""
    meeting = get_meeting(session, vergadering_id) if vergadering_id is not None else latest_meeting(session, provincie_id)
    return meeting.datum if meeting is not None else dt.date.today()


def previous_meeting(session: Session, meeting: Vergadering) -> Vergadering | None:
    """The meeting of the same province just before this one (by date, then id)."""
    earlier = [m for m in meetings(session, meeting.provincie_id)
               if (m.datum, m.id) < (meeting.datum, meeting.id)]
    return earlier[-1] if earlier else None


def agenda(session: Session, vergadering_id: int) -> list[Agendapunt]:
    return _of_meeting(session, "Agendapunt", vergadering_id, ("volgorde", "id"))


def decisions(session: Session, vergadering_id: int) -> list[Besluit]:
    return _of_meeting(session, "Besluit", vergadering_id, ("volgorde", "id"))


def action_points(session: Session, vergadering_id: int) -> list[Actiepunt]:
    return _of_meeting(session, "Actiepunt", vergadering_id, ("id",))


def _of_meeting(session: Session, model: str, vergadering_id: int, order: tuple[str, ...]) -> list:
    """The rows of one meeting in a table of its papers (agenda, decisions, action points), in
    ``order``: as the model's objects, or on a plain session as records with its columns."""
    if is_plain(session):
        table = model.lower()  # the models' table names are their class names in lower case
        return session.records(f"SELECT * FROM {table} WHERE vergadering_id = ? ORDER BY {', '.join(order)}",
                               [vergadering_id])
    from sqlalchemy import select

    from regietafel.store import models

    kind = getattr(models, model)
    return list(session.scalars(select(kind).where(kind.vergadering_id == vergadering_id)
                                .order_by(*(getattr(kind, column) for column in order))))


def carried_action_points(session: Session, meeting: Vergadering) -> list[Actiepunt]:
    """Open action points of earlier meetings of the province: they carry over to ``meeting``."""
    if is_plain(session):
        datum = meeting.datum.isoformat()  # as the ORM stores a date
        return session.records(
            "SELECT actiepunt.* FROM actiepunt JOIN vergadering ON vergadering.id = actiepunt.vergadering_id "
            "WHERE vergadering.provincie_id = ? AND actiepunt.status = 'open' "
            "AND (vergadering.datum < ? OR (vergadering.datum = ? AND vergadering.id < ?)) "
            "ORDER BY vergadering.datum, actiepunt.id", [meeting.provincie_id, datum, datum, meeting.id])
    from sqlalchemy import select

    from regietafel.store.models import Actiepunt, Vergadering

    return list(session.scalars(
        select(Actiepunt).join(Vergadering, Vergadering.id == Actiepunt.vergadering_id)
        .where(Vergadering.provincie_id == meeting.provincie_id, Actiepunt.status == "open",
               (Vergadering.datum < meeting.datum)
               | ((Vergadering.datum == meeting.datum) & (Vergadering.id < meeting.id)))
        .order_by(Vergadering.datum, Actiepunt.id)
    ))


def adoptable_versions(session: Session, provincie_id: int, periode: str) -> list[Verdeling]:
    """Concept versions of this province and period that a decision can adopt."""
    from sqlalchemy import select

    from regietafel.store.models import Periode, Verdeling

    return list(session.scalars(
        select(Verdeling).join(Periode, Periode.id == Verdeling.periode_id)
        .where(Verdeling.provincie_id == provincie_id, Periode.code == periode, Verdeling.status == "concept")
        .order_by(Verdeling.categorie, Verdeling.versie)
    ))


def adoptable_version_choices(session: Session, provincie_id: int, periode: str) -> list[tuple[int, str]]:
    """(id, label) of each concept version a decision of this province and period can adopt."""
    return [(v.id, version_label(v, periode)) for v in adoptable_versions(session, provincie_id, periode)]


def version_label(verdeling: Verdeling, periode: str | None = None) -> str:
    """'huisvesting vergunninghouders 2023-II, versie 2' (Dutch: it goes into the besluitenlijst)."""
    name = CATEGORY_NAMES.get(verdeling.categorie, verdeling.categorie)
    return f"{name}{' ' + periode if periode else ''}, versie {verdeling.versie}"


# --- changing ----------------------------------------------------------------------------

def create_meeting(session: Session, provincie_id: int, datum: dt.date, plaats: str = "",
                   aanwezigen: str = "", with_default_agenda: bool = True) -> Vergadering:
    from regietafel.store.models import Agendapunt, Vergadering

    meeting = Vergadering(provincie_id=provincie_id, datum=datum, plaats=plaats, aanwezigen=aanwezigen)
    session.add(meeting)
    session.flush()
    if with_default_agenda:
        for number, titel in enumerate(default_agenda(), start=1):
            session.add(Agendapunt(vergadering_id=meeting.id, volgorde=number, titel=titel))
        session.flush()
    return meeting


def update_meeting(session: Session, vergadering_id: int, *, datum: dt.date | None = None,
                   plaats: str | None = None, aanwezigen: str | None = None) -> Vergadering:
    meeting = get_meeting(session, vergadering_id)
    if datum is not None:
        meeting.datum = datum
    if plaats is not None:
        meeting.plaats = plaats
    if aanwezigen is not None:
        meeting.aanwezigen = aanwezigen
    session.flush()
    return meeting


def delete_meeting(session: Session, vergadering_id: int) -> None:
    from sqlalchemy import func, select

    from regietafel.store.models import Verdeling

    meeting = get_meeting(session, vergadering_id)
    adopted = session.scalar(select(func.count()).select_from(Verdeling).where(Verdeling.vergadering_id == meeting.id))
    if adopted:
        raise ValueError(t("meetings.this_meeting_adopted_a_distribution_version"))
    for child in (*agenda(session, meeting.id), *decisions(session, meeting.id), *action_points(session, meeting.id)):
        session.delete(child)
    session.delete(meeting)
    session.flush()


def add_agenda_item(session: Session, vergadering_id: int, titel: str, toelichting: str = "",
                    position: int | None = None) -> Agendapunt:
    """Add an item at ``position`` (0-based; None: at the end) and renumber."""
    from regietafel.store.models import Agendapunt

    if not titel.strip():
        raise ValueError(t("meetings.an_agenda_item_needs_a_title"))
    items = agenda(session, vergadering_id)
    item = Agendapunt(vergadering_id=vergadering_id, volgorde=0, titel=titel.strip(), toelichting=toelichting)
    session.add(item)
    items.insert(len(items) if position is None else max(0, min(position, len(items))), item)
    _renumber(items)
    session.flush()
    return item


def update_agenda_item(session: Session, agendapunt_id: int, titel: str, toelichting: str = "") -> None:
    if not titel.strip():
        raise ValueError(t("meetings.an_agenda_item_needs_a_title"))
    from regietafel.store.models import Agendapunt

    item = session.get_one(Agendapunt, agendapunt_id)
    item.titel, item.toelichting = titel.strip(), toelichting
    session.flush()


def remove_agenda_item(session: Session, agendapunt_id: int) -> None:
    from regietafel.store.models import Agendapunt

    item = session.get_one(Agendapunt, agendapunt_id)
    vergadering_id = item.vergadering_id
    session.delete(item)
    session.flush()
    _renumber(agenda(session, vergadering_id))
    session.flush()


def move_agenda_item(session: Session, agendapunt_id: int, step: int) -> None:
    """Move an item ``step`` places up (negative) or down (positive)."""
    from regietafel.store.models import Agendapunt

    item = session.get_one(Agendapunt, agendapunt_id)
    items = agenda(session, item.vergadering_id)
    index = items.index(item)
    target = max(0, min(index + step, len(items) - 1))
    items.insert(target, items.pop(index))
    _renumber(items)
    session.flush()


def _renumber(items: list) -> None:
    for number, item in enumerate(items, start=1):
        item.volgorde = number


def add_decision(session: Session, vergadering_id: int, tekst: str = "",
                 verdeling_id: int | None = None, expected: int | None = None) -> Besluit:
    """Record a decision; with ``verdeling_id`` the decision adopts that concept version
    (vastgesteld on the meeting's date, linked to the meeting; ``expected``: the version's
    change number the caller loaded, see :func:`distributions.adopt`)."""
    from sqlalchemy import func, select

    from regietafel.store import distributions
    from regietafel.store.models import Besluit, Periode, Provincie, Verdeling

    meeting = get_meeting(session, vergadering_id)
    tekst = tekst.strip()
    if verdeling_id is not None:
        verdeling = session.get(Verdeling, verdeling_id)
        if verdeling is None or verdeling.provincie_id != meeting.provincie_id:
            raise ValueError(t("meetings.this_distribution_version_does_not_belong"))
        periode = session.scalar(select(Periode.code).where(Periode.id == verdeling.periode_id))
        distributions.adopt(session, verdeling_id, meeting.datum, meeting.id,
                          reden=f"Besluit PRT van {format_date(meeting.datum)}", expected=expected)
        # The province's own total (its gemeenten), never a national number it was computed from.
        total = sum(distributions.allocations(session, verdeling_id).values())
        provincie = session.scalar(select(Provincie.naam).where(Provincie.id == meeting.provincie_id))
        adopted = (f"De verdeling {version_label(verdeling, periode)} wordt vastgesteld "
                   f"(totaal {provincie} {format_int(total)}).")
        tekst = f"{adopted} {tekst}".strip() if tekst and tekst not in adopted else (tekst or adopted)
    if not tekst:
        raise ValueError(t("meetings.a_decision_needs_a_text"))
    volgorde = 1 + (session.scalar(select(func.max(Besluit.volgorde)).where(Besluit.vergadering_id == vergadering_id)) or 0)
    decision = Besluit(vergadering_id=vergadering_id, volgorde=volgorde, tekst=tekst, verdeling_id=verdeling_id)
    session.add(decision)
    session.flush()
    return decision


def update_decision(session: Session, besluit_id: int, tekst: str) -> None:
    if not tekst.strip():
        raise ValueError(t("meetings.a_decision_needs_a_text"))
    from regietafel.store.models import Besluit

    session.get_one(Besluit, besluit_id).tekst = tekst.strip()
    session.flush()


def remove_decision(session: Session, besluit_id: int) -> None:
    from regietafel.store.models import Besluit

    decision = session.get_one(Besluit, besluit_id)
    if decision.verdeling_id is not None:
        raise ValueError(t("meetings.this_decision_adopted_a_distribution_version"))
    session.delete(decision)
    session.flush()


def add_action_point(session: Session, vergadering_id: int, omschrijving: str, eigenaar: str = "",
                     deadline: dt.date | None = None, status: str = "open") -> Actiepunt:
    from regietafel.store.models import Actiepunt

    get_meeting(session, vergadering_id)
    if not omschrijving.strip():
        raise ValueError(t("meetings.an_action_point_needs_a_description"))
    _check_status(status)
    point = Actiepunt(vergadering_id=vergadering_id, omschrijving=omschrijving.strip(), eigenaar=eigenaar.strip(),
                      deadline=deadline, status=status)
    session.add(point)
    session.flush()
    return point


def update_action_point(session: Session, actiepunt_id: int, *, omschrijving: str | None = None,
                        eigenaar: str | None = None, deadline: dt.date | None | str = "keep",
                        status: str | None = None) -> Actiepunt:
    from regietafel.store.models import Actiepunt

    point = session.get_one(Actiepunt, actiepunt_id)
    if omschrijving is not None:
        if not omschrijving.strip():
            raise ValueError(t("meetings.an_action_point_needs_a_description"))
        point.omschrijving = omschrijving.strip()
    if eigenaar is not None:
        point.eigenaar = eigenaar.strip()
    if not isinstance(deadline, str):  # "keep": leave the deadline as it is
        point.deadline = deadline
    if status is not None:
        _check_status(status)
        point.status = status
    session.flush()
    return point


def toggle_action_point(session: Session, actiepunt_id: int) -> Actiepunt:
    """Done if it was open, open again if it was done."""
    from regietafel.store.models import Actiepunt

    point = session.get_one(Actiepunt, actiepunt_id)
    return update_action_point(session, actiepunt_id, status="afgerond" if point.status == "open" else "open")


def remove_action_point(session: Session, actiepunt_id: int) -> None:
    from regietafel.store.models import Actiepunt

    session.delete(session.get_one(Actiepunt, actiepunt_id))
    session.flush()


def _check_status(status: str) -> None:
    if status not in ACTION_STATUSES:
        raise ValueError(t("meetings.unknown_status_status", status=status))


# --- what the meeting pack prints --------------------------------------------------------

@dataclass
class MeetingPackData:
    """Everything the pack prints about the meeting itself (plain values, detached)."""

    meeting: Vergadering | None
    agenda: list[Agendapunt] = field(default_factory=list)
    previous: Vergadering | None = None
    previous_decisions: list[Besluit] = field(default_factory=list)
    carried_actions: list[Actiepunt] = field(default_factory=list)  # open, from earlier meetings
    previous_actions: list[Actiepunt] = field(default_factory=list)  # all of the previous meeting


def pack_data(session: Session, meeting: Vergadering | None) -> MeetingPackData:
    if meeting is None:
        return MeetingPackData(None)
    previous = previous_meeting(session, meeting)
    return MeetingPackData(
        meeting=meeting,
        agenda=agenda(session, meeting.id),
        previous=previous,
        previous_decisions=decisions(session, previous.id) if previous else [],
        carried_actions=carried_action_points(session, meeting),
        previous_actions=action_points(session, previous.id) if previous else [],
    )
