"""Dutch number and date formats for documents and the command line (19.097; 1-1-2024)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction


def format_int(value: int) -> str:
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_fraction(value: Fraction, decimals: int = 2) -> str:
    """Round half away from zero to ``decimals`` places, Dutch separators."""
    scale = 10**decimals
    scaled = abs(value) * scale
    rounded = int(scaled) + (1 if scaled - int(scaled) >= Fraction(1, 2) else 0)
    whole, part = divmod(rounded, scale)
    sign = "-" if value < 0 and rounded else ""
    text = sign + format_int(whole)
    return f"{text},{part:0{decimals}d}" if decimals else text


def format_date(value: dt.date) -> str:
    return f"{value.day}-{value.month}-{value.year}"
