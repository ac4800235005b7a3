"""The verdeelmotor: validate a :class:`DistributionRequest`, divide, and account for it.

See :mod:`.apportionment` for the methods, bounded quota, tie-break rule and exactness,
and :mod:`.constraints` for locks, minima, maxima, credit and :class:`SurplusPolicy`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from types import MappingProxyType

from ._rational import to_fraction
from .apportionment import Method, apportion
from .constraints import (
    InfeasibleError,
    SurplusPolicy,
    UnitConstraint,
    resolve_bounds,
)
from .verantwoording import DistributionResult, UnitAccount, format_int_nl, format_ratio_nl

__all__ = ["DistributionRequest", "distribute", "normalise_keys"]

_EMPTY: Mapping = MappingProxyType({})
_NO_CONSTRAINT = UnitConstraint()
_ZERO = Fraction(0)


@dataclass(frozen=True)
class DistributionRequest:
    """Everything needed to divide ``total`` over units.

    ``keys``: unit id -> weight >= 0 (``Fraction``/``int``/``Decimal``/``str``; converted
    exactly). The order of ``keys`` is the order of the result lines; the allocation itself
    does not depend on it. ``labels``: unit id -> display name. ``peildatum``: ISO date.
    """

    total: int
    keys: Mapping[str, Fraction | int]
    method: Method
    constraints: Mapping[str, UnitConstraint] = field(default_factory=lambda: _EMPTY)
    surplus_policy: SurplusPolicy = SurplusPolicy.KEEP
    key_description: str = ""
    peildatum: str | None = None
    labels: Mapping[str, str] = field(default_factory=lambda: _EMPTY)


def normalise_keys(keys: Mapping[str, object]) -> tuple[list[str], dict[str, Fraction]]:
    """Convert keys exactly to Fractions and check they are >= 0 (ValueError otherwise)."""
    units = list(keys)
    fkeys: dict[str, Fraction] = {}
    bad = []
    for u in units:
        if not isinstance(u, str) or not u:
            raise ValueError(f"Eenheid-id moet een niet-lege tekst zijn, niet {u!r}")
        f = to_fraction(keys[u], f"Sleutelwaarde van {u}")
        if f < 0:
            bad.append(f"{u} {keys[u]}")
        fkeys[u] = f
    if bad:
        raise ValueError("Negatieve sleutelwaarde: " + ", ".join(bad))
    return units, fkeys


def _integer_weights(units: list[str], keys: dict[str, Fraction]) -> tuple[dict[str, int], int]:
    """Scale keys to integers: ``w[u] = key[u] * scale`` with ``scale`` a Fraction."""
    lcm = 1
    for f in keys.values():
        if f.denominator != 1:
            lcm = math.lcm(lcm, f.denominator)
    w = {u: keys[u].numerator * (lcm // keys[u].denominator) for u in units}
    g = 0
    for v in w.values():
        g = math.gcd(g, v)
    if g > 1:
        w = {u: v // g for u, v in w.items()}
    else:
        g = 1
    return w, Fraction(lcm, g)


def distribute(request: DistributionRequest) -> DistributionResult:
    """Divide ``request.total`` according to ``request``; see module docs.

    Raises :class:`InfeasibleError` (a ``ValueError``) when constraints cannot be met, or
    ``ValueError`` for malformed input (negative keys, non-integer total, ...).
    """
    total = request.total
    if isinstance(total, bool) or not isinstance(total, int):
        raise ValueError(f"Totaal moet een geheel getal zijn, niet {total!r}")
    if total < 0:
        raise ValueError(f"Totaal {total} is negatief")
    method = Method(request.method)
    policy = SurplusPolicy(request.surplus_policy)
    labels = dict(request.labels or {})
    constraints = dict(request.constraints or {})
    units, fkeys = normalise_keys(request.keys)
    if not units:
        if total:
            raise InfeasibleError(
                f"Geen eenheden om totaal {format_int_nl(total)} over te verdelen"
            )
    w, scale = _integer_weights(units, fkeys) if units else ({}, Fraction(1))
    bounds = resolve_bounds(total, units, w, constraints, policy, labels)
    lo, hi = bounds.lo, bounds.hi
    core = apportion(total, units, w, lo, hi, method)

    wtotal = sum(w.values())
    den = core.quota_den
    lines: list[UnitAccount] = []
    for u in units:
        seats = core.seats[u]
        c = constraints.get(u) or _NO_CONSTRAINT
        qn = core.quota_num[u]
        quota = Fraction(qn, den)
        plain = Fraction(total * w[u], wtotal) if wtotal else _ZERO
        bound = None
        if u in core.fixed:
            bound = _bound_kind(u, core.fixed[u], c, bounds.credit_binding[u], w[u])
        rounding = _rounding_text(u, method, core, seats, qn, den, bound, lo[u], hi[u], w[u])
        credit = bounds.credit[u]
        note = None
        if credit > seats:
            if policy is SurplusPolicy.KEEP:
                note = (
                    f"krediet {format_int_nl(credit)} > aandeel {format_int_nl(seats)}: "
                    f"overschot {format_int_nl(credit - seats)} blijft bij deze eenheid "
                    "(niet herverdeeld)"
                )
            else:
                note = (
                    f"krediet {format_int_nl(credit)} hoger dan toegestaan "
                    f"({c.describe()}): overschot {format_int_nl(credit - seats)}"
                )
        elif bounds.credit_binding[u] and seats == lo[u]:
            note = (
                f"krediet {format_int_nl(credit)} telt als minimum "
                "(herverdeeld: de rest gaat naar de overige eenheden)"
            )
        lines.append(
            UnitAccount(
                unit=u,
                label=labels.get(u, u),
                key=fkeys[u],
                quota=quota,
                result=seats,
                rounding=rounding,
                constraint=None if c is _NO_CONSTRAINT else c.describe(),
                credit=credit,
                remaining=max(0, seats - credit),
                surplus=max(0, credit - seats),
                plain_quota=plain,
                credit_note=note,
                bound=bound,
            )
        )
    ties = []
    for t in core.ties:
        if t.kind == "gemiddelde":
            t = dataclasses.replace(t, value=t.value / scale)
        ties.append(t)
    allocated = sum(core.seats.values())
    return DistributionResult(
        total=total,
        method=method,
        allocations={u: core.seats[u] for u in units},
        lines=lines,
        ties=ties,
        allocated_sum=allocated,
        exceeds_total=allocated > total,
        key_description=request.key_description,
        peildatum=request.peildatum,
        surplus_policy=policy,
        excess=max(0, allocated - total),
        divisor=None if core.divisor is None else core.divisor / scale,
        labels=labels,
    )


def _bound_kind(u: str, side: str, c: UnitConstraint, credit_binding: bool, weight: int) -> str:
    if c.lock is not None:
        return "vast"
    if side == "hi":
        return "maximum"
    if credit_binding:
        return "krediet"
    if weight == 0:
        return "sleutel 0"
    return "minimum"


_BOUND_TEXT = {
    "vast": "vast aantal {v}",
    "maximum": "begrensd op maximum {v}",
    "minimum": "opgehoogd tot minimum {v}",
    "krediet": "krediet {v} als minimum",
    "sleutel 0": "sleutel 0 → {v}",
}


def _rounding_text(u, method, core, seats, qn, den, bound, lo, hi, weight) -> str:
    tie = core.tied_units.get(u)
    tie_txt = ""
    if tie == "won":
        tie_txt = " (gelijke stand gewonnen)"
    elif tie == "lost":
        tie_txt = " (gelijke stand verloren)"
    if bound is not None and method is not Method.CEIL and not method.is_divisor:
        return _BOUND_TEXT[bound].format(v=format_int_nl(seats))
    if method is Method.HAMILTON:
        rem = qn % den
        if rem == 0:
            return "geheel quotum, geen afronding"
        r = format_ratio_nl(rem, den, 2)
        if u in core.awarded_remainder:
            return f"rest {r} → +1 (grootste overschot){tie_txt}"
        return f"rest {r} → +0{tie_txt}"
    if method is Method.CEIL:
        if bound is not None:
            return _BOUND_TEXT[bound].format(v=format_int_nl(seats))
        if qn % den == 0:
            return "geheel quotum, geen afronding"
        return f"quotum {format_ratio_nl(qn, den, 2)} → {format_int_nl(seats)} (naar boven)"
    # divisor methods
    if weight == 0:
        return _BOUND_TEXT["sleutel 0"].format(v=format_int_nl(seats))
    if core.divisor is None:
        if bound is not None:
            return _BOUND_TEXT[bound].format(v=format_int_nl(seats))
        return "geen vrije plaatsen"
    an, ad = core.adjusted_num[u], core.adjusted_den
    if method is Method.DHONDT:
        natural = an // ad
        how = "naar beneden"
    else:
        natural = (2 * an + ad) // (2 * ad)
        how = "afgerond"
    aq = format_ratio_nl(an, ad, 2)
    if seats != natural and not tie:
        if seats == hi:
            kind = "vast aantal" if lo == hi else "maximum"
            return f"aangepast quotiënt {aq}, begrensd op {kind} {format_int_nl(seats)}"
        if seats == lo:
            kind = "vast aantal" if lo == hi else "minimum"
            return f"aangepast quotiënt {aq}, opgehoogd tot {kind} {format_int_nl(seats)}"
    return f"aangepast quotiënt {aq} → {format_int_nl(seats)} ({how}){tie_txt}"
