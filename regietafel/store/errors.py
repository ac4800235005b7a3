"""Errors the store reports to users: one clear sentence, never a traceback."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database file that the user must act on; the file is untouched."""


class NothingToExport(StoreError, ValueError):
    """A document would be empty: no opgaven for this province and period (or none at all)."""
