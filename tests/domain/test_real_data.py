"""Sanity checks on real CBS data (regietafel/resources/gemeenten_2024.csv, 1 January 2024)."""

from __future__ import annotations

import csv
import math

import pytest

from regietafel.domain.keys import population_key
from regietafel.domain.verdeelmotor import DistributionRequest, Method, distribute
from regietafel.paths import resources_dir

CSV = resources_dir() / "gemeenten_2024.csv"


@pytest.fixture(scope="module")
def gemeenten():
    with CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {r["code"]: (r["naam"], r["provincie"], int(r["inwoners"])) for r in rows}


def test_reference_file(gemeenten):
    assert len(gemeenten) == 342
    assert sum(p for _, _, p in gemeenten.values()) == 17942942


def test_huisvestingswet_art29_national_27300(gemeenten):
    """Huisvestingswet 2014 art. 29: taakstelling = ceil(27.300 × inwoners / inwoners NL).
    Hand-computed: Groningen (GM0014, 243.768): 27300 × 243768 / 17942942 = 370,89 → 371;
    Almere (GM0034, 226.500): 344,62 → 345; Stadskanaal (GM0037, 32.013): 48,71 → 49."""
    inwoners = {code: p for code, (_, _, p) in gemeenten.items()}
    r = distribute(
        DistributionRequest(
            total=27300,
            keys=population_key(inwoners),
            method=Method.CEIL,
            key_description="inwoners CBS",
            peildatum="2024-01-01",
            labels={c: n for c, (n, _, _) in gemeenten.items()},
        )
    )
    assert r.allocations["GM0014"] == 371 == math.ceil(27300 * 243768 / 17942942)
    assert r.allocations["GM0034"] == 345
    assert r.allocations["GM0037"] == 49
    for code, p in inwoners.items():
        assert r.allocations[code] == -((-27300 * p) // 17942942)
    assert r.exceeds_total and r.allocated_sum > 27300
    assert r.excess == r.allocated_sum - 27300
    assert r.excess <= 342  # at most one extra place per gemeente
    text = r.to_text()
    assert "27.300" in text and "Huisvestingswet" in text and "1 januari 2024" in text
    assert "GM0014 Groningen" in text


def test_all_methods_on_342_gemeenten(gemeenten):
    inwoners = {code: p for code, (_, _, p) in gemeenten.items()}
    for method in (Method.HAMILTON, Method.SAINTE_LAGUE, Method.DHONDT):
        r = distribute(DistributionRequest(total=96000, keys=inwoners, method=method))
        assert r.allocated_sum == 96000
    h = distribute(DistributionRequest(total=96000, keys=inwoners, method=Method.HAMILTON))
    # Amsterdam (largest gemeente) gets about 96000 × 931.298 / 17.942.942 ≈ 4.983
    ams = h.line("GM0363")
    assert abs(ams.result - ams.quota) < 1
