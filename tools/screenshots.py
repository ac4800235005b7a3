"""Render the main window's tabs to PNG files, headless, for looking at what users see.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --db demo.sqlite --out out/

``--stand-per 1-9-2023`` shows every tab as of a chosen date instead of the meeting's date.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    parser.add_argument("--scale", default="1")
    parser.add_argument("--stand-per", type=lambda text: dt.datetime.strptime(text, "%d-%m-%Y").date(), default=None,
                        help="a chosen stand-per date (d-m-yyyy); default: the meeting's date")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    app = create_application()
    install_translators(app, args.lang)
    settings = AppSettings(Preferences.load(Path(tempfile.mkdtemp()) / "preferences.json"))
    settings.province = args.province
    store = open_store(args.db)
    window = MainWindow(store, settings)
    window.resize(1200, 760)
    window.show()
    if args.stand_per:
        window.stand_per_control.set_chosen(args.stand_per)
    args.out.mkdir(parents=True, exist_ok=True)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        app.processEvents()
        chosen = f"-{args.stand_per:%Y%m%d}" if args.stand_per else ""
        target = args.out / f"tab{index + 1}-{args.lang}-{args.scale}{chosen}.png"
        window.grab().save(str(target))
        print(target)
    store.close()


if __name__ == "__main__":
    main()
