"""Every tab on the scale database (benchmarks/generate_scale.py), on SQLite and on a PostgreSQL
server over loopback: the same data (copied with ``regietafel copy``), the same window, cold
(the store's cache emptied before each load). Prints medians and the ratio server / file.

Target: every tab on the server within 2x its SQLite time.
Needs the PostgreSQL server programs (a throw-away cluster is started and removed, as in the tests).
Run: python benchmarks/shared_database.py [--province Zuid-Holland] [--period 2023-II] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_scale import generate  # noqa: E402

from regietafel.gui.app import create_application  # noqa: E402
from regietafel.gui.i18n import install_translators  # noqa: E402
from regietafel.gui.main_window import MainWindow  # noqa: E402
from regietafel.gui.settings import AppSettings  # noqa: E402
from regietafel.preferences import Preferences  # noqa: E402
from regietafel.store.copy import copy_database  # noqa: E402
from regietafel.store.database import open_store  # noqa: E402
from tests.pg_cluster import Cluster  # noqa: E402


def open_window(database, folder: Path, province: str, period: str):
    settings = AppSettings(Preferences(path=folder / f"preferences-{time.monotonic_ns()}.json"))
    settings.province, settings.period = province, period
    store = open_store(database)
    window = MainWindow(store, settings)
    window.resize(1400, 860)
    window.show()
    create_application().processEvents()
    return window


def loader(window, name: str, province: str):
    """Load and paint one tab cold (the store's cache emptied, as after a change)."""
    tab = window.meetings_tab if name == "vergaderingen" else window.category_tabs[name]
    provincie_id, periode = window.current_province_id(), window.current_period()

    def load() -> None:
        window.store.cache.clear()
        if name == "vergaderingen":
            tab.set_scope(provincie_id, periode, province)
        else:
            tab.set_scope(provincie_id, periode)
        tab.grab()  # layout and paint, what the user waits for

    window.tabs.setCurrentWidget(tab)
    create_application().processEvents()
    return load


def tab_times(windows: dict, province: str, runs: int) -> dict[str, dict[str, float]]:
    """Median ms per tab and engine; the engines take turns, so a busy machine hits both alike."""
    names = [*next(iter(windows.values())).category_tabs, "vergaderingen"]
    results: dict[str, dict[str, float]] = {}
    for name in names:
        loads = {engine: loader(window, name, province) for engine, window in windows.items()}
        for load in loads.values():
            load()  # the first load creates the concept versions: not what is measured
        times: dict[str, list[float]] = {engine: [] for engine in loads}
        for _ in range(runs):
            for engine, load in loads.items():
                start = time.perf_counter()
                load()
                times[engine].append((time.perf_counter() - start) * 1000)
        results[name] = {engine: statistics.median(values) for engine, values in times.items()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--province", default="Zuid-Holland")
    parser.add_argument("--period", default="2023-II")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    app = create_application()
    install_translators(app, "nl")
    path = generate(folder / "scale.sqlite")
    cluster = Cluster().start()
    try:
        os.environ["PGPASSFILE"] = str(cluster.passfile)
        cluster.add_role("secretaris")
        url = cluster.create_database("scale", "secretaris")
        start = time.perf_counter()
        copied = copy_database(path, url)
        print(f"copy to the server: {copied.rows} rows in {time.perf_counter() - start:.1f} s")
        windows = {engine: open_window(database, folder, args.province, args.period)
                   for engine, database in (("sqlite", path), ("postgresql", url))}
        results = tab_times(windows, args.province, args.runs)
        for window in windows.values():
            window.close()
            window.store.close()
    finally:
        cluster.stop()
    print(f"{args.province} {args.period}, median of {args.runs}, cold; target: server within 2x of SQLite")
    print(f"{'tab':<14} {'SQLite':>9} {'PostgreSQL':>11} {'ratio':>6}")
    for name, by_engine in results.items():
        local, shared = by_engine["sqlite"], by_engine["postgresql"]
        flag = "" if shared <= 2 * local else "  (over target)"
        print(f"{name:<14} {local:7.1f} ms {shared:8.1f} ms {shared / local:5.2f}x{flag}")


if __name__ == "__main__":
    main()
