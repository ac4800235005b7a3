"""Render the monitor views (Overzicht with map, Locaties, Monitor charts, national map) to PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/monitor_screenshots.py --db demo.sqlite --out out/
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from regietafel.gui.app import create_application  # noqa: E402
from regietafel.gui.i18n import install_translators  # noqa: E402
from regietafel.gui.main_window import MainWindow  # noqa: E402
from regietafel.gui.settings import AppSettings  # noqa: E402
from regietafel.preferences import Preferences  # noqa: E402
from regietafel.store.database import open_store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("--province", default="Zuid-Holland")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()
    app = create_application()
    install_translators(app, args.lang)
    settings = AppSettings(Preferences.load(Path(tempfile.mkdtemp()) / "preferences.json"))
    settings.province = args.province
    store = open_store(args.db)
    window = MainWindow(store, settings)
    window.resize(1400, 860)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    shots = []
    for name in ("overzicht", "locaties", "monitor"):
        window.tabs.setCurrentWidget(window.category_tabs[name])
        app.processEvents()
        shots.append((name, window))
        target = args.out / f"monitor-{name}-{args.lang}.png"
        window.grab().save(str(target))
        print(target)
    overview = window.category_tabs["overzicht"]
    for measure in range(overview.measure_combo.count()):
        overview.measure_combo.setCurrentIndex(measure)
        app.processEvents()
        target = args.out / f"monitor-map-{overview.measure_combo.currentData()}-{args.lang}.png"
        overview.map.grab().save(str(target))
        print(target)
    overview.grouped_box.setChecked(True)
    app.processEvents()
    target = args.out / f"monitor-overzicht-grouped-{args.lang}.png"
    window.grab().save(str(target))
    print(target)
    opvang = window.category_tabs["opvang"]
    window.tabs.setCurrentWidget(opvang)
    opvang.inner.setCurrentIndex(1)
    app.processEvents()
    target = args.out / f"monitor-national-{args.lang}.png"
    window.grab().save(str(target))
    print(target)
    store.close()


if __name__ == "__main__":
    main()
