"""The national table of the 12 provinces (seed letter, table 1) for the opvang opgave."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from regietafel.domain.periods import HalfYear
from regietafel.store.versions import national_total, period_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ProvinceRow:
    provincie: str
    current: int | None  # regular places in use on the latest peildatum in the period
    extra: int | None  # opgave - previous distribution
    previous: int | None
    opgave: int | None

    @property
    def increase(self) -> int | None:
        """Benodigde verhoging t.o.v. huidig aantal reguliere opvangplekken (may be negative)."""
        return None if self.opgave is None or self.current is None else self.opgave - self.current


@dataclass(frozen=True)
class NationalTable:
    rows: list[ProvinceRow]
    national: int | None  # the capaciteitsbesluit
    national_previous: int | None
    source: str

    def column_sum(self, attribute: str) -> int:
        return sum(getattr(row, attribute) or 0 for row in self.rows)


def national_table(session: Session, categorie: str, periode: str) -> NationalTable:
    # The GUI's and the monitor's table, not the documents': the models only when it is asked
    # (the export imports this module, through the maps, without asking it).
    from sqlalchemy import select

    from regietafel.store.models import Opgave, Provincie, Realisatie

    pid = period_id(session, periode)
    end = HalfYear.parse(periode).end
    opgaven = {o.provincie_id: o for o in session.scalars(select(Opgave).where(
        Opgave.categorie == categorie, Opgave.niveau == "provincie", Opgave.periode_id == pid))}
    current: dict[int | None, int] = {}
    for provincie_id, aantal in session.execute(
        select(Realisatie.provincie_id, Realisatie.aantal).where(
            Realisatie.categorie == categorie, Realisatie.provincie_id.is_not(None), Realisatie.peildatum <= end
        ).order_by(Realisatie.peildatum)
    ):
        current[provincie_id] = aantal  # the newest peildatum wins
    rows = []
    for provincie in session.scalars(select(Provincie).order_by(Provincie.naam)):
        opgave = opgaven.get(provincie.id)
        previous = opgave.vorig_aantal if opgave else None
        rows.append(ProvinceRow(
            provincie=provincie.naam, current=current.get(provincie.id),
            extra=None if opgave is None or previous is None else opgave.aantal - previous,
            previous=previous, opgave=opgave.aantal if opgave else None,
        ))
    national = national_total(session, categorie, periode)
    sources = sorted({o.bron for o in opgaven.values() if o.bron})
    return NationalTable(rows, national.aantal if national else None,
                         national.vorig_aantal if national else None, "; ".join(sources))
