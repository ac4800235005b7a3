"""Published apportionment cases with known outcomes (sources in each docstring)."""

from __future__ import annotations

from fractions import Fraction

from regietafel.domain.verdeelmotor import DistributionRequest, Method, distribute

# 1790 census apportionment populations (free persons + 3/5 of others), as tabulated in
# M.L. Balinski & H.P. Young, "Fair Representation: Meeting the Ideal of One Man, One Vote"
# (Yale UP 1982; 2nd ed. Brookings 2001), Appendix A / table of the 1790 apportionment;
# same figures in the U.S. Census Bureau "Congressional Apportionment" history pages.
US_1790 = {
    "CT": 236841,
    "DE": 55540,
    "GA": 70835,
    "KY": 68705,
    "MD": 278514,
    "MA": 475327,
    "NH": 141822,
    "NJ": 179570,
    "NY": 331589,
    "NC": 353523,
    "PA": 432879,
    "RI": 68446,
    "SC": 206236,
    "VT": 85533,
    "VA": 630560,
}


def _run(total, keys, method):
    return distribute(DistributionRequest(total=total, keys=keys, method=method))


def test_us_1790_jefferson_105_matches_act_of_1792():
    """The first US House apportionment (Act of 14 April 1792): Jefferson's method (=D'Hondt)
    with 105 seats, "one for every 33,000". Source: Balinski & Young, Fair Representation,
    ch. 3 and Appendix B; US House History, "Apportionment Act of 1792". Virginia gets 19
    seats although its quota is 18.31 (Jefferson violates quota), Delaware 1 (quota 1.61)."""
    r = _run(105, US_1790, Method.DHONDT)
    assert sum(US_1790.values()) == 3615920
    assert r.allocations == {
        "CT": 7, "DE": 1, "GA": 2, "KY": 2, "MD": 8, "MA": 14, "NH": 4, "NJ": 5,
        "NY": 10, "NC": 10, "PA": 13, "RI": 2, "SC": 6, "VT": 2, "VA": 19,
    }  # fmt: skip
    # The historical divisor 33,000 reproduces the same result: floor(pop / 33000).
    assert r.allocations == {s: p // 33000 for s, p in US_1790.items()}
    assert r.line("VA").quota == Fraction(630560 * 105, 3615920)


def test_us_1790_hamilton_105_and_vetoed_120_seat_bill():
    """Hamilton's method on the 1790 census. With 120 seats it is the bill Congress passed in
    March 1792 and President Washington vetoed (the first presidential veto, 5 April 1792):
    Virginia 21, Delaware 2, eight states with an extra seat. With 105 seats Hamilton gives
    Virginia 18 and Delaware 2 (within quota, unlike Jefferson). Source: Balinski & Young,
    Fair Representation, ch. 3 ("The Founding Fathers") and Appendix B."""
    assert _run(120, US_1790, Method.HAMILTON).allocations == {
        "CT": 8, "DE": 2, "GA": 2, "KY": 2, "MD": 9, "MA": 16, "NH": 5, "NJ": 6,
        "NY": 11, "NC": 12, "PA": 14, "RI": 2, "SC": 7, "VT": 3, "VA": 21,
    }  # fmt: skip
    r105 = _run(105, US_1790, Method.HAMILTON).allocations
    assert r105["VA"] == 18 and r105["DE"] == 2
    assert sum(r105.values()) == 105
    # Webster (Sainte-Laguë) agrees with Hamilton here: 1790 has no Hamilton/Webster conflict.
    assert _run(105, US_1790, Method.SAINTE_LAGUE).allocations == r105


# Tweede Kamerverkiezing 22 november 2023, officiële uitslag vastgesteld door de Kiesraad
# (centraal stembureau) op 1 en 4 december 2023, proces-verbaal; nieuwsbericht Kiesraad
# "Kiesraad stelt uitslag Tweede Kamerverkiezing 22 november 2023 vast": 10.432.726 geldige
# stemmen op kandidaten, kiesdeler 10.432.726 / 150 = 69.551,5. Only the 15 lists that reached
# the kiesdeler take part in the seat distribution (BVNL 52.913 and 50PLUS 51.043 did not).
TK2023_VOTES = {
    "PVV": 2450878,
    "GL/PvdA": 1643073,
    "VVD": 1589519,
    "NSC": 1343287,
    "D66": 656292,
    "BBB": 485551,
    "CDA": 345822,
    "SP": 328225,
    "DENK": 246765,
    "PvdD": 235148,
    "FvD": 232963,
    "SGP": 217270,
    "CU": 212532,
    "Volt": 178802,
    "JA21": 71345,
}
TK2023_SEATS = {
    "PVV": 37, "GL/PvdA": 25, "VVD": 24, "NSC": 20, "D66": 9, "BBB": 7, "CDA": 5, "SP": 5,
    "DENK": 3, "PvdD": 3, "FvD": 3, "SGP": 3, "CU": 3, "Volt": 2, "JA21": 1,
}  # fmt: skip


def test_tweede_kamer_2023_dhondt():
    """Kieswet art. P 5-P 7: full seats by the kiesdeler, residual seats by largest averages
    (D'Hondt) among lists that reached the kiesdeler; this equals D'Hondt over those lists.
    Official result (Kiesraad, proces-verbaal 4 December 2023): PVV 37, GL/PvdA 25, VVD 24,
    NSC 20, D66 9, BBB 7, CDA 5, SP 5, DENK 3, PvdD 3, FvD 3, SGP 3, CU 3, Volt 2, JA21 1.
    ANP Verkiezingsdienst (1 Dec 2023): the 150th seat went to SP; D66 needed ~160 more votes,
    or SP ~80 fewer, to take it. We check that margin exactly too."""
    assert all(v > Fraction(10432726, 150) for v in TK2023_VOTES.values())
    r = _run(150, TK2023_VOTES, Method.DHONDT)
    assert r.allocations == TK2023_SEATS
    assert r.ties == []
    # SP's 5th seat average 328225/5 = 65645 beats D66's 10th 656292/10 = 65629.2.
    d66_more = dict(TK2023_VOTES, D66=656292 + 158)  # 656450/10 = 65645 -> tie
    tie = _run(150, d66_more, Method.DHONDT)
    assert len(tie.ties) == 1 and tie.ties[0].places == (150,)
    assert tie.ties[0].winner == "D66"  # larger key wins the documented tie-break
    assert tie.allocations["D66"] == 10 and tie.allocations["SP"] == 4
    sp_fewer = dict(TK2023_VOTES, SP=328225 - 80)
    assert _run(150, sp_fewer, Method.DHONDT).allocations["D66"] == 10
    assert _run(150, dict(TK2023_VOTES, SP=328225 - 78), Method.DHONDT).allocations["SP"] == 5


def test_alabama_paradox_is_expected_hamilton_behaviour():
    """The Alabama paradox (found after the 1880 census; Balinski & Young, ch. 5): with
    Hamilton, raising the total can lower a unit. Weights 6, 6, 2: 10 -> [4, 4, 2] but
    11 -> [5, 5, 1]. This is documented, expected behaviour of the method (domain.md §3),
    not a bug. Sainte-Laguë, a divisor method, is house-monotone and does not show it."""
    keys = {"A": 6, "B": 6, "C": 2}
    assert _run(10, keys, Method.HAMILTON).allocations == {"A": 4, "B": 4, "C": 2}
    assert _run(11, keys, Method.HAMILTON).allocations == {"A": 5, "B": 5, "C": 1}
    sl10 = _run(10, keys, Method.SAINTE_LAGUE).allocations
    sl11 = _run(11, keys, Method.SAINTE_LAGUE).allocations
    assert all(sl11[u] >= sl10[u] for u in keys)


def test_sainte_lague_textbook_example():
    """Worked example from Wikipedia, "Sainte-Laguë method" (comparison with D'Hondt):
    4 parties with 100,000 / 80,000 / 30,000 / 20,000 votes, 8 seats: Sainte-Laguë
    3 / 3 / 1 / 1, D'Hondt 4 / 3 / 1 / 0. Hand-checked: S-L averages (v/1, v/3, v/5 ...)
    in order 100000, 80000, 33333, 30000, 26667, 20000 (A), 20000 (D), 16000 (B);
    D'Hondt averages 100000, 80000, 50000, 40000, 33333, 30000, 26667, 25000.
    The two 20,000 averages both win a place, so no tie decides anything."""
    votes = {"A": 100000, "B": 80000, "C": 30000, "D": 20000}
    assert _run(8, votes, Method.SAINTE_LAGUE).allocations == {"A": 3, "B": 3, "C": 1, "D": 1}
    assert _run(8, votes, Method.DHONDT).allocations == {"A": 4, "B": 3, "C": 1, "D": 0}
    assert _run(8, votes, Method.SAINTE_LAGUE).ties == []
