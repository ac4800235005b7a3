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


def tab_times(database, folder: Path, province: str, period: str, runs: int) -> dict[str, float]:
    """Median milliseconds to load and paint each tab of the window on ``database``."""
    settings = AppSettings(Preferences(path=folder / f"preferences-{time.monotonic_ns()}.json"))
    settings.province, settings.period = province, period
    store = open_store(database)
    window = MainWindow(store, settings)
    window.resize(1400, 860)
    window.show()
    app = create_application()
    app.processEvents()
    provincie_id, periode = window.current_province_id(), window.current_period()
    tabs = dict(window.category_tabs)
    tabs["vergaderingen"] = window.meetings_tab
    results = {}
    for name, tab in tabs.items():
        window.tabs.setCurrentWidget(tab)
        app.processEvents()

        def open_tab(tab=tab, name=name):
            store.cache.clear()  # cold: as the first time after a change, not from the cache
            if name == "vergaderingen":
                tab.set_scope(provincie_id, periode, province)
            else:
                tab.set_scope(provincie_id, periode)
            tab.grab()  # layout and paint, what the user waits for

        open_tab()  # the first load creates the concept versions: not what is measured
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            open_tab()
            times.append((time.perf_counter() - start) * 1000)
        results[name] = statistics.median(times)
    window.close()
    store.close()
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
        local = tab_times(path, folder, args.province, args.period, args.runs)
        shared = tab_times(url, folder, args.province, args.period, args.runs)
    finally:
        cluster.stop()
    print(f"{args.province} {args.period}, median of {args.runs}, cold; target: server within 2x of SQLite")
    print(f"{'tab':<14} {'SQLite':>9} {'PostgreSQL':>11} {'ratio':>6}")
    for name in local:
        ratio = shared[name] / local[name]
        flag = "" if ratio <= 2 else "  (over target)"
        print(f"{name:<14} {local[name]:7.1f} ms {shared[name]:8.1f} ms {ratio:5.2f}x{flag}")


if __name__ == "__main__":
    main()
