import datetime as dt
from fractions import Fraction

import pytest

from regietafel.domain.formatting import format_date, format_fraction, format_int
from regietafel.domain.names import fold, match_province, normalize_gemeente_code
from regietafel.domain.periods import HalfYear, half_years

PROVINCES = ["Fryslân", "Zuid-Holland", "Noord-Brabant"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Friesland", "Fryslân"), ("fryslan", "Fryslân"), ("zuid holland", "Zuid-Holland"),
     ("Brabant", "Noord-Brabant"), ("Atlantis", None)],
)
def test_match_province(typed, expected):
    assert match_province(typed, PROVINCES) == expected


def test_fold_strips_accents_and_punctuation():
    assert fold("'s-Gravenhage") == "sgravenhage"
    assert fold("Súdwest-Fryslân") == "sudwestfryslan"


@pytest.mark.parametrize("typed", ["GM0363", "gm363", "0363", "363", " GM0363 "])
def test_gemeente_codes(typed):
    assert normalize_gemeente_code(typed) == "GM0363"


def test_not_a_gemeente_code():
    assert normalize_gemeente_code("Amsterdam") is None


def test_dutch_formats():
    assert format_int(19097) == "19.097"
    assert format_int(-41948) == "-41.948"
    assert format_int(972) == "972"
    assert format_fraction(Fraction(2, 3), 2) == "0,67"
    assert format_fraction(Fraction(123456789, 1000), 1) == "123.456,8"
    assert format_date(dt.date(2024, 1, 1)) == "1-1-2024"


def test_half_years():
    half = HalfYear.parse("2023-II")
    assert (half.begin, half.end) == (dt.date(2023, 7, 1), dt.date(2023, 12, 31))
    assert half.next().code == "2024-I" and half.previous().code == "2023-I"
    assert half.population_reference_date == dt.date(2022, 1, 1)
    assert [h.code for h in half_years(HalfYear(2022, 2), HalfYear(2023, 2))] == ["2022-II", "2023-I", "2023-II"]
    with pytest.raises(ValueError, match="2023-3"):
        HalfYear.parse("2023-3")
