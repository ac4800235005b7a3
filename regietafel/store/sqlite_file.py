"""A Regietafel database in an SQLite file: checking, creating and connecting, the file's own part
of opening a store (``store/database.py`` holds the engine-independent rest).

Everything that can refuse a file reads it through a read-only connection, so a refused file is
left exactly as it was. A new database is built beside its target and renamed into place when it is
complete, so a kill never leaves a half-made file; one an older version left behind is recognised
(our tables only, all empty, no schema revision) and rebuilt.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from regietafel.fileio import Protection, atomic_path, protect
from regietafel.store import migrate
from regietafel.store.errors import StoreError
from regietafel.store.texts import t

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
# Files SQLite keeps beside the database while it is open or after a crash.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


class DamagedDatabase(StoreError):
    """The file is an SQLite database of ours that fails its integrity or schema check."""

    def __init__(self, path: Path, reason: str):
        super().__init__(t("store.path_is_damaged_reason", path=path, reason=reason))
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class FileState:
    """What an existing file holds, read without writing to it."""

    revision: str | None  # schema revision; None for a new (absent or empty) or half-made file
    half_made: bool = False  # our tables, all empty, no revision: a creation that was cut off

    @property
    def new(self) -> bool:
        return self.revision is None


def companions(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES]


def readonly_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only (``as_uri`` escapes '?', '#' and '%' in the name)."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True)


# --- connections ------------------------------------------------------------------------------
def _configure_connection(dbapi_connection, _record) -> None:
    # The driver's own transaction handling leaves DDL (CREATE TABLE) outside any transaction, so a
    # killed migration would leave half a schema; the engine sends BEGIN itself (see new_engine).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a crash or power loss, not only a process kill.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def begin_transaction(connection) -> None:
    """BEGIN for a read, BEGIN IMMEDIATE for a unit of work that writes: it waits (busy_timeout) for
    another writer to finish instead of failing when it upgrades a read that is out of date."""
    connection.exec_driver_sql(f"BEGIN {connection.get_execution_options().get('sqlite_begin', '')}".strip())


def new_engine(path: Path) -> Engine:
    """An engine on ``path`` whose every transaction, schema changes included, is one SQLite
    transaction."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", begin_transaction)
    return engine


def memory_engine(connection: sqlite3.Connection) -> Engine:
    """An engine on one open connection (an in-memory copy), transactions as in :func:`new_engine`."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    connection.isolation_level = None
    connection.execute("PRAGMA foreign_keys = ON")
    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
    event.listen(engine, "begin", begin_transaction)
    return engine


def snapshot_copy(path: Path, memory: sqlite3.Connection) -> FileState:
    """Copy the database ``path`` into ``memory`` in one consistent read (SQLite's backup), checked
    as a reader checks it: refused when it holds no database yet, is not ours, newer or damaged.
    Nothing is written to the file."""
    check_path(path, create=False, writable=False)
    state = inspect_file(path, integrity=False)
    if state.new:
        raise StoreError(t("store.path_holds_no_database_yet", path=path))
    try:
        with closing(connect_readonly(path)) as source:
            source.backup(memory)
        check_integrity(memory, path, at_head=state.revision == migrate.head_revision())
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(path, str(error)) from error
    return state


def protect_files(path: Path) -> Protection:
    """Refuse every write of this process over the database's files (and backups) until
    ``fileio.unprotect``: no document or workbook can replace them."""
    from regietafel.paths import backup_dir
    from regietafel.store.instance_lock import InstanceLock

    files = [path, *companions(path), InstanceLock(path).path]
    return protect(files, lambda target: t("store.target_is_the_open_database", target=target, path=path),
                   folders=[(backup_dir(path), f"{path.stem}-")])


# --- checks -----------------------------------------------------------------------------------
def check_path(path: Path, create: bool, writable: bool = True) -> None:
    """Refuse folders, missing files (unless ``create``), non-SQLite files and places we cannot
    write (or, not ``writable``, read), touching nothing."""
    if path.is_dir():
        raise StoreError(t("store.path_is_a_folder_not_a", path=path))
    if path.exists():
        if not os.access(path, os.R_OK | (os.W_OK if writable else 0)):
            raise StoreError(t("store.path_cannot_be_written_no_permission", path=path))
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
        if header and header != SQLITE_MAGIC:
            raise StoreError(t("store.path_is_not_a_regietafel_database", path=path))
        return
    if not create:
        raise StoreError(t("store.path_does_not_exist", path=path))
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            t("store.cannot_create_the_folder_for_path", path=path, reason=error.strerror or error)
        ) from error
    if not os.access(parent, os.W_OK):
        raise StoreError(t("store.path_cannot_be_written_no_permission", path=path))


def our_tables() -> set[str]:
    return set(migrate.SCHEMA_COLUMNS) | {"alembic_version"}


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _revision(connection: sqlite3.Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _is_half_made(connection: sqlite3.Connection, tables: set[str]) -> bool:
    if not tables <= our_tables():
        return False
    return not any(connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() for name in tables)


def inspect_file(path: Path, integrity: bool = True) -> FileState:
    """Read the schema revision without writing; refuse foreign, newer and damaged databases."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(None)
    try:
        with closing(connect_readonly(path)) as connection:
            tables = _tables(connection)
            revision = _revision(connection, tables)
            if revision is None:
                if _is_half_made(connection, tables):
                    return FileState(None, half_made=True)
                raise StoreError(t("store.path_is_an_sqlite_file_but", path=path))
            if revision != migrate.head_revision() and revision not in migrate.known_revisions():
                raise StoreError(t("store.path_was_made_by_a_newer", path=path, revision=revision))
            if integrity:
                check_integrity(connection, path, at_head=revision == migrate.head_revision())
                if revision != migrate.head_revision():
                    _check_upgraded_copy(connection, path)
    except sqlite3.DatabaseError as error:
        raise DamagedDatabase(path, str(error)) from error
    return FileState(revision)


def check_integrity(connection: sqlite3.Connection, path: Path, at_head: bool = True) -> None:
    """``PRAGMA quick_check`` (every page and index readable and consistent) and, for a database
    at the current schema, every table and column the program uses present."""
    problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise DamagedDatabase(path, "; ".join(problems))
    if at_head:
        missing = missing_schema(connection)
        if missing:
            raise DamagedDatabase(path, t("store.missing_from_the_schema", missing=", ".join(missing)))


def _check_upgraded_copy(connection: sqlite3.Connection, path: Path) -> None:
    """An older schema cannot be compared with the models: bring a copy in memory up to date and
    compare that, so a damaged older file is refused before a migration writes to it."""
    memory = sqlite3.connect(":memory:")
    connection.backup(memory)
    engine = memory_engine(memory)
    try:
        migrate.upgrade(engine)
        check_schema(engine, path)
    finally:
        engine.dispose()
        memory.close()


def check_schema(engine: Engine, path: Path) -> None:
    """The schema check of :func:`check_integrity` on an engine's database (after a migration)."""
    raw = engine.raw_connection()
    try:
        missing = missing_schema(cast(sqlite3.Connection, raw.driver_connection))
    finally:
        raw.close()
    if missing:
        raise DamagedDatabase(path, t("store.missing_from_the_schema", missing=", ".join(missing)))


def missing_schema(connection: sqlite3.Connection) -> list[str]:
    """Tables and ``table.column``s of the models (``migrate.SCHEMA_COLUMNS``) that the database lacks."""
    tables = _tables(connection)
    missing = []
    for name, wanted in migrate.SCHEMA_COLUMNS.items():
        if name not in tables:
            missing.append(name)
            continue
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
        missing += [f"{name}.{column}" for column in wanted if column not in columns]
    return missing


# --- creating ---------------------------------------------------------------------------------
def discard_companions(path: Path) -> None:
    """Remove the -wal/-shm/-journal of a file that is being replaced (its lock is held)."""
    for companion in companions(path):
        companion.unlink(missing_ok=True)


def build_database(path: Path, fill: Callable[[Engine], None]) -> None:
    """Create the database ``path`` complete or not at all: ``fill`` builds it in a temporary file
    beside ``path`` (schema, reference data...), which is renamed over ``path`` when done. The
    caller holds the lock of ``path``; whatever was at ``path`` (a half-made file) is replaced."""
    with atomic_path(path) as temporary:
        temporary.unlink()  # SQLite creates it; the empty file of mkstemp would be taken as ours
        engine = new_engine(temporary)
        try:
            fill(engine)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(temporary)) as connection:  # the last one out folds the WAL in
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        discard_companions(temporary)
        discard_companions(path)
