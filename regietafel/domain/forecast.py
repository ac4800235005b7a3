"""Capacity over time from planned openings and closings, against an opgave and its deadline.

Pure functions over :class:`~regietafel.domain.locations.LocationSpan`; no Qt, no database.
Capacity on a day is the sum of the locations that count on that day
(:func:`regietafel.domain.locations.counts_on`: start ≤ day ≤ end, not closed; a location in
voorbereiding counts from its start date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from regietafel.domain.locations import LocationSpan, counts_on

ONE_DAY = dt.timedelta(days=1)


def capacity_on(locations: Iterable[LocationSpan], day: dt.date) -> int:
    return sum(location.capaciteit for location in locations if counts_on(location, day))


def capacity_per_gemeente(locations: Iterable[LocationSpan], day: dt.date) -> dict[str, int]:
    result: dict[str, int] = {}
    for location in locations:
        if counts_on(location, day):
            result[location.code] = result.get(location.code, 0) + location.capaciteit
    return result


def change_dates(locations: Iterable[LocationSpan]) -> list[dt.date]:
    """Days on which the capacity may change: a start date, or the day after an end date."""
    days = set()
    for location in locations:
        if location.status == "gesloten" and location.einddatum is None:
            continue
        if location.begindatum is not None:
            days.add(location.begindatum)
        if location.einddatum is not None:
            days.add(location.einddatum + ONE_DAY)
    return sorted(days)


def capacity_series(locations: Iterable[LocationSpan], start: dt.date, end: dt.date,
                    extra_days: Iterable[dt.date] = ()) -> list[tuple[dt.date, int]]:
    """The step function of capacity from ``start`` to ``end``: one point per change (and the ends).

    Computed with a sweep over opening/closing events (n log n), so 5,000 locations are cheap.
    """
    if end < start:
        return []
    delta: dict[dt.date, int] = {}
    level = 0
    for location in locations:
        if location.status == "gesloten" and location.einddatum is None:
            continue
        first = location.begindatum
        after = location.einddatum + ONE_DAY if location.einddatum is not None else None
        if after is not None and first is not None and after <= first:
            continue
        if first is None or first <= start:
            if after is None or after > start:
                level += location.capaciteit
        elif first <= end:
            delta[first] = delta.get(first, 0) + location.capaciteit
        if after is not None and start < after <= end and (first is None or first <= end):
            delta[after] = delta.get(after, 0) - location.capaciteit
    days = sorted(set(delta) | {d for d in extra_days if start < d <= end} | {end})
    series = [(start, level)]
    for day in days:
        level += delta.get(day, 0)
        if series[-1][0] == day:
            series[-1] = (day, level)
        else:
            series.append((day, level))
    return series


@dataclass(frozen=True)
class ForecastRow:
    code: str
    target: int  # the opgave of the gemeente
    now: int  # capacity on the reference day ("today" / the peildatum of the figures)
    at_deadline: int  # capacity on the deadline from the planned openings and closings

    @property
    def gap(self) -> int:
        """Still missing on the deadline (negative: more than the opgave)."""
        return self.target - self.at_deadline

    @property
    def makes_it(self) -> bool:
        return self.at_deadline >= self.target


@dataclass
class Forecast:
    deadline: dt.date
    reference: dt.date
    target: int  # the provincial opgave (may differ from the sum of the gemeenten)
    now: int
    at_deadline: int
    rows: list[ForecastRow] = field(default_factory=list)
    series: list[tuple[dt.date, int]] = field(default_factory=list)

    @property
    def gap(self) -> int:
        return self.target - self.at_deadline

    @property
    def makes_it(self) -> bool:
        return self.at_deadline >= self.target

    @property
    def short(self) -> list[ForecastRow]:
        """Gemeenten that will not make their opgave on the deadline, largest gap first."""
        return sorted((row for row in self.rows if not row.makes_it), key=lambda r: (-r.gap, r.code))


def forecast(locations: Iterable[LocationSpan], targets: dict[str, int], deadline: dt.date,
             reference: dt.date, province_target: int | None = None,
             series_range: tuple[dt.date, dt.date] | None = None) -> Forecast:
    """Will the province (and each gemeente) make its opgave by the deadline?

    ``targets``: the opgave per gemeente (CBS code); ``province_target`` defaults to their sum.
    The series runs from the earlier of ``reference`` and ``deadline`` to the later of them,
    or over ``series_range`` when given (e.g. to show closings after the deadline).
    """
    spans = list(locations)
    now = capacity_per_gemeente(spans, reference)
    then = capacity_per_gemeente(spans, deadline)
    codes = sorted(set(targets) | set(now) | set(then))
    rows = [ForecastRow(code, targets.get(code, 0), now.get(code, 0), then.get(code, 0)) for code in codes]
    first, last = series_range or (min(reference, deadline), max(reference, deadline))
    return Forecast(
        deadline=deadline, reference=reference,
        target=sum(targets.values()) if province_target is None else province_target,
        now=sum(now.values()), at_deadline=sum(then.values()), rows=rows,
        series=capacity_series(spans, first, last, (reference, deadline)),
    )
