"""Read services the documents need beside the overview: sources of the opgaven and the
monthly realisation (trend) per gemeente. Plain values, no writes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from regietafel.store.plain_session import is_plain
from regietafel.store.realised import realisation_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def opgave_sources(session: Session, provincie_id: int, periode: str) -> list[str]:
    """Distinct sources of the opgaven that apply to a province in a period (national,
    provincial, and those of the regio's its gemeenten belong to), in a stable order."""
    seen: dict[str, None] = {}
    for bron in _sources(session, provincie_id, periode):
        seen.setdefault(bron, None)
    return list(seen)


def _sources(session: Session, provincie_id: int, periode: str) -> list[str]:
    if is_plain(session):  # the ORM query's SQL (a plain session: the export, without SQLAlchemy)
        return [row[0] for row in session.rows(
            "SELECT opgave.bron FROM opgave JOIN periode ON periode.id = opgave.periode_id "
            "WHERE periode.code = ? AND opgave.bron != '' AND (opgave.niveau = 'nationaal' "
            "OR opgave.provincie_id = ? OR opgave.regio_id IN (SELECT gemeente_regio.regio_id "
            "FROM gemeente_regio JOIN gemeente ON gemeente.id = gemeente_regio.gemeente_id "
            "WHERE gemeente.provincie_id = ?)) ORDER BY opgave.id", [periode, provincie_id, provincie_id])]
    from sqlalchemy import or_, select

    from regietafel.store.models import Gemeente, GemeenteRegio, Opgave, Periode

    regio_ids = select(GemeenteRegio.regio_id).join(Gemeente, Gemeente.id == GemeenteRegio.gemeente_id).where(
        Gemeente.provincie_id == provincie_id)
    return list(session.scalars(
        select(Opgave.bron).join(Periode, Periode.id == Opgave.periode_id)
        .where(Periode.code == periode, Opgave.bron != "",
               or_(Opgave.niveau == "nationaal", Opgave.provincie_id == provincie_id, Opgave.regio_id.in_(regio_ids)))
        .order_by(Opgave.id)
    ))


def monthly_realisation(session: Session, categorie: str, codes: list[str], until: dt.date) -> dict[str, list[tuple[dt.date, int]]]:
    """Per gemeente the realisation per month up to ``until`` (summed within a month), oldest first."""
    wanted = set(codes)
    result: dict[str, dict[dt.date, int]] = {}
    for code, peildatum, aantal, _bron in realisation_rows(session, categorie, codes):
        if code not in wanted or peildatum > until:
            continue
        month = peildatum.replace(day=1)
        per_code = result.setdefault(code, {})
        per_code[month] = per_code.get(month, 0) + aantal
    return {code: sorted(months.items()) for code, months in result.items()}
