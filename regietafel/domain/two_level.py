"""Two-step distribution: total → groups (e.g. regio's) → units (gemeenten).

The group key is the sum of its units' keys. Group constraints are aggregated from the units
so that every group share can be divided within its units' bounds:

* group minimum = sum of the units' effective lower bounds (lock or minimum; under
  ``REDISTRIBUTE`` also the credit, capped by the unit's lock/maximum);
* group maximum = sum of the units' upper bounds (lock or maximum) over units with a positive
  key plus the lower bound of key-0 units; unbounded if any positive-key unit is unbounded;
* group credit = sum of the units' credits (for reporting; at group level credit is already
  folded into the minimum, so the group step does not apply it a second time).

Both levels use the same method unless ``group_method`` is given; the result is consistent:
the unit results of a group sum to the group's share (for CEIL they may exceed it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from .apportionment import Method
from .constraints import InfeasibleError, SurplusPolicy, UnitConstraint, resolve_bounds
from .engine import DistributionRequest, _integer_weights, distribute, normalise_keys
from .texts import t
from .verantwoording import DistributionResult

__all__ = ["TwoLevelResult", "distribute_two_level"]


@dataclass(frozen=True)
class TwoLevelResult:
    """``group_result``: the division over groups; ``unit_results``: per group id."""

    group_result: DistributionResult
    unit_results: dict[str, DistributionResult]

    @property
    def allocations(self) -> dict[str, int]:
        """Flat unit -> share over all groups (group order, then unit order)."""
        out: dict[str, int] = {}
        for res in self.unit_results.values():
            out.update(res.allocations)
        return out

    def to_text(self) -> str:
        parts = [t("two.step1"), "", self.group_result.to_text()]
        for gid, res in self.unit_results.items():
            name = self.group_result.labels.get(gid, gid)
            parts += ["", t("two.step2", name=name), "", res.to_text()]
        return "\n".join(parts)


def _check_groups(groups: Mapping[str, Sequence[str]], units: list[str], fkeys: Mapping[str, Fraction]) -> None:
    """Every unit with a key in exactly one group, every member with a key."""
    seen: dict[str, str] = {}
    problems = []
    for gid, members in groups.items():
        for u in members:
            if u in seen:
                problems.append(t("two.both_groups", unit=u, first=seen[u], second=gid))
            elif u not in fkeys:
                problems.append(t("two.no_key", unit=u, group=gid))
            seen[u] = gid
    missing = [u for u in units if u not in seen]
    if missing:
        problems.append(t("two.no_group", units=", ".join(missing)))
    if problems:
        raise InfeasibleError(problems)


def _group_constraint(members: Sequence[str], w: Mapping[str, int], bounds) -> UnitConstraint:
    """A group's bounds are its members' together: a lock when they leave no room."""
    gmin = sum(bounds.lo[u] for u in members)
    gmax: int | None = 0
    for u in members:
        upper = bounds.hi[u] if w[u] > 0 else bounds.lo[u]
        if upper is None:
            gmax = None
            break
        gmax += upper
    gcredit = sum(bounds.credit[u] for u in members)
    if gmax is not None and gmin == gmax:
        return UnitConstraint(lock=gmin, credit=gcredit or None)
    return UnitConstraint(minimum=gmin or None, maximum=gmax, credit=gcredit or None)


def _divide_over_groups(total: int, groups: Mapping[str, Sequence[str]], fkeys: Mapping[str, Fraction],
                        weights, bounds, method: Method, surplus_policy: SurplusPolicy, key_description: str,
                        peildatum: str | None, group_labels: Mapping[str, str]) -> DistributionResult:
    """The first step: ``total`` over the groups by the sum of their members' keys, each group
    within what its members' bounds allow (the surplus policy applies to the units, step two)."""
    group_keys = {gid: sum((fkeys[u] for u in members), Fraction(0)) for gid, members in groups.items()}
    group_constraints = {gid: _group_constraint(members, weights, bounds) for gid, members in groups.items()}
    group_result = distribute(
        DistributionRequest(
            total=total,
            keys=group_keys,
            method=method,
            constraints=group_constraints,
            surplus_policy=SurplusPolicy.KEEP,
            key_description=t("two.key_of", key=key_description) if key_description else t("two.key"),
            peildatum=peildatum,
            labels=group_labels,
        )
    )
    return dataclasses.replace(
        group_result,
        surplus_policy=surplus_policy,
        notes=[
            *group_result.notes,
            t("two.note", credit=t("two.note_credit") if surplus_policy is SurplusPolicy.REDISTRIBUTE else ""),
        ],
    )


def distribute_two_level(
    total: int,
    groups: Mapping[str, Sequence[str]],
    keys: Mapping[str, Fraction | int],
    method: Method,
    constraints: Mapping[str, UnitConstraint] | None = None,
    surplus_policy: SurplusPolicy = SurplusPolicy.KEEP,
    *,
    group_method: Method | None = None,
    key_description: str = "",
    peildatum: str | None = None,
    labels: Mapping[str, str] | None = None,
    group_labels: Mapping[str, str] | None = None,
) -> TwoLevelResult:
    """Divide ``total`` over ``groups`` and then each group's share over its units."""
    constraints = dict(constraints or {})
    labels = dict(labels or {})
    group_labels = dict(group_labels or {})
    units, fkeys = normalise_keys(keys)
    _check_groups(groups, units, fkeys)
    # Validate unit constraints once (with unit names); totals are checked per step.
    w, _ = _integer_weights(units, fkeys) if units else ({}, Fraction(1))
    bounds = resolve_bounds(
        total, units, w, constraints, surplus_policy, labels, check_totals=False
    )
    group_result = _divide_over_groups(total, groups, fkeys, w, bounds, group_method or method, surplus_policy,
                                       key_description, peildatum, group_labels)
    unit_results: dict[str, DistributionResult] = {}
    for gid, members in groups.items():
        unit_results[gid] = distribute(
            DistributionRequest(
                total=group_result.allocations[gid],
                keys={u: fkeys[u] for u in members},
                method=method,
                constraints={u: constraints[u] for u in members if u in constraints},
                surplus_policy=surplus_policy,
                key_description=key_description,
                peildatum=peildatum,
                labels={u: labels[u] for u in members if u in labels},
            )
        )
    return TwoLevelResult(group_result, unit_results)
