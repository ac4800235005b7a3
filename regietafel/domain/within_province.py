"""A province re-divides what it was given, never more: its sum stays fixed.

The numbers a province starts from (the basis) are the Rijk's published figures per gemeente
where they exist, else the computation (Huisvestingswet art. 29 over the whole country, or the
province's own key). Locks, minimums, maximums and credit move places between the province's
own gemeenten only (Huisvestingswet art. 29(2); the Spreidingswet's exchanges within a
province): the rest of the province's sum is divided over the free gemeenten in proportion to
their basis, by largest remainder. Without constraints every gemeente keeps its basis exactly.
"""

from __future__ import annotations

from collections.abc import Mapping

from .apportionment import Method
from .constraints import SurplusPolicy, UnitConstraint
from .engine import DistributionRequest, distribute
from .texts import t
from .verantwoording import DistributionResult


def divide_within_province(basis: Mapping[str, int], constraints: Mapping[str, UnitConstraint],
                           labels: Mapping[str, str] | None = None,
                           surplus_policy: SurplusPolicy = SurplusPolicy.KEEP) -> DistributionResult:
    """The basis's sum over the same gemeenten, with ``constraints``; InfeasibleError if they
    cannot be met inside that sum."""
    return distribute(DistributionRequest(
        total=sum(basis.values()), keys=dict(basis), method=Method.HAMILTON, constraints=dict(constraints),
        surplus_policy=surplus_policy, key_description=t("within.key"), labels=dict(labels or {}),
    ))
