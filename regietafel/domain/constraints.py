"""Per-unit constraints (lock, minimum, maximum, credit) and the feasibility check.

A *lock* is an agreed fixed number (minimum = maximum = lock). *Credit* is the number of
places already realised; what it does depends on :class:`SurplusPolicy`:

* ``KEEP``: shares are computed without regard to credit. A unit whose credit exceeds its
  share keeps that surplus (reported as ``surplus``); other units are **not** lowered.
* ``REDISTRIBUTE``: credit acts as a minimum. A unit whose credit exceeds its share is given
  its credit and the rest of the total is re-divided over the others (lowering them). A lock or
  maximum that is lower than the credit wins (the agreed constraint is explicit); the
  remaining difference is then reported as surplus.

Feasibility is checked before any division, and the message names the units and numbers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from .formatting import format_int as fmt
from .texts import t

__all__ = [
    "UnitConstraint",
    "SurplusPolicy",
    "InfeasibleError",
    "Bounds",
    "resolve_bounds",
    "unit_name",
]


class SurplusPolicy(enum.Enum):
    """What happens when a unit's credit exceeds its share."""

    KEEP = "keep"
    REDISTRIBUTE = "redistribute"

    @property
    def dutch(self) -> str:
        return t(f"policy.{self.value}", "nl")

    @property
    def label(self) -> str:
        """The policy in the current language."""
        return t(f"policy.{self.value}")


class InfeasibleError(ValueError):
    """The request cannot be satisfied. ``problems`` lists every problem found
    (in the current language)."""

    def __init__(self, problems: list[str] | str):
        if isinstance(problems, str):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True, slots=True)
class UnitConstraint:
    """Constraint on one unit. All fields optional; values are whole numbers >= 0.

    ``lock`` fixes the share (min = max = lock). ``minimum``/``maximum`` bound it. ``credit`` is
    already realised capacity (see :class:`SurplusPolicy`). Validation happens in
    :func:`resolve_bounds` so that the message can name the unit.
    """

    lock: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    credit: int | None = None

    def describe(self) -> str | None:
        """Short text of the binding constraint, e.g. ``"vast (lock) 600"`` / ``"fixed (lock) 600"``."""
        parts = []
        if self.lock is not None:
            parts.append(t("constraint.lock", value=fmt(self.lock)))
        if self.minimum is not None:
            parts.append(t("constraint.minimum", value=fmt(self.minimum)))
        if self.maximum is not None:
            parts.append(t("constraint.maximum", value=fmt(self.maximum)))
        return ", ".join(parts) if parts else None

    @property
    def is_empty(self) -> bool:
        return self.lock is None and self.minimum is None and self.maximum is None


def unit_name(unit: str, labels: Mapping[str, str]) -> str:
    """``"GM0363 Amsterdam"`` when a label is known, else the id."""
    label = labels.get(unit)
    return f"{unit} {label}" if label and label != unit else unit


@dataclass(frozen=True, slots=True)
class Bounds:
    """Effective integer bounds per unit after validation (``hi`` None = unbounded)."""

    lo: dict[str, int]
    hi: dict[str, int | None]
    credit: dict[str, int]
    credit_binding: dict[str, bool]  # REDISTRIBUTE: credit raised the lower bound


def _check_int(unit: str, field: str, value: object, labels: Mapping[str, str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return t("error.not_whole", name=unit_name(unit, labels), field=field, value=repr(value))
    if value < 0:
        return t("error.negative_field", name=unit_name(unit, labels), field=field, value=value)
    return None


def resolve_bounds(
    total: int,
    units: list[str],
    weights: Mapping[str, int | Fraction],
    constraints: Mapping[str, UnitConstraint],
    policy: SurplusPolicy,
    labels: Mapping[str, str],
    check_totals: bool = True,
) -> Bounds:
    """Validate constraints and check feasibility; return effective bounds.

    Checks, in this order (all problems of a stage are reported together):

    1. every constrained unit exists; values are whole numbers >= 0;
       ``minimum <= maximum``; a lock lies within its minimum and maximum;
    2. ``sum(locks + minimums [+ credits under REDISTRIBUTE]) <= total``;
    3. ``total <= capacity`` where capacity sums the maximum (or lock) of every unit with a
       positive key (unbounded = infinite) plus the lower bound of every unit with key 0
       (a unit with key 0 receives nothing beyond its minimum or lock).
    """
    _check_values(units, weights, constraints, labels)
    _check_consistency(units, constraints, labels)
    bounds = _effective_bounds(units, constraints, policy)
    if check_totals:
        _check_lower_sum(total, units, constraints, bounds, labels)
        _check_capacity(total, units, weights, bounds, labels)
    return bounds


def _check_values(units: list[str], weights: Mapping[str, int | Fraction],
                  constraints: Mapping[str, UnitConstraint], labels: Mapping[str, str]) -> None:
    """Stage 1a: every constrained unit exists; every value is a whole number >= 0."""
    problems: list[str] = []
    unknown = [u for u in constraints if u not in weights]
    if unknown:
        problems.append(t("error.unknown_unit", units=", ".join(sorted(unknown))))
    for unit in units:
        c = constraints.get(unit)
        if c is None:
            continue
        if not isinstance(c, UnitConstraint):
            problems.append(t("error.not_constraint", name=unit_name(unit, labels)))
            continue
        for field, value in (
            (t("field.lock"), c.lock),
            (t("field.minimum"), c.minimum),
            (t("field.maximum"), c.maximum),
            (t("field.credit"), c.credit),
        ):
            msg = _check_int(unit, field, value, labels)
            if msg:
                problems.append(msg)
    if problems:
        raise InfeasibleError(problems)


def _check_consistency(units: list[str], constraints: Mapping[str, UnitConstraint],
                       labels: Mapping[str, str]) -> None:
    """Stage 1b: ``minimum <= maximum``; a lock lies within its minimum and maximum."""
    problems: list[str] = []
    for unit in units:
        c = constraints.get(unit)
        if c is None:
            continue
        name = unit_name(unit, labels)
        if c.minimum is not None and c.maximum is not None and c.minimum > c.maximum:
            problems.append(
                t("error.min_above_max", name=name, minimum=fmt(c.minimum), maximum=fmt(c.maximum))
            )
        if c.lock is not None:
            if c.minimum is not None and c.lock < c.minimum:
                problems.append(
                    t("error.lock_below_min", name=name, lock=fmt(c.lock), minimum=fmt(c.minimum))
                )
            if c.maximum is not None and c.lock > c.maximum:
                problems.append(
                    t("error.lock_above_max", name=name, lock=fmt(c.lock), maximum=fmt(c.maximum))
                )
    if problems:
        raise InfeasibleError(problems)


def _effective_bounds(units: list[str], constraints: Mapping[str, UnitConstraint],
                      policy: SurplusPolicy) -> Bounds:
    lo: dict[str, int] = {}
    hi: dict[str, int | None] = {}
    credit: dict[str, int] = {}
    binding: dict[str, bool] = {}
    for unit in units:
        c = constraints.get(unit) or UnitConstraint()
        high: int | None
        if c.lock is not None:
            low, high = c.lock, c.lock
        else:
            low = c.minimum or 0
            high = c.maximum
        cr = c.credit or 0
        credit[unit] = cr
        binding[unit] = False
        if policy is SurplusPolicy.REDISTRIBUTE and cr > low:
            raised = cr if high is None else min(cr, high)
            if raised > low:
                low = raised
                binding[unit] = True
        lo[unit] = low
        hi[unit] = high
    return Bounds(lo=lo, hi=hi, credit=credit, credit_binding=binding)


def _check_lower_sum(total: int, units: list[str], constraints: Mapping[str, UnitConstraint],
                     bounds: Bounds, labels: Mapping[str, str]) -> None:
    """Stage 2: the locks, minimums (and binding credits) fit in the total."""
    lo, binding = bounds.lo, bounds.credit_binding
    lower_sum = sum(lo.values())
    if lower_sum <= total:
        return
    parts = []
    for unit in units:
        if lo[unit] > 0:
            c = constraints.get(unit) or UnitConstraint()
            kind = "credit" if binding[unit] else ("lock" if c.lock is not None else "minimum")
            parts.append(t("error.lower_part", name=unit_name(unit, labels), value=fmt(lo[unit]),
                           kind=t(f"kind.{kind}")))
    what = t("error.lower_sum_what")
    if any(binding.values()):
        what += t("error.lower_sum_credit")
    raise InfeasibleError(
        [t("error.lower_sum", what=what, parts=" + ".join(parts), sum=fmt(lower_sum), total=fmt(total))])


def _check_capacity(total: int, units: list[str], weights: Mapping[str, int | Fraction], bounds: Bounds,
                    labels: Mapping[str, str]) -> None:
    """Stage 3: the total fits under the maximums of the units with a positive key (plus the
    lower bounds of those with key 0)."""
    lo, hi = bounds.lo, bounds.hi
    capacity = 0
    for unit in units:
        upper = hi[unit]
        if weights[unit] > 0:
            if upper is None:
                return  # unbounded
            capacity += upper
        else:
            capacity += lo[unit]
    if total <= capacity:
        return
    positive = [u for u in units if weights[u] > 0]
    if not positive:
        problem = (t("error.all_zero", total=fmt(total))
                   + (t("error.all_zero_capacity", capacity=fmt(capacity)) if capacity else ""))
    else:
        parts = [f"{unit_name(u, labels)} {fmt(hi[u] or 0)}" for u in positive]
        zero = [u for u in units if weights[u] == 0 and lo[u] > 0]
        parts += [t("error.capacity_part_zero", name=unit_name(u, labels), value=fmt(lo[u])) for u in zero]
        problem = (t("error.above_capacity", total=fmt(total), parts=" + ".join(parts), capacity=fmt(capacity))
                   + (t("error.above_capacity_zero") if len(positive) < len(units) else ""))
    raise InfeasibleError([problem])
