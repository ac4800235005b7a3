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


def test_herindeling_with_sum_into_successor(seeded_template, tmp_path):
    import shutil

    from tests.documents.helpers import gemeenten_2024

    db = tmp_path / "db.sqlite"
    shutil.copy(seeded_template, db)
    taak = write_csv(tmp_path / "t.csv", [["Gemeente", "Aantal"], ["Ede", "10"], ["Apeldoorn", "20"]])
    assert run_cli("--db", db, "import", taak, "--kind", "taakstelling", "--period", "2024-II").returncode == 0
    rows = [r for r in gemeenten_2024() if r["code"] not in ("GM0228", "GM0200")]
    header = list(rows[0].keys())
    new = dict(gemeenten_2024()[0])
    new.update(code="GM2000", naam="Ede-Apeldoorn", inwoners="300000")
    data = [header + ["voorgangers"]] + [[r[h] for h in header] + [""] for r in rows]
    data.append([new[h] for h in header] + ["GM0228;GM0200"])
    lijst = write_csv(tmp_path / "gemeenten_2025.csv", data, delimiter=",")
    refused = run_cli("--db", db, "import", lijst, "--kind", "gemeenten", "--sum-into-successor")
    assert refused.returncode == 1 and "--period" in refused.stderr
    done = run_cli("--db", db, "import", lijst, "--kind", "gemeenten", "--peildatum", "2025-01-01",
                   "--period", "2024-II", "--sum-into-successor")
    assert done.returncode == 0, done.stderr
    assert "huisvesting: 30 added to GM2000" in done.stdout


def test_a_failing_backup_stops_the_import_with_one_line(seeded_template, tmp_path):
    """The backup before an import cannot be made (its folder cannot exist): one clear line, exit 1,
    nothing written."""
    import json
    import os
    import shutil

    db = tmp_path / "db.sqlite"
    shutil.copy(seeded_template, db)
    (tmp_path / "a-file").write_text("")
    config = tmp_path / "config" / "Regietafel"
    config.mkdir(parents=True)
    (config / "preferences.json").write_text(json.dumps({"backup_folder": str(tmp_path / "a-file" / "backups")}))
    path = write_csv(tmp_path / "t.csv", [["Gemeente", "Taakstelling"], ["Ede", "52"]])
    before = dump(db)
    result = subprocess.run([sys.executable, "-m", "regietafel.cli", "--lang", "en", "import", "--db", str(db), str(path),
                             "--kind", "taakstelling", "--period", "2024-I"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 1
    assert result.stderr.startswith("regietafel: Could not make a backup in ") and result.stderr.count("\n") == 1
    assert "Nothing was changed." in result.stderr
    assert dump(db) == before
