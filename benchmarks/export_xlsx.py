"""Time the Excel exports on the demo database: the Zuid-Holland 2023-II workbook (50 gemeenten,
five opgaven) and its uitvraag. Prints medians in seconds; target for the workbook < 0.5 s.

The figures are split in reading (province_overview and the verantwoording, from the database),
building the workbook in memory and saving it (openpyxl), so a regression shows where it is.

Run: python benchmarks/export_xlsx.py [runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from regietafel.documents.xlsx_workbook import build_workbook  # noqa: E402
from regietafel.exports import write_uitvraag, write_workbook  # noqa: E402
from regietafel.store import areas  # noqa: E402
from regietafel.store.database import open_store  # noqa: E402
from regietafel.store.demo import fill_demo  # noqa: E402
from regietafel.store.document_data import collect_workbook_data as collect  # noqa: E402


def median_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 7) -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_store(folder / "demo.sqlite", create=True)
        try:
            fill_demo(store)
            with store.read() as session:
                zh = areas.find_province(session, "Zuid-Holland").id
            target = folder / "zuid-holland.xlsx"
            write_workbook(store, zh, "2023-II", target)  # warm up (imports, caches)
            total = median_of(runs, lambda: write_workbook(store, zh, "2023-II", target))
            reading = median_of(runs, lambda: collect(store, zh, "2023-II"))
            data = collect(store, zh, "2023-II")
            building = median_of(runs, lambda: build_workbook(data))
            books = [build_workbook(data) for _ in range(runs)]
            saving = median_of(runs, lambda: books.pop().save(target))
            uitvraag = median_of(runs, lambda: write_uitvraag(store, zh, "2023-II", "huisvesting",
                                                              folder / "uitvraag.xlsx"))
            size = target.stat().st_size
        finally:
            store.close()
    print(f"write_workbook Zuid-Holland 2023-II: median {total:.3f} s over {runs} runs "
          f"(read {reading:.3f} s, build {building:.3f} s, save {saving:.3f} s; {size / 1024:.0f} KB) — target < 0.5 s")
    print(f"write_uitvraag Zuid-Holland huisvesting: median {uitvraag:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
