"""Number and date formats for documents and the command line, in the current language.

Dutch (the default): ``19.097``, ``0,62``, ``1-1-2024``. English: ``19,097``, ``0.62``,
``1 Jan 2024``. Every function takes an optional ``language``; without it the language set with
:func:`regietafel.domain.language.set_language` applies.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from regietafel.domain.language import resolve
from regietafel.domain.texts import t


def _separators(language: str | None) -> tuple[str, str]:
    """(thousands, decimal) separators."""
    return (",", ".") if resolve(language) == "en" else (".", ",")


def format_int(value: int, language: str | None = None) -> str:
    thousands, _ = _separators(language)
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", thousands)


def format_ratio(num: int, den: int, decimals: int = 4, language: str | None = None) -> str:
    """``num/den`` (integers, ``den > 0``) as decimal text, rounded half-up."""
    thousands, point = _separators(language)
    neg = num < 0
    a = -num if neg else num
    scale = 10**decimals
    scaled = (a * scale * 2 + den) // (2 * den)
    whole, frac = divmod(scaled, scale)
    text = f"{whole:,}".replace(",", thousands)
    if decimals:
        text += point + str(frac).rjust(decimals, "0")
    return ("-" if neg and scaled else "") + text


def format_fraction(value: Fraction, decimals: int = 2, language: str | None = None) -> str:
    """Round half away from zero to ``decimals`` places."""
    value = Fraction(value)
    return format_ratio(value.numerator, value.denominator, decimals, language)


def format_date(value: dt.date, language: str | None = None) -> str:
    if resolve(language) == "en":
        return f"{value.day} {t('months_short', 'en').split()[value.month - 1]} {value.year}"
    return f"{value.day}-{value.month}-{value.year}"


def format_date_long(iso: str | None, language: str | None = None) -> str:
    """``"2024-01-01"`` -> ``"1 januari 2024"`` / ``"1 January 2024"``; other text unchanged."""
    if not iso:
        return "-"
    try:
        y, m, d = (int(p) for p in iso.split("-"))
        return f"{d} {t('months', language).split()[m - 1]} {y}"
    except (ValueError, IndexError):
        return iso
