"""The province's supervision rule, the forecast, the carry-over chain, the re-division inside a
province's sum and the one rule for a location's places."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from regietafel.domain.carry_over import HalfYearFigures, carry_chain, started_at_zero
from regietafel.domain.locations import LocationSpan, counts_on, in_use_on
from regietafel.domain.periods import HalfYear
from regietafel.domain.supervision import SupervisionPolicy, is_forecast, projection_factor
from regietafel.domain.verdeelmotor import InfeasibleError, UnitConstraint
from regietafel.domain.within_province import divide_within_province

H1, H2 = HalfYear(2023, 1), HalfYear(2023, 2)


def test_thresholds_and_the_repeatedly_behind_criterion():
    rule = SupervisionPolicy(75, 50)
    assert [rule.share_status(100, r) for r in (100, 75, 74, 50, 49)] == ["groen", "groen", "oranje", "oranje", "rood"]
    repeat = SupervisionPolicy(75, 50, herhaald=2)
    assert repeat.status(100, 60, behind_before=0) == ("oranje", False)
    assert repeat.status(100, 60, behind_before=1) == ("rood", True)  # the second half-year in a row behind
    assert repeat.status(100, 80, behind_before=5) == ("groen", False)
    assert "2 halfjaren op rij" in repeat.rule_text("nl") and "75%" in repeat.rule_text("nl")
    assert "halfjaren" not in rule.rule_text("nl")
    with pytest.raises(ValueError):
        SupervisionPolicy(40, 60)


def test_before_the_half_year_ends_the_status_is_a_forecast():
    assert is_forecast(H2, dt.date(2023, 10, 16)) and not is_forecast(H2, dt.date(2023, 12, 31))
    # Reported up to 28-9: 90 of the 184 days, drawn on to the whole half-year.
    assert projection_factor(H2, dt.date(2023, 9, 28), dt.date(2023, 10, 16)) == Fraction(184, 90)
    assert projection_factor(H2, dt.date(2023, 9, 28), dt.date(2024, 1, 5)) == 1
    assert projection_factor(H2, None, dt.date(2023, 10, 16)) == 1


def test_the_chain_starts_at_an_opening_balance_else_at_zero():
    first = HalfYearFigures(H1, {"A": 10, "B": 10}, {"A": 4, "B": 12})
    result = carry_chain([first], H2, ["A", "B"])
    assert result.carried == {"A": 6, "B": -2}
    assert started_at_zero(result) == {H1: ["A", "B"]} and result.behind == {"A": 1, "B": 0}
    with_opening = HalfYearFigures(H1, {"A": 10, "B": 10}, {"A": 4, "B": 12}, opening={"A": 100})
    result = carry_chain([with_opening], H2, ["A", "B"])
    assert result.carried == {"A": 106, "B": -2} and result.from_opening == {"A"}
    current = carry_chain([first], H2, ["A", "B"], current_opening={"B": 7})
    assert current.carried == {"A": 6, "B": 7} and current.started["B"] == H2
    assert carry_chain([], H2, ["A"]).carried == {"A": 0}


def test_a_province_re_divides_only_inside_its_own_sum():
    basis = {"A": 862, "B": 31, "C": 137}
    assert divide_within_province(basis, {}).allocations == basis
    locked = divide_within_province(basis, {"C": UnitConstraint(lock=150)}).allocations
    assert locked["C"] == 150 and sum(locked.values()) == sum(basis.values())
    with pytest.raises(InfeasibleError):
        divide_within_province(basis, {"C": UnitConstraint(lock=2_000)})


def test_one_rule_for_the_places_of_a_location():
    day = dt.date(2023, 10, 16)
    closing = LocationSpan("GM0503", 100, dt.date(2022, 1, 1), dt.date(2023, 12, 31), "gesloten")
    assert in_use_on(closing, day) and not in_use_on(closing, dt.date(2024, 1, 1))  # until its end date
    assert not in_use_on(LocationSpan("GM0503", 100, None, None, "gesloten"), day)
    planned = LocationSpan("GM0503", 100, dt.date(2023, 1, 1), None, "in_voorbereiding")
    assert counts_on(planned, day) and not in_use_on(planned, day)  # planned: the forecast, not realised
