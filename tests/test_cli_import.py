"""``regietafel import``: summary, one line per problem, exit codes, dry run writes nothing."""

from __future__ import annotations

import subprocess
import sys

from tests.documents.helpers import dump, write_csv


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "regietafel.cli", "--lang", "en", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_import_dry_run_then_import(seeded_template, tmp_path):
    import shutil

    db = tmp_path / "db.sqlite"
    shutil.copy(seeded_template, db)
    path = write_csv(tmp_path / "t.csv", [["Gemeente", "Code", "Taakstelling"], ["Ede", "GM0228", "52"], ["Totaal", "", "52"]])
    before = dump(db)
    dry = run_cli("--db", db, "import", path, "--kind", "taakstelling", "--period", "2024-I", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "1 municipalities matched" in dry.stdout and "Dry run" in dry.stdout
    assert dump(db) == before
    done = run_cli("import", "--db", db, path, "--kind", "taakstelling", "--period", "2024-I")
    assert done.returncode == 0, done.stderr
    assert "Imported: 1 records written" in done.stdout
    assert dump(db) != before


def test_import_with_problems_fails_and_lists_them_all(seeded_template, tmp_path):
    import shutil

    db = tmp_path / "db.sqlite"
    shutil.copy(seeded_template, db)
    path = write_csv(tmp_path / "bad.csv", [["Gemeente", "Taakstelling"], ["Atlantis", "1"], ["Ede", "-2"], ["Epe", "1,5"]])
    before = dump(db)
    result = run_cli("--db", db, "import", path, "--kind", "taakstelling", "--period", "2024-I")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("bad.csv")]
    assert lines == [
        "bad.csv, sheet bad, row 2, column A (Gemeente): unknown municipality 'Atlantis'",
        "bad.csv, sheet bad, row 3, column B (Taakstelling): negative number -2 is not allowed",
        "bad.csv, sheet bad, row 4, column B (Taakstelling): '1,5' is not a whole number; a count of places or persons is whole",
    ]
    assert dump(db) == before


def test_import_argument_errors(tmp_path):
    result = run_cli("import", tmp_path / "x.csv", "--kind", "nonsense")
    assert result.returncode == 2
