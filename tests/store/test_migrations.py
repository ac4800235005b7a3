"""Migrations: every released schema opens with the current program, upgrades and keeps its data;
the models and the migrations describe the same schema.

The fixture databases (``tests/fixtures/schema_NNNN.sqlite``, see the README there) are the
demo database as written by each release; they are never regenerated.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, create_engine

from regietafel.store import migrate
from regietafel.store.database import open_store
from regietafel.store.models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_DATABASES = sorted(FIXTURES.glob("schema_*.sqlite"))

# Columns a migration deliberately rewrites ("table.column"), with the migration that does it;
# every other value of an older database must come through an upgrade unchanged.
REWRITTEN_COLUMNS: dict[str, str] = {}


def _revision_of(path: Path) -> str:
    return re.fullmatch(r"schema_(\d+)\.sqlite", path.name).group(1)


def _contents(path: Path) -> dict[str, dict[str, list]]:
    """Every table's rows, column by column, in rowid order (alembic_version left out)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        contents = {}
        for table in tables:
            if table == "alembic_version":
                continue
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            names = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
            contents[table] = {name: [row[index] for row in rows] for index, name in enumerate(names)}
        return contents
    finally:
        connection.close()


def test_there_is_a_fixture_for_every_released_schema():
    """A release whose newest migration was NNNN leaves schema_NNNN.sqlite behind before the next
    migration lands (the head itself gets its fixture when the next migration is added)."""
    released = migrate.known_revisions() - {migrate.alembic_head()}
    have = {_revision_of(path) for path in FIXTURE_DATABASES}
    assert released <= have, f"add tests/fixtures/schema_NNNN.sqlite for {sorted(released - have)}"
    assert FIXTURE_DATABASES


@pytest.mark.parametrize("fixture", FIXTURE_DATABASES, ids=lambda path: path.stem)
def test_released_database_opens_upgrades_and_keeps_its_data(fixture, tmp_path):
    path = shutil.copy(fixture, tmp_path / fixture.name)
    before = _contents(path)
    assert before["gemeente"]["code"], "the fixture holds data"

    store = open_store(path)
    try:
        from regietafel.store import areas
        from regietafel.store.document_data import collect_document_data

        with store.read() as session:
            zuid_holland = areas.find_province(session, "Zuid-Holland").id
        data = collect_document_data(store, zuid_holland)  # the program works on it
        assert data.overview.rows
    finally:
        store.close()

    connection = sqlite3.connect(path)
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert revision == migrate.head_revision() == migrate.alembic_head()
    if _revision_of(fixture) != migrate.head_revision():
        assert list((tmp_path / "backups").glob(f"*voor-migratie-{_revision_of(fixture)}*.sqlite"))

    after = _contents(path)
    for table, columns in before.items():
        assert table in after, f"table {table} was lost"
        for column, values in columns.items():
            if f"{table}.{column}" in REWRITTEN_COLUMNS:
                continue
            assert column in after[table], f"column {table}.{column} was lost"
            # Opening may add rows (a first concept version); what was there stays, in order.
            assert after[table][column][: len(values)] == values, f"{table}.{column} changed"


def _unquoted(default: str | None) -> str | None:
    if default is None:
        return None
    text = default.strip().strip("()")
    if len(text) >= 2 and text[0] == text[-1] == "'":
        text = text[1:-1]
    return text


def _same_server_default(_context, _inspected_column, _metadata_column, inspected_default, _metadata_default,
                         rendered_metadata_default):
    """SQLite reports a default as written (``''``, ``'1'``); Alembic's own comparison takes an
    empty-string default for a changed one. Equal once unquoted: no difference; else Alembic decides."""
    if _unquoted(inspected_default) == _unquoted(rendered_metadata_default):
        return False
    return None


def _differences(metadata: MetaData) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine("sqlite://")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": _same_server_default})
        return compare_metadata(context, metadata)


def test_models_and_migrations_agree():
    assert _differences(Base.metadata) == []


def test_a_model_change_without_a_migration_is_found():
    """The comparison above can fail: a column only the models know is reported."""
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    metadata.tables["gemeente"].append_column(Column("nieuw", Integer))
    differences = _differences(metadata)
    assert [(kind, column.name) for kind, _schema, _table, column in differences] == [("add_column", "nieuw")]
