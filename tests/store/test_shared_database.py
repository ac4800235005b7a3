"""The shared database on a PostgreSQL server: addresses, refusals that change nothing, the
administrator's upgrade, read-only roles, a lost connection, copying between the engines."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from regietafel.cli import main
from regietafel.store import areas, distributions, migrate
from regietafel.store.copy import copy_database
from regietafel.store.database import open_store
from regietafel.store.database_url import display, is_url, parse_database
from regietafel.store.errors import ConnectionLost, ReadOnlyStore, StoreError
from regietafel.store.models import Base, Wijziging
from tests.conftest import PG_OWNER

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def dump(store) -> dict[str, list[tuple]]:
    with store.read() as session:
        return {table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables}


def tables_of(cluster, database: str) -> set[str]:
    return {row[0] for row in cluster.sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", database)}


# --- addresses --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["postgresql+psycopg://u@127.0.0.1:5432/rt", "postgresql://u@h/rt",
                                  "postgres://u@h:1/rt", "postgresql:///?service=regietafel"])
def test_a_url_is_a_url(text):
    assert is_url(text)
    assert parse_database(text).drivername == "postgresql+psycopg"


@pytest.mark.parametrize("text", ["demo.sqlite", "map/demo.sqlite", r"C:\Users\Zoë\rt.sqlite", "postgresql.sqlite"])
def test_a_path_is_a_path(text):
    assert parse_database(text) == Path(text)


def test_an_unknown_kind_of_url_is_refused_not_taken_for_a_file():
    with pytest.raises(StoreError, match="mysql://u@h/db"):
        parse_database("mysql://u@h/db")


def test_a_password_in_a_url_is_never_shown():
    url = parse_database("postgresql://anna:geheim@server/rt")
    assert "geheim" not in display(url)
    with pytest.raises(StoreError) as refused:
        parse_database("mysql://anna:geheim@server/rt")
    assert "geheim" not in str(refused.value)


def test_demo_on_an_unreachable_server_fails_and_makes_no_folder(tmp_path, monkeypatch, capsys):
    """The reported symptom: the URL became a folder `postgresql+psycopg:` with a SQLite file."""
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--db", "postgresql+psycopg://postgres@127.0.0.1:9/rt"]) == 1
    assert list(tmp_path.iterdir()) == []
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "niet bereikbaar" in error


# --- refusals on a real server: one message, nothing written ---------------------------------

def test_wrong_password_is_one_message_and_nothing_is_written(pg_cluster, pg_database):
    url = pg_database(None)
    database = url.rsplit("/", 1)[1]
    wrong = url.replace(f"{PG_OWNER}@", f"{PG_OWNER}:fout@")
    with pytest.raises(StoreError, match="wachtwoord"):
        open_store(wrong)
    assert tables_of(pg_cluster, database) == set()


def test_missing_database_is_named(pg_cluster):
    with pytest.raises(StoreError, match="bestaat niet"):
        open_store(pg_cluster.url("bestaat_niet", PG_OWNER))


def test_database_of_another_program_is_refused_untouched(pg_cluster, pg_database):
    url = pg_database(None)
    database = url.rsplit("/", 1)[1]
    pg_cluster.sql(f"CREATE TABLE klanten (id integer); ALTER TABLE klanten OWNER TO {PG_OWNER}", database)
    with pytest.raises(StoreError, match="geen Regietafel-database"):
        open_store(url)
    assert tables_of(pg_cluster, database) == {"klanten"}


def test_newer_schema_is_refused_untouched(pg_cluster, pg_database):
    url = pg_database("seeded")
    database = url.rsplit("/", 1)[1]
    pg_cluster.sql("UPDATE alembic_version SET version_num = '9999_from_the_future'", database)
    with pytest.raises(StoreError, match="9999_from_the_future"):
        open_store(url)
    assert pg_cluster.sql("SELECT version_num FROM alembic_version", database) == [("9999_from_the_future",)]


def test_the_same_migrations_upgrade_a_shared_database_only_with_the_administrators_flag(pg_cluster, pg_database):
    from alembic import command
    from sqlalchemy import create_engine

    url = pg_database(None)
    database = url.rsplit("/", 1)[1]
    engine = create_engine(url)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO wijziging (tijdstip, actie, omschrijving, reden) "
                                   "VALUES ('2026-11-30 10:00', 'wijziging', 'oud', '')")
    engine.dispose()
    with pytest.raises(StoreError, match="--upgrade-shared-schema"):
        open_store(url)
    assert pg_cluster.sql("SELECT version_num FROM alembic_version", database) == [("0001",)]
    assert main(["--db", url, "--upgrade-shared-schema", "distribute", "--province", "Utrecht",
                 "--total", "10"]) == 0
    assert pg_cluster.sql("SELECT version_num FROM alembic_version", database) == [(migrate.head_revision(),)]
    assert pg_cluster.sql("SELECT omschrijving, gebruiker FROM wijziging", database) == [("oud", "")]


def test_the_committed_schema_0001_database_upgrades_and_keeps_its_data(tmp_path):
    path = tmp_path / "oud.sqlite"
    path.write_bytes((FIXTURES / "schema_0001.sqlite").read_bytes())
    connection = sqlite3.connect(path)
    before = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("verdeling", "toewijzing", "wijziging", "opgave", "gemeente")}
    connection.close()
    store = open_store(path)
    try:
        with store.read() as session:
            for table, number in before.items():
                assert session.connection().exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == number
            numbers = session.connection().exec_driver_sql("SELECT DISTINCT wijzigingsnummer FROM verdeling").all()
            assert numbers in ([], [(1,)])
        assert before["verdeling"] == 0 or numbers == [(1,)]
    finally:
        store.close()


# --- rights and connections -------------------------------------------------------------------

def prepare_versions(url, province="Zuid-Holland") -> None:
    """What the secretariat has done before a reader looks: the concepts of every opgave exist."""
    from regietafel.store.overview import province_overview

    store = open_store(url)
    try:
        with store.transaction() as session:
            province_overview(session, areas.find_province(session, province).id, areas.default_period(session))
    finally:
        store.close()


@pytest.fixture
def reader(pg_cluster):
    """A role that may only read (GRANT SELECT), as an IT department would hand out."""
    if "lezer" not in pg_cluster.passwords:
        pg_cluster.add_role("lezer")
    return "lezer"


def test_a_read_only_role_opens_read_only_and_cannot_write(pg_cluster, pg_database, reader, tmp_path):
    url = pg_database("demo")
    database = url.rsplit("/", 1)[1]
    prepare_versions(url)
    pg_cluster.sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}", database)
    reader_url = url.replace(f"{PG_OWNER}@", f"{reader}@")
    store = open_store(reader_url)
    try:
        assert store.read_only and store.user == reader
        with store.read() as session:
            vid = session.scalar(select(distributions.Verdeling.id).limit(1))
        with pytest.raises(ReadOnlyStore, match="leesrechten"), store.transaction() as session:
            distributions.adopt(session, vid, dt.date(2026, 12, 1))
    finally:
        store.close()
    # and every document can still be printed
    for option, name in (("--pdf", "stukken.pdf"), ("--factsheets", "fs.pdf"), ("--xlsx", "werkmap.xlsx")):
        assert main(["export", "--db", reader_url, "--province", "Zuid-Holland", option, str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 1000


def test_a_dropped_connection_loses_only_that_edit_and_says_so(pg_cluster, pg_database):
    store = open_store(pg_database("demo"))
    database = store.url.database
    try:
        with store.transaction() as session:
            zh = areas.find_province(session, "Zuid-Holland").id
            vid = distributions.ensure_version(session, "opvang", "2023-II", zh).id
        with store.read() as session:
            logged = len(distributions.change_log(session, vid))
            settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        with pytest.raises(ConnectionLost, match="niet opgeslagen"), store.transaction() as session:
            session.execute(select(1))
            pg_cluster.sql(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           f"WHERE datname = '{database}' AND pid <> pg_backend_pid()")
            distributions.apply_settings(session, vid, settings.with_constraint("GM0503", "vast", 1), "kwijt")
        with store.read() as session:  # the program goes on: a new connection, the edit not stored
            assert len(distributions.change_log(session, vid)) == logged
    finally:
        store.close()


# --- moving between the two engines -----------------------------------------------------------

def test_copy_sqlite_to_postgresql_and_back_is_equal_row_for_row(demo_template, pg_database, tmp_path, capsys):
    server = pg_database(None)
    assert main(["copy", "--from", str(demo_template), "--to", server]) == 0
    assert "tellingen gecontroleerd" in capsys.readouterr().out
    back = tmp_path / "terug.sqlite"
    result = copy_database(server, back)
    assert result.rows > 6000
    original, returned = open_store(demo_template, seed=False, lock=False), open_store(back, seed=False)
    shared = open_store(server, seed=False)
    try:
        assert dump(original) == dump(shared) == dump(returned)
        with shared.transaction() as session:  # the server hands out new ids after the copied ones
            session.add(Wijziging(tijdstip=dt.datetime(2026, 12, 1), actie="x", omschrijving="x"))
    finally:
        for store in (original, returned, shared):
            store.close()


def test_copy_refuses_a_target_with_data_and_writes_nothing(demo_template, pg_database):
    server = pg_database("seeded")
    store = open_store(server, seed=False)
    before = dump(store)
    store.close()
    with pytest.raises(StoreError, match="--replace"):
        copy_database(demo_template, server)
    store = open_store(server, seed=False)
    try:
        assert dump(store) == before
    finally:
        store.close()


def test_a_saved_password_replaces_the_old_line_and_stays_private(tmp_path):
    from regietafel.store.pgpass import save_password

    path = tmp_path / "pgpass"
    path.write_text("andere:5432:*:piet:x\n")
    save_password("db.provincie.nl", 5432, "regietafel", "anna", "n:eu\\w", path=path)
    save_password("db.provincie.nl", 5432, "regietafel", "anna", "nieuw:2", path=path)
    assert path.read_text().splitlines() == ["andere:5432:*:piet:x", "db.provincie.nl:5432:regietafel:anna:nieuw\\:2"]
    assert path.stat().st_mode & 0o777 == 0o600
