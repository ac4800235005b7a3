"""The domain texts, the PDF and the Excel text tables are complete in Dutch and English, and
the verantwoording, its errors and its numbers follow the chosen language."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

import regietafel.commands.texts
import regietafel.documents.pdf_texts
import regietafel.documents.xlsx_texts
import regietafel.importing.texts
import regietafel.store.shared_texts  # noqa: F401
import regietafel.store.texts  # noqa: F401 - each registers its catalogue
from regietafel.domain import language as texts
from regietafel.domain.catalogue import CATALOGUES
from regietafel.domain.formatting import format_date, format_fraction, format_int
from regietafel.domain.verdeelmotor import (
    DistributionRequest,
    Exchange,
    ExchangeError,
    InfeasibleError,
    Method,
    UnitConstraint,
    apply_exchanges,
    distribute,
    distribute_two_level,
)

PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def _pairs():
    for name, catalogue in sorted(CATALOGUES.items()):
        yield name, catalogue.tables["nl"], catalogue.tables["en"]


def test_every_layer_registers_its_catalogue():
    assert {"domain", "store", "importing", "commands", "pdf", "xlsx"} <= set(CATALOGUES)


@pytest.mark.parametrize(("name", "dutch", "english"), list(_pairs()), ids=[p[0] for p in _pairs()])
def test_every_dutch_text_has_an_english_twin_with_the_same_placeholders(name, dutch, english):
    assert set(dutch) == set(english), (name, set(dutch) ^ set(english))
    for key, template in dutch.items():
        assert set(PLACEHOLDER.findall(template)) == set(PLACEHOLDER.findall(english[key])), (name, key)
        assert english[key] or not template, (name, key)


@pytest.fixture
def english():
    texts.set_language("en")
    yield
    texts.set_language("nl")


def test_numbers_and_dates_follow_the_language(english):
    import datetime as dt

    assert format_int(19097) == "19,097"
    assert format_fraction(Fraction(62, 100)) == "0.62"
    assert format_date(dt.date(2024, 1, 1)) == "1 Jan 2024"
    assert format_int(19097, "nl") == "19.097" and format_fraction(Fraction(62, 100), 2, "nl") == "0,62"
    texts.set_language("nl")
    assert format_int(-1234) == "-1.234" and format_date(dt.date(2024, 1, 1)) == "1-1-2024"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        texts.set_language("de")


def _request():
    return DistributionRequest(total=4, keys={"A": 1, "B": 1, "C": 1, "D": 1}, method=Method.HAMILTON,
                               constraints={"D": UnitConstraint(lock=2, credit=3)}, key_description="test",
                               peildatum="2024-01-01", labels={"A": "Aa", "B": "Bb", "C": "Cc", "D": "Dd"})


def test_verantwoording_in_english(english):
    text = distribute(_request()).to_text()
    for expected in ("Account of the distribution", "Total to divide:      4", "Reference date:       1 January 2024",
                     "Method:               largest remainder (Hamilton / Hare-Niemeyer)", "Tie rule:",
                     "Constraints:", "fixed (lock) 2", "Ties:", "Unit", "Still to realise", "Total",
                     "Credit and surplus:", "surplus 1 stays with this unit", "remainder 0.67 → +1 (largest remainder)",
                     "(tie won)", "(tie lost)", "equal remainder 0.6667 between A Aa, B Bb, C Cc; awarded to A Aa, B Bb"):
        assert expected in text, expected
    for dutch in ("Verantwoording", "Totaal", "Methode", "rest ", "vast", "gelijke", "krediet"):
        assert dutch not in text, dutch


def test_verantwoording_stays_dutch_by_default():
    text = distribute(_request()).to_text()
    assert text.startswith("Verantwoording verdeling\n")
    assert "rest 0,67 → +1 (grootste overschot) (gelijke stand gewonnen)" in text
    assert "vast (lock) 2" in text


def test_errors_in_english(english):
    with pytest.raises(InfeasibleError) as caught:
        distribute(DistributionRequest(total=100, keys={"A": 1, "B": 1}, method=Method.HAMILTON,
                                       constraints={"A": UnitConstraint(maximum=10), "B": UnitConstraint(maximum=20)}))
    assert str(caught.value) == "Total 100 is greater than the sum of the maximums (A 10 + B 20) = 30"
    with pytest.raises(InfeasibleError, match="fixed numbers and minimums"):
        distribute(DistributionRequest(total=1_000, keys={"A": 1, "B": 1}, method=Method.HAMILTON,
                                       constraints={"A": UnitConstraint(lock=600), "B": UnitConstraint(minimum=500)}))
    with pytest.raises(InfeasibleError, match=r"^A: minimum 5 is greater than maximum 2$"):
        distribute(DistributionRequest(total=10, keys={"A": 1}, method=Method.HAMILTON,
                                       constraints={"A": UnitConstraint(minimum=5, maximum=2)}))
    with pytest.raises(ExchangeError, match=r"^Exchange 1 \(A → B, 5\): A has 1 and would get -4 \(negative\)"):
        apply_exchanges({"A": 1, "B": 1}, [Exchange("A", "B", 5)])
    with pytest.raises(ValueError, match="Negative key value"):
        distribute(DistributionRequest(total=1, keys={"A": -1}, method=Method.HAMILTON))


def test_two_levels_in_english(english):
    two = distribute_two_level(10, {"N": ["A", "B"], "Z": ["C"]}, {"A": 1, "B": 1, "C": 2}, Method.SAINTE_LAGUE)
    text = two.to_text()
    assert "Step 1: distribution over groups" in text and "Step 2: distribution within Z" in text
    assert "sum of the keys per group" in text and "adjusted quotient" in text
