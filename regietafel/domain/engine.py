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
from .formatting import format_int as format_int_nl
from .formatting import format_ratio as format_ratio_nl
from .texts import t
from .verantwoording import DistributionResult, UnitAccount

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
            raise ValueError(t("error.unit_id", unit=repr(u)))
        f = to_fraction(keys[u], t("error.key_of", unit=u))
        if f < 0:
            bad.append(f"{u} {keys[u]}")
        fkeys[u] = f
    if bad:
        raise ValueError(t("error.negative_keys", units=", ".join(bad)))
    return units, fkeys


def _integer_weights(units: list[str], keys: dict[str, Fraction]) -> tuple[dict[str, int], Fraction]:
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
        raise ValueError(t("error.total_not_whole", total=repr(total)))
    if total < 0:
        raise ValueError(t("error.total_negative", total=total))
    method = Method(request.method)
    policy = SurplusPolicy(request.surplus_policy)
    labels = dict(request.labels or {})
    constraints = dict(request.constraints or {})
    units, fkeys = normalise_keys(request.keys)
    if not units:
        if total:
            raise InfeasibleError(t("error.no_units", total=format_int_nl(total)))
    w, scale = _integer_weights(units, fkeys) if units else ({}, Fraction(1))
    bounds = resolve_bounds(total, units, w, constraints, policy, labels)
    core = apportion(total, units, w, bounds.lo, bounds.hi, method)
    wtotal = sum(w.values())
    lines = [_account(u, total, method, policy, labels.get(u, u), constraints.get(u) or _NO_CONSTRAINT, fkeys[u],
                      w[u], wtotal, core, bounds) for u in units]
    ties = [dataclasses.replace(tie, value=tie.value / scale) if tie.kind == "gemiddelde" else tie
            for tie in core.ties]
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


def _account(u: str, total: int, method: Method, policy: SurplusPolicy, label: str, c: UnitConstraint,
             key: Fraction, weight: int, wtotal: int, core, bounds) -> UnitAccount:
    """One gemeente's line of the verantwoording: quota, rounding, constraint, credit."""
    seats = core.seats[u]
    den = core.quota_den
    qn = core.quota_num[u]
    lo, hi = bounds.lo[u], bounds.hi[u]
    bound = None
    if u in core.fixed:
        bound = _bound_kind(u, core.fixed[u], c, bounds.credit_binding[u], weight)
    credit = bounds.credit[u]
    return UnitAccount(
        unit=u,
        label=label,
        key=key,
        quota=Fraction(qn, den),
        result=seats,
        rounding=_rounding_text(u, method, core, seats, qn, den, bound, lo, hi, weight),
        constraint=None if c is _NO_CONSTRAINT else c.describe(),
        credit=credit,
        remaining=max(0, seats - credit),
        surplus=max(0, credit - seats),
        plain_quota=Fraction(total * weight, wtotal) if wtotal else _ZERO,
        credit_note=_credit_note(policy, c, credit, seats, bounds.credit_binding[u] and seats == lo),
        bound=bound,
    )


def _credit_note(policy: SurplusPolicy, c: UnitConstraint, credit: int, seats: int, credit_is_minimum: bool) -> str | None:
    if credit > seats:
        if policy is SurplusPolicy.KEEP:
            return t("credit.keep", credit=format_int_nl(credit), share=format_int_nl(seats),
                     surplus=format_int_nl(credit - seats))
        return t("credit.capped", credit=format_int_nl(credit), constraint=c.describe(),
                 surplus=format_int_nl(credit - seats))
    if credit_is_minimum:
        return t("credit.minimum", credit=format_int_nl(credit))
    return None


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


def _bound_text(bound: str, seats: int) -> str:
    """``bound`` is one of "vast", "maximum", "minimum", "krediet", "sleutel 0"."""
    return t(f"bound.{bound}", value=format_int_nl(seats))


def _rounding_text(u, method, core, seats, qn, den, bound, lo, hi, weight) -> str:
    tie = core.tied_units.get(u)
    tie_txt = ""
    if tie == "won":
        tie_txt = t("tie.won")
    elif tie == "lost":
        tie_txt = t("tie.lost")
    if bound is not None and method is not Method.CEIL and not method.is_divisor:
        return _bound_text(bound, seats)
    if method is Method.HAMILTON:
        rem = qn % den
        if rem == 0:
            return t("rounding.whole")
        r = format_ratio_nl(rem, den, 2)
        if u in core.awarded_remainder:
            return t("rounding.rest_won", rest=r, tie=tie_txt)
        return t("rounding.rest_lost", rest=r, tie=tie_txt)
    if method is Method.CEIL:
        if bound is not None:
            return _bound_text(bound, seats)
        if qn % den == 0:
            return t("rounding.whole")
        return t("rounding.ceil", quota=format_ratio_nl(qn, den, 2), share=format_int_nl(seats))
    # divisor methods
    if weight == 0:
        return _bound_text("sleutel 0", seats)
    if core.divisor is None:
        if bound is not None:
            return _bound_text(bound, seats)
        return t("rounding.no_free")
    an, ad = core.adjusted_num[u], core.adjusted_den
    if method is Method.DHONDT:
        natural = an // ad
        how = t("rounding.down")
    else:
        natural = (2 * an + ad) // (2 * ad)
        how = t("rounding.rounded")
    aq = format_ratio_nl(an, ad, 2)
    if seats != natural and not tie:
        if seats == hi:
            kind = t("rounding.lock") if lo == hi else t("rounding.maximum")
            return t("rounding.adjusted_capped", quotient=aq, kind=kind, share=format_int_nl(seats))
        if seats == lo:
            kind = t("rounding.lock") if lo == hi else t("rounding.minimum")
            return t("rounding.adjusted_raised", quotient=aq, kind=kind, share=format_int_nl(seats))
    return t("rounding.adjusted", quotient=aq, share=format_int_nl(seats), how=how, tie=tie_txt)
