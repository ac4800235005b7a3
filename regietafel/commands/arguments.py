"""Argument types the sub-commands share."""

from __future__ import annotations

import argparse
import datetime as dt


def date_argument(text: str) -> dt.date:
    """A date on the command line: 2024-01-01 or 1-1-2024."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        parts = text.replace("/", "-").split("-")
        if len(parts) == 3 and len(parts[2]) == 4:
            try:
                return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
            except ValueError:
                pass
        raise argparse.ArgumentTypeError(f"'{text}': expected a date such as 2024-01-01 or 1-1-2024") from None
