"""Feasibility, constraints, credit policies and edge cases."""

from __future__ import annotations

from fractions import Fraction

import pytest

from regietafel.domain.verdeelmotor import (
    DistributionRequest,
    InfeasibleError,
    Method,
    SurplusPolicy,
    UnitConstraint,
    distribute,
)

LABELS = {"GM0363": "Amsterdam", "GM0599": "Rotterdam", "GM0518": "'s-Gravenhage"}
KEYS = {"GM0363": 931298, "GM0599": 670610, "GM0518": 566221}


def req(total, constraints=None, method=Method.HAMILTON, keys=KEYS, **kw):
    return DistributionRequest(
        total=total,
        keys=keys,
        method=method,
        constraints=constraints or {},
        labels=LABELS,
        **kw,
    )


def test_lower_bounds_exceed_total_message_names_units_and_numbers():
    cons = {"GM0363": UnitConstraint(lock=600), "GM0599": UnitConstraint(minimum=600)}
    with pytest.raises(InfeasibleError) as exc:
        distribute(req(1000, cons))
    msg = str(exc.value)
    assert "GM0363 Amsterdam 600" in msg and "GM0599 Rotterdam 600" in msg
    assert "= 1.200 is groter dan totaal 1.000" in msg
    assert isinstance(exc.value, ValueError)


def test_total_exceeds_maxima_message():
    cons = {u: UnitConstraint(maximum=100) for u in KEYS}
    with pytest.raises(InfeasibleError, match=r"Totaal 1\.000 is groter dan de som van de maxima"):
        distribute(req(1000, cons))
    with pytest.raises(InfeasibleError, match=r"GM0518 's-Gravenhage 100"):
        distribute(req(1000, cons))


@pytest.mark.parametrize(
    ("constraint", "fragment"),
    [
        (UnitConstraint(minimum=50, maximum=10), "minimum 50 is groter dan maximum 10"),
        (UnitConstraint(lock=5, minimum=10), "vast aantal 5 is kleiner dan minimum 10"),
        (UnitConstraint(lock=50, maximum=10), "vast aantal 50 is groter dan maximum 10"),
        (UnitConstraint(minimum=-1), "minimum -1 is negatief"),
        (UnitConstraint(credit=-3), "verrekening -3 is negatief"),
        (UnitConstraint(maximum=2.5), "maximum 2.5 is geen geheel getal"),
    ],
)
def test_per_unit_validation(constraint, fragment):
    with pytest.raises(InfeasibleError) as exc:
        distribute(req(100, {"GM0599": constraint}))
    assert "GM0599 Rotterdam" in str(exc.value) and fragment in str(exc.value)


def test_unknown_constraint_unit_and_bad_input():
    with pytest.raises(InfeasibleError, match="onbekende eenheid: GM9999"):
        distribute(req(10, {"GM9999": UnitConstraint(lock=1)}))
    with pytest.raises(ValueError, match="negatief"):
        distribute(req(-1))
    with pytest.raises(ValueError, match="Negatieve sleutelwaarde"):
        distribute(req(10, keys={"A": -1, "B": 2}))
    with pytest.raises(ValueError, match="geheel getal"):
        distribute(req(10.0))


def test_zero_total_zero_keys_single_unit():
    for m in Method:
        assert distribute(req(0, method=m)).allocations == dict.fromkeys(KEYS, 0)
        assert distribute(req(7, method=m, keys={"X": 3})).allocations == {"X": 7}
    with pytest.raises(InfeasibleError, match="Alle sleutelwaarden zijn 0"):
        distribute(req(5, keys={"A": 0, "B": 0}))
    # constraints may cover an all-zero key
    r = distribute(
        req(5, {"A": UnitConstraint(lock=2), "B": UnitConstraint(minimum=3)}, keys={"A": 0, "B": 0})
    )
    assert r.allocations == {"A": 2, "B": 3}
    assert distribute(req(0, keys={"A": 0})).allocations == {"A": 0}
    with pytest.raises(InfeasibleError):
        distribute(req(3, keys={}))


def test_zero_key_unit_gets_only_its_minimum():
    r = distribute(req(10, {"B": UnitConstraint(minimum=2)}, keys={"A": 1, "B": 0}))
    assert r.allocations == {"A": 8, "B": 2}
    with pytest.raises(InfeasibleError, match="sleutel 0"):
        distribute(
            req(10, {"A": UnitConstraint(maximum=3), "B": UnitConstraint(minimum=2)},
                keys={"A": 1, "B": 0})
        )  # fmt: skip


def test_lock_fixes_share_and_rest_is_redivided():
    for m in Method:
        r = distribute(req(2000, {"GM0363": UnitConstraint(lock=600)}, method=m))
        assert r.allocations["GM0363"] == 600
        line = r.line("GM0363")
        assert line.constraint == "vast 600"
        assert line.bound == "vast"
        if m is not Method.CEIL:
            assert r.allocated_sum == 2000
    r = distribute(req(2000, {"GM0363": UnitConstraint(lock=600)}))
    rest = {"GM0599": 670610, "GM0518": 566221}
    assert r.line("GM0599").quota == Fraction(1400 * 670610, sum(rest.values()))


def test_maximum_iterative_redistribution():
    keys = {"A": 10, "B": 10, "C": 80}
    r = distribute(req(100, {"C": UnitConstraint(maximum=50)}, keys=keys))
    assert r.allocations == {"A": 25, "B": 25, "C": 50}
    assert r.line("C").rounding == "begrensd op maximum 50"
    # cascading: after capping C, B's share exceeds its max too
    r = distribute(
        req(100, {"C": UnitConstraint(maximum=50), "B": UnitConstraint(maximum=20)}, keys=keys)
    )
    assert r.allocations == {"A": 30, "B": 20, "C": 50}


def test_credit_keep_vs_redistribute():
    keys = {"A": 1, "B": 1, "C": 2}
    cons = {"A": UnitConstraint(credit=60)}
    keep = distribute(req(100, cons, keys=keys))
    assert keep.allocations == {"A": 25, "B": 25, "C": 50}
    a = keep.line("A")
    assert (a.credit, a.remaining, a.surplus) == (60, 0, 35)
    assert "overschot 35" in a.credit_note and "niet herverdeeld" in a.credit_note
    red = distribute(req(100, cons, keys=keys, surplus_policy=SurplusPolicy.REDISTRIBUTE))
    assert red.allocations == {"A": 60, "B": 13, "C": 27}
    a = red.line("A")
    assert (a.credit, a.remaining, a.surplus) == (60, 0, 0)
    assert a.bound == "krediet" and "telt als minimum" in a.credit_note
    assert red.surplus_policy is SurplusPolicy.REDISTRIBUTE
    # credit above a maximum: the maximum wins, surplus reported
    red = distribute(
        req(
            100,
            {"A": UnitConstraint(credit=60, maximum=40)},
            keys=keys,
            surplus_policy=SurplusPolicy.REDISTRIBUTE,
        )
    )
    assert red.allocations["A"] == 40 and red.line("A").surplus == 20
    with pytest.raises(InfeasibleError, match="verrekening"):
        distribute(
            req(
                50,
                {"A": UnitConstraint(credit=60)},
                keys=keys,
                surplus_policy=SurplusPolicy.REDISTRIBUTE,
            )
        )


def test_tie_break_larger_key_then_lower_id():
    # Hamilton: 3 units equal key, 2 places -> remainders 2/3 each, 2 of 3 win: lowest ids
    r = distribute(req(2, keys={"GM0003": 1, "GM0001": 1, "GM0002": 1}))
    assert r.allocations == {"GM0003": 0, "GM0001": 1, "GM0002": 1}
    (tie,) = r.ties
    assert tie.units == ("GM0001", "GM0002", "GM0003")
    assert tie.winners == ("GM0001", "GM0002") and tie.places == (1, 2)
    assert tie.value == Fraction(2, 3) and tie.kind == "rest"
    assert "grotere sleutel" in tie.rule
    # Hamilton: equal remainders 1/2 (quotas 0.5 and 1.5), different keys: larger key wins
    r = distribute(req(2, keys={"A": 1, "B": 3}))
    assert r.allocations == {"A": 0, "B": 2}
    assert r.ties[0].winner == "B" and r.ties[0].places == (2,)
    assert r.line("B").rounding.endswith("(gelijke stand gewonnen)")
    assert r.line("A").rounding.endswith("(gelijke stand verloren)")
    # D'Hondt: for the 2nd place the averages 6/2 (L) and 3/1 (S) are equal -> larger key wins
    r = distribute(req(2, keys={"S": 3, "L": 6}, method=Method.DHONDT))
    (tie,) = r.ties
    assert tie.winner == "L" and tie.places == (2,) and tie.kind == "gemiddelde"
    assert r.allocations == {"S": 0, "L": 2}
    assert tie.value == 3
    # Sainte-Laguë: averages are reported in the usual v/(s + 1/2) scale: 3/(1/2) = 6
    r = distribute(req(1, keys={"S": 3, "T": 3}, method=Method.SAINTE_LAGUE))
    assert r.allocations == {"S": 1, "T": 0} and r.ties[0].value == 6
    # a tie where every tied unit gets a place is not reported
    assert distribute(req(3, keys={"S": 3, "L": 6}, method=Method.DHONDT)).ties == []


def test_rounding_texts():
    r = distribute(req(10, keys={"A": 62, "B": 38, "C": 900}))
    assert r.line("A").rounding == "rest 0,62 → +1 (grootste rest)"
    assert r.line("B").rounding == "rest 0,38 → +0"
    assert r.line("C").rounding == "geheel quotum, geen afronding"
    r = distribute(req(10, keys={"A": 62, "B": 38, "C": 900}, method=Method.CEIL))
    assert r.line("B").rounding == "quotum 0,38 → 1 (naar boven)"
    r = distribute(req(10, keys={"A": 62, "B": 38, "C": 900}, method=Method.SAINTE_LAGUE))
    assert r.line("C").rounding.startswith("aangepast quotiënt")
