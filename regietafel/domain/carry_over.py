"""The carry-over chain of the huisvesting taakstelling (gecorrigeerde taakstelling).

At the end of each half-year a gemeente's achterstand (+) or voorsprong (−) is its taakstelling
plus what it carried in, minus what it housed; that is carried into the next half-year. The
chain starts at an imported opening balance (beginstand, e.g. the Rijk's published achterstand
per gemeente) where one exists, else at zero in the oldest half-year with a known taakstelling.
Pure functions over plain numbers; the store gathers them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .periods import HalfYear
from .supervision import SupervisionPolicy, behind_streak


@dataclass(frozen=True)
class HalfYearFigures:
    """One half-year of the chain: taakstelling and persons housed per gemeente, and the
    imported opening balances (carried *into* this half-year) where there are any."""

    half: HalfYear
    assigned: Mapping[str, int]
    housed: Mapping[str, int]
    opening: Mapping[str, int] = field(default_factory=dict)


@dataclass
class CarryOver:
    """What a gemeente carries into a half-year, and where its chain started."""

    carried: dict[str, int]  # achterstand (+) / voorsprong (-) carried in
    started: dict[str, HalfYear]  # per gemeente: the half-year its chain starts in
    from_opening: set[str]  # gemeenten whose chain starts at an imported opening balance
    behind: dict[str, int]  # half-years in a row (just before) that the gemeente ended behind


def carry_chain(halves: Sequence[HalfYearFigures], current: HalfYear, codes: Sequence[str],
                current_opening: Mapping[str, int] | None = None,
                policy: SupervisionPolicy | None = None) -> CarryOver:
    """What each gemeente carries into ``current``.

    ``halves``: the earlier half-years with a known taakstelling, oldest first, ending just
    before ``current`` (they may be none). ``current_opening``: opening balances imported for
    ``current`` itself; they win over the chain.
    """
    policy = policy or SupervisionPolicy()
    carried: dict[str, int] = {}
    started: dict[str, HalfYear] = {}
    from_opening: set[str] = set()
    statuses: dict[str, list[str]] = {}
    for figures in halves:
        for code in codes:
            if code in figures.opening:
                carried[code] = figures.opening[code]
                started[code] = figures.half
                from_opening.add(code)
                statuses[code] = []
            if code not in figures.assigned:
                continue
            started.setdefault(code, figures.half)
            into = carried.get(code, 0)
            target = figures.assigned[code] + into
            housed = figures.housed.get(code, 0)
            statuses.setdefault(code, []).append(policy.share_status(target, housed))
            carried[code] = target - housed
    for code, value in (current_opening or {}).items():
        if code in codes:
            carried[code] = value
            started[code] = current
            from_opening.add(code)
            statuses[code] = []
    for code in codes:
        started.setdefault(code, current)
    return CarryOver(
        carried={code: carried.get(code, 0) for code in codes},
        started=started,
        from_opening=from_opening,
        behind={code: behind_streak(statuses.get(code, [])) for code in codes},
    )


def started_at_zero(result: CarryOver) -> dict[HalfYear, list[str]]:
    """Gemeenten whose chain starts at zero (no opening balance), grouped by the half-year it starts in."""
    groups: dict[HalfYear, list[str]] = {}
    for code, half in result.started.items():
        if code not in result.from_opening:
            groups.setdefault(half, []).append(code)
    return groups

