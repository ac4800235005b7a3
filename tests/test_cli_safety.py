"""The command line on wrong paths, empty and damaged databases, and beside a running application
(issues 12 and 15)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from regietafel.cli import main
from regietafel.store import backups
from regietafel.store.database import open_store
from tests import processes
from tests.conftest import _copy_sqlite

EXPORTS = [("--pdf", "stukken.pdf"), ("--xlsx", "werkmap.xlsx"), ("--factsheets", "factsheets.pdf")]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def test_a_mistyped_db_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "Regietafle" / "regietafel.sqlite"
    commands = [
        ["export", "--db", str(typo), "--province", "Utrecht", "--pdf", str(tmp_path / "x.pdf")],
        ["import", "--db", str(typo), str(tmp_path / "x.csv"), "--kind", "opgave", "--period", "2024-I"],
        ["distribute", "--db", str(typo), "--province", "Utrecht", "--total", "100"],
    ]
    for command in commands:
        assert main(command) == 1
        assert "bestaat niet" in one_line(capsys.readouterr().err)
    assert not typo.parent.exists()


@pytest.mark.parametrize(("option", "name"), EXPORTS)
def test_every_export_of_an_empty_database_says_there_is_nothing(seeded_template, tmp_path, capsys, option, name):
    db = _copy_sqlite(seeded_template, tmp_path / "leeg.sqlite")
    for period in ([], ["--period", "2024-I"]):
        assert main(["export", "--db", str(db), "--province", "Utrecht", *period, option, str(tmp_path / name)]) == 1
        assert "Geen opgaven voor Utrecht" in one_line(capsys.readouterr().err)
    assert not (tmp_path / name).exists()


def test_export_beside_the_running_application(demo_template, tmp_path):
    """The app holds the database (lock, WAL); an export reads a snapshot: no lock, nothing written,
    not even the first concept version that the documents compute."""
    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    app = open_store(db)
    try:
        before = digest(db)
        finished = processes.cli("export", "--db", str(db), "--province", "Zeeland", "--xlsx", str(tmp_path / "w.xlsx"))
        assert finished.returncode == 0, finished.stderr
        assert (tmp_path / "w.xlsx").stat().st_size > 1000
        assert digest(db) == before
        with app.read() as session:
            from sqlalchemy import func, select

            from regietafel.store.models import Verdeling

            assert session.scalar(select(func.count()).select_from(Verdeling)) == 0
    finally:
        app.close()


def test_a_damaged_database_names_the_restore_command(demo_template, tmp_path, capsys):
    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    backups.make_backup(db, "dagelijks")
    connection = sqlite3.connect(db)
    connection.execute("DROP TABLE locatie")
    connection.commit()
    connection.close()
    before = digest(db)
    csv = tmp_path / "taak.csv"
    csv.write_text("Gemeente;Aantal\nMiddelburg;12\n", encoding="utf-8")
    commands = [
        ["export", "--db", str(db), "--province", "Zeeland", "--xlsx", str(tmp_path / "w.xlsx")],
        ["import", "--db", str(db), str(csv), "--kind", "taakstelling", "--period", "2023-II"],
        ["distribute", "--db", str(db), "--province", "Zeeland", "--total", "100"],
    ]
    for command in commands:
        assert main(command) == 1
        line = one_line(capsys.readouterr().err)
        assert "beschadigd" in line and f'regietafel restore --db "{db}"' in line
    assert digest(db) == before  # the import wrote nothing
    assert main(["restore", "--db", str(db)]) == 0
    assert "bewaard als" in capsys.readouterr().out
    assert main(commands[0]) == 0


def test_restore_of_a_sound_database_keeps_a_copy_first(demo_template, tmp_path, capsys):
    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    chosen = backups.make_backup(db, "gekozen")
    assert main(["restore", "--db", str(db), "--backup", str(chosen)]) == 0
    assert any(b.reason.startswith("voor-herstel") for b in backups.list_backups(db))
    assert main(["restore", "--db", str(tmp_path / "geen.sqlite")]) == 1
    assert "geen bruikbare reservekopie" in capsys.readouterr().err
