"""Numbers and dates as the user's locale writes them (Dutch by default: 19.097; 1-1-2024)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def format_int(value: int) -> str:
    return QLocale().toString(int(value))


def format_date(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "d-M-yyyy")


def format_fraction(value, decimals: int = 2) -> str:
    """An exact fraction rounded for display only (the stored value stays exact)."""
    return QLocale().toString(float(value), "f", decimals)
