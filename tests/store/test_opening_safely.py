"""Opening a database (issue 12): created whole or not at all, half-made files repaired, damaged and
foreign ones refused before anything is written, missing ones never created by mistake."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from regietafel.store import backups
from regietafel.store.database import open_snapshot, open_store
from regietafel.store.errors import StoreError
from regietafel.store.sqlite_file import DamagedDatabase, new_engine
from tests.conftest import _copy_sqlite


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_missing_file_is_created_only_when_asked(tmp_path):
    missing = tmp_path / "typo" / "regietafl.sqlite"
    with pytest.raises(StoreError, match="bestaat niet|does not exist"):
        open_store(missing)
    with pytest.raises(StoreError):
        open_snapshot(missing)
    assert not missing.parent.exists()
    open_store(missing, create=True).close()
    assert missing.exists()
    assert not [p for p in missing.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_new_database_appears_complete_or_not_at_all(tmp_path, monkeypatch):
    from regietafel.store import reference

    path = tmp_path / "nieuw.sqlite"

    def fail(store):
        raise RuntimeError("stopped halfway through the seed")

    monkeypatch.setattr(reference, "seed_reference_data", fail)
    with pytest.raises(RuntimeError):
        open_store(path, create=True)
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["nieuw.sqlite.lock"]


def test_schema_changes_are_one_transaction(tmp_path):
    engine = new_engine(tmp_path / "x.sqlite")
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text("CREATE TABLE half (x)"))
        raise RuntimeError("killed")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar() == 0
    engine.dispose()


def _half_made(path, with_rows: bool = False):
    """What an older version left when killed while creating the schema table by table."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE provincie (id INTEGER PRIMARY KEY, code TEXT, naam TEXT)")
    connection.execute("CREATE TABLE periode (id INTEGER PRIMARY KEY, code TEXT)")
    if with_rows:
        connection.execute("INSERT INTO provincie (code, naam) VALUES ('PV99', 'Eigen werk')")
    connection.commit()
    connection.close()


def test_a_half_made_database_is_recognised_and_completed(tmp_path):
    path = tmp_path / "half.sqlite"
    _half_made(path)
    store = open_store(path)  # not "not a Regietafel database" forever
    try:
        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM gemeente")).scalar() == 342
    finally:
        store.close()


def test_a_file_with_data_is_never_taken_for_half_made(tmp_path):
    path = tmp_path / "vreemd.sqlite"
    _half_made(path, with_rows=True)
    before = digest(path)
    with pytest.raises(StoreError, match="geen Regietafel-database|not a Regietafel database"):
        open_store(path)
    assert digest(path) == before


def _drop_table(path, table="locatie"):
    connection = sqlite3.connect(path)
    connection.execute(f"DROP TABLE {table}")
    connection.commit()
    connection.close()


def _corrupt_a_page(path, page=40):
    with open(path, "r+b") as handle:
        handle.seek(4096 * page)
        handle.write(b"\xa5" * 4096)


@pytest.mark.parametrize("damage", [_drop_table, _corrupt_a_page])
def test_a_damaged_database_is_refused_untouched(demo_template, tmp_path, damage):
    path = _copy_sqlite(demo_template, tmp_path / "kapot.sqlite")
    damage(path)
    before = digest(path)
    with pytest.raises(DamagedDatabase) as refused:
        open_store(path)
    assert refused.value.path == path and "beschadigd" in str(refused.value)
    with pytest.raises(DamagedDatabase):
        open_snapshot(path)
    assert digest(path) == before


def test_a_damaged_database_is_restored_from_its_newest_backup(demo_template, tmp_path):
    path = _copy_sqlite(demo_template, tmp_path / "kapot.sqlite")
    backups.make_backup(path, "dagelijks")
    _corrupt_a_page(path)
    newest = backups.newest_sound_backup(path)
    aside = backups.restore_damaged(path, newest.path)
    assert aside.exists() and digest(aside) != digest(path)
    open_store(path).close()


def test_a_damaged_backup_is_passed_over(demo_template, tmp_path):
    path = _copy_sqlite(demo_template, tmp_path / "db.sqlite")
    good = backups.make_backup(path, "goed")
    bad = backups.make_backup(path, "slecht")
    _corrupt_a_page(bad)
    assert backups.newest_sound_backup(path).path == good
    with pytest.raises(StoreError):
        backups.check_backup(bad)


def test_restore_is_refused_while_the_database_is_open(store, tmp_path):
    backup = backups.make_backup(store.path, "test")
    with pytest.raises(StoreError, match="al geopend|already open"):
        backups.restore_damaged(store.path, backup)


def test_a_damaged_database_of_an_older_schema_is_refused_before_its_migration(tmp_path):
    """The schema of an older file is checked on an upgraded copy in memory: no migration, no
    backup of the damaged file (which would pass for the newest sound one)."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0001.sqlite"
    path = _copy_sqlite(fixture, tmp_path / "oud.sqlite")
    _drop_table(path)
    before = digest(path)
    with pytest.raises(DamagedDatabase, match="locatie"):
        open_store(path)
    assert digest(path) == before and not (tmp_path / "backups").exists()
