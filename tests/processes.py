"""Running the real program in a child process: bounded in memory, measured, or killed at a moment.

The children inherit the test session's sandbox (settings, data and backup folders; see
``tests/conftest.py``). Memory is bounded with ``RLIMIT_AS``, set by the child itself before it runs
anything, and measured as the child's own peak resident size (``VmHWM`` of ``/proc/self/status``,
written when it exits). ``ru_maxrss`` would not do: Linux carries it over a fork and an exec, so a
child of a large test process would report the parent's size.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT_MB = 768  # "a few hundred MB" with room for the interpreter and its libraries

BOOT = """
import atexit, os, resource, runpy, sys
limit = int(os.environ["REGIETAFEL_TEST_LIMIT_MB"]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

def report():
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM"))
    with open(os.environ["REGIETAFEL_TEST_PEAK"], "w") as handle:
        handle.write(peak)

atexit.register(report)
kind, target, *rest = sys.argv[1:]
sys.argv = [target, *rest]
if kind == "-m":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    exec(compile(target, "<child>", "exec"), {"__name__": "__main__"})
"""


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float


def python(arguments: list[str], memory_mb: int = MEMORY_LIMIT_MB, timeout: float = 300) -> Finished:
    """Run ``python -m MODULE ARGS`` or ``python -c CODE ARGS`` with at most ``memory_mb`` of address
    space; wait, and measure its peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        peak, out, err = (Path(folder) / name for name in ("peak", "out", "err"))
        environment = {**os.environ, "REGIETAFEL_TEST_LIMIT_MB": str(memory_mb), "REGIETAFEL_TEST_PEAK": str(peak)}
        with out.open("wb") as stdout, err.open("wb") as stderr:
            child = subprocess.Popen([sys.executable, "-c", BOOT, *arguments], stdout=stdout, stderr=stderr,
                                     env=environment)
            timer = threading.Timer(timeout, child.kill)
            timer.start()
            try:
                child.wait()
            finally:
                timer.cancel()
        peak_kb = int(peak.read_text()) if peak.exists() else 0
        return Finished(child.returncode, out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"),
                        peak_kb / 1024)


def cli(*args: str, memory_mb: int = MEMORY_LIMIT_MB, timeout: float = 300) -> Finished:
    """``regietafel ARGS`` in a child process."""
    return python(["-m", "regietafel.cli", *args], memory_mb, timeout)


def start_cli(*args: str) -> subprocess.Popen:
    """``regietafel ARGS`` started, not waited for (to be killed)."""
    return subprocess.Popen([sys.executable, "-m", "regietafel.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def kill(child: subprocess.Popen) -> bool:
    """SIGKILL (no clean-up of any kind); True when the child was still running."""
    running = child.poll() is None
    if running:
        child.send_signal(signal.SIGKILL)
    child.communicate()
    return running
