"""Core apportionment methods on exact integer weights with per-unit bounds.

All arithmetic is on Python integers (rationals with a common denominator); no floats decide
anything. Conventions used throughout:

* ``w[u]`` is an integer weight (the key scaled by a common factor), ``lo[u] <= hi[u]`` are
  integer bounds (``hi`` None = unbounded). Feasibility has been checked by the caller.
* **Bounded quota (water-filling).** The constrained quota of unit *u* is
  ``clamp(λ·w[u], lo[u], hi[u])`` for the unique λ that makes the quotas sum to the total.
  It is found by the classic iteration "fix every unit whose quota violates a bound at that
  bound and re-divide the rest over the free units": per round we fix the violators on the
  side with the larger total violation (or both when equal), which provably never fixes a
  unit that is free in the final solution. Units with key 0 get their lower bound.
* **Hamilton** (largest remainder, Hare-Niemeyer) rounds the bounded quotas: everybody gets
  ``floor(quota)``, the remaining places go to the largest remainders. Because bounds are
  integers, ``floor``/``ceil`` of a bounded quota stay within bounds.
* **Divisor methods** (D'Hondt: divisors 1, 2, 3, …; Sainte-Laguë: 1, 3, 5, …) use the
  *bounded divisor method*: unit *u* gets ``clamp(round(w[u]/d), lo[u], hi[u])`` for a common
  divisor *d*; equivalently, the highest-averages procedure where the first ``lo[u]`` places
  of a unit are given and no unit passes ``hi[u]``. We start from a single-divisor estimate
  derived from the bounded quota, add/remove places greedily, then verify exactly.
* **CEIL** (Huisvestingswet 2014 art. 29): ``ceil(bounded quota)``; the sum may exceed the
  total, which is the law.
* **Tie-break** (documented, deterministic): among exactly equal remainders (Hamilton) or
  averages (divisor methods) the unit with the larger key wins; if the keys are equal too, the
  lower unit id (e.g. CBS code, plain string order) wins. Every tie that decided a place is
  reported as a :class:`Tie`. Results never depend on input order.
"""

from __future__ import annotations

import enum
import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from .texts import NL, t

__all__ = ["Method", "Tie", "CoreResult", "apportion", "TIE_RULE", "tie_rule"]

#: The documented tie-break rule in Dutch; :func:`tie_rule` gives it in the current language.
TIE_RULE = NL["tie_rule"]


def tie_rule(language: str | None = None) -> str:
    """The tie-break rule in ``language`` (default: the current language)."""
    return t("tie_rule", language)


class Method(enum.Enum):
    """Apportionment method."""

    HAMILTON = "hamilton"
    SAINTE_LAGUE = "sainte-lague"
    DHONDT = "dhondt"
    CEIL = "ceil"

    @property
    def dutch(self) -> str:
        return t(f"method.{self.value}", "nl")

    @property
    def label(self) -> str:
        """The name in the current language, e.g. "largest remainder (Hamilton / …)"."""
        return t(f"method.{self.value}")

    @property
    def is_divisor(self) -> bool:
        return self in (Method.SAINTE_LAGUE, Method.DHONDT)


@dataclass(frozen=True, slots=True)
class Tie:
    """A genuine tie that decided one or more places.

    ``units``: all units with exactly the tied value, in tie-break order (winners first);
    ``places``: ordinal numbers of the contested places (1-based, in the order places are
    handed out: for Hamilton first all whole quotas, then remainders; for divisor methods the
    highest-averages order); ``winners``: the units that got a contested place;
    ``value``: the tied remainder (Hamilton, in places) or average (divisor methods, key units
    per place); ``kind``: ``"rest"`` or ``"gemiddelde"``; ``rule``: the rule that decided.
    """

    units: tuple[str, ...]
    places: tuple[int, ...]
    winners: tuple[str, ...]
    value: Fraction
    kind: str
    rule: str = TIE_RULE

    @property
    def winner(self) -> str:
        """The (first) winning unit."""
        return self.winners[0]

    @property
    def losers(self) -> tuple[str, ...]:
        return tuple(u for u in self.units if u not in self.winners)


@dataclass(slots=True)
class CoreResult:
    """Outcome of :func:`apportion` (internal, consumed by the verdeelmotor)."""

    seats: dict[str, int]
    quota_num: dict[str, int]  # bounded quota = quota_num / quota_den
    quota_den: int
    fixed: dict[str, str]  # unit -> "lo" / "hi" when the bounded quota sits on a bound
    ties: list[Tie] = field(default_factory=list)
    tied_units: dict[str, str] = field(default_factory=dict)  # unit -> "won" / "lost"
    awarded_remainder: set[str] = field(default_factory=set)  # Hamilton: got +1
    divisor: Fraction | None = None  # divisor methods: common divisor in weight units
    adjusted_num: dict[str, int] = field(default_factory=dict)  # w/d (or w/2d) numerators
    adjusted_den: int = 1


def _tie_order(w: Mapping[str, int]):
    return lambda u: (-w[u], u)


def _water_fill(
    total: int,
    units: Sequence[str],
    w: Mapping[str, int],
    lo: Mapping[str, int],
    hi: Mapping[str, int | None],
) -> tuple[dict[str, str], list[str], int, int]:
    """Return (fixed side per unit, free units, remaining total T, free weight W).

    Free unit quota = T*w/W; fixed unit quota = its bound.
    """
    fixed: dict[str, str] = {}
    free: list[str] = []
    rest = total
    for u in units:
        if w[u] == 0 or lo[u] == hi[u]:
            fixed[u] = "lo"
            rest -= lo[u]
        else:
            free.append(u)
    while free:
        wsum = sum(w[u] for u in free)
        over: list[str] = []
        under: list[str] = []
        excess = 0
        deficit = 0
        for u in free:
            x = rest * w[u]
            h = hi[u]
            if h is not None and x > h * wsum:
                over.append(u)
                excess += x - h * wsum
            elif x < lo[u] * wsum:
                under.append(u)
                deficit += lo[u] * wsum - x
        if not over and not under:
            return fixed, free, rest, wsum
        newly: list[str] = []
        if over and excess >= deficit:
            for u in over:
                fixed[u] = "hi"
                rest -= hi[u]  # type: ignore[operator]
            newly += over
        if under and deficit >= excess:
            for u in under:
                fixed[u] = "lo"
                rest -= lo[u]
            newly += under
        gone = set(newly)
        free = [u for u in free if u not in gone]
    return fixed, free, rest, 0


def apportion(
    total: int,
    units: Sequence[str],
    w: Mapping[str, int],
    lo: Mapping[str, int],
    hi: Mapping[str, int | None],
    method: Method,
) -> CoreResult:
    """Apportion ``total`` over ``units`` (see module docstring). Caller checked feasibility."""
    fixed, free, rest, wsum = _water_fill(total, units, w, lo, hi)
    den = wsum if wsum else 1
    quota_num: dict[str, int] = {}
    for u in units:
        if u in fixed:
            side = fixed[u]
            quota_num[u] = (lo[u] if side == "lo" else hi[u]) * den  # type: ignore[operator]
        else:
            quota_num[u] = rest * w[u]
    result = CoreResult(seats={}, quota_num=quota_num, quota_den=den, fixed=fixed)
    if method is Method.HAMILTON:
        _hamilton(result, total, units, w, free)
    elif method is Method.CEIL:
        result.seats = {u: -((-quota_num[u]) // den) for u in units}
    else:
        _divisor(result, total, units, w, lo, hi, method, free, rest, wsum)
    return result


def _hamilton(res: CoreResult, total: int, units, w, free) -> None:
    den = res.quota_den
    seats: dict[str, int] = {}
    rems: dict[str, int] = {}
    for u in units:
        f, r = divmod(res.quota_num[u], den)
        seats[u] = f
        if r and u not in res.fixed:
            rems[u] = r
    base = sum(seats.values())
    k = total - base
    if k > 0:
        order = sorted(rems, key=lambda u: (-rems[u], -w[u], u))
        for u in order[:k]:
            seats[u] += 1
            res.awarded_remainder.add(u)
        if k < len(order) and rems[order[k - 1]] == rems[order[k]]:
            r = rems[order[k]]
            group = [u for u in order if rems[u] == r]
            winners = tuple(u for u in group if u in res.awarded_remainder)
            places = tuple(base + i + 1 for i, u in enumerate(order[:k]) if rems[u] == r)
            res.ties.append(Tie(tuple(group), places, winners, Fraction(r, den), "rest"))
            for u in group:
                res.tied_units[u] = "won" if u in winners else "lost"
    res.seats = seats


def _divisor(res: CoreResult, total, units, w, lo, hi, method, free, rest, wsum) -> None:
    dhondt = method is Method.DHONDT
    delta = _dhondt_delta if dhondt else _sainte_lague_delta
    active = [u for u in units if w[u] > 0]
    seats = _divisor_estimate(units, w, lo, hi, dhondt, len(free), rest, wsum)
    _divisor_fill(seats, total, active, w, lo, hi, delta)
    _divisor_repair(seats, active, w, lo, hi, delta)
    d = _divisor_ties(res, seats, total, active, w, lo, hi, delta, dhondt)
    res.seats = seats
    if d is not None and d > 0:
        # Express the divisor in "weight per place": D'Hondt seats = floor(w/d),
        # Sainte-Laguë seats = round(w/(2d)) with averages w/(2k+1).
        dd = d if dhondt else 2 * d
        res.divisor = dd
        res.adjusted_den = dd.numerator
        res.adjusted_num = {u: w[u] * dd.denominator for u in units}


# delta(k) = divisor for the (k+1)-th place: D'Hondt k+1, Sainte-Laguë 2k+1.
def _dhondt_delta(k: int) -> int:
    return k + 1


def _sainte_lague_delta(k: int) -> int:
    return 2 * k + 1


def _divisor_estimate(units, w, lo, hi, dhondt: bool, free_count: int, rest: int, wsum: int) -> dict[str, int]:
    """Single-divisor estimate from the bounded quota x = T*w/W (lower bounds without weights)."""
    if not wsum:
        return {u: lo[u] for u in units}
    seats: dict[str, int] = {}
    if dhondt:
        num_scale, den = 2 * rest + free_count, 2 * wsum  # x' = (T + n/2) w / W
    else:
        num_scale, den = rest, wsum
    for u in units:
        if w[u] == 0:
            seats[u] = lo[u]
            continue
        a = num_scale * w[u]
        if dhondt:
            c = -((den - a) // den)  # ceil(x - 1)
        else:
            c = -((den - 2 * a) // (2 * den))  # ceil(x - 1/2)
        c = max(c, 0, lo[u])
        if hi[u] is not None and c > hi[u]:
            c = hi[u]
        seats[u] = c
    return seats


def _divisor_fill(seats: dict[str, int], total: int, active, w, lo, hi, delta) -> None:
    """Add (or take away) places by the highest (lowest) averages until the total is reached."""
    diff = total - sum(seats.values())
    if diff > 0:
        heap = [(-(w[u] / delta(seats[u])), u) for u in active if _below(seats[u], hi[u])]
        heapq.heapify(heap)
        while diff > 0:
            _, u = heapq.heappop(heap)
            seats[u] += 1
            diff -= 1
            if _below(seats[u], hi[u]):
                heapq.heappush(heap, (-(w[u] / delta(seats[u])), u))
    elif diff < 0:
        heap = [(w[u] / delta(seats[u] - 1), u) for u in active if seats[u] > lo[u]]
        heapq.heapify(heap)
        while diff < 0:
            _, u = heapq.heappop(heap)
            seats[u] -= 1
            diff += 1
            if seats[u] > lo[u]:
                heapq.heappush(heap, (w[u] / delta(seats[u] - 1), u))


def _divisor_repair(seats: dict[str, int], active, w, lo, hi, delta) -> None:
    """Exact repair: the weakest awarded place must be at least the strongest unawarded one."""
    while True:
        best_u = _argbest(active, w, seats, lo, hi, delta, want="next")
        worst_u = _argbest(active, w, seats, lo, hi, delta, want="last")
        if best_u is None or worst_u is None:
            return
        # avg_last(worst) < avg_next(best) ?
        if w[worst_u] * delta(seats[best_u]) < w[best_u] * delta(seats[worst_u] - 1):
            seats[worst_u] -= 1
            seats[best_u] += 1
            continue
        return


def _divisor_ties(res: CoreResult, seats: dict[str, int], total: int, active, w, lo, hi, delta,
                  dhondt: bool) -> Fraction | None:
    """Decide an exact tie at the last place (recorded in ``res``); return the divisor."""
    best_u = _argbest(active, w, seats, lo, hi, delta, want="next")
    worst_u = _argbest(active, w, seats, lo, hi, delta, want="last")
    upper = (w[best_u], delta(seats[best_u])) if best_u is not None else None
    lower = (w[worst_u], delta(seats[worst_u] - 1)) if worst_u is not None else None
    if upper and lower and upper[0] * lower[1] == lower[0] * upper[1]:
        tn, td = lower
        holders = [u for u in active if seats[u] > lo[u] and w[u] * td == tn * delta(seats[u] - 1)]
        wanting = [
            u for u in active if _below(seats[u], hi[u]) and w[u] * td == tn * delta(seats[u])
        ]
        group = sorted(holders + wanting, key=_tie_order(w))
        j = len(holders)
        winners = tuple(group[:j])
        for u in holders:
            if u not in winners:
                seats[u] -= 1
        for u in wanting:
            if u in winners:
                seats[u] += 1
        res.ties.append(
            Tie(
                tuple(group),
                tuple(range(total - j + 1, total + 1)),
                winners,
                Fraction(tn, td) * (1 if dhondt else 2),
                "gemiddelde",
            )
        )
        for u in group:
            res.tied_units[u] = "won" if u in winners else "lost"
        return Fraction(tn, td)
    if upper and lower:
        return (Fraction(*upper) + Fraction(*lower)) / 2
    if lower:
        return Fraction(*lower) * Fraction(9, 10)
    if upper:
        return Fraction(*upper) * Fraction(11, 10)
    return None


def _below(s: int, h: int | None) -> bool:
    return h is None or s < h


def _argbest(active, w, seats, lo, hi, delta, want: str):
    """Exact argmax of next-averages (want='next') or argmin of last-averages ('last')."""
    best = None
    bn = bd = 0
    if want == "next":
        for u in active:
            if _below(seats[u], hi[u]):
                n, d = w[u], delta(seats[u])
                if best is None or n * bd > bn * d:
                    best, bn, bd = u, n, d
    else:
        for u in active:
            if seats[u] > lo[u]:
                n, d = w[u], delta(seats[u] - 1)
                if best is None or n * bd < bn * d:
                    best, bn, bd = u, n, d
    return best
