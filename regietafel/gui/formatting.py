"""Numbers and dates as the user's locale writes them (Dutch by default: 19.097; 1-1-2024)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def format_int(value: int) -> str:
    return QLocale().toString(int(value))


def format_date(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "d-M-yyyy")


MINUS = "\u2212"  # a real minus sign: "−24" reads as a difference, "-24" as a hyphen


def format_signed(value: int) -> str:
    """A difference: "+24", "−24" or "0"."""
    if value > 0:
        return "+" + format_int(value)
    if value < 0:
        return MINUS + format_int(-value)
    return format_int(0)


def header_lines(title: str) -> str:
    """A long column title on two lines, broken at the space nearest its middle ("Benodigde
    verhoging"): numeric columns stay as narrow as their numbers."""
    if len(title) <= 10 or " " not in title or "\n" in title:
        return title
    middle = len(title) / 2
    cut = min((i for i, char in enumerate(title) if char == " "), key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1:]


def format_fraction(value, decimals: int = 2) -> str:
    """An exact fraction rounded for display only (the stored value stays exact)."""
    return QLocale().toString(float(value), "f", decimals)
