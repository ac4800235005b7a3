"""Results of queries and computations reused within ONE session, never beyond it.

Collecting a document asks the same things many times (a period's id, the gemeenten's codes, a
province's versions, a version's computation). :func:`memoized` answers a repeated question from
the session's own ``info`` dict instead of the database. It can never return a stale figure:

* it lives and dies with its session: emptied when the session's transaction ends (commit,
  rollback, close), and a new session starts with none (``Session.info`` is per session);
* any write in the session empties the ``ANY_WRITE`` tier; the ``REFERENCE`` tier (reference
  data: periods, gemeenten, population, and computations, which read only reference data and
  the version's own settings, part of their key) survives writes to the distribution tables
  only (a new concept, an edit) and is emptied by any other write;
* with changes still pending (which a query would flush first) it is not consulted.

Unlike the store's cache of derived results (:func:`regietafel.store.database.session_cache`),
nothing here is shared between sessions. The session events that forget are registered with
the store's others (``store/database.py``); this module imports no SQLAlchemy, so the export's
plain session (``store/plain_session.py``) memoizes with the same rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from regietafel.store.unit_of_work import DISTRIBUTION_TABLES, pending_tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")
ANY_WRITE, REFERENCE = "memo_any_write", "memo_reference"


def memoized(session: Session, tier: str, key: tuple, load: Callable[[], T]) -> T:
    """``load()``'s result, asked once per session while nothing it may depend on was written.
    Callers must not change the result (dicts and lists are shared by every caller)."""
    if _pending_tables(session, tier):
        return load()  # a query would flush the pending changes first: ask the database
    memo = session.info.get(tier)
    if memo is not None and key in memo:
        return memo[key]
    value = load()
    session.info.setdefault(tier, {})[key] = value
    return value


def remember(session: Session, tier: str, key: tuple, value) -> None:
    """An answer read beside another statement (e.g. by a write's RETURNING): what
    :func:`memoized` gives for ``key`` from now on, under the same rules."""
    session.info.setdefault(tier, {})[key] = value


def _pending_tables(session: Session, tier: str) -> bool:
    """Whether changes are pending that the tier's answers may depend on."""
    pending = pending_tables(session)
    return bool(pending) if tier == ANY_WRITE else not pending <= DISTRIBUTION_TABLES


def forget_written(session: Session, tables: set[str]) -> None:
    """A write to ``tables``: forget what it may have changed."""
    session.info.pop(ANY_WRITE, None)
    if not tables <= DISTRIBUTION_TABLES:
        session.info.pop(REFERENCE, None)


def forget_all(session: Session) -> None:
    session.info.pop(ANY_WRITE, None)
    session.info.pop(REFERENCE, None)
