"""Verdeelsleutels."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from regietafel.domain.keys import (
    custom_key,
    equal_key,
    population_key,
    ses_key,
    weighted_mix_key,
)


def test_population_and_equal():
    assert population_key({"A": 10, "B": 0}) == {"A": Fraction(10), "B": Fraction(0)}
    with pytest.raises(ValueError, match="negatief"):
        population_key({"A": -1})
    with pytest.raises(ValueError, match="geen geheel getal"):
        population_key({"A": "1,5"})
    assert equal_key(["A", "B"]) == {"A": 1, "B": 1}
    with pytest.raises(ValueError, match="dubbel"):
        equal_key(["A", "A"])


def test_custom_key_exact_conversion():
    k = custom_key({"A": Decimal("0.1"), "B": "0,2", "C": "1/3", "D": 0.1, "E": "1.234,5"})
    assert k == {
        "A": Fraction(1, 10),
        "B": Fraction(1, 5),
        "C": Fraction(1, 3),
        "D": Fraction(1, 10),
        "E": Fraction(2469, 2),
    }
    with pytest.raises(ValueError, match="geen getal"):
        custom_key({"A": "abc"})
    with pytest.raises(ValueError):
        custom_key({"A": True})


def test_weighted_mix_nrw_90_10():
    """NRW-style 90% inwoners + 10% oppervlakte, each normalised to shares first."""
    k = weighted_mix_key(
        {"inwoners": {"A": 300, "B": 100}, "oppervlakte": {"A": 10, "B": 30}},
        {"inwoners": Fraction(9, 10), "oppervlakte": "0.1"},
    )
    assert k == {
        "A": Fraction(9, 10) * Fraction(3, 4) + Fraction(1, 10) * Fraction(1, 4),
        "B": Fraction(9, 10) * Fraction(1, 4) + Fraction(1, 10) * Fraction(3, 4),
    }
    assert sum(k.values()) == 1


def test_weighted_mix_errors():
    ind = {"x": {"A": 1, "B": 1}, "y": {"A": 1, "B": 2}}
    with pytest.raises(ValueError, match=r"Gewichten tellen op tot 0,9500 in plaats van 1"):
        weighted_mix_key(ind, {"x": "0.5", "y": "0.45"})
    with pytest.raises(ValueError, match="geen gewicht voor y"):
        weighted_mix_key(ind, {"x": 1})
    with pytest.raises(ValueError, match="andere eenheden"):
        weighted_mix_key({"x": {"A": 1}, "y": {"B": 1}}, {"x": "0.5", "y": "0.5"})
    with pytest.raises(ValueError, match="totaal 0"):
        weighted_mix_key({"x": {"A": 0}}, {"x": 1})


def test_ses_key():
    k = ses_key({"A": 1000, "B": 2000}, {"A": "-0.23", "B": Decimal("0.1")})
    assert k == {"A": Fraction(770), "B": Fraction(2200)}
    with pytest.raises(ValueError, match="Geen SES-WOA-score voor: B"):
        ses_key({"A": 1, "B": 1}, {"A": 0})
    with pytest.raises(ValueError, match="negatief"):
        ses_key({"A": 1}, {"A": "-1.5"})
