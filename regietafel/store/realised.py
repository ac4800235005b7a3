"""Every realisation of an opgave in some gemeenten, read once per session: the worksheet (realised
so far, the newest report, estimate labels), the carry-over (persons housed in earlier half-years)
and the factsheets' trend each take their dates from the same rows instead of asking again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from regietafel.store.models import Gemeente, Realisatie
from regietafel.store.session_memo import REFERENCE, memoized

# (gemeente code, peildatum, aantal, bron)
Row = tuple[str, dt.date, int, str]


def realisation_rows(session: Session, categorie: str, codes: Iterable[str]) -> list[Row]:
    """All reported figures of ``categorie`` for the gemeenten ``codes``, every date (callers
    filter by date; an import replaces a gemeente's figure of the same date, so dates do not repeat).
    Callers must not change the list."""
    wanted = tuple(sorted(set(codes)))
    return memoized(session, REFERENCE, ("realisation_rows", categorie, wanted), lambda: [
        (code, peildatum, aantal, bron) for code, peildatum, aantal, bron in session.execute(
            select(Gemeente.code, Realisatie.peildatum, Realisatie.aantal, Realisatie.bron)
            .join(Gemeente, Gemeente.id == Realisatie.gemeente_id)
            .where(Realisatie.categorie == categorie, Gemeente.code.in_(wanted)))])
