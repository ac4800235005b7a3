"""Render what a user of a shared database sees, headless, to PNG: the "Shared database…" dialog
after a connection test, the window of a read-only role (the note and the disabled editing), and
a worksheet after a conflict. Starts a throw-away PostgreSQL cluster (tests/pg_cluster.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/shared_database_screenshots.py --out out/ --lang nl --scale 1
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREEN = (1366, 768)  # the laptop the program must fit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from regietafel.gui.app import create_application
    from regietafel.gui.i18n import install_translators
    from regietafel.gui.main_window import MainWindow
    from regietafel.gui.settings import AppSettings
    from regietafel.gui.shared_database import SharedDatabaseDialog
    from regietafel.preferences import Preferences
    from regietafel.store.database import open_store
    from regietafel.store.demo import fill_demo
    from tests.pg_cluster import Cluster
    from tests.store.test_concurrency import lock
    from tests.store.test_shared_database import prepare_versions

    app = create_application()
    install_translators(app, args.lang)
    scale = float(args.scale)
    size = (int(SCREEN[0] / scale), int(SCREEN[1] / scale) - 40)  # minus a task bar
    folder = Path(tempfile.mkdtemp())
    args.out.mkdir(parents=True, exist_ok=True)
    cluster = Cluster().start()
    try:
        os.environ["PGPASSFILE"] = str(cluster.passfile)
        cluster.add_role("secretaris")
        cluster.add_role("lezer")
        url = cluster.create_database("regietafel", "secretaris")
        store = open_store(url)
        fill_demo(store)
        store.close()
        prepare_versions(url)
        cluster.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lezer", "regietafel")

        def save(widget, name: str) -> None:
            app.processEvents()
            target = args.out / f"{name}-{args.lang}-{args.scale}.png"
            widget.grab().save(str(target))
            print(target)

        dialog = SharedDatabaseDialog(f"postgresql://secretaris@127.0.0.1:{cluster.port}/regietafel", "secretaris")
        dialog.show()
        dialog.test_connection()
        save(dialog, "shared-dialog")
        dialog.password_edit.setText("fout")
        dialog.test_connection()
        save(dialog, "shared-dialog-refused")
        dialog.close()

        settings = AppSettings(Preferences(path=folder / "preferences.json"))
        settings.province = "Zuid-Holland"
        reader = open_store(url.replace("secretaris@", "lezer@"))
        window = MainWindow(reader, settings)
        window.resize(*size)
        window.show()
        save(window, "shared-read-only")
        window.close()
        reader.close()

        writer, colleague = open_store(url), open_store(url.replace("secretaris@", "secretaris@"))
        window = MainWindow(writer, settings)
        window.resize(*size)
        window.show()
        window.change_watcher.stop()  # show the conflict, not the automatic refresh
        panel = window.category_tabs["opvang"].panels["opvang"]
        lock(colleague, panel.sheet.verdeling.id, "GM0546", 900, expected=None)
        panel.lock("GM0503", 600)
        save(window, "shared-conflict")
        window.close()
        writer.close()
        colleague.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
