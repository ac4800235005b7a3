"""Opening databases: schema by migrations, seed data, and every way a file can be refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from regietafel.store import areas, migrate
from regietafel.store.database import open_store
from regietafel.store.errors import StoreError
from regietafel.store.models import Gemeente, Inwoners, Provincie, Regio


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_and_seeded(store):
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Provincie)) == 12
        assert session.scalar(select(func.count()).select_from(Gemeente)) == 342
        assert session.scalar(select(func.sum(Inwoners.aantal))) == 17_942_942
        soorten = dict(session.execute(select(Regio.soort, func.count()).group_by(Regio.soort)).all())
        assert soorten == {"veiligheidsregio": 25, "arbeidsmarktregio": 35, "corop": 40}
        version = session.execute(select(func.max(Inwoners.peildatum))).scalar()
        assert version.isoformat() == "2024-01-01"
    connection = sqlite3.connect(store.path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()
    connection.close()


def test_wal_and_foreign_keys_are_on(store):
    with store.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.add(Gemeente(code="GM9999", naam="Nergens", provincie_id=999))
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Gemeente)) == 342


def test_zuid_holland_has_50_gemeenten_with_cbs_population(store):
    with store.read() as session:
        province = areas.find_province(session, "Zuid-Holland")
        rows = areas.gemeenten_of_province(session, province.id, areas.latest_population_date(session))
    assert len(rows) == 50
    assert sum(row.inwoners for row in rows) == 3_840_460
    den_haag = next(row for row in rows if row.code == "GM0518")
    assert (den_haag.naam, den_haag.inwoners, den_haag.regio) == ("'s-Gravenhage", 566_221, "Haaglanden")


@pytest.mark.parametrize("typed", ["Friesland", "Fryslân", "fryslan", "FRIESLAND"])
def test_province_names_as_people_type_them(store, typed):
    with store.read() as session:
        assert areas.find_province(session, typed).naam == "Fryslân"


def test_unknown_province_is_named(store):
    with store.read() as session, pytest.raises(StoreError, match="Atlantis"):
        areas.find_province(session, "Atlantis")


def test_seeding_is_not_repeated(store):
    from regietafel.store.reference import seed_reference_data

    assert seed_reference_data(store) is False


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="folder|map"):
        open_store(tmp_path)


def test_non_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("dit is geen database\n")
    before = digest(path)
    with pytest.raises(StoreError, match="SQLite"):
        open_store(path)
    assert digest(path) == before
    assert not path.with_name("notes.sqlite.lock").exists() or digest(path) == before


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE klanten (id INTEGER)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(StoreError, match="Regietafel"):
        open_store(path)
    assert digest(path) == before


def test_newer_database_is_refused_and_untouched(seeded_template, tmp_path):
    path = tmp_path / "newer.sqlite"
    path.write_bytes(seeded_template.read_bytes())
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(StoreError, match="9999_from_the_future"):
        open_store(path)
    assert digest(path) == before


def test_unwritable_location_is_refused(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        open_store(blocker / "sub" / "db.sqlite")


def test_second_instance_is_refused_without_damage(store):
    before = digest(store.path)
    with pytest.raises(StoreError, match="al geopend|already open"):
        open_store(store.path)
    assert digest(store.path) == before
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Gemeente)) == 342


def test_lock_is_released_on_close(seeded_template, tmp_path):
    path = tmp_path / "db.sqlite"
    path.write_bytes(seeded_template.read_bytes())
    open_store(path).close()
    open_store(path).close()


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_backup_is_made_before_a_migration(tmp_path):
    """The committed schema-0001 database (tests/fixtures) is backed up, then upgraded."""
    path = tmp_path / "old.sqlite"
    path.write_bytes((FIXTURES / "schema_0001.sqlite").read_bytes())
    open_store(path).close()
    backups = list((tmp_path / "backups").glob("old-*-voor-migratie-0001.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT count(*) FROM gemeente").fetchone()[0] == 342
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    copy.close()


def test_failed_transaction_changes_nothing(store):
    with pytest.raises(RuntimeError), store.transaction() as session:
        session.add(Provincie(code="PV99", naam="Testland"))
        session.flush()
        raise RuntimeError("stop")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Provincie)) == 12


def test_schema_head_constant_matches_the_migrations():
    """SCHEMA_HEAD lets start-up skip Alembic; it must name the newest migration."""
    assert migrate.SCHEMA_HEAD == migrate.alembic_head()


def test_schema_columns_constant_matches_the_models():
    """SCHEMA_COLUMNS lets the checks run without importing the models: the same tables and
    columns, in the same order."""
    from regietafel.store.models import Base

    assert migrate.SCHEMA_COLUMNS == {name: tuple(column.name for column in table.columns)
                                      for name, table in Base.metadata.tables.items()}


def test_opening_an_up_to_date_database_does_not_run_alembic(seeded_template, tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite"
    path.write_bytes(seeded_template.read_bytes())
    monkeypatch.setattr(migrate, "upgrade", lambda engine: (_ for _ in ()).throw(AssertionError("migrated")))
    open_store(path).close()
