"""Dutch verantwoording text and machine-readable dict."""

from __future__ import annotations

import json
from fractions import Fraction

from regietafel.domain.verantwoording import decimal_string, format_fraction_nl, format_int_nl
from regietafel.domain.verdeelmotor import (
    DistributionRequest,
    Method,
    SurplusPolicy,
    UnitConstraint,
    distribute,
)


def test_number_formatting():
    assert format_int_nl(19097) == "19.097"
    assert format_int_nl(-1234567) == "-1.234.567"
    assert format_fraction_nl(Fraction(1234567, 10000), 4) == "123,4567"
    assert format_fraction_nl(Fraction(2, 3), 2) == "0,67"
    assert format_fraction_nl(Fraction(-1, 8), 2) == "-0,13"
    assert format_fraction_nl(Fraction(123456789, 100), 2) == "1.234.567,89"
    assert decimal_string(Fraction(1, 3)) == "0.333333"


def _result():
    return distribute(
        DistributionRequest(
            total=19097,
            keys={"GM0363": 931298, "GM0599": 670610, "GM0518": 566221},
            method=Method.SAINTE_LAGUE,
            constraints={"GM0518": UnitConstraint(minimum=6000, credit=7000)},
            surplus_policy=SurplusPolicy.KEEP,
            key_description="inwoners CBS",
            peildatum="2024-01-01",
            labels={"GM0363": "Amsterdam", "GM0599": "Rotterdam", "GM0518": "'s-Gravenhage"},
        )
    )


def test_to_text_contains_account():
    r = _result()
    text = r.to_text()
    for fragment in (
        "Totaal te verdelen:   19.097",
        "inwoners CBS",
        "1 januari 2024",
        "Sainte-Laguë",
        "GM0518 's-Gravenhage: minimum 6.000",
        "Gelijke standen: geen",
        "overschot niet herverdelen",
        "GM0363 Amsterdam",
        "niet herverdeeld",
    ):
        assert fragment in text, fragment
    assert r.allocated_sum == 19097
    assert format_int_nl(r.allocations["GM0363"]) in text


def test_to_dict_is_json_and_exact():
    r = _result()
    d = r.to_dict()
    json.dumps(d)
    line = d["lines"][0]
    p, q = line["quota"].split("/")
    assert Fraction(int(p), int(q)) == r.lines[0].quota
    assert line["quota_decimal"] == decimal_string(r.lines[0].quota)
    assert d["method"] == "sainte-lague" and d["surplus_policy"] == "keep"
    assert d["allocations"] == r.allocations


def test_ties_in_text():
    r = distribute(
        DistributionRequest(total=2, keys={"GM0003": 1, "GM0001": 1, "GM0002": 1},
                            method=Method.HAMILTON)
    )  # fmt: skip
    text = r.to_text()
    assert "plaatsen 1, 2: gelijke rest 0,6667 tussen GM0001, GM0002, GM0003" in text
    assert "toegekend aan GM0001, GM0002" in text
    assert r.to_dict()["ties"][0]["winners"] == ["GM0001", "GM0002"]


def test_ceil_text_says_exceeds():
    r = distribute(DistributionRequest(total=10, keys={"A": 1, "B": 1, "C": 1},
                                       method=Method.CEIL))  # fmt: skip
    assert r.allocated_sum == 12 and r.exceeds_total and r.excess == 2
    assert "= totaal + 2 door naar boven afronden" in r.to_text()
