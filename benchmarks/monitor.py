"""Time the monitor on a large database (benchmarks/generate_scale.py): opening every tab
(set_scope: the real load, including the worksheet computations) and drawing the maps.
Prints medians and the database size.

Targets: every tab and the map under 100 ms (median); database under 20 MB.
Run: python benchmarks/monitor.py [--province Zuid-Holland] [--period 2023-II]
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
from regietafel.store.database import open_store  # noqa: E402

RUNS = 7


def median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--province", default="Zuid-Holland")
    parser.add_argument("--period", default="2023-II")
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = args.db or generate(folder / "scale.sqlite")
    size = path.stat().st_size / 1e6
    app = create_application()
    install_translators(app, "nl")
    settings = AppSettings(Preferences.load(folder / "preferences.json"))
    settings.province, settings.period = args.province, args.period
    store = open_store(path)
    window = MainWindow(store, settings)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    provincie_id, periode = window.current_province_id(), window.current_period()
    print(f"database {path.name}: {size:.1f} MB (target < 20 MB); {args.province} {periode}; median of {RUNS}")
    results = {}
    for name, tab in window.category_tabs.items():
        window.tabs.setCurrentWidget(tab)
        app.processEvents()

        def open_tab(tab=tab):
            store.cache.clear()  # cold: as the first time after a change, not from the cache
            tab.set_scope(provincie_id, periode)
            tab.grab()  # layout and paint, what the user waits for

        results[f"tab {name}"] = median_ms(open_tab)
    overview = window.category_tabs["overzicht"]
    window.tabs.setCurrentWidget(overview)
    app.processEvents()
    results["map province (paint)"] = median_ms(lambda: overview.map.grab())
    results["map province (recolour + paint)"] = median_ms(lambda: (overview._colour_map(), overview.map.grab()))
    national = window.category_tabs["opvang"].national_map
    window.category_tabs["opvang"].inner.setCurrentIndex(1)
    results["map national (values + paint)"] = median_ms(lambda: (national.refresh(), national.map.grab()))
    width = max(len(k) for k in results)
    for name, value in results.items():
        flag = "" if value < 100 else "  (over target)"
        print(f"{name:<{width}}  {value:7.1f} ms{flag}")
    store.close()


if __name__ == "__main__":
    main()
