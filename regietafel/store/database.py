"""Opening a database: the :class:`Store` (engine, sessions, lock) and the ways to get one.

:func:`open_store` opens a database for work: a shared server (``store/server.py``) or a file. For a
file the checks come first (``store/sqlite_file.py``), then the lock, backup, migration and seed;
every check that can refuse a file runs before anything writes to it, so a refused file is left
exactly as it was, and only a caller that says so (the GUI's first start, ``demo``) gets a new
database where none exists. :func:`open_snapshot` opens a copy for reading beside a running
application (exports): no lock, nothing written to the file.

While a store is open its files (the database, -wal, -shm, lock and backups) are protected: no
document, workbook or other writer of this process can replace them (``fileio.protect``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from regietafel import fileio
from regietafel.store import migrate, session_memo, sqlite_file
from regietafel.store.errors import StoreError, as_user_error
from regietafel.store.instance_lock import InstanceLock
from regietafel.store.texts import t
from regietafel.store.unit_of_work import (  # noqa: F401 (re-exported: the store's modules import them from here)
    DISTRIBUTION_TABLES,
    EDITED_PERIODS,
    WRITTEN_TABLES,
    cached,
    pending_tables,
    session_cache,
)

T = TypeVar("T")


class Store:
    """An open database: engine, sessions and (for a file) the single-instance lock.

    ``path`` is the file of a local database and None for a shared one (``url`` is then the
    server's address); ``user`` is who the change log records; ``read_only`` when the user may
    only read (a shared database with SELECT rights only).
    """

    def __init__(self, path: Path | None, engine: Engine, lock: InstanceLock | None, *, url=None,
                 user: str | None = None, read_only: bool = False):
        self.path = path
        self.url = url
        self.user = user or os_user()
        self.read_only = read_only
        self.engine = engine
        self._lock = lock
        self._protection: fileio.Protection | None = None
        # Derived results that are costly to recompute (e.g. the housing carry-over chain), valid
        # until the next write: every commit or rollback of a transaction empties it.
        self.cache: dict = {}
        self._sessions = sessionmaker(engine, expire_on_commit=False,
                                      info={"cache": self.cache, "user": self.user, "read_only": read_only})

    @property
    def shared(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """The database as shown to users: the file, or the server URL without a password."""
        if self.url is None:
            return str(self.path)
        from regietafel.store.database_url import display

        return display(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back everything on any error.

        The cache of derived results keeps what the unit of work cannot have changed: all of it
        after a transaction that wrote nothing, what does not depend on the edited half-years
        after a change of distributions only (an edit in the worksheet), nothing otherwise."""
        session = self._sessions()
        committed = False
        try:
            if self.url is None:  # a file: SQLite's write lock from the start (sqlite_file.begin_transaction)
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            yield session
            session.commit()
            committed = True
        except BaseException as error:
            _rollback_quietly(session)
            # a concurrent change, a lost server or missing rights: one clear message
            translated = as_user_error(error, shared=self.url is not None)
            if translated is not error:
                raise translated from error
            raise
        finally:
            # A shared database changes under us (colleagues): there the cache lives one unit of work.
            self._prune_cache(session if committed and self.url is None else None)
            session.close()

    def _prune_cache(self, session: Session | None) -> None:
        written = session.info.get(WRITTEN_TABLES, set()) if session is not None else None
        if written is not None and not written:
            return
        periods = session.info.get(EDITED_PERIODS) if session is not None else None
        if written is None or not periods or not written <= DISTRIBUTION_TABLES:
            self.cache.clear()
            return
        # The cache's keys are the worksheet's; it says which of them an edit leaves valid.
        from regietafel.store.worksheet import unaffected_by_edit

        for key in [key for key in self.cache if not unaffected_by_edit(key, periods)]:
            del self.cache[key]

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing is committed. Loaded objects stay usable afterwards
        (close() ends the transaction and detaches them without expiring their values)."""
        session = self._sessions()
        try:
            yield session
        except BaseException as error:
            translated = as_user_error(error, shared=self.url is not None)  # e.g. the server went away
            if translated is not error:
                raise translated from error
            raise
        finally:
            session.close()

    def protect_files(self) -> None:
        """Refuse every write of this process over the database's files while it is open."""
        if self.path is not None:  # (a server database: no files of ours to protect)
            self._protection = sqlite_file.protect_files(self.path)

    def close(self) -> None:
        self.engine.dispose()
        if self._protection is not None:
            fileio.unprotect(self._protection)
            self._protection = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _rollback_quietly(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # noqa: BLE001 - a lost connection cannot roll back; the server already has
        pass


def os_user() -> str:
    """The operating-system user: who makes the changes on a laptop database."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (e.g. a container)
        return ""


# The session memo (``store/session_memo.py``) forgets what a write may have changed.
@event.listens_for(Session, "after_flush")
def _memo_after_flush(session: Session, _context) -> None:
    # The flushed objects are still in new/dirty/deleted here; none at all: forget everything.
    session_memo.forget_written(session, pending_tables(session) or {"?"})


@event.listens_for(Session, "do_orm_execute")
def _memo_on_execute(state) -> None:
    if not state.is_select:  # insert, update, delete, or a textual statement that may write
        table = getattr(state.statement, "table", None)
        dml = state.is_insert or state.is_update or state.is_delete
        session_memo.forget_written(state.session, {getattr(table, "name", "?")} if dml else {"?"})


@event.listens_for(Session, "after_transaction_end")
def _memo_after_transaction_end(session: Session, transaction) -> None:
    # Each flush runs in a subtransaction of its own: its writes are forgotten by the events above.
    if transaction.parent is None or transaction.nested:  # the session's transaction, or a savepoint
        session_memo.forget_all(session)


@event.listens_for(Session, "after_flush")
def _record_flushed_tables(session: Session, _context) -> None:
    tables = session.info.setdefault(WRITTEN_TABLES, set())
    for instance in (*session.new, *session.dirty, *session.deleted):
        tables.add(instance.__table__.name)


@event.listens_for(Session, "do_orm_execute")
def _record_statement_tables(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        state.session.info.setdefault(WRITTEN_TABLES, set()).add(getattr(table, "name", "?"))


def open_store(path, *, seed: bool = True, lock: bool = True, create: bool = False,
               upgrade_shared: bool = False) -> Store:
    """Open a Regietafel database, migrated to the current schema.

    ``path`` is a file (Path or str) or a server URL (``postgresql://…``, see
    ``store/database_url.py``); a shared database is migrated only with ``upgrade_shared`` (the
    administrator's say-so) or when it is still empty. A missing file becomes a new database only
    with ``create`` (the GUI's first start; otherwise a mistyped path creates nothing). Raises
    :class:`StoreError` with a user-facing message when the database cannot be used (a damaged file:
    :class:`~regietafel.store.sqlite_file.DamagedDatabase`); in that case it has not been changed.
    """
    from regietafel.store.database_url import is_url, parse_database

    if is_url(path):
        database = parse_database(path)  # a server, or a file named as sqlite:///…
        if not isinstance(database, Path):
            from regietafel.store.server import open_server_store

            return open_server_store(database, seed=seed, upgrade=upgrade_shared)
        path = database
    return open_file_store(Path(path), seed=seed, lock=lock, create=create)


def open_file_store(path: Path, *, seed: bool = True, lock: bool = True, create: bool = False) -> Store:
    """A database file: checks first (nothing written), then the lock, then the rest."""
    path = path.expanduser().resolve()
    sqlite_file.check_path(path, create)
    state = sqlite_file.inspect_file(path)
    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None and not instance_lock.acquire():
        raise StoreError(t("store.path_is_already_open_in_another", path=path))
    try:
        return open_locked(path, instance_lock, seed=seed, state=state)
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise


def open_locked(path: Path, instance_lock: InstanceLock | None, *, seed: bool = True,
                state: sqlite_file.FileState | None = None) -> Store:
    """The rest of :func:`open_store` for a caller that holds the lock of ``path`` already
    (``demo --force``, a restore); the store releases the lock when it closes."""
    if state is None or state.new:  # looked at again under the lock: another process may have made it
        state = sqlite_file.inspect_file(path)
    if state.new:  # absent, empty or half-made: built whole beside it
        with instance_lock.replacing() if instance_lock is not None else nullcontext():
            create_database(path, seed=seed)
    elif state.revision != migrate.head_revision():  # an older file: bring it to the current schema
        from regietafel.store.backups import backup_file

        backup_file(path, f"voor-migratie-{state.revision}")
        engine = sqlite_file.new_engine(path)
        try:
            migrate.upgrade(engine)
            sqlite_file.check_schema(engine, path)  # damage the old schema hid (the backup is made)
        finally:
            engine.dispose()
    if instance_lock is not None and not instance_lock.lock_file():  # the file as it is now (new, restored)
        raise StoreError(t("store.path_is_already_open_in_another", path=path))
    store = Store(path, sqlite_file.new_engine(path), instance_lock)
    if seed:
        from regietafel.store.reference import seed_reference_data

        seed_reference_data(store)
    store.protect_files()
    return store


def create_database(path: Path, fill: Callable[[Store], None] | None = None, seed: bool = True) -> None:
    """A new database at ``path`` (schema, reference data, then ``fill``), built beside it and
    renamed into place when complete; whatever was there is replaced. The caller holds the lock."""
    def build(engine: Engine) -> None:
        migrate.upgrade(engine)
        store = Store(path, engine, None)
        if seed:
            from regietafel.store.reference import seed_reference_data

            seed_reference_data(store)
        if fill is not None:
            fill(store)

    sqlite_file.build_database(path, build)


def open_snapshot(path: Path | str) -> Store:
    """A store on a copy of ``path`` in memory, taken in one consistent read: for reading beside a
    running application (which holds the lock). No lock is taken and nothing is written to the file;
    what the reader computes on demand (a first concept version) lives in the copy only. A shared
    database (a URL) is opened as usual: a server has no writer lock to stay clear of."""
    from regietafel.store.database_url import is_url

    if is_url(path):
        return open_store(path)
    path = Path(path).expanduser().resolve()
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        state = sqlite_file.snapshot_copy(path, memory)
    except BaseException:
        memory.close()
        raise
    engine = sqlite_file.memory_engine(memory)
    if state.revision != migrate.head_revision():  # an older file: the copy is brought up to date
        migrate.upgrade(engine)
        sqlite_file.check_schema(engine, path)
    store = Store(path, engine, None)
    store.protect_files()
    return store
