"""Time imports into a fresh seeded database: the national taakstelling (342 rows, xlsx)
and a 5,000-row location list (xlsx), read + validate + backup + write. Prints medians.

Targets: taakstelling < 0.5 s, locations < 2 s.  Run: python benchmarks/import.py
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402

from regietafel.importing.importer import ImportOptions  # noqa: E402
from regietafel.store.database import open_store  # noqa: E402
from regietafel.store.imports import apply_plan, plan_import  # noqa: E402

RUNS = 5


def gemeenten() -> list[dict]:
    with (ROOT / "resources" / "gemeenten_2024.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_book(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def taakstelling_file(folder: Path) -> Path:
    rows = gemeenten()
    total = sum(int(r["inwoners"]) for r in rows)
    data = [["Bijlage taakstelling huisvesting 2024-I"], [],
            ["Gemeente", "CBS-code", "Provincie", "Inwoners 1-1-2023", "Taakstelling 2024-I"]]
    data += [[r["naam"], r["code"], r["provincie"], int(r["inwoners"]), -(-27300 * int(r["inwoners"]) // total)] for r in rows]
    return write_book(folder / "taakstelling.xlsx", data)


def locaties_file(folder: Path, count: int = 5000) -> Path:
    rows = gemeenten()
    soorten = ("regulier azc", "noodopvang", "crisisnoodopvang", "kleinschalig")
    data = [["Gemeente", "Locatie", "Soort", "Capaciteit", "Bezetting", "Begindatum", "Einddatum", "Opmerking"]]
    for i in range(count):
        g = rows[i % len(rows)]
        data.append([g["naam"], f"Locatie {i}", soorten[i % 4], 20 + i % 500, i % 20,
                     dt.datetime(2023, 1 + i % 12, 1), None, ""])
    return write_book(folder / "locaties.xlsx", data)


def time_import(template: Path, folder: Path, path: Path, kind: str, options: ImportOptions) -> tuple[float, int]:
    times = []
    written = 0
    for run in range(RUNS):
        db = folder / f"run-{kind}-{run}.sqlite"
        shutil.copy(template, db)
        store = open_store(db)
        try:
            start = time.perf_counter()
            plan = plan_import(store, path, kind, options)
            assert plan.ok, [str(p) for p in plan.problems[:5]]
            written = apply_plan(store, plan).written
            times.append(time.perf_counter() - start)
        finally:
            store.close()
    return statistics.median(times), written


def main() -> None:
    QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "template.sqlite"
        open_store(template, create=True).close()
        taak = taakstelling_file(folder)
        locaties = locaties_file(folder)
        median, written = time_import(template, folder, taak, "taakstelling", ImportOptions(period="2024-I"))
        print(f"taakstelling 342 rows (xlsx): median {median:.3f} s over {RUNS} runs, {written} rows written (target < 0.5 s)")
        median, written = time_import(template, folder, locaties, "locaties", ImportOptions())
        print(f"locaties 5,000 rows (xlsx):   median {median:.3f} s over {RUNS} runs, {written} rows written (target < 2 s)")


if __name__ == "__main__":
    main()
