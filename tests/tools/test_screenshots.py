"""Every tab and dialog fits the laptop screens (1366×768 at 100 and 125 %, 1280×720, 1920×1080 at
150 %) in Dutch and English: no window larger than the screen, no text wider than its widget.

One child process renders every screen once per size and language (the screens are set up before
Qt starts); its output names each problem.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_screen_fits_every_laptop(demo_template, tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run([sys.executable, "-m", "tools.screenshots", "--check", "--db", str(demo_template)],
                            cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900)
    problems = [line for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0 and not problems, "\n".join(problems) + result.stderr[-2000:]
