"""Errors the store reports to users: one clear sentence, never a traceback."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database file that the user must act on; the file is untouched."""


class NothingToExport(StoreError, ValueError):
    """A document would be empty: no opgaven for this province and period (or none at all)."""


class ConflictError(StoreError):
    """Someone else changed a distribution version after it was loaded: nothing was written."""


class ConnectionLost(StoreError):
    """The shared database went away during a change: that change was not saved."""


class ReadOnlyStore(StoreError):
    """A write on a database the user may only read: nothing was written."""


def as_user_error(error: BaseException, shared: bool) -> BaseException:
    """A failed transaction as the user should read it (``error`` itself when nothing fits)."""
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(error, StaleDataError):  # a concurrent change slipped past the check: refused
        from regietafel.store.shared_texts import text

        return ConflictError(text("conflict.stale"))
    if shared:
        from regietafel.store.server import translate_error

        return translate_error(error)
    return error
