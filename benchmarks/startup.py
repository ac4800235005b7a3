"""Start-up: process start to the first painted window on the demo database, beside a bare
PySide6 window with as many tabs (the floor a Qt program cannot go under), in the same run.

The application starts as ``run_gui`` does: its frame is painted first, then the database is
opened and the main window takes the frame's place; the time until the main window is painted
with its data is printed too.

Each run is a fresh Python process (imports included), as a user's double-click would be; the
two alternate. Goal (issue 16): the application ≤ 1.4 × the bare window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PYTHON, bench_env, compile_sources, demo_database, machine, run_process, workdir  # noqa: E402

FIRST_PAINT = r"""
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time():.6f}", flush=True)
            app.quit()
        return False

painted = FirstPaint()
window.installEventFilter(painted)
app.exec()
"""

APPLICATION = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from regietafel.gui.app import start_gui

session = start_gui(Path(sys.argv[1]), frame_first=True)  # as run_gui starts
app = session.app

class Paints(QObject):  # the first paint of the start frame, then of the main window with its data
    first = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if self.first is None:
                self.first = time.time()
            elif watched is session.window and session.window.province_combo.count():
                print(f"{self.first:.6f} {time.time():.6f}", flush=True)
                app.quit()
        return False

paints = Paints()
session.frame.installEventFilter(paints)

def watch_window():  # the main window exists once the database is open
    if session.window is None:
        QTimer.singleShot(5, watch_window)
    else:
        session.window.installEventFilter(paints)

watch_window()
app.exec()
session.window.store.close()
"""

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

app = QApplication([sys.argv[0]])
window = QMainWindow()
tabs = QTabWidget(window)
for index in range(int(sys.argv[1])):
    tabs.addTab(QLabel(f"tab {index}"), f"Tab {index}")
window.setCentralWidget(tabs)
window.resize(1100, 720)
window.show()
""" + FIRST_PAINT


def tab_count() -> int:
    from regietafel.gui.main_window import TAB_CLASSES

    return len(TAB_CLASSES) + 1  # the meetings tab


def first_paint(script: str, argument: str, env: dict[str, str]) -> list[float]:
    """Seconds from the process start to each time stamp the script prints (first paint, ...)."""
    start = time.time()
    _seconds, _peak, out = run_process([PYTHON, "-c", script, argument], env)
    return [float(stamp) - start for stamp in out.strip().splitlines()[-1].split()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_sources()
    folder = workdir()
    try:
        env = bench_env(folder)
        # A first start asks for the province (a dialog that would wait for ever): start as a user
        # who has answered it, as every later start of the program is.
        run_process([PYTHON, "-c", "from regietafel.preferences import Preferences; "
                     "Preferences.load().update(province='Zuid-Holland')"], env)
        database = str(demo_database(folder))
        tabs = str(tab_count())
        first_paint(APPLICATION, database, env)  # warm-up: file cache, first daily backup
        first_paint(BARE, tabs, env)
        ours, ready, bare = [], [], []
        for _ in range(args.runs):
            first, loaded = first_paint(APPLICATION, database, env)
            ours.append(first)
            ready.append(loaded)
            bare.append(first_paint(BARE, tabs, env)[0])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"start-up to first paint, demo database, {args.runs} runs each, alternating; {machine()}")
    for label, times in ((f"regietafel ({tabs} tabs)", ours), (f"bare PySide6 window ({tabs} tabs)", bare),
                         ("regietafel, window with its data", ready)):
        print(f"  {label:<32} median {statistics.median(times) * 1000:5.0f} ms   "
              f"min {min(times) * 1000:5.0f}   max {max(times) * 1000:5.0f}")
    print(f"  ratio regietafel / bare: {statistics.median(ours) / statistics.median(bare):.2f}×  (goal ≤ 1.4×)")


if __name__ == "__main__":
    main()
