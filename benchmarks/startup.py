"""Start-up: process start to the first painted main window on the demo database, beside a bare
PySide6 window with as many tabs (the floor a Qt program cannot go under), in the same run.

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
from regietafel.gui.app import start_gui

session = start_gui(Path(sys.argv[1]))
app, window = session.app, session.window
""" + FIRST_PAINT + "window.store.close()\n"

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


def first_paint(script: str, argument: str, env: dict[str, str]) -> float:
    start = time.time()
    _seconds, _peak, out = run_process([PYTHON, "-c", script, argument], env)
    return float(out.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_sources()
    folder = workdir()
    try:
        env = bench_env(folder)
        database = str(demo_database(folder))
        tabs = str(tab_count())
        first_paint(APPLICATION, database, env)  # warm-up: file cache, first daily backup
        first_paint(BARE, tabs, env)
        ours, bare = [], []
        for _ in range(args.runs):
            ours.append(first_paint(APPLICATION, database, env))
            bare.append(first_paint(BARE, tabs, env))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"start-up to first paint, demo database, {args.runs} runs each, alternating; {machine()}")
    for label, times in ((f"regietafel ({tabs} tabs)", ours), (f"bare PySide6 window ({tabs} tabs)", bare)):
        print(f"  {label:<32} median {statistics.median(times) * 1000:5.0f} ms   "
              f"min {min(times) * 1000:5.0f}   max {max(times) * 1000:5.0f}")
    print(f"  ratio regietafel / bare: {statistics.median(ours) / statistics.median(bare):.2f}×  (goal ≤ 1.4×)")


if __name__ == "__main__":
    main()
