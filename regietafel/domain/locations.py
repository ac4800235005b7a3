"""Kinds and statuses of reception and housing locations, defined once.

Codes are stored in the database (``Locatie.soort``, ``Locatie.status``); their labels, in the
current language, come from :func:`kind_label` and :func:`status_label`. Pure Python: no Qt here.

Rules that follow from the seed letter and the Spreidingswet:

- which kinds count as *regular* reception (the opvang worksheet's current places) and which
  as COA amv places (part of them, so nothing is counted twice);
- a location is *duurzaam* (counts under the Spreidingswet) with more than 100 places and a
  lifetime of more than 5 years (computed, never stored);
- a doelgroep restriction is flagged: the seed letter asks provinces not to restrict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from regietafel.domain.periods import HalfYear
from regietafel.domain.texts import t

# Kinds and statuses of location, by code (labels in domain/texts.py: location.kind.*, location.status.*).
SOORTEN = ("regulier_azc", "kleinschalig", "amv_kwv", "noodopvang", "crisisnoodopvang", "nidos", "goo_oekraine")
STATUSSEN = ("in_voorbereiding", "operationeel", "gesloten")


def kind_label(code: str, language: str | None = None) -> str:
    """The kind of location as shown; an unknown code as it is."""
    return t(f"location.kind.{code}", language) if code in SOORTEN else code


def status_label(code: str, language: str | None = None) -> str:
    """The status of a location as shown; an unknown code as it is."""
    return t(f"location.status.{code}", language) if code in STATUSSEN else code
DEFAULT_SOORT = "regulier_azc"
DEFAULT_STATUS = "operationeel"

# Regular COA reception: what the opvang worksheet counts as current places (seed table 1,
# "huidige reguliere opvangplekken"). COA amv places are part of it, and also shown on their own.
REGULAR_OPVANG = ("regulier_azc", "kleinschalig", "amv_kwv")
AMV_COA = ("amv_kwv",)
NIDOS = ("nidos",)
OEKRAINE = ("goo_oekraine",)
# Which location kinds realise which opgave (categorie -> soorten).
KINDS_PER_CATEGORY: dict[str, tuple[str, ...]] = {
    "opvang": REGULAR_OPVANG,
    "amv_coa": AMV_COA,
    "oekraine": OEKRAINE,
}

DUURZAAM_MIN_PLACES = 100  # more than this
DUURZAAM_MIN_YEARS = 5  # and lasting more than this

_ALIASES = {
    "azc": "regulier_azc", "regulier": "regulier_azc", "regulier azc": "regulier_azc", "reguliere opvang": "regulier_azc",
    "kleinschalig": "kleinschalig", "kleinschalige opvang": "kleinschalig",
    "amv": "amv_kwv", "kwv": "amv_kwv", "amv/kwv": "amv_kwv", "coa amv": "amv_kwv", "kleine woonvoorziening": "amv_kwv",
    "noodopvang": "noodopvang", "nood": "noodopvang",
    "crisisnoodopvang": "crisisnoodopvang", "cno": "crisisnoodopvang",
    "nidos": "nidos",
    "goo": "goo_oekraine", "oekraine": "goo_oekraine", "oekraïne": "goo_oekraine", "goo oekraine": "goo_oekraine",
    "goo oekraïne": "goo_oekraine", "gemeentelijke opvang oekraïners": "goo_oekraine",
}
_STATUS_ALIASES = {
    "in voorbereiding": "in_voorbereiding", "voorbereiding": "in_voorbereiding", "gepland": "in_voorbereiding",
    "operationeel": "operationeel", "open": "operationeel", "in gebruik": "operationeel",
    "gesloten": "gesloten", "dicht": "gesloten",
}


def normalize_soort(text: str | None) -> str:
    """A typed or imported kind ('AZC', 'CNO', 'Oekraïne') as its code; unknown text is kept."""
    cleaned = (text or "").strip().lower().replace("_", " ")
    if not cleaned:
        return DEFAULT_SOORT
    if cleaned.replace(" ", "_") in SOORTEN:
        return cleaned.replace(" ", "_")
    return _ALIASES.get(cleaned, (text or "").strip())


def normalize_status(text: str | None) -> str:
    cleaned = (text or "").strip().lower().replace("_", " ")
    if not cleaned:
        return DEFAULT_STATUS
    return _STATUS_ALIASES.get(cleaned, (text or "").strip())


@dataclass(frozen=True)
class LocationSpan:
    """What the rules need of a location: where, how many places, when, which state."""

    code: str  # CBS code of the gemeente
    capaciteit: int
    begindatum: dt.date | None = None
    einddatum: dt.date | None = None
    status: str = DEFAULT_STATUS
    soort: str = DEFAULT_SOORT
    bezetting: int = 0


def counts_on(location: LocationSpan, day: dt.date) -> bool:
    """Whether a location's places count on ``day``.

    start ≤ day ≤ end (a missing date is open), and not closed. A location *in voorbereiding*
    counts from its start date. A closed location with an end date keeps counting up to that
    date (its history stays right); closed without an end date it never counts.
    """
    if location.begindatum is not None and day < location.begindatum:
        return False
    if location.einddatum is not None and day > location.einddatum:
        return False
    return not (location.status == "gesloten" and location.einddatum is None)


def in_use_on(location: LocationSpan, day: dt.date) -> bool:
    """Whether a location's places are realised (in use) on ``day``: the rule every total of
    realised places follows (worksheets, overview, Locaties tab). As :func:`counts_on` (a
    location counts until its end date, a closed one included), but a location still *in
    voorbereiding* is planned, not realised: it counts in the forecast only."""
    return location.status != "in_voorbereiding" and counts_on(location, day)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def durable_credit_date(opgave_peildatum: dt.date | None, periode: str) -> dt.date:
    """The day durable places are counted on when they are credited to a gemeente: the peildatum
    of the provincial opgave, else the last day of the half-year (code "2024-I")."""
    return opgave_peildatum or HalfYear.parse(periode).end


def is_duurzaam(capaciteit: int, begindatum: dt.date | None, einddatum: dt.date | None) -> bool:
    """More than 100 places and more than 5 years (Spreidingswet). Open-ended counts as lasting."""
    if capaciteit <= DUURZAAM_MIN_PLACES:
        return False
    if einddatum is None:
        return True
    if begindatum is None:
        return False
    return einddatum > add_years(begindatum, DUURZAAM_MIN_YEARS)


def has_restriction(doelgroep_restrictie: str | None) -> bool:
    """A restriction on the doelgroep is flagged (the seed letter asks provinces not to restrict)."""
    text = (doelgroep_restrictie or "").strip().lower()
    return bool(text) and text not in ("geen", "none", "-", "nee")


@dataclass(frozen=True)
class LocationProblem:
    field: str
    key: str  # the text's key in domain/texts.py (location.problem.*)
    blocking: bool = True

    @property
    def message(self) -> str:
        """The problem in the current language."""
        return t(self.key)


def validate(capaciteit: int, bezetting: int, begindatum: dt.date | None, einddatum: dt.date | None,
             naam: str = "x") -> list[LocationProblem]:
    """Problems with a location's values: blocking errors and warnings (occupancy above capacity)."""
    problems = []
    if not naam.strip():
        problems.append(LocationProblem("naam", "location.problem.no_name"))
    if capaciteit < 0:
        problems.append(LocationProblem("capaciteit", "location.problem.negative_capacity"))
    if bezetting < 0:
        problems.append(LocationProblem("bezetting", "location.problem.negative_occupancy"))
    if begindatum is not None and einddatum is not None and einddatum < begindatum:
        problems.append(LocationProblem("einddatum", "location.problem.end_before_start"))
    if bezetting > capaciteit >= 0:
        problems.append(LocationProblem("bezetting", "location.problem.over_capacity", blocking=False))
    return problems
