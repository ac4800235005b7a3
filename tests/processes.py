"""Running the real program in a child process: bounded in memory, measured, or killed at a moment.

The children inherit the test session's sandbox (settings, data and backup folders; see
``tests/conftest.py``). Memory is bounded with ``RLIMIT_AS`` in the child and measured as its peak
resident size (``ru_maxrss`` from ``wait4``), so a test can say both "it never needed more" and "this
is what it took".
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass

MEMORY_LIMIT_MB = 768  # "a few hundred MB" with room for the interpreter and its libraries


@dataclass
class Finished:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float


def _limit_memory(megabytes: int):
    def apply() -> None:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def python(code_or_module: list[str], memory_mb: int = MEMORY_LIMIT_MB, timeout: float = 300) -> Finished:
    """Run ``python ARGS`` with at most ``memory_mb`` of address space; wait and measure it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen([sys.executable, *code_or_module], stdout=out, stderr=err,
                                 preexec_fn=_limit_memory(memory_mb))
        timer = threading.Timer(timeout, child.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Finished(child.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024)


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
