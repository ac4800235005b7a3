"""Matching gemeenten by code, CBS name, everyday name, and across herindelingen."""

from __future__ import annotations

import datetime as dt

import pytest

from regietafel.domain.gemeente_matching import GemeenteMatcher, GemeenteRef, MatchStatus
from tests.documents.helpers import gemeenten_2024


@pytest.fixture(scope="module")
def matcher():
    return GemeenteMatcher([GemeenteRef(r["code"], r["naam"], r["provincie"]) for r in gemeenten_2024()])


@pytest.mark.parametrize("code", ["GM0363", "gm0363", "0363", "363", " 363 "])
def test_codes(matcher, code):
    match = matcher.match(code=code)
    assert (match.status, match.naam) == (MatchStatus.MATCHED, "Amsterdam")


@pytest.mark.parametrize(("typed", "cbs"), [
    ("'s-Gravenhage", "'s-Gravenhage"), ("Den Haag", "'s-Gravenhage"), ("s-Gravenhage", "'s-Gravenhage"),
    ("Súdwest-Fryslân", "Súdwest-Fryslân"), ("Sudwest Fryslan", "Súdwest-Fryslân"),
    ("Bergen (NH.)", "Bergen (NH.)"), ("Bergen NH", "Bergen (NH.)"), ("Bergen (L.)", "Bergen (L.)"),
    ("Bergen (Limburg)", "Bergen (L.)"), ("Bergen L", "Bergen (L.)"),
    ("Hengelo (O.)", "Hengelo (O.)"), ("Hengelo", "Hengelo (O.)"), ("Hengelo Ov", "Hengelo (O.)"),
    ("Den Bosch", "'s-Hertogenbosch"), ("NUENEN", "Nuenen, Gerwen en Nederwetten"),
    ("Rijswijk", "Rijswijk (ZH.)"), ("De Friese Meren", "De Fryske Marren"),
])
def test_names(matcher, typed, cbs):
    match = matcher.match(name=typed)
    assert match.status == MatchStatus.MATCHED, typed
    assert match.naam == cbs


def test_ambiguous_name_is_not_guessed(matcher):
    match = matcher.match(name="Bergen")
    assert match.status == MatchStatus.AMBIGUOUS
    assert match.candidates == ("Bergen (L.)", "Bergen (NH.)")


def test_unknown(matcher):
    assert matcher.match(name="Atlantis").status == MatchStatus.UNKNOWN
    assert matcher.match(code="GM9999").status == MatchStatus.UNKNOWN
    assert matcher.match(code="abc").status == MatchStatus.UNKNOWN


@pytest.mark.parametrize(("old", "new"), [
    ("Weesp", "Amsterdam"), ("GM0457", "Amsterdam"), ("Brielle", "Voorne aan Zee"),
    ("Hellevoetsluis", "Voorne aan Zee"), ("GM0614", "Voorne aan Zee"), ("Heerhugowaard", "Dijk en Waard"),
])
def test_builtin_herindelingen(matcher, old, new):
    match = matcher.match(code=old) if old.startswith("GM") else matcher.match(name=old)
    assert match.status == MatchStatus.MERGED
    assert match.naam == new


def test_store_successor_respects_the_date():
    refs = [GemeenteRef("GM0001", "Oud", "Zeeland", dt.date(2025, 1, 1), "GM0002"),
            GemeenteRef("GM0002", "Nieuw", "Zeeland")]
    matcher = GemeenteMatcher(refs, herindelingen=())
    assert matcher.match(name="Oud", on=dt.date(2024, 6, 1)).status == MatchStatus.MATCHED
    after = matcher.match(name="Oud", on=dt.date(2025, 1, 1))
    assert (after.status, after.naam, after.original) == (MatchStatus.MERGED, "Nieuw", "Oud")
    assert matcher.match(code="GM0001").naam == "Nieuw"
