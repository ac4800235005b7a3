"""Read services the documents need beside the overview: sources of the opgaven and the
monthly realisation (trend) per gemeente. Plain values, no writes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from regietafel.store.models import Gemeente, GemeenteRegio, Opgave, Periode
from regietafel.store.realised import realisation_rows


def opgave_sources(session: Session, provincie_id: int, periode: str) -> list[str]:
    """Distinct sources of the opgaven that apply to a province in a period (national,
    provincial, and those of the regio's its gemeenten belong to), in a stable order."""
    regio_ids = select(GemeenteRegio.regio_id).join(Gemeente, Gemeente.id == GemeenteRegio.gemeente_id).where(
        Gemeente.provincie_id == provincie_id)
    rows = session.scalars(
        select(Opgave.bron).join(Periode, Periode.id == Opgave.periode_id)
        .where(Periode.code == periode, Opgave.bron != "",
               or_(Opgave.niveau == "nationaal", Opgave.provincie_id == provincie_id, Opgave.regio_id.in_(regio_ids)))
        .order_by(Opgave.id)
    )
    seen: dict[str, None] = {}
    for bron in rows:
        seen.setdefault(bron, None)
    return list(seen)


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
