"""Benchmark the documents for Zuid-Holland on the demo database: the full meeting pack (PDF),
the 50 factsheets (PDF) and, when ``regietafel.documents.xlsx_workbook`` is there, the Excel
workbook. Prints median times (targets: pack < 1.5 s, factsheets < 3 s, workbook < 0.5 s), and
beside them the time LibreOffice needs to convert the workbook to PDF where soffice is installed.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/export.py [runs]
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from regietafel.commands.demo import run as make_demo  # noqa: E402
from regietafel.exports import write_factsheets, write_meeting_pack  # noqa: E402
from regietafel.store import areas  # noqa: E402
from regietafel.store.database import open_store  # noqa: E402

PROVINCE = "Zuid-Holland"
PERIOD = "2023-II"


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pages(path: Path) -> str:
    if shutil.which("pdfinfo") is None:
        return "?"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="regietafel-bench-"))
    database = folder / "demo.sqlite"
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        make_demo(database)
    store = open_store(database)
    try:
        with store.read() as session:
            provincie_id = areas.find_province(session, PROVINCE).id
        pack, sheets, workbook = folder / "pack.pdf", folder / "factsheets.pdf", folder / "workbook.xlsx"
        write_meeting_pack(store, provincie_id, PERIOD, pack)  # warm-up: first concepts, font loading
        t_pack = median_seconds(lambda: write_meeting_pack(store, provincie_id, PERIOD, pack), runs)
        print(f"meeting pack {PROVINCE}: {t_pack * 1000:7.0f} ms median of {runs}  ({pages(pack)} pages; target < 1500 ms)")
        t_sheets = median_seconds(lambda: write_factsheets(store, provincie_id, PERIOD, sheets), runs)
        print(f"factsheets {PROVINCE}:   {t_sheets * 1000:7.0f} ms median of {runs}  ({pages(sheets)} pages; target < 3000 ms)")
        try:
            from regietafel.exports import write_workbook
        except ImportError:
            print("workbook: regietafel.documents.xlsx_workbook is not in this tree (Excel export not available)")
            write_workbook = None
        if write_workbook is not None:
            t_book = median_seconds(lambda: write_workbook(store, provincie_id, PERIOD, workbook), runs)
            print(f"workbook {PROVINCE}:     {t_book * 1000:7.0f} ms median of {runs}  (target < 500 ms)")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice (soffice) is not installed: no comparison with soffice --convert-to pdf")
        elif write_workbook is None:
            print(f"LibreOffice at {soffice}: no workbook to convert")
        else:
            start = time.perf_counter()
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(workbook)],
                           capture_output=True, timeout=300)
            print(f"LibreOffice workbook -> PDF: {(time.perf_counter() - start) * 1000:7.0f} ms (one run)")
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
