"""When things go wrong: a rotating log file, faulthandler writing into it, uncaught errors logged.

The log lives in the user log folder (:func:`regietafel.paths.log_dir`; ``logs/`` beside the data
in portable mode). Modules log through ``logging.getLogger(__name__)``; everything under the
``regietafel`` logger reaches the file. The windowed Windows program has no console (its
``sys.stdout`` and ``sys.stderr`` are None): what would have gone there goes into the log too.
No Qt here; the GUI adds its error dialog on top (``gui/error_dialog.py``).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from regietafel import __version__
from regietafel.paths import log_dir

LOG_NAME = "regietafel.log"
MAX_BYTES = 1_000_000  # then rotate: regietafel.log.1 ... .5, about 6 MB at most
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

logger = logging.getLogger("regietafel")
_handler: _LogFile | None = None
_hooks_installed = False


class _LogFile(RotatingFileHandler):
    """A rotating log file that faulthandler always writes into: on a hard crash (a segfault in
    Qt, say) Python's traceback of every thread lands in the current file."""

    def _open(self):
        stream = super()._open()
        faulthandler.enable(stream, all_threads=True)
        return stream

    def doRollover(self) -> None:
        faulthandler.disable()  # never let it write into the file being closed
        super().doRollover()

    def close(self) -> None:
        faulthandler.disable()
        super().close()


class _LogStream:
    """Stands in for a missing stdout/stderr (the windowed program): lines go into the log."""

    def __init__(self, level: int):
        self.level = level
        self.encoding = "utf-8"
        self._pending = ""

    def write(self, text: str) -> int:
        *lines, self._pending = (self._pending + text).split("\n")
        for line in lines:
            if line.strip():
                logger.log(self.level, line)
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            logger.log(self.level, self._pending)
        self._pending = ""

    def isatty(self) -> bool:
        return False


def log_file() -> Path | None:
    """The log file written now, or None before :func:`start_logging` (or when it failed)."""
    return Path(_handler.baseFilename) if _handler is not None else None


def start_logging(folder: Path | None = None) -> Path | None:
    """Start the log (again in another ``folder``); returns its path, or None when no log can be
    written there, in which case the program runs on without one."""
    global _handler
    path = (folder or log_dir()) / LOG_NAME
    if _handler is not None and _handler.baseFilename == os.path.abspath(path):
        return path
    stop_logging()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _handler = handler
    _replace_missing_streams()
    _install_hooks()
    # System, release and machine: platform.platform() would also scan the interpreter's binary
    # for its C library's version, 7 ms of every command's start.
    logger.info("regietafel %s started (Python %s, %s %s %s)", __version__, platform.python_version(),
                platform.system(), platform.release(), platform.machine())
    return path


def stop_logging() -> None:
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None


def _replace_missing_streams() -> None:
    if sys.stdout is None:
        sys.stdout = _LogStream(logging.INFO)
    if sys.stderr is None:
        sys.stderr = _LogStream(logging.WARNING)


def log_uncaught(exc_type, exc, tb) -> None:
    logger.critical("Uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb))


def _install_hooks() -> None:
    """Uncaught errors (main thread and other threads) are logged, then handled as before."""
    global _hooks_installed
    if _hooks_installed:
        return
    _hooks_installed = True
    previous = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(exc_type, exc, tb):
        if not issubclass(exc_type, KeyboardInterrupt):
            log_uncaught(exc_type, exc, tb)
            if isinstance(sys.stderr, _LogStream):
                return  # the windowed program: the log has it already
        previous(exc_type, exc, tb)

    def thread_excepthook(args):
        log_uncaught(args.exc_type, args.exc_value, args.exc_traceback)
        previous_thread_hook(args)

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
