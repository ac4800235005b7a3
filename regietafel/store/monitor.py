"""The monitor: where a province stands per gemeente and where it is heading.

Read models for the Overzicht, Locaties and Monitor tabs and for the PDF charts and maps:
forecast of capacity from the locations, realisation over time, the achterstand trend,
map values per gemeente or province and regio subtotals. Plain dataclasses; no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from regietafel.domain.forecast import Forecast, forecast
from regietafel.domain.locations import KINDS_PER_CATEGORY, in_use_on
from regietafel.domain.periods import HalfYear
from regietafel.store import distributions
from regietafel.store.locations import spans
from regietafel.store.models import Gemeente, Periode, Provincie, Realisatie
from regietafel.store.national import national_table
from regietafel.store.official import opening_balances
from regietafel.store.overview import (  # noqa: F401 (the map values and subtotals, re-exported for the GUI)
    Overview,
    OverviewCell,
    cell_value,
    measure_values,
    regio_subtotals,
    sum_cells,
)
from regietafel.store.worksheet import (  # noqa: F401 (DEFAULT_THRESHOLDS re-exported for the GUI)
    DEFAULT_THRESHOLDS,
    taakstelling,
    thresholds,
)

MEASURES = ("percentage", "gap", "status")


# --- forecast ---------------------------------------------------------------------------
def deadline_of(session: Session, categorie: str, periode: str, provincie_id: int) -> dt.date:
    """The opgave's peildatum (seed: 1-1-2024), else the end of the period."""
    opgave = distributions.provincial_total(session, categorie, periode, provincie_id)
    return opgave.peildatum if opgave is not None and opgave.peildatum else HalfYear.parse(periode).end


def reference_day(periode: str, deadline: dt.date, today: dt.date | None = None) -> dt.date:
    """'Now' for the forecast: today while it lies in the period (up to the deadline), else the
    period's first day, so looking back at an old period still shows what was planned then."""
    today = today or dt.date.today()
    begin = HalfYear.parse(periode).begin
    return today if begin <= today <= deadline else begin


def province_forecast(session: Session, provincie_id: int, periode: str, categorie: str = "opvang",
                      targets: dict[str, int] | None = None, today: dt.date | None = None) -> Forecast:
    """Capacity of the province's locations against the opgave on its deadline, as of ``today``
    (the stand-per date; default today).

    ``targets`` (opgave per gemeente) can be passed from an overview already computed; else
    the chosen worksheet of the opgave is read (one computation, no more).
    """
    deadline = deadline_of(session, categorie, periode, provincie_id)
    reference = reference_day(periode, deadline, today)
    if targets is None:
        from regietafel.store.overview import province_overview

        overview = province_overview(session, provincie_id, periode, stand_per=today)
        targets = {row.code: row.cells[categorie].opgave for row in overview.rows if categorie in row.cells}
    opgave = distributions.provincial_total(session, categorie, periode, provincie_id)
    begin = HalfYear.parse(periode).previous().begin
    end = max(deadline, reference).replace(year=max(deadline, reference).year + 1)
    return forecast(spans(session, provincie_id, KINDS_PER_CATEGORY.get(categorie, (categorie,))), targets,
                    deadline, reference, opgave.aantal if opgave else None, (min(begin, reference), end))


# --- realisation over time ----------------------------------------------------------------
@dataclass(frozen=True)
class MonthPoint:
    day: dt.date  # last peildatum reported in the month
    periode: str
    realised: int  # in this month
    cumulative: int  # since the start of the half-year
    target: int | None  # taakstelling of the half-year (province total)


def _province_codes(session: Session, provincie_id: int) -> list[str]:
    return list(session.scalars(select(Gemeente.code).where(Gemeente.provincie_id == provincie_id)))


def recent_periods(session: Session, until: str | None, count: int) -> list[str]:
    """The ``count`` half-years up to and including ``until`` that exist in the database."""
    known = sorted(session.scalars(select(Periode.code)), key=HalfYear.parse)
    if until is not None:
        known = [p for p in known if HalfYear.parse(p) <= HalfYear.parse(until)]
    return known[-count:]


def taakstelling_totals(session: Session, provincie_id: int, periods: list[str]) -> dict[str, dict[str, int] | None]:
    """The huisvesting taakstelling per gemeente of each period, computed once (shared by the
    realisation and trend charts)."""
    result: dict[str, dict[str, int] | None] = {}
    for periode in periods:
        try:
            result[periode] = taakstelling(session, periode, provincie_id)
        except ValueError:
            result[periode] = None
    return result


def realisation_over_time(session: Session, provincie_id: int, categorie: str = "huisvesting",
                          periods: list[str] | None = None,
                          taakstellingen: dict[str, dict[str, int] | None] | None = None,
                          stand_per: dt.date | None = None) -> list[MonthPoint]:
    """Monthly realisation of the province (e.g. persons housed), cumulative per half-year, up to
    the stand-per date (default today): reports dated after it are left out.

    ``periods`` limits it to some half-years (all by default); ``taakstellingen`` passes the
    taakstelling per period when already computed.
    """
    query = (
        select(Realisatie.peildatum, Realisatie.aantal).join(Gemeente, Gemeente.id == Realisatie.gemeente_id)
        .where(Realisatie.categorie == categorie, Gemeente.provincie_id == provincie_id,
               Realisatie.peildatum <= (stand_per or dt.date.today()))
    )
    if periods:
        halves = [HalfYear.parse(p) for p in periods]
        query = query.where(Realisatie.peildatum >= min(halves).begin, Realisatie.peildatum <= max(halves).end)
    rows = session.execute(query)
    known = taakstellingen or {}
    months: dict[tuple[int, int], list] = {}
    for day, aantal in rows:
        entry = months.setdefault((day.year, day.month), [day, 0])
        entry[0] = max(entry[0], day)
        entry[1] += aantal
    points: list[MonthPoint] = []
    targets: dict[str, int | None] = {}
    cumulative: dict[str, int] = {}
    for key in sorted(months):
        day, aantal = months[key]
        periode = HalfYear.containing(day).code
        if periode not in targets:
            if categorie != "huisvesting":
                targets[periode] = None
            elif periode in known:
                given = known[periode]
                targets[periode] = sum(given.values()) if given else None
            else:
                targets[periode] = _taakstelling_total(session, periode, provincie_id)
        cumulative[periode] = cumulative.get(periode, 0) + aantal
        points.append(MonthPoint(day, periode, aantal, cumulative[periode], targets[periode]))
    return points


def _taakstelling_total(session: Session, periode: str, provincie_id: int) -> int | None:
    try:
        found = taakstelling(session, periode, provincie_id)
    except ValueError:
        return None
    return sum(found.values()) if found else None


# --- achterstand trend ----------------------------------------------------------------------
@dataclass(frozen=True)
class TrendPoint:
    periode: str
    assigned: int  # taakstelling of the half-year
    carried: int  # net carry-over from before (achterstand + / voorsprong -)
    realised: int
    achterstand: int  # at the end of the half-year: sum of the gemeenten still behind
    net: int  # at the end of the half-year: corrected taakstelling minus realised, summed

    @property
    def target(self) -> int:
        return self.assigned + self.carried


def achterstand_trend(session: Session, provincie_id: int, periods: list[str] | None = None,
                      taakstellingen: dict[str, dict[str, int] | None] | None = None,
                      stand_per: dt.date | None = None) -> list[TrendPoint]:
    """Per half-year the province's huisvesting taakstelling, realisation and achterstand, as of
    the stand-per date (default today; half-years that begin after it are left out).

    Carries over per gemeente as the worksheet does (Huisvestingswet: the gecorrigeerde
    taakstelling), iteratively instead of recursively: one taakstelling per period; an imported
    opening balance (beginstand) restarts the chain where there is one.
    """
    from regietafel.store.worksheet import realisation

    stand_per = stand_per or dt.date.today()
    codes = _province_codes(session, provincie_id)
    if periods is None:
        periods = sorted(session.scalars(select(Periode.code)), key=HalfYear.parse)
    periods = [p for p in periods if HalfYear.parse(p).begin <= stand_per]
    carried: dict[str, int] = {}
    points: list[TrendPoint] = []
    known = taakstellingen if taakstellingen is not None else taakstelling_totals(session, provincie_id, periods)
    openings = opening_balances(session, periods, codes)
    for periode in periods:
        assigned = known.get(periode)
        if not assigned:
            carried = {}
            continue
        carried = {**carried, **{code: figure.aantal for code, figure in openings.get(periode, {}).items()}}
        realised = realisation(session, "huisvesting", periode, codes, stand_per)
        end = {code: assigned.get(code, 0) + carried.get(code, 0) - realised.get(code, 0) for code in assigned}
        points.append(TrendPoint(periode, sum(assigned.values()), sum(carried.values()), sum(realised.values()),
                                 sum(v for v in end.values() if v > 0), sum(end.values())))
        carried = end
    return points


def overview_limits(session: Session, overview: Overview) -> dict[str, int]:
    return thresholds(session, overview.provincie_id)


def province_values(session: Session, periode: str, categorie: str, measure: str,
                    stand_per: dt.date | None = None) -> dict[str, object]:
    """Per province (CBS PVxx code) the value of ``measure``, for the national map.

    Realised: the province's locations of the opgave's kinds in use on the period's end or the
    stand-per date if that is earlier (the one rule, ``in_use_on``); where a province has none,
    its newest provincial Realisatie (seed table 1's current places).
    """
    table = national_table(session, categorie, periode)
    codes = dict(session.execute(select(Provincie.naam, Provincie.code)).all())
    ids = dict(session.execute(select(Provincie.naam, Provincie.id)).all())
    day = min(HalfYear.parse(periode).end, stand_per or dt.date.today())
    kinds = KINDS_PER_CATEGORY.get(categorie, (categorie,))

    values: dict[str, object] = {}
    for row in table.rows:
        located = spans(session, ids[row.provincie], kinds)
        realised = sum(s.capaciteit for s in located if in_use_on(s, day)) if located else row.current
        if row.opgave is None or realised is None:
            values[codes[row.provincie]] = None
            continue
        cell = OverviewCell(row.opgave, realised, row.opgave - realised)
        values[codes[row.provincie]] = cell_value(cell, measure)
    return values
