"""What a unit of work wrote and the store's cache of derived results: plain bookkeeping on a
session's ``info`` dict, shared by the ORM sessions (``store/database.py`` records their writes
with SQLAlchemy's events) and the export's plain session (``store/plain_session.py``, which never
writes). No SQLAlchemy here, so a plain export never imports it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# What a unit of work wrote, recorded by the session events in database.py: table names, and the
# half-years whose distributions were changed (set by the distribution services).
WRITTEN_TABLES, EDITED_PERIODS = "written_tables", "edited_periods"
DISTRIBUTION_TABLES = frozenset({"verdeling", "toewijzing", "beperking", "uitwisseling", "wijziging"})


def session_cache(session: Any) -> dict:
    """The store's cache of derived results (an empty throw-away dict for a bare session)."""
    return session.info.setdefault("cache", {})


def cached(session: Any, key: tuple, load: Callable[[], T]) -> T:
    """``load()``'s result from the store's cache (:func:`session_cache`; ``key`` says how long it
    holds: ``worksheet.unaffected_by_edit``), loaded and kept when it is not there. A unit of
    work that has written, or is about to write, anything but distributions (an import) passes the
    cache by: what it holds may be what that write changes. Callers must not change the result."""
    if not _only_distributions_written(session):
        return load()
    cache = session_cache(session)
    if key not in cache:
        cache[key] = load()
    return cache[key]


def _only_distributions_written(session: Any) -> bool:
    return session.info.get(WRITTEN_TABLES, set()) | pending_tables(session) <= DISTRIBUTION_TABLES


def pending_tables(session: Any) -> set[str]:
    """The tables of the objects added, changed or deleted in the session and not yet flushed."""
    return {instance.__table__.name for instance in (*session.new, *session.dirty, *session.deleted)}
