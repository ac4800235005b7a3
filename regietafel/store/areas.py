"""Read services for provinces, gemeenten, regio's, population and periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regietafel.domain.names import match_province
from regietafel.domain.periods import HalfYear, half_years
from regietafel.store.errors import StoreError
from regietafel.store.plain_session import is_plain
from regietafel.store.session_memo import REFERENCE, memoized
from regietafel.store.texts import t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The reads on the documents' path also answer a plain session (``store/plain_session.py``: the
# export never imports SQLAlchemy) with the same rows in the same order; the ORM and the models
# are imported where they are used.


@dataclass(frozen=True)
class ProvincieRow:
    id: int
    code: str
    naam: str


@dataclass(frozen=True)
class GemeenteRow:
    id: int
    code: str
    naam: str
    regio: str
    inwoners: int | None


def provinces(session: Session) -> list[ProvincieRow]:
    if is_plain(session):
        return [ProvincieRow(*row) for row in session.rows("SELECT id, code, naam FROM provincie ORDER BY naam")]
    from sqlalchemy import select

    from regietafel.store.models import Provincie

    return [ProvincieRow(*row) for row in session.execute(
        select(Provincie.id, Provincie.code, Provincie.naam).order_by(Provincie.naam)
    )]


def get_province(session: Session, provincie_id: int) -> ProvincieRow | None:
    """The province's id, code and name; None for an unknown id."""
    if is_plain(session):
        rows = session.rows("SELECT id, code, naam FROM provincie WHERE id = ?", [provincie_id])
        return ProvincieRow(*rows[0]) if rows else None
    from regietafel.store.models import Provincie

    provincie = session.get(Provincie, provincie_id)
    return None if provincie is None else ProvincieRow(provincie.id, provincie.code, provincie.naam)


def province_name(session: Session, provincie_id: int) -> str:
    from sqlalchemy import select

    from regietafel.store.models import Provincie

    return session.scalars(select(Provincie.naam).where(Provincie.id == provincie_id)).one()


def current_gemeenten(session: Session, provincie_id: int) -> list[tuple[str, str]]:
    """(code, naam) of the province's current gemeenten, by name."""
    from sqlalchemy import select

    from regietafel.store.models import Gemeente

    return [(code, naam) for code, naam in session.execute(
        select(Gemeente.code, Gemeente.naam).where(Gemeente.provincie_id == provincie_id, Gemeente.geldig_tot.is_(None))
        .order_by(Gemeente.naam))]


def gemeente_names(session: Session, provincie_id: int) -> dict[str, str]:
    """Code → name of every gemeente of the province, also those merged away (history keeps them)."""
    from sqlalchemy import select

    from regietafel.store.models import Gemeente

    return dict(session.execute(select(Gemeente.code, Gemeente.naam).where(Gemeente.provincie_id == provincie_id)).all())


def find_province(session: Session, typed: str) -> ProvincieRow:
    """Accepts CBS spelling and everyday names (Fryslân/Friesland); StoreError otherwise."""
    rows = provinces(session)
    name = match_province(typed, [row.naam for row in rows])
    if name is None:
        known = ", ".join(row.naam for row in rows)
        raise StoreError(t("store.unknown_province_name_known_known", name=typed, known=known))
    return next(row for row in rows if row.naam == name)


def population_dates(session: Session) -> list[dt.date]:
    def load() -> list[dt.date]:
        if is_plain(session):
            return [row[0] for row in session.rows("SELECT DISTINCT peildatum FROM inwoners ORDER BY peildatum")]
        from sqlalchemy import select

        from regietafel.store.models import Inwoners

        return list(session.scalars(select(Inwoners.peildatum).distinct().order_by(Inwoners.peildatum)))

    return list(memoized(session, REFERENCE, ("population_dates",), load))


def latest_population_date(session: Session, on_or_before: dt.date | None = None) -> dt.date | None:
    """The newest population date (on or before a date): from :func:`population_dates`, read once."""
    dates = [d for d in population_dates(session) if d is not None and (on_or_before is None or d <= on_or_before)]
    return dates[-1] if dates else None


def gemeenten_of_province(
    session: Session, provincie_id: int, peildatum: dt.date | None, regio_soort: str = "veiligheidsregio"
) -> list[GemeenteRow]:
    """Current gemeenten of a province with their regio and population on ``peildatum``."""
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, GemeenteRegio, Inwoners, Regio

    regio_name = (
        select(Regio.naam)
        .join(GemeenteRegio, GemeenteRegio.regio_id == Regio.id)
        .where(GemeenteRegio.gemeente_id == Gemeente.id, Regio.soort == regio_soort)
        .limit(1)
        .scalar_subquery()
    )
    population = (
        select(Inwoners.aantal)
        .where(Inwoners.gemeente_id == Gemeente.id, Inwoners.peildatum == peildatum)
        .scalar_subquery()
    )
    query = (
        select(Gemeente.id, Gemeente.code, Gemeente.naam, regio_name, population)
        .where(Gemeente.provincie_id == provincie_id, Gemeente.geldig_tot.is_(None))
        .order_by(Gemeente.naam)
    )
    return [GemeenteRow(i, c, n, r or "", p) for i, c, n, r, p in session.execute(query)]


def periods(session: Session) -> list[str]:
    if is_plain(session):
        return [row[0] for row in session.rows('SELECT code FROM periode ORDER BY "begin"')]
    from sqlalchemy import select

    from regietafel.store.models import Periode

    return list(session.scalars(select(Periode.code).order_by(Periode.begin)))


def has_opgaven(session: Session) -> bool:
    """Whether any opgave is known yet (an empty database: the start page shows the way)."""
    from sqlalchemy import select

    from regietafel.store.models import Opgave

    return session.scalar(select(Opgave.id).limit(1)) is not None


def default_period(session: Session, today: dt.date | None = None) -> str | None:
    """The period to show first: the latest one with opgaven, else the current half-year."""
    latest = _latest_period_with_opgaven(session)
    if latest:
        return latest
    current = HalfYear.containing(today or dt.date.today()).code
    return current if current in periods(session) else None


def _latest_period_with_opgaven(session: Session) -> str | None:
    if is_plain(session):
        rows = session.rows("SELECT periode.code FROM periode JOIN opgave ON opgave.periode_id = periode.id "
                            'ORDER BY periode."begin" DESC LIMIT 1')
        return rows[0][0] if rows else None
    from sqlalchemy import select

    from regietafel.store.models import Opgave, Periode

    return session.scalar(
        select(Periode.code).join(Opgave, Opgave.periode_id == Periode.id).order_by(Periode.begin.desc()).limit(1)
    )


def ensure_periods(session: Session, codes: list[HalfYear]) -> None:
    from regietafel.store.models import Periode

    existing = set(periods(session))
    for half in codes:
        if half.code not in existing:
            session.add(Periode(code=half.code, begin=half.begin, eind=half.end))


def ensure_default_periods(session: Session, today: dt.date | None = None) -> None:
    """From 2022-I up to the half-year after today: the periods a secretariat works in."""
    current = HalfYear.containing(today or dt.date.today())
    ensure_periods(session, half_years(HalfYear(2022, 1), current.next()))


OWN = "eigen"


def own_grouping(session: Session, provincie_id: int) -> dict[str, str]:
    """The province's user-defined grouping: gemeente code -> group name."""
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, GemeenteRegio, Regio

    return dict(session.execute(
        select(Gemeente.code, Regio.naam)
        .join(GemeenteRegio, GemeenteRegio.gemeente_id == Gemeente.id)
        .join(Regio, Regio.id == GemeenteRegio.regio_id)
        .where(Regio.soort == OWN, Regio.provincie_id == provincie_id)
    ).all())


def set_own_grouping(session: Session, provincie_id: int, groups: dict[str, str]) -> None:
    """Replace the province's own grouping; every current gemeente must be in a named group."""
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, GemeenteRegio, Provincie, Regio

    gemeenten = dict(session.execute(
        select(Gemeente.code, Gemeente.id).where(Gemeente.provincie_id == provincie_id, Gemeente.geldig_tot.is_(None))
    ).all())
    missing = sorted(code for code in gemeenten if not groups.get(code, "").strip())
    unknown = sorted(set(groups) - set(gemeenten))
    if missing or unknown:
        raise ValueError(t("store.every_municipality_needs_a_group_missing", missing=", ".join(missing) or "-", unknown=", ".join(unknown) or "-"))
    province_code = session.scalar(select(Provincie.code).where(Provincie.id == provincie_id))
    for regio in session.scalars(select(Regio).where(Regio.soort == OWN, Regio.provincie_id == provincie_id)):
        session.delete(regio)  # memberships go with it (ON DELETE CASCADE)
    session.flush()
    for number, name in enumerate(sorted({name.strip() for name in groups.values()}), start=1):
        regio = Regio(soort=OWN, code=f"{province_code}-{number:02d}", naam=name, provincie_id=provincie_id)
        session.add(regio)
        session.flush()
        for code, group in groups.items():
            if group.strip() == name:
                session.add(GemeenteRegio(gemeente_id=gemeenten[code], regio_id=regio.id))
