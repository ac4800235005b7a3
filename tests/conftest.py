"""Shared fixtures: headless Qt, Dutch translations, stores built by the real migrations."""

from __future__ import annotations

import os
from contextlib import contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, default database and backups of every test (and of the CLI processes the tests
# start) stay in a throw-away folder, never in the developer's real user folders.
import tempfile  # noqa: E402

_sandbox = tempfile.mkdtemp(prefix="regietafel-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_sandbox, "state")  # the log folder

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from regietafel.store.database import open_store  # noqa: E402


@pytest.fixture(scope="session")
def qapp_args():
    return ["regietafel-tests"]


@pytest.fixture(scope="session", autouse=True)
def _dutch(qapp):
    """The one session-wide QApplication, speaking Dutch like the real application."""
    from regietafel.gui.app import create_application
    from regietafel.gui.i18n import install_translators

    create_application()
    install_translators(qapp, "nl")
    yield


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A database migrated and seeded once; tests get copies (fast, and identical)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    store = open_store(path, create=True)
    store.close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    from regietafel.commands.demo import run

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    run(path)
    return path


@pytest.fixture(scope="session")
def rich_template(demo_template, tmp_path_factory) -> Path:
    """The demo with what it lacks: adopted versions, a concept from one, constraints, exchanges
    and an official figure per gemeente."""
    import datetime as dt

    from sqlalchemy import select

    from regietafel.store import areas, distributions
    from regietafel.store.models import Gemeente, Opgave, Periode
    from regietafel.store.overview import province_overview

    PERIODE = "2023-II"

    path = _copy_sqlite(demo_template, tmp_path_factory.mktemp("rich") / "rich.sqlite")
    store = open_store(path)
    try:
        with store.transaction() as session:
            zh = areas.find_province(session, "Zuid-Holland").id
            utrecht = areas.find_province(session, "Utrecht").id
            province_overview(session, zh, PERIODE)  # the first concepts
            province_overview(session, utrecht, PERIODE)
        with store.transaction() as session:
            opvang = distributions.versions(session, "opvang", PERIODE, zh)[-1]
            settings = distributions.settings_of(session, opvang)
            codes = sorted(distributions.compute(session, opvang).scope_codes)
            changed = (settings.with_constraint(codes[0], "vast", 40).with_constraint(codes[1], "minimum", 300)
                       .with_constraint(codes[2], "maximum", 5))
            changed = type(changed)(**{**changed.__dict__, "uitwisselingen": ((codes[3], codes[4], 7, "ruil", None),)})
            distributions.apply_settings(session, opvang.id, changed, "test")
            huisvesting = distributions.versions(session, "huisvesting", PERIODE, utrecht)[-1]
            distributions.adopt(session, huisvesting.id, dt.date(2023, 10, 1))
        with store.transaction() as session:
            distributions.new_concept_from(session, huisvesting.id)
            periode_id = session.scalar(select(Periode.id).where(Periode.code == PERIODE))
            gemeente = session.scalar(select(Gemeente).where(Gemeente.code == "GM0344"))  # Utrecht (gemeente)
            session.add(Opgave(categorie="huisvesting", niveau="gemeente", periode_id=periode_id,
                               gemeente_id=gemeente.id, aantal=777, bron="test: taakstelling"))
    finally:
        store.close()
    return path


@contextmanager
def both_sessions(path):
    """An ORM session and the export's plain session (``store/plain_session.py``), each on its own
    in-memory copy of the same file: what the two read paths answer is compared on them."""
    from regietafel.store.database import open_snapshot
    from regietafel.store.plain_session import is_plain, open_plain_snapshot

    orm, plain = open_snapshot(path), open_plain_snapshot(path)
    try:
        with orm.read() as orm_session, plain.read() as plain_session:
            assert is_plain(plain_session) and not is_plain(orm_session)
            yield orm_session, plain_session
    finally:
        plain.close()
        orm.close()


def _copy_sqlite(source: Path, target: Path) -> Path:
    import sqlite3

    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return target


@pytest.fixture
def store(seeded_template, tmp_path):
    opened = open_store(_copy_sqlite(seeded_template, tmp_path / "test.sqlite"))
    yield opened
    opened.close()


@pytest.fixture
def demo_store(demo_template, tmp_path):
    opened = open_store(_copy_sqlite(demo_template, tmp_path / "demo.sqlite"))
    yield opened
    opened.close()


# --- the shared database: a throw-away PostgreSQL cluster for the whole session -----------------
PG_OWNER = "secretaris"  # the role the program signs in with; owns the test databases


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server on 127.0.0.1, started once, stopped at the end (skips when the
    server programs are missing; in CI the session refuses to start instead)."""
    from tests import pg_cluster as cluster_module

    if not cluster_module.available():
        pytest.skip("PostgreSQL server programs not installed (initdb, pg_ctl, postgres)")
    cluster = cluster_module.Cluster().start()
    os.environ["PGPASSFILE"] = str(cluster.passfile)  # libpq finds every password here
    cluster.add_role(PG_OWNER)
    cluster.templates = {}
    try:
        yield cluster
    finally:
        cluster.stop()


def _pg_template(cluster, kind: str) -> str:
    """A database migrated and seeded (kind "seeded") or filled with the demo ("demo"), once."""
    if kind not in cluster.templates:
        name = f"template_{kind}"
        url = cluster.create_database(name, PG_OWNER)
        store = open_store(url)
        try:
            if kind == "demo":
                from regietafel.store.demo import fill_demo

                fill_demo(store)
        finally:
            store.close()
        cluster.templates[kind] = name
    return cluster.templates[kind]


_pg_counter = iter(range(1, 10**6))


@pytest.fixture
def pg_database(pg_cluster):
    """Make fresh databases: ``pg_database("demo" | "seeded" | None)`` returns a URL; all dropped after."""
    made: list[str] = []

    def make(template: str | None = "seeded") -> str:
        name = f"test_{os.getpid()}_{next(_pg_counter)}"
        made.append(name)
        source = _pg_template(pg_cluster, template) if template else None
        return pg_cluster.create_database(name, PG_OWNER, source)

    yield make
    for name in made:
        pg_cluster.drop_database(name)


def _store_on(request, engine: str, template: str, tmp_path):
    if engine == "sqlite":
        source = request.getfixturevalue("seeded_template" if template == "seeded" else "demo_template")
        return open_store(_copy_sqlite(source, tmp_path / f"{template}.sqlite"))
    return open_store(request.getfixturevalue("pg_database")(template))


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """The seeded database on both engines (the tests that matter run on each)."""
    opened = _store_on(request, request.param, "seeded", tmp_path)
    yield opened
    opened.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_demo_store(request, tmp_path):
    """The demo database on both engines."""
    opened = _store_on(request, request.param, "demo", tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def app_settings(tmp_path):
    from regietafel.gui.settings import AppSettings
    from regietafel.preferences import Preferences

    return AppSettings(Preferences.load(tmp_path / "preferences.json"))


@pytest.fixture(autouse=True)
def _back_to_dutch(qapp):
    """A test that switched the language (e.g. ``regietafel --lang en ...``) hands Dutch back."""
    yield
    from regietafel.domain.language import get_language

    if get_language() != "nl":
        from regietafel.gui.i18n import install_translators

        install_translators(qapp, "nl")


def pytest_sessionstart(session):
    """In CI every system program a test needs must be there: fail at once, never skip."""
    from tests import system_tools

    absent = system_tools.missing(*system_tools.TOOLS)
    if system_tools.REQUIRED and absent:
        packages = sorted({system_tools.TOOLS[tool] for tool in absent})
        pytest.exit(f"missing system programs: {', '.join(absent)} (install {' '.join(packages)})", returncode=3)
