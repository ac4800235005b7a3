"""Reading a copy of a database file with the standard library's sqlite3, for the export process.

Most of an export's time used to go into importing SQLAlchemy and the models before a single
figure was read. The store's read functions on the documents' path therefore also accept a
:class:`PlainSession`: where they are asked with one, they run their query as plain SQL on an
in-memory copy of the file and give the same answer as their ORM query (records with the models'
column names). Everything else is computed by the same code for both.

A plain session never writes: a first concept version the documents compute on demand stays in
memory. Anything it cannot answer (an ORM-only read, an older schema that needs a migration, an
SQLite error) raises :class:`NeedsOrm`, and the export reads the copy through the ORM instead,
which gives the same documents, or the same error message, as it always did.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeGuard

from regietafel.fileio import unprotect
from regietafel.store import migrate, sqlite_file


class NeedsOrm(Exception):
    """What was asked has no plain query, or the copy needs the ORM (a migration, an error)."""


class PlainSession:
    """A read-only unit of work on an in-memory copy: ``info`` as an ORM session's (the session
    memo and the store's cache live there), nothing ever pending, and queries as plain SQL."""

    new = dirty = deleted = ()  # nothing is ever pending (``unit_of_work.pending_tables``)

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection
        self.info: dict = {"cache": {}}

    def rows(self, sql: str, parameters: Sequence | dict = ()) -> list[tuple]:
        try:
            return self.connection.execute(sql, parameters).fetchall()
        except (sqlite3.Error, ValueError) as error:  # an SQLite error, a date not as SQLAlchemy writes it
            raise NeedsOrm(str(error)) from error

    def records(self, sql: str, parameters: Sequence | dict = ()) -> list[SimpleNamespace]:
        """The rows as records whose attributes are the columns' names (as the models name them)."""
        try:
            cursor = self.connection.execute(sql, parameters)
            found = cursor.fetchall()
        except (sqlite3.Error, ValueError) as error:
            raise NeedsOrm(str(error)) from error
        names = [column[0] for column in cursor.description]
        return [SimpleNamespace(**dict(zip(names, row, strict=True))) for row in found]

    def __getattr__(self, name: str) -> Any:
        # execute, scalars, get, add, flush, ...: an ORM session's API, asked by a read that has
        # no plain query (yet). The export falls back to the ORM.
        raise NeedsOrm(name)


def is_plain(session: Any) -> TypeGuard[Any]:
    """Whether ``session`` is a plain session (typed loosely: the store's functions are annotated
    with SQLAlchemy's Session, and a plain session stands in for it duck-typed)."""
    return isinstance(session, PlainSession)


def marks(values: Iterable) -> str:
    """``?, ?, ?`` for an ``IN (...)`` of ``values``; ``NULL`` (matching nothing) for none."""
    return ", ".join("?" * len(list(values))) or "NULL"


class PlainStore:
    """A :class:`regietafel.store.database.Store` for reading only: ``read()`` and ``transaction()``
    give the one plain session (nothing is written, so every unit of work may share its memo)."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self.url = None
        self.read_only = True
        self._session = PlainSession(connection)
        self._protection = sqlite_file.protect_files(path)

    @contextmanager
    def read(self) -> Iterator[Any]:  # a PlainSession, standing in for an ORM session
        yield self._session

    transaction = read

    def close(self) -> None:
        unprotect(self._protection)
        self._session.connection.close()


def _date(text: bytes) -> dt.date:
    return dt.date.fromisoformat(text.decode())


def _datetime(text: bytes) -> dt.datetime:
    return dt.datetime.fromisoformat(text.decode())


# The models' Date and DateTime columns are declared DATE and DATETIME and hold ISO text:
# converted as SQLAlchemy converts them, for the columns of a plain session's connection only.
sqlite3.register_converter("DATE", _date)
sqlite3.register_converter("DATETIME", _datetime)


def open_plain_snapshot(path: Path | str) -> PlainStore:
    """A plain store on an in-memory copy of the database file ``path``, checked as
    :func:`regietafel.store.database.open_snapshot` checks it. A file at an older schema raises
    :class:`NeedsOrm`: its copy needs a migration."""
    path = Path(path).expanduser().resolve()
    memory = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
    try:
        state = sqlite_file.snapshot_copy(path, memory)
        if state.revision != migrate.head_revision():
            raise NeedsOrm(f"schema {state.revision}")
    except BaseException:
        memory.close()
        raise
    return PlainStore(path, memory)
