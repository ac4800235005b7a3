"""Property-based tests (hypothesis) of the verdeelmotor invariants."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

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
)

from ._reference import bounded_quotas, naive_divisor, naive_hamilton

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

unit_ids = st.sampled_from([f"GM{n:04d}" for n in range(1, 40)])
weights = st.one_of(
    st.integers(0, 1000),
    st.fractions(min_value=0, max_value=50, max_denominator=12),
)


@st.composite
def keysets(draw, min_size=1, max_size=8, positive=True):
    ids = draw(st.lists(unit_ids, min_size=min_size, max_size=max_size, unique=True))
    ks = {u: Fraction(draw(weights)) for u in ids}
    if positive and sum(ks.values()) == 0:
        ks[ids[0]] = Fraction(1)
    return ks


@st.composite
def constrained(draw):
    ks = draw(keysets())
    cons = {}
    for u in ks:
        kind = draw(st.sampled_from(["none", "none", "lock", "min", "max", "minmax"]))
        if kind == "lock":
            cons[u] = UnitConstraint(lock=draw(st.integers(0, 20)))
        elif kind == "min":
            cons[u] = UnitConstraint(minimum=draw(st.integers(0, 20)))
        elif kind == "max":
            cons[u] = UnitConstraint(maximum=draw(st.integers(0, 30)))
        elif kind == "minmax":
            a = draw(st.integers(0, 15))
            cons[u] = UnitConstraint(minimum=a, maximum=a + draw(st.integers(0, 15)))
    total = draw(st.integers(0, 120))
    return ks, cons, total


def bounds_of(cons):
    lo, hi = {}, {}
    for u, c in cons.items():
        if c.lock is not None:
            lo[u] = hi[u] = c.lock
        else:
            lo[u] = c.minimum or 0
            hi[u] = c.maximum
    return lo, hi


EXACT = [Method.HAMILTON, Method.SAINTE_LAGUE, Method.DHONDT]


@SETTINGS
@given(keysets(), st.integers(0, 300), st.sampled_from(EXACT))
def test_sum_exact_and_cross_checked(keys, total, method):
    r = distribute(DistributionRequest(total=total, keys=keys, method=method))
    assert sum(r.allocations.values()) == total == r.allocated_sum
    assert not r.exceeds_total
    assert all(v >= 0 for v in r.allocations.values())
    if method is Method.HAMILTON:
        assert r.allocations == naive_hamilton(total, keys, {}, {})
    else:
        assert r.allocations == naive_divisor(total, keys, {}, {}, method is Method.DHONDT)


@SETTINGS
@given(keysets(), st.integers(0, 300))
def test_hamilton_within_quota(keys, total):
    r = distribute(DistributionRequest(total=total, keys=keys, method=Method.HAMILTON))
    s = sum(keys.values())
    for u, v in r.allocations.items():
        q = total * keys[u] / s
        assert math.floor(q) <= v <= math.ceil(q)
        assert r.line(u).quota == q


@SETTINGS
@given(keysets(), st.integers(0, 300))
def test_ceil_method(keys, total):
    r = distribute(DistributionRequest(total=total, keys=keys, method=Method.CEIL))
    s = sum(keys.values())
    assert r.allocated_sum >= total
    assert r.exceeds_total == (r.allocated_sum > total)
    assert r.excess == r.allocated_sum - total
    for u, v in r.allocations.items():
        assert v == math.ceil(total * keys[u] / s)


@SETTINGS
@given(constrained(), st.sampled_from(list(Method)))
def test_bounds_and_locks_respected(case, method):
    keys, cons, total = case
    try:
        r = distribute(DistributionRequest(total=total, keys=keys, method=method, constraints=cons))
    except InfeasibleError:
        lo, hi = bounds_of(cons)
        low = sum(lo.values())
        cap = 0
        for u in keys:
            if keys[u] > 0:
                if hi.get(u) is None:
                    cap = math.inf
                    break
                cap += hi[u]
            else:
                cap += lo.get(u, 0)
        assert low > total or total > cap
        return
    lo, hi = bounds_of(cons)
    for u, v in r.allocations.items():
        assert v >= lo.get(u, 0)
        if hi.get(u) is not None:
            assert v <= hi[u]
    if method is Method.CEIL:
        assert r.allocated_sum >= total
    else:
        assert r.allocated_sum == total
    if method is Method.HAMILTON:
        assert r.allocations == naive_hamilton(total, keys, lo, hi)
        q = bounded_quotas(total, keys, lo, hi)
        for u in keys:
            assert r.line(u).quota == q[u]
    elif method.is_divisor:
        assert r.allocations == naive_divisor(total, keys, lo, hi, method is Method.DHONDT)


@SETTINGS
@given(keysets(), st.integers(0, 200), st.sampled_from([Method.SAINTE_LAGUE, Method.DHONDT]))
def test_divisor_methods_house_monotone(keys, total, method):
    a = distribute(DistributionRequest(total=total, keys=keys, method=method)).allocations
    b = distribute(DistributionRequest(total=total + 1, keys=keys, method=method)).allocations
    assert all(b[u] >= a[u] for u in keys)


@SETTINGS
@given(constrained(), st.sampled_from(list(Method)), st.randoms(use_true_random=False))
def test_independent_of_input_order(case, method, rnd: random.Random):
    keys, cons, total = case
    items = list(keys.items())
    rnd.shuffle(items)
    req1 = DistributionRequest(total=total, keys=keys, method=method, constraints=cons)
    req2 = DistributionRequest(total=total, keys=dict(items), method=method, constraints=cons)
    try:
        r1 = distribute(req1)
    except InfeasibleError:
        return
    r2 = distribute(req2)
    assert r1.allocations == r2.allocations
    assert [t.winners for t in r1.ties] == [t.winners for t in r2.ties]
    assert [a.unit for a in r2.lines] == [u for u, _ in items]


@SETTINGS
@given(keysets(min_size=2), st.integers(0, 200), st.data())
def test_exchanges_keep_total(keys, total, data):
    r = distribute(DistributionRequest(total=total, keys=keys, method=Method.SAINTE_LAGUE))
    units = list(keys)
    exchanges = [
        Exchange(
            data.draw(st.sampled_from(units)),
            data.draw(st.sampled_from(units)),
            data.draw(st.integers(1, 30)),
            "test",
        )
        for _ in range(data.draw(st.integers(0, 5)))
    ]
    try:
        out = apply_exchanges(r, exchanges)
    except ExchangeError:
        return
    assert sum(out.allocations.values()) == total
    assert all(v >= 0 for v in out.allocations.values())
    assert len(out.log) == len(exchanges)


@SETTINGS
@given(
    keysets(min_size=2),
    st.integers(0, 200),
    st.sampled_from(EXACT),
    st.data(),
)
def test_credit_policies(keys, total, method, data):
    credits = {u: UnitConstraint(credit=data.draw(st.integers(0, 60))) for u in keys}
    keep = distribute(
        DistributionRequest(total=total, keys=keys, method=method, constraints=credits)
    )
    plain = distribute(DistributionRequest(total=total, keys=keys, method=method))
    assert keep.allocations == plain.allocations  # KEEP ignores credit for the shares
    for a in keep.lines:
        assert a.remaining == max(0, a.result - a.credit)
        assert a.surplus == max(0, a.credit - a.result)
    assume(sum(c.credit for c in credits.values()) <= total)
    red = distribute(
        DistributionRequest(
            total=total,
            keys=keys,
            method=method,
            constraints=credits,
            surplus_policy=SurplusPolicy.REDISTRIBUTE,
        )
    )
    assert red.allocated_sum == total
    for a in red.lines:
        assert a.result >= a.credit or keys[a.unit] == 0 and a.result >= a.credit
        assert a.surplus == 0
