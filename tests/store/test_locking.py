"""Items 2 and 5 of issue 12: one writer per database *file* (not per name), and ``demo --force``
that takes the lock before it touches anything."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from regietafel.store.database import open_store
from regietafel.store.errors import StoreError
from tests import processes
from tests.conftest import _copy_sqlite

HOLD = """
import sys
from regietafel.store.database import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()  # hold the database until the test closes our stdin
store.close()
"""


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def held_elsewhere():
    """Open a database in another process and hold it until the test ends."""
    children = []

    def hold(path):
        child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        children.append(child)
        assert child.stdout.readline().strip() == "open"  # waits until the other process holds it
        return child

    yield hold
    for child in children:
        child.communicate("\n", timeout=60)


def test_a_hard_link_is_the_same_database(store, tmp_path):
    second_name = tmp_path / "tweede-naam.sqlite"
    os.link(store.path, second_name)
    with pytest.raises(StoreError, match="al geopend|already open"):
        open_store(second_name)


def test_a_hard_link_in_another_process_is_the_same_database(seeded_template, tmp_path, held_elsewhere):
    path = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    other = tmp_path / "map" / "zelfde.sqlite"
    other.parent.mkdir()
    os.link(path, other)
    held_elsewhere(other)
    before = digest(path)
    with pytest.raises(StoreError, match="al geopend|already open"):
        open_store(path)
    assert digest(path) == before


def test_demo_force_leaves_a_database_that_is_open_elsewhere_alone(seeded_template, tmp_path, held_elsewhere):
    path = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    held_elsewhere(path)
    files = {f: (f.stat().st_ino, digest(f)) for f in tmp_path.iterdir() if f.name.startswith("db.sqlite")}
    assert {f.name for f in files} >= {"db.sqlite", "db.sqlite-wal", "db.sqlite-shm"}
    finished = processes.cli("demo", "--db", str(path), "--force")
    assert finished.returncode == 1
    assert "al geopend" in finished.stderr and "Traceback" not in finished.stderr
    assert {f: (f.stat().st_ino, digest(f)) for f in files} == files  # nothing deleted, nothing changed


def test_demo_force_replaces_a_closed_database_whole(seeded_template, tmp_path):
    from regietafel.commands.demo import run

    path = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    assert run(path, force=True) == 0
    reopened = open_store(path)
    try:
        from sqlalchemy import func, select

        from regietafel.store.models import Opgave

        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Opgave)) > 0
    finally:
        reopened.close()
    assert not (tmp_path / "db.sqlite-wal").exists() or (tmp_path / "db.sqlite-wal").stat().st_size == 0


def test_demo_without_force_refuses_an_existing_file(seeded_template, tmp_path):
    from regietafel.commands.demo import run

    path = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    before = digest(path)
    with pytest.raises(StoreError, match="--force"):
        run(path)
    assert digest(path) == before


def test_the_lock_follows_the_file_through_a_restore(store, tmp_path):
    """A restore renames a new file into place: the lock moves with it, so a hard link made
    afterwards is still the open database."""
    from regietafel.store import backups

    restored = backups.restore(store, backups.make_backup(store.path, "test"))
    try:
        second_name = tmp_path / "na-herstel.sqlite"
        os.link(restored.path, second_name)
        with pytest.raises(StoreError, match="al geopend|already open"):
            open_store(second_name)
    finally:
        restored.close()
