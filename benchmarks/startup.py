"""Start-up time: process start to the first painted main window, on the demo database.

Each run is a fresh Python process (imports included), as a user's double-click would be.
Target (issue 2): median under 1.0 s on the 2-core development machine.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from regietafel.gui.app import start_gui

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time():.6f}", flush=True)
            app.quit()
        return False

session = start_gui(Path(sys.argv[1]))
app, window = session.app, session.window
painted = FirstPaint()
window.installEventFilter(painted)
app.exec()
window.store.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="regietafel-bench-"))
    database = workdir / "demo.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(workdir / "config"), "XDG_DATA_HOME": str(workdir / "data")}
    subprocess.run([sys.executable, "-m", "regietafel.cli", "demo", "--db", str(database)],
                   check=True, env=env, capture_output=True)
    times = []
    for _ in range(args.runs):
        start = time.time()
        result = subprocess.run([sys.executable, "-c", CHILD, str(database)], env=env,
                                capture_output=True, text=True, check=True)
        times.append(float(result.stdout.strip().splitlines()[-1]) - start)
    print(f"start-up to first paint, demo database, {args.runs} runs")
    print(f"  median {statistics.median(times) * 1000:.0f} ms   "
          f"min {min(times) * 1000:.0f} ms   max {max(times) * 1000:.0f} ms   (target < 1000 ms)")


if __name__ == "__main__":
    main()
