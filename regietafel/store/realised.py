"""Every realisation of an opgave in some gemeenten, read once per session: the worksheet (realised
so far, the newest report, estimate labels), the carry-over (persons housed in earlier half-years)
and the factsheets' trend each take their dates from the same rows instead of asking again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from regietafel.store.plain_session import is_plain, marks
from regietafel.store.session_memo import REFERENCE, memoized

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# (gemeente code, peildatum, aantal, bron)
Row = tuple[str, dt.date, int, str]


def realisation_rows(session: Session, categorie: str, codes: Iterable[str]) -> list[Row]:
    """All reported figures of ``categorie`` for the gemeenten ``codes``, every date (callers
    filter by date; an import replaces a gemeente's figure of the same date, so dates do not repeat).
    Callers must not change the list."""
    wanted = tuple(sorted(set(codes)))
    return memoized(session, REFERENCE, ("realisation_rows", categorie, wanted), lambda: [
        (code, peildatum, aantal, bron) for code, peildatum, aantal, bron in _query(session, categorie, wanted)])


def _query(session: Session, categorie: str, wanted: tuple[str, ...]) -> list[tuple[str, dt.date, int, str]]:
    if is_plain(session):  # no ORDER BY, as the ORM query: the same query shape gives the same order
        return session.rows(
            "SELECT gemeente.code, realisatie.peildatum, realisatie.aantal, realisatie.bron FROM realisatie "
            "JOIN gemeente ON gemeente.id = realisatie.gemeente_id "
            f"WHERE realisatie.categorie = ? AND gemeente.code IN ({marks(wanted)})", [categorie, *wanted])
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, Realisatie

    return list(session.execute(
        select(Gemeente.code, Realisatie.peildatum, Realisatie.aantal, Realisatie.bron)
        .join(Gemeente, Gemeente.id == Realisatie.gemeente_id)
        .where(Realisatie.categorie == categorie, Gemeente.code.in_(wanted))).all())
