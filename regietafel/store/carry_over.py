"""The huisvesting taakstelling per half-year and the carry-over chain, read from the store.

The taakstelling of a half-year is the adopted version, else the newest concept (computed
afresh, so official figures imported since count), else what the computation gives: the Rijk's
official figure per gemeente where one was imported, art. 29 elsewhere. The chain
(:mod:`regietafel.domain.carry_over`) starts at an imported opening balance where there is one;
what is housed counts up to the stand-per date only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regietafel.domain.carry_over import CarryOver, HalfYearFigures, carry_chain, started_at_zero
from regietafel.domain.huisvesting import art29_taakstelling
from regietafel.domain.periods import HalfYear
from regietafel.domain.supervision import SupervisionPolicy
from regietafel.store.computation import gemeenten
from regietafel.store.official import official_figures, official_first, opening_balances
from regietafel.store.plain_session import is_plain
from regietafel.store.realised import realisation_rows
from regietafel.store.texts import t
from regietafel.store.unit_of_work import session_cache
from regietafel.store.versions import allocations, compute, default_settings, versions

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHAIN_DEPTH = 12  # half-years looked back at most


def taakstelling(session: Session, periode: str, provincie_id: int) -> dict[str, int] | None:
    """The huisvesting taakstelling per gemeente of a half-year; None if no number is known."""
    key = ("taakstelling", periode, provincie_id)
    cache = session_cache(session)
    if key not in cache:
        cache[key] = _taakstelling(session, periode, provincie_id)
    return None if cache[key] is None else dict(cache[key])


def _taakstelling(session: Session, periode: str, provincie_id: int) -> dict[str, int] | None:
    found = versions(session, "huisvesting", periode, provincie_id)
    adopted = [v for v in found if v.status == "vastgesteld"]
    if adopted:
        return allocations(session, adopted[-1].id)
    if found:
        return compute(session, found[-1]).final
    national = _national_art29(session, periode, provincie_id)
    if national is None:
        return None
    # No version yet: what a first concept would assign, without its account (the chain looks
    # back over many half-years): art. 29 over the whole country, the official figure first.
    ours = [code for code, _naam in gemeenten(session, provincie_id).values()]
    return official_first({code: national[code] for code in ours if code in national},
                          official_figures(session, "huisvesting", periode, ours))


def _national_art29(session: Session, periode: str, provincie_id: int) -> dict[str, int] | None:
    """Art. 29 over the whole country for a half-year by its default settings (reference data
    only: the national number and the population), computed once for all provinces."""
    key = ("national_art29", periode)
    cache = session_cache(session)
    if key not in cache:
        settings = default_settings(session, "huisvesting", periode, provincie_id)
        cache[key] = None if settings is None else art29_taakstelling(
            settings.totaal, dict(_population(session, settings.key_spec.peildatum)))
    return cache[key]


def _population(session: Session, peildatum: dt.date | None) -> list[tuple[str, int]]:
    """(code, inwoners) of every current gemeente on ``peildatum``."""
    if is_plain(session):  # the ORM's join and order of conditions: the same rows in the same order
        on_date, parameters = ("= ?", [peildatum.isoformat()]) if peildatum else ("IS NULL", [])
        return session.rows("SELECT gemeente.code, inwoners.aantal FROM gemeente "
                            "JOIN inwoners ON inwoners.gemeente_id = gemeente.id "
                            f"WHERE inwoners.peildatum {on_date} AND gemeente.geldig_tot IS NULL", parameters)
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, Inwoners

    return list(session.execute(
        select(Gemeente.code, Inwoners.aantal).join(Inwoners, Inwoners.gemeente_id == Gemeente.id)
        .where(Inwoners.peildatum == peildatum, Gemeente.geldig_tot.is_(None))).all())


@dataclass
class CarryInfo:
    """The chain's outcome for one half-year, with where each gemeente's chain starts."""

    periode: str
    chain: CarryOver
    opening_sources: dict[str, str]  # code -> source of the imported opening balance used

    @property
    def carried(self) -> dict[str, int]:
        return self.chain.carried

    def notes(self) -> list[str]:
        """What the worksheet and documents say about where the carry-over starts."""
        notes = []
        if self.opening_sources:
            sources = "; ".join(sorted(set(self.opening_sources.values())))
            notes.append(t("carry.from_opening", count=len(self.opening_sources), source=sources))
        current = HalfYear.parse(self.periode)
        for half, codes in sorted(started_at_zero(self.chain).items()):
            if half == current:
                notes.append(t("carry.none", count=len(codes), periode=half.code))
            else:
                notes.append(t("carry.from_zero", count=len(codes), periode=half.code))
        return notes


def carry_over(session: Session, periode: str, provincie_id: int, codes: list[str],
               stand_per: dt.date | None = None, policy: SupervisionPolicy | None = None) -> CarryInfo:
    """Achterstand (+) / voorsprong (-) per gemeente carried into ``periode``, as of ``stand_per``."""
    stand_per = stand_per or dt.date.today()
    key = ("carry_over", periode, provincie_id, tuple(codes), stand_per, policy)
    cache = session_cache(session)
    if key not in cache:
        cache[key] = _carry_over(session, periode, provincie_id, codes, stand_per, policy)
    return cache[key]


def _carry_over(session: Session, periode: str, provincie_id: int, codes: list[str], stand_per: dt.date,
                policy: SupervisionPolicy | None) -> CarryInfo:
    current = HalfYear.parse(periode)
    chain: list[tuple[HalfYear, dict[str, int]]] = []  # newest first
    half = current.previous()
    while len(chain) < CHAIN_DEPTH:
        try:
            assigned = taakstelling(session, half.code, provincie_id)
        except ValueError:  # the period does not exist
            break
        if assigned is None:
            break
        chain.append((half, assigned))
        half = half.previous()
    openings = opening_balances(session, [current.code, *(h.code for h, _a in chain)], codes)
    housed = _housed(session, codes, chain[-1][0].begin, min(chain[0][0].end, stand_per)) if chain else {}
    halves = [HalfYearFigures(h, assigned, {c: housed.get((h, c), 0) for c in codes},
                              {c: f.aantal for c, f in openings.get(h.code, {}).items()})
              for h, assigned in reversed(chain)]
    result = carry_chain(halves, current, codes,
                         {c: f.aantal for c, f in openings.get(current.code, {}).items()}, policy)
    sources = {}
    for code in result.from_opening:
        sources[code] = openings[result.started[code].code][code].bron
    return CarryInfo(periode, result, sources)


def _housed(session: Session, codes: list[str], first: dt.date, last: dt.date) -> dict[tuple[HalfYear, str], int]:
    """Persons housed per (half-year, gemeente) with a peildatum from ``first`` to ``last``."""
    housed: dict[tuple[HalfYear, str], int] = {}
    wanted = set(codes)
    for code, peildatum, aantal, _bron in realisation_rows(session, "huisvesting", codes):
        if code not in wanted or not first <= peildatum <= last:
            continue
        bucket = (HalfYear.containing(peildatum), code)
        housed[bucket] = housed.get(bucket, 0) + aantal
    return housed

