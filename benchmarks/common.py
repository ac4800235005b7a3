"""What the benchmarks share: whole-process runs with their wall time and peak memory, medians,
a demo database, and a machine line for the README.

Every figure is a whole process (interpreter start and imports included), as a user's command
or double-click would be; peers run in the same loop, alternating, so a noisy machine shifts
both sides alike and the ratio stays meaningful.
"""

from __future__ import annotations

import compileall
import contextlib
import io
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
MIB = 1024 * 1024


@dataclass
class Runs:
    """Wall times (s) and peak resident memory (bytes) of repeated runs of one command."""

    label: str
    seconds: list[float] = field(default_factory=list)
    peak_bytes: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_mib(self) -> float:
        return statistics.median(self.peak_bytes) / MIB

    def line(self, goal: str = "") -> str:
        spread = f"min {min(self.seconds) * 1000:.0f}, max {max(self.seconds) * 1000:.0f}"
        text = f"{self.label:<44} median {self.median * 1000:7.0f} ms  ({spread}; {len(self.seconds)} runs)"
        return text + (f"  goal {goal}" if goal else "")


def run_process(command: Sequence[str], env: dict[str, str] | None = None,
                cwd: Path | None = None) -> tuple[float, int, str]:
    """Run a command to its end: (wall seconds, peak RSS in bytes of it and its descendants, stdout).

    ``os.wait4`` reports the child's own resource usage, its waited-for descendants included,
    so LibreOffice's soffice.bin counts under the soffice script that starts it."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), env=env, cwd=cwd, stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {err.read().strip()[-500:]}")
        return elapsed, usage.ru_maxrss * 1024, out.read()  # ru_maxrss is in KiB on Linux


def measure(runs: Sequence[Runs], commands: Sequence[Callable[[], Sequence[str]]], repeat: int,
            env: dict[str, str] | None = None) -> None:
    """Run each command ``repeat`` times, interleaved (a, b, a, b, ...), after one warm-up each."""
    for command in commands:
        run_process(command(), env)  # warm the file cache; not counted
    for _ in range(repeat):
        for result, command in zip(runs, commands, strict=True):
            seconds, peak, _out = run_process(command(), env)
            result.seconds.append(seconds)
            result.peak_bytes.append(peak)


def ratio_line(ours: Runs, peer: Runs, goal: str) -> str:
    return f"  ratio {peer.label} / {ours.label}: {peer.median / ours.median:.2f}×  (goal {goal})"


def bench_env(workdir: Path) -> dict[str, str]:
    """Offscreen Qt and throw-away settings/data folders, so no run touches the user's own."""
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(workdir / "config"), "XDG_DATA_HOME": str(workdir / "data"),
            "PYTHONPATH": str(ROOT)}


def compile_sources() -> None:
    """An installed program carries compiled modules (pip and PyInstaller compile them); a
    checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start."""
    compileall.compile_dir(str(ROOT / "regietafel"), quiet=1)


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="regietafel-bench-"))


def demo_database(folder: Path) -> Path:
    """The demo database (the seed letter's figures), made in-process once."""
    from regietafel.commands.demo import run as make_demo

    database = folder / "demo.sqlite"
    with contextlib.redirect_stdout(io.StringIO()):
        make_demo(database)
    return database


def cli(*arguments: str) -> list[str]:
    return [PYTHON, "-m", "regietafel.cli", *arguments]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / MIB:.0f} GiB"
    load = ""
    with contextlib.suppress(OSError):
        load = f"; load {os.getloadavg()[0]:.1f}"
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{memory}, "
            f"Python {platform.python_version()}{load}")
