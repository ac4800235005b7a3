"""Opening a database file safely: checks first, then lock, backup, migrate, seed.

Every check that can refuse a file runs before anything writes to it, so a refused file is
left exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from regietafel.paths import backup_dir
from regietafel.store import migrate
from regietafel.store.errors import StoreError, as_user_error
from regietafel.store.instance_lock import InstanceLock
from regietafel.store.texts import t

SQLITE_MAGIC = b"SQLite format 3\x00"


def _configure_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed change survives a crash or power loss, not only a process kill.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _check_path(path: Path) -> None:
    """Refuse directories, non-SQLite files and places we cannot write, touching nothing."""
    if path.is_dir():
        raise StoreError(t("store.path_is_a_folder_not_a", path=path))
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(t("store.path_cannot_be_written_no_permission", path=path))
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
        if header and header != SQLITE_MAGIC:
            raise StoreError(t("store.path_is_not_a_regietafel_database", path=path))
        return
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            t("store.cannot_create_the_folder_for_path", path=path, reason=error.strerror or error)
        ) from error
    if not os.access(parent, os.W_OK):
        raise StoreError(t("store.path_cannot_be_written_no_permission", path=path))


def _inspect_existing(path: Path) -> str | None:
    """Read the schema revision without writing; refuse foreign and newer databases."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(
            t("store.path_is_not_a_readable_database", path=path, reason=error)
        ) from error
    if tables and revision is None:
        raise StoreError(t("store.path_is_an_sqlite_file_but", path=path))
    if revision is not None and revision != migrate.head_revision() and revision not in migrate.known_revisions():
        raise StoreError(
            t("store.path_was_made_by_a_newer", path=path, revision=revision)
        )
    return revision


def backup_file(path: Path, reason: str) -> Path:
    """Copy the database consistently (SQLite backup API, WAL included) into backups/."""
    target_dir = backup_dir(path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    counter = 2
    while target.exists():  # two backups in one second: keep both
        target = target_dir / f"{path.stem}-{stamp}-{reason}-{counter}.sqlite"
        counter += 1
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


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
        """One unit of work: commits at the end, rolls back everything on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException as error:
            _rollback_quietly(session)
            # a concurrent change, a lost server or missing rights: one clear message
            translated = as_user_error(error, shared=self.url is not None)
            if translated is not error:
                raise translated from error
            raise
        finally:
            self.cache.clear()
            session.close()

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

    def close(self) -> None:
        self.engine.dispose()
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


def session_cache(session: Session) -> dict:
    """The store's cache of derived results (an empty throw-away dict for a bare session)."""
    return session.info.setdefault("cache", {})


def open_store(path, *, seed: bool = True, lock: bool = True, upgrade_shared: bool = False) -> Store:
    """Open (creating if needed) a Regietafel database, migrated to the current schema.

    ``path`` is a file (Path or str) or a server URL (``postgresql://…``, see
    ``store/database_url.py``); a shared database is migrated only with ``upgrade_shared`` (the
    administrator's say-so) or when it is still empty. Raises :class:`StoreError` with a
    user-facing message when the database cannot be used; in that case it has not been changed.
    """
    from regietafel.store.database_url import is_url, parse_database

    if is_url(path):
        from regietafel.store.server import open_server_store

        return open_server_store(parse_database(path), seed=seed, upgrade=upgrade_shared)
    path = Path(path).expanduser().resolve()
    _check_path(path)
    revision = _inspect_existing(path)

    instance_lock = InstanceLock(path) if lock else None
    if instance_lock is not None and not instance_lock.acquire():
        raise StoreError(
            t("store.path_is_already_open_in_another", path=path)
        )
    try:
        if revision is not None and revision != migrate.head_revision():
            backup_file(path, f"voor-migratie-{revision}")
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _configure_connection)
        if revision != migrate.head_revision():  # new or older file: bring it to the current schema
            migrate.upgrade(engine)
        store = Store(path, engine, instance_lock)
        if seed:
            from regietafel.store.reference import seed_reference_data

            seed_reference_data(store)
        return store
    except BaseException:
        if instance_lock is not None:
            instance_lock.release()
        raise

