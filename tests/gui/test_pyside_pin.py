"""Regression test for the PySide6 pin (README "Dependencies and pins").

PySide6 6.12.0 on Python 3.11 dies with "Fatal Python error: none_dealloc" after many calls
to methods that return None (e.g. 200,000 x QPainterPath.lineTo). Run in a child process so a
crash fails this test instead of killing the whole run.
"""

import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QPainterPath
path = QPainterPath()
for i in range(200_000):
    path.lineTo(i % 100, i % 37)
print(path.elementCount())
"""


def test_many_none_returning_calls_do_not_crash():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "200000"
