"""When things go wrong: the log file, its rotation, faulthandler into it, the windowed program's
missing streams, and the command line's log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from regietafel import diagnostics, paths


@pytest.fixture
def log_folder(tmp_path):
    yield tmp_path / "logs"
    diagnostics.stop_logging()


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "PYTHONFAULTHANDLER": ""}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_the_log_is_written_where_asked_and_started_once(log_folder):
    path = diagnostics.start_logging(log_folder)
    assert path == log_folder / "regietafel.log" == diagnostics.log_file()
    assert diagnostics.start_logging(log_folder) == path  # a second start changes nothing
    logging.getLogger("regietafel.store.test").warning("schijf vol")
    diagnostics.stop_logging()
    text = path.read_text(encoding="utf-8")
    assert text.count("started") == 1
    assert "WARNING regietafel.store.test [MainThread]: schijf vol" in text


def test_no_log_when_the_folder_cannot_be_made(tmp_path):
    (tmp_path / "a-file").write_text("")
    assert diagnostics.start_logging(tmp_path / "a-file" / "logs") is None
    assert diagnostics.log_file() is None


def test_the_user_log_folder_and_portable_mode(monkeypatch, tmp_path):
    assert paths.log_dir().name.lower() in {"log", "logs"}
    monkeypatch.setattr(paths, "portable_data_dir", lambda: tmp_path / "data")
    assert paths.log_dir() == tmp_path / "data" / "logs"


def test_a_hard_crash_after_rotation_lands_in_the_current_log(tmp_path):
    """faulthandler follows the rotation: the dump is in regietafel.log, not a closed old file."""
    folder = tmp_path / "logs"
    result = run_python(f"""
        import faulthandler, logging
        from pathlib import Path
        from regietafel import diagnostics
        diagnostics.MAX_BYTES = 2000
        diagnostics.start_logging(Path({str(folder)!r}))
        for n in range(100):
            logging.getLogger("regietafel").info("regel %d %s", n, "x" * 50)
        faulthandler._sigsegv()
        """, tmp_path)
    assert result.returncode != 0
    assert (folder / "regietafel.log.1").exists()
    current = (folder / "regietafel.log").read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error: Segmentation fault" in current


def test_the_windowed_program_logs_what_it_would_print_and_every_uncaught_error(tmp_path):
    folder = tmp_path / "logs"
    result = run_python(f"""
        import sys
        from pathlib import Path
        sys.stdout = sys.stderr = None  # what the windowed Windows program starts with
        from regietafel import diagnostics
        diagnostics.start_logging(Path({str(folder)!r}))
        print("zichtbaar in het logboek")
        raise RuntimeError("onverwacht")
        """, tmp_path)
    assert result.returncode == 1
    text = (folder / "regietafel.log").read_text(encoding="utf-8")
    assert "zichtbaar in het logboek" in text
    assert "CRITICAL regietafel [MainThread]: Uncaught RuntimeError" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: onverwacht" in text
    assert text.count("onverwacht") == 1  # logged once, not printed into the log a second time


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_error_in_another_thread_is_logged(log_folder):
    import threading

    path = diagnostics.start_logging(log_folder)

    def fail():
        raise ValueError("in een werkdraad")

    thread = threading.Thread(target=fail, name="werker")
    thread.start()
    thread.join()
    diagnostics.stop_logging()
    assert "CRITICAL regietafel [werker]: Uncaught ValueError" in path.read_text(encoding="utf-8")


def test_the_command_line_keeps_a_log(tmp_path):
    """The program itself (not main() called by a test) logs its command and its failure."""
    state = tmp_path / "state"
    result = subprocess.run([sys.executable, "-m", "regietafel.cli", "distribute", "--db", str(tmp_path),
                             "--province", "Zeeland", "--total", "13"], capture_output=True, text=True,
                            env={**os.environ, "XDG_STATE_HOME": str(state)}, timeout=120)
    assert result.returncode == 1 and result.stderr.count("\n") == 1  # a folder is not a database
    (log,) = state.rglob("regietafel.log")
    text = log.read_text(encoding="utf-8")
    assert "INFO regietafel.cli [MainThread]: command distribute" in text
    assert "WARNING regietafel.cli [MainThread]: distribute failed:" in text
