"""Opening a shared database on a PostgreSQL server: checks first, then migrate (only with the
administrator's say-so) and seed.

Like a file, a server database is inspected before anything is written: an unreachable server,
a wrong password, a database of another program or of a newer Regietafel each give one clear
message and leave it untouched. There is no file backup: the server is backed up by its owner,
so an existing shared schema is upgraded only when the administrator asks (``upgrade``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from regietafel.store import migrate
from regietafel.store.database import Store
from regietafel.store.database_url import display
from regietafel.store.errors import ConnectionLost, ReadOnlyStore, StoreError
from regietafel.store.shared_texts import text as message

CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is reported, not waited for
MIGRATION_LOCK = 0x52656769  # advisory lock: one program at a time creates or upgrades a schema


@dataclass(frozen=True)
class ServerState:
    tables: frozenset[str]
    revision: str | None
    user: str
    can_write: bool
    can_create: bool


def make_engine(url: URL) -> Engine:
    try:
        import psycopg  # noqa: F401
    except ImportError as error:  # pragma: no cover - psycopg is a dependency
        raise StoreError(message("server.driver_missing")) from error
    # pre_ping: a pooled connection the server dropped is replaced before it is used.
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "Regietafel"})


def connection_error(error: Exception, url: URL) -> StoreError:
    """The one message for a connection that failed; libpq's reason where it helps."""
    detail = str(getattr(error, "orig", error)).strip()
    shown = display(url)
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return StoreError(message("server.password", url=shown))
    if "does not exist" in lowered and "database" in lowered:
        return StoreError(message("server.no_database", url=shown))
    reason = detail.splitlines()[0].split("failed:")[-1].strip() if detail else ""
    if any(word in lowered for word in ("connection refused", "timeout", "could not translate", "unreachable",
                                        "no route", "could not connect")):
        return StoreError(message("server.unreachable", url=shown, reason=reason))
    return StoreError(message("server.refused", url=shown, reason=reason))


def inspect_server(connection: Connection) -> ServerState:
    """What is in the database and what this role may do there, reading only."""
    tables = frozenset(connection.scalars(text(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")))
    revision = None
    if "alembic_version" in tables:
        revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
    can_write = "verdeling" in tables and bool(connection.scalar(text(
        "SELECT has_table_privilege('verdeling', 'UPDATE') AND has_table_privilege('wijziging', 'INSERT')")))
    can_create = bool(connection.scalar(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")))
    return ServerState(tables, revision, connection.scalar(text("SELECT current_user")), can_write, can_create)


def _refuse_or_plan(state: ServerState, url: URL, upgrade: bool) -> bool:
    """True when the schema must be created or upgraded now; StoreError when it must not be."""
    shown = display(url)
    if state.tables and state.revision is None:
        raise StoreError(message("server.foreign", url=shown))
    head = migrate.head_revision()
    if state.revision == head:
        return False
    if state.revision is not None and state.revision not in migrate.known_revisions():
        raise StoreError(message("server.newer", url=shown, revision=state.revision))
    if state.revision is None:  # an empty database: setting it up loses nothing
        if not state.can_create:
            raise StoreError(message("server.read_only_empty", url=shown))
        return True
    if not state.can_write or not state.can_create:
        raise StoreError(message("server.read_only_migration", url=shown))
    if not upgrade:
        raise StoreError(message("server.needs_migration", url=shown, revision=state.revision, head=head))
    return True


def open_server_store(url: URL, *, seed: bool = True, upgrade: bool = False) -> Store:
    engine = make_engine(url)
    try:
        state = _first_look(engine, url)
        if _refuse_or_plan(state, url, upgrade):
            _migrate(engine, url, upgrade)
            state = _reinspect(engine)
        store = Store(None, engine, None, url=url, user=state.user, read_only=not state.can_write)
        from regietafel.store.notifications import announce_commits

        announce_commits(store)
        if seed and not store.read_only:
            from regietafel.store.reference import seed_reference_data

            with _migration_lock(engine):
                seed_reference_data(store)
        return store
    except BaseException:
        engine.dispose()
        raise


def check_connection(url: URL) -> str:
    """Test a shared database without changing it: a one-line summary, or StoreError."""
    engine = make_engine(url)
    try:
        state = _first_look(engine, url)
        empty = _refuse_or_plan(state, url, upgrade=False)
    finally:
        engine.dispose()
    if empty:
        return message("check.empty", user=state.user)
    rights = message("check.read_write" if state.can_write else "check.read_only")
    return message("check.ok", user=state.user, revision=state.revision, rights=rights)


def _first_look(engine: Engine, url: URL) -> ServerState:
    """Connect and look, reading only; a failed connection becomes its one clear message."""
    try:
        return _reinspect(engine)
    except OperationalError as error:
        raise connection_error(error, url) from error


def _reinspect(engine: Engine) -> ServerState:
    with engine.connect() as connection:
        return inspect_server(connection)


class _migration_lock:
    """A session-level advisory lock: two programs opening an empty database never both set it up."""

    def __init__(self, engine: Engine):
        self._connection = engine.connect()

    def __enter__(self):
        self._connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        self._connection.commit()

    def __exit__(self, *_exc):
        try:
            self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            self._connection.commit()
        finally:
            self._connection.close()


def _migrate(engine: Engine, url: URL, upgrade: bool) -> None:
    with _migration_lock(engine):
        state = _reinspect(engine)  # another program may have done it while we waited
        if _refuse_or_plan(state, url, upgrade):
            migrate.upgrade(engine)


def translate_error(error: BaseException) -> BaseException:
    """A database error during a change on a shared database, as the user should read it."""
    if not isinstance(error, DBAPIError):
        return error
    import psycopg

    if isinstance(error.orig, psycopg.errors.InsufficientPrivilege | psycopg.errors.ReadOnlySqlTransaction):
        return ReadOnlyStore(message("server.read_only_write"))
    if error.connection_invalidated or isinstance(error, OperationalError):
        return ConnectionLost(message("server.lost"))
    return error
