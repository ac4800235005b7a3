"""Interbestuurlijk toezicht on the huisvesting taakstelling: the province's own rule, not law.

A :class:`SupervisionPolicy` holds the province's thresholds (green from ``oranje`` % of the
gecorrigeerde taakstelling realised, orange from ``rood`` %, red below) and an optional
"repeatedly behind" criterion: a gemeente that ends ``herhaald`` half-years in a row behind
(not green) is red, whatever its share. Before the end of a half-year the status is a
*prognose*: the realisation so far, drawn on linearly to the end of the half-year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from .formatting import format_date
from .periods import HalfYear
from .texts import t

GREEN, ORANGE, RED = "groen", "oranje", "rood"


@dataclass(frozen=True)
class SupervisionPolicy:
    oranje: int = 75  # green at or above this % of the gecorrigeerde taakstelling
    rood: int = 50  # orange at or above this %, red below
    herhaald: int = 0  # red after this many half-years in a row behind; 0: no such criterion

    def __post_init__(self) -> None:
        if not 0 <= self.rood <= self.oranje <= 100:
            raise ValueError(t("toezicht.invalid_thresholds"))
        if self.herhaald < 0:
            raise ValueError(t("toezicht.invalid_repeat"))

    def share_status(self, target: int, realised: Fraction | int) -> str:
        """groen / oranje / rood by the share realised of the target."""
        if target <= 0 or realised >= target:
            return GREEN
        percentage = Fraction(100) * realised / target
        if percentage >= self.oranje:
            return GREEN
        return ORANGE if percentage >= self.rood else RED

    def status(self, target: int, realised: Fraction | int, behind_before: int = 0) -> tuple[str, bool]:
        """The status and whether the repeated-behind criterion made it red.

        ``behind_before``: how many half-years in a row, just before this one, the gemeente
        ended behind (not green).
        """
        status = self.share_status(target, realised)
        if status != GREEN and self.herhaald and behind_before + 1 >= self.herhaald and status != RED:
            return RED, True
        return status, False

    def rule_text(self, language: str | None = None) -> str:
        """The rule in force, for printing beside every status."""
        text = t("toezicht.rule", language, oranje=self.oranje, rood=self.rood)
        if self.herhaald:
            text += t("toezicht.rule_repeat", language, n=self.herhaald)
        return text + "."


def is_forecast(half: HalfYear, stand_per: dt.date) -> bool:
    """Before the last day of the half-year its status is a forecast."""
    return stand_per < half.end


def projection_factor(half: HalfYear, reported_until: dt.date | None, stand_per: dt.date) -> Fraction:
    """What the realisation so far is multiplied by to draw it on linearly to the end of the
    half-year: its length over the days from its first day up to the newest report counted
    (``reported_until``, on or before the stand-per date). 1 at or after the half-year's end,
    or without any report in it."""
    if not is_forecast(half, stand_per) or reported_until is None or reported_until < half.begin:
        return Fraction(1)
    elapsed = (min(reported_until, half.end) - half.begin).days + 1
    return Fraction((half.end - half.begin).days + 1, elapsed)


def projected(realised: int, half: HalfYear, reported_until: dt.date | None, stand_per: dt.date) -> Fraction:
    """The realisation drawn on linearly to the end of the half-year (see :func:`projection_factor`)."""
    return realised * projection_factor(half, reported_until, stand_per)


def forecast_text(half: HalfYear, reported_until: dt.date | None, language: str | None = None) -> str:
    """How a forecast status is made, for printing beside it."""
    if reported_until is None:
        return t("toezicht.forecast_none", language, end=format_date(half.end))
    return t("toezicht.forecast", language, until=format_date(reported_until), end=format_date(half.end))


def behind_streak(statuses: list[str]) -> int:
    """How many of the last ``statuses`` (oldest first) in a row are behind (not green)."""
    streak = 0
    for status in reversed(statuses):
        if status == GREEN:
            break
        streak += 1
    return streak
