"""Kinds and statuses of reception and housing locations, defined once.

Codes are stored in the database (``Locatie.soort``, ``Locatie.status``); the English labels
are marked for translation (context "Locations") and shown in Dutch through
``regietafel.i18n.translate("Locations", label)``. Pure Python: no Qt here.

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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for the catalogue without needing Qt here."""
    return text


# Kinds of location: code -> English label (translated in the GUI and documents).
SOORTEN: dict[str, str] = {
    "regulier_azc": QT_TRANSLATE_NOOP("Locations", "Regular AZC"),
    "kleinschalig": QT_TRANSLATE_NOOP("Locations", "Small-scale"),
    "amv_kwv": QT_TRANSLATE_NOOP("Locations", "COA amv (kwv)"),
    "noodopvang": QT_TRANSLATE_NOOP("Locations", "Emergency reception"),
    "crisisnoodopvang": QT_TRANSLATE_NOOP("Locations", "Crisis emergency reception"),
    "nidos": QT_TRANSLATE_NOOP("Locations", "Nidos"),
    "goo_oekraine": QT_TRANSLATE_NOOP("Locations", "GOO Ukraine"),
}
STATUSSEN: dict[str, str] = {
    "in_voorbereiding": QT_TRANSLATE_NOOP("Locations", "In preparation"),
    "operationeel": QT_TRANSLATE_NOOP("Locations", "Operational"),
    "gesloten": QT_TRANSLATE_NOOP("Locations", "Closed"),
}
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


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


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
    message: str  # English source text, translated by the caller (context "Locations")
    blocking: bool = True


def validate(capaciteit: int, bezetting: int, begindatum: dt.date | None, einddatum: dt.date | None,
             naam: str = "x") -> list[LocationProblem]:
    """Problems with a location's values: blocking errors and warnings (occupancy above capacity)."""
    problems = []
    if not naam.strip():
        problems.append(LocationProblem("naam", QT_TRANSLATE_NOOP("Locations", "A location needs a name.")))
    if capaciteit < 0:
        problems.append(LocationProblem("capaciteit", QT_TRANSLATE_NOOP("Locations", "Capacity cannot be negative.")))
    if bezetting < 0:
        problems.append(LocationProblem("bezetting", QT_TRANSLATE_NOOP("Locations", "Occupancy cannot be negative.")))
    if begindatum is not None and einddatum is not None and einddatum < begindatum:
        problems.append(LocationProblem("einddatum", QT_TRANSLATE_NOOP("Locations", "The end date is before the start date.")))
    if bezetting > capaciteit >= 0:
        problems.append(LocationProblem("bezetting", QT_TRANSLATE_NOOP(
            "Locations", "Occupancy is above capacity."), blocking=False))
    return problems
