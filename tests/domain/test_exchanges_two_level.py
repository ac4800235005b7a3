"""Uitwisseling and two-level distribution."""

from __future__ import annotations

import pytest

from regietafel.domain.verdeelmotor import (
    DistributionRequest,
    Exchange,
    ExchangeError,
    InfeasibleError,
    Method,
    SurplusPolicy,
    UnitConstraint,
    apply_exchanges,
    distribute,
    distribute_two_level,
)


def test_exchange_applies_and_logs():
    r = distribute(DistributionRequest(total=100, keys={"A": 1, "B": 1}, method=Method.DHONDT))
    out = apply_exchanges(r, [Exchange("A", "B", 20, "locatie in B", "2024-03-01")])
    allocations, log = out
    assert allocations == {"A": 30, "B": 70}
    assert r.allocations == {"A": 50, "B": 50}  # input not modified
    assert log[0].from_after == 30 and "reden: locatie in B" in log[0].text()


@pytest.mark.parametrize(
    ("exchange", "fragment"),
    [
        (Exchange("A", "B", 60, "x"), "Uitwisseling 2 .*A heeft 51 en zou -9 krijgen"),
        (Exchange("A", "B", 0, "x"), "groter dan 0"),
        (Exchange("A", "A", 1, "x"), "dezelfde eenheid"),
        (Exchange("A", "Z", 1, "x"), "onbekende eenheid Z"),
    ],
)
def test_exchange_refused(exchange, fragment):
    with pytest.raises(ExchangeError, match=fragment):
        apply_exchanges({"A": 50, "B": 50}, [Exchange("B", "A", 0 + 1, "ok"), exchange])


GROUPS = {
    "Haaglanden": ["GM0518", "GM0603", "GM0503"],
    "Rijnmond": ["GM0599", "GM0606"],
}
KEYS = {"GM0518": 566221, "GM0603": 80000, "GM0503": 110000, "GM0599": 670610, "GM0606": 90000}


@pytest.mark.parametrize("method", list(Method))
def test_two_level_consistent(method):
    cons = {"GM0518": UnitConstraint(lock=600), "GM0606": UnitConstraint(maximum=50)}
    r = distribute_two_level(3000, GROUPS, KEYS, method, cons, labels={"GM0518": "Den Haag"})
    g = r.group_result
    assert g.line("Haaglanden").key == 566221 + 80000 + 110000
    for gid, res in r.unit_results.items():
        assert res.total == g.allocations[gid]
        if method is not Method.CEIL:
            assert res.allocated_sum == g.allocations[gid]
    if method is not Method.CEIL:
        assert sum(r.allocations.values()) == 3000
    assert r.allocations["GM0518"] == 600 and r.allocations["GM0606"] <= 50
    assert "Stap 2: verdeling binnen Haaglanden" in r.to_text()


def test_two_level_aggregates_bounds_and_credit():
    cons = {
        "GM0518": UnitConstraint(lock=600),
        "GM0603": UnitConstraint(maximum=10),
        "GM0503": UnitConstraint(maximum=10),
    }
    r = distribute_two_level(3000, GROUPS, KEYS, Method.HAMILTON, cons)
    assert r.group_result.allocations["Haaglanden"] == 620  # capped at 600 + 10 + 10
    cons = {"GM0603": UnitConstraint(credit=900)}
    r = distribute_two_level(3000, GROUPS, KEYS, Method.HAMILTON, cons, SurplusPolicy.REDISTRIBUTE)
    assert r.allocations["GM0603"] == 900
    assert r.group_result.surplus_policy is SurplusPolicy.REDISTRIBUTE
    with pytest.raises(InfeasibleError, match="GM0606"):
        distribute_two_level(10, {"X": ["GM0518"]}, KEYS, Method.HAMILTON)
