"""Locations of a province: list, add, edit and close (each call inside the caller's transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regietafel.domain.locations import (
    SOORTEN,
    STATUSSEN,
    LocationProblem,
    LocationSpan,
    has_restriction,
    is_duurzaam,
    normalize_soort,
    normalize_status,
    validate,
)
from regietafel.store.models import Gemeente, Locatie


@dataclass(frozen=True)
class LocationRow:
    id: int
    code: str
    gemeente: str
    naam: str
    soort: str
    capaciteit: int
    bezetting: int
    begindatum: dt.date | None
    einddatum: dt.date | None
    status: str
    doelgroep_restrictie: str
    opmerking: str

    @property
    def duurzaam(self) -> bool:
        return is_duurzaam(self.capaciteit, self.begindatum, self.einddatum)

    @property
    def restricted(self) -> bool:
        return has_restriction(self.doelgroep_restrictie)

    def span(self) -> LocationSpan:
        return LocationSpan(self.code, self.capaciteit, self.begindatum, self.einddatum, self.status, self.soort,
                            self.bezetting)


@dataclass
class LocationInput:
    gemeente_code: str
    naam: str
    soort: str
    capaciteit: int
    bezetting: int = 0
    begindatum: dt.date | None = None
    einddatum: dt.date | None = None
    status: str = "operationeel"
    doelgroep_restrictie: str = ""
    opmerking: str = ""


class LocationError(ValueError):
    """Blocking problems with a location; ``problems`` holds each (their messages in str())."""

    def __init__(self, problems: list[LocationProblem]):
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))


def _query(session: Session, where) -> list[LocationRow]:
    rows = session.execute(
        select(Locatie.id, Gemeente.code, Gemeente.naam, Locatie.naam, Locatie.soort, Locatie.capaciteit,
               Locatie.bezetting, Locatie.begindatum, Locatie.einddatum, Locatie.status,
               Locatie.doelgroep_restrictie, Locatie.opmerking)
        .join(Gemeente, Gemeente.id == Locatie.gemeente_id).where(where).order_by(Gemeente.naam, Locatie.naam)
    )
    return [LocationRow(*tuple(row)) for row in rows]


def province_locations(session: Session, provincie_id: int) -> list[LocationRow]:
    return _query(session, Gemeente.provincie_id == provincie_id)


def location(session: Session, location_id: int) -> LocationRow:
    found = _query(session, Locatie.id == location_id)
    if not found:
        raise KeyError(location_id)
    return found[0]


def spans(session: Session, provincie_id: int | None, soorten: Iterable[str],
          codes: Iterable[str] | None = None) -> list[LocationSpan]:
    """Locations of some kinds (a province, or all when ``provincie_id`` is None; only the
    gemeenten ``codes`` when given) for the forecast and the totals of realised places."""
    query = (select(Gemeente.code, Locatie.capaciteit, Locatie.begindatum, Locatie.einddatum, Locatie.status,
                    Locatie.soort, Locatie.bezetting)
             .join(Gemeente, Gemeente.id == Locatie.gemeente_id).where(Locatie.soort.in_(tuple(soorten))))
    if provincie_id is not None:
        query = query.where(Gemeente.provincie_id == provincie_id)
    if codes is not None:
        query = query.where(Gemeente.code.in_(list(codes)))
    return [LocationSpan(*row) for row in session.execute(query)]


def check(data: LocationInput) -> list[LocationProblem]:
    problems = validate(data.capaciteit, data.bezetting, data.begindatum, data.einddatum, data.naam)
    if normalize_soort(data.soort) not in SOORTEN:
        problems.append(LocationProblem("soort", "location.problem.unknown_kind"))
    if normalize_status(data.status) not in STATUSSEN:
        problems.append(LocationProblem("status", "location.problem.unknown_status"))
    return problems


def save_location(session: Session, data: LocationInput, location_id: int | None = None) -> int:
    """Add (``location_id`` None) or change a location; raises LocationError on blocking problems.

    Warnings (occupancy above capacity) do not block: the dialog shows them before saving.
    """
    blocking = [p for p in check(data) if p.blocking]
    gemeente_id = session.scalar(select(Gemeente.id).where(Gemeente.code == data.gemeente_code))
    if gemeente_id is None:
        blocking.append(LocationProblem("gemeente", "location.problem.unknown_gemeente"))
    if blocking:
        raise LocationError(blocking)
    values = {
        "gemeente_id": gemeente_id, "naam": data.naam.strip(), "soort": normalize_soort(data.soort),
        "capaciteit": data.capaciteit, "bezetting": data.bezetting, "begindatum": data.begindatum,
        "einddatum": data.einddatum, "status": normalize_status(data.status),
        "doelgroep_restrictie": data.doelgroep_restrictie.strip(), "opmerking": data.opmerking,
    }
    if location_id is None:
        new = Locatie(**values)
        session.add(new)
        session.flush()
        return new.id
    row = session.get(Locatie, location_id)
    if row is None:
        raise KeyError(location_id)
    for key, value in values.items():
        setattr(row, key, value)
    return row.id


def close_location(session: Session, location_id: int, on: dt.date) -> None:
    """Close a location: its places count up to and including ``on``, not after."""
    row = session.get(Locatie, location_id)
    if row is None:
        raise KeyError(location_id)
    if row.begindatum is not None and on < row.begindatum:
        raise LocationError([LocationProblem("einddatum", "location.problem.end_before_start")])
    row.einddatum = on if row.einddatum is None else min(row.einddatum, on)
    row.status = "gesloten"


def durable_places(session: Session, provincie_id: int, categorie: str, on: dt.date) -> dict[str, int]:
    """Places per gemeente in durable locations (> 100 places, > 5 years) in use on ``on``:
    what the Spreidingswet lets count as existing places (credit)."""
    from regietafel.domain.locations import KINDS_PER_CATEGORY, counts_on, is_duurzaam

    result: dict[str, int] = {}
    for span in spans(session, provincie_id, KINDS_PER_CATEGORY.get(categorie, ())):
        if span.status != "in_voorbereiding" and counts_on(span, on) and is_duurzaam(
                span.capaciteit, span.begindatum, span.einddatum):
            result[span.code] = result.get(span.code, 0) + span.capaciteit
    return result
