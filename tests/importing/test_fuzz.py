"""Fuzz: every hostile file of ``hostile.fuzz_cases`` through the real ``regietafel import`` in one
child process with bounded memory. For each: no traceback, problems one line each naming the file,
nothing written to the database; and the child's peak memory stays within a few hundred MB."""

from __future__ import annotations

import json
import os

from tests import processes
from tests.conftest import _copy_sqlite
from tests.documents.helpers import dump
from tests.importing.hostile import fuzz_cases

PEAK_MB = 400
ROUNDS = int(os.environ.get("REGIETAFEL_FUZZ_ROUNDS", "1"))  # more rounds of mutated files: a longer run

DRIVER = """
import contextlib, io, json, sys, traceback
from regietafel.cli import main
db, files = sys.argv[1], sys.argv[2:]
for name in files:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["import", "--db", db, name, "--kind", "opgave", "--period", "2023-II", "--category", "opvang"])
        except BaseException:
            code, err = "traceback", io.StringIO(traceback.format_exc())
    print(json.dumps({"file": name, "code": code, "out": out.getvalue(), "err": err.getvalue()}))
"""


def test_hostile_files_are_refused_in_one_line_with_bounded_memory(seeded_template, tmp_path):
    db = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    before = dump(db)
    files = []
    for name, data in fuzz_cases(ROUNDS):
        path = tmp_path / name
        path.write_bytes(data)
        files.append(str(path))
    finished = processes.python(["-c", DRIVER, str(db), *files])
    assert finished.returncode == 0, finished.stderr[-2000:]
    results = [json.loads(line) for line in finished.stdout.splitlines()]
    assert len(results) == len(files) >= 40
    for result in results:
        name = result["file"].rsplit("/", 1)[-1]
        assert result["code"] == 1, result
        lines = result["err"].strip().splitlines()
        assert "Traceback" not in result["err"] and lines, result
        assert all(line.startswith(name) for line in lines[:-1]), result  # one line per problem
    assert dump(db) == before
    assert finished.peak_mb < PEAK_MB, f"peak memory {finished.peak_mb:.0f} MB"
    print(f"fuzz: {len(results)} files, 0 tracebacks, peak {finished.peak_mb:.0f} MB")
