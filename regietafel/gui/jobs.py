"""Slow work off the GUI thread: exports, imports, backups. One small API for all of them.

    job = run_job(parent, work, title=..., on_done=show_it)

collects what the work needs on the GUI thread (the caller does that before the call), runs
``work(progress)`` on the one worker thread, reports progress by signal, and calls ``on_done(result)``
back on the GUI thread (the pattern of anki's ``aqt/operations``). While it runs a window-modal
progress dialog with a Cancel button appears (after a short delay, so quick work never flashes
one); the window keeps painting and answering.

- **One writer.** Every job runs on the same single worker thread, one after another, and the
  modal dialog keeps the user from editing meanwhile: the database is written by one writer.
- **Cancelling** is cooperative: ``progress.step(...)`` and ``progress.check()`` raise
  :class:`Cancelled` once the user cancelled, and :func:`file_unless_cancelled` renames a written
  file over its target only if the job was not cancelled by then, so a cancelled job leaves
  nothing half-written (with the atomic writers of :mod:`regietafel.fileio`). Work that reaches a
  point of no return (a commit) calls ``progress.final()``, which disables Cancel. A result that
  arrives after a cancel is dropped.
- **Errors** reach the user: ``on_failed(error)`` may handle one (return True); otherwise a
  :class:`StoreError` or ``ValueError`` is a warning with its message, an ``OSError`` names the
  file and the reason, and anything else goes to the error dialog and the log (``sys.excepthook``).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from regietafel import diagnostics
from regietafel.fileio import atomic_path
from regietafel.store.errors import StoreError

SHOW_AFTER_MS = 400  # quicker work never shows a progress dialog

_pool: QThreadPool | None = None
_running: set[Job] = set()


class Cancelled(Exception):
    """The user cancelled the job; raised inside the work at its next step or check."""


def worker_pool() -> QThreadPool:
    """The one worker thread every job runs on, in the order the jobs were started."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread: no start-up cost per job
    return _pool


class _Signals(QObject):
    progress = Signal(str, int, int)
    final = Signal()
    succeeded = Signal(object)
    raised = Signal(object)


class _State:
    """Cancelled or past the point of no return: decided under one lock, so a cancel and a
    commit can never both happen."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cancelled = False
        self.final = False

    def cancel(self) -> bool:
        with self.lock:
            if not self.final:
                self.cancelled = True
            return self.cancelled


class Progress:
    """What the work sees of its job: report steps, notice a cancel."""

    def __init__(self, signals: _Signals, state: _State):
        self._signals = signals
        self._state = state

    @property
    def cancelled(self) -> bool:
        return self._state.cancelled

    def check(self) -> None:
        if self._state.cancelled:
            raise Cancelled()

    def step(self, text: str = "", done: int = 0, total: int = 0) -> None:
        """Show ``text`` (and ``done`` of ``total``; a busy bar when total is 0), after a check."""
        self.check()
        self._signals.progress.emit(text, done, total)

    def final(self) -> None:
        """From here on the work cannot be cancelled (it commits): Cancel is disabled. Raises
        :class:`Cancelled` when the user was first."""
        with self._state.lock:
            if self._state.cancelled:
                raise Cancelled()
            self._state.final = True
        self._signals.final.emit()


@contextmanager
def file_unless_cancelled(progress: Progress, target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write the document to; renamed over ``target`` at the
    end of the block unless the job was cancelled meanwhile (then removed, the target untouched)."""
    with atomic_path(target) as temporary:
        yield temporary
        progress.check()


class Job(QObject):
    """A running piece of work; see the module's documentation."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    ended = Signal()

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], Any], title: str,
                 on_done: Callable[[Any], None] | None, on_failed: Callable[[BaseException], bool] | None,
                 failure_title: str | None):
        super().__init__()  # no Qt parent: the job outlives a window rebuilt meanwhile
        self.parent_widget = parent
        self._orphaned = False
        self.work = work
        self.title = title
        self.failure_title = failure_title or title
        self.on_done = on_done
        self.on_failed = on_failed
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._state = _State()
        self._signals = _Signals()
        self._signals.progress.connect(self._show_progress)
        self._signals.final.connect(self._no_cancel)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.raised.connect(self._raised)
        self.dialog = self._progress_dialog(parent, title)
        if parent is not None:
            parent.destroyed.connect(self._parent_gone)

    def _progress_dialog(self, parent: QWidget | None, title: str) -> QProgressDialog:
        dialog = QProgressDialog(title, "", 0, 0, parent)
        self.cancel_button = QPushButton(self.tr("Cancel"), dialog)
        dialog.setCancelButton(self.cancel_button)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        return dialog

    # --- the worker thread ----------------------------------------------------------------
    def _run(self) -> None:
        try:
            result = self.work(Progress(self._signals, self._state))
        except BaseException as error:  # noqa: BLE001 - every error is reported on the GUI thread
            self._signals.raised.emit(error)
        else:
            self._signals.succeeded.emit(result)

    # --- the GUI thread -------------------------------------------------------------------
    def start(self) -> Job:
        _running.add(self)
        self.dialog.setValue(0)  # starts the delay after which the dialog shows itself
        worker_pool().start(self._run)
        return self

    def cancel(self) -> None:
        """Stop waiting for the work and drop its result; ignored once it commits."""
        if self.finished or self._state.cancelled or not self._state.cancel():
            return
        self._end()
        self.cancelled.emit()

    @property
    def is_cancelled(self) -> bool:
        return self._state.cancelled

    def _parent_gone(self) -> None:
        """The window that asked is gone (e.g. rebuilt for another language): cancel if it can
        still be cancelled, and in any case report to nobody (the dialog went with the window)."""
        self._orphaned = True
        self._state.cancel()
        self._end()

    def _show_progress(self, text: str, done: int, total: int) -> None:
        if self.finished:
            return
        if text:
            self.dialog.setLabelText(text)
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)

    def _no_cancel(self) -> None:
        self.cancel_button.setEnabled(False)

    def _succeeded(self, result) -> None:
        if self._state.cancelled or self._orphaned:
            return  # cancelled meanwhile, or nobody to tell: the result is dropped
        self.result = result
        self._end()
        if self.on_done is not None:
            self.on_done(result)
        self.done.emit(result)

    def _raised(self, error: BaseException) -> None:
        if self._state.cancelled or self._orphaned or isinstance(error, Cancelled):
            if self._orphaned and not isinstance(error, Cancelled):
                diagnostics.log_uncaught(type(error), error, error.__traceback__)  # nobody left to tell
            self._end()
            return
        self.error = error
        self._end()
        if not (self.on_failed is not None and self.on_failed(error)):
            report_failure(self.parent_widget, self.failure_title, error)
        self.failed.emit(error)

    def _end(self) -> None:
        if self.finished:
            return
        self.finished = True
        _running.discard(self)
        if not self._orphaned:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.ended.emit()

    def wait(self, timeout_ms: int = 120_000) -> bool:
        """Turn the event loop until the job has ended (for tests and for closing the window)."""
        if self.finished:
            return True
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        return self.finished


def run_job(parent: QWidget | None, work: Callable[[Progress], Any], *, title: str,
            on_done: Callable[[Any], None] | None = None, on_failed: Callable[[BaseException], bool] | None = None,
            failure_title: str | None = None) -> Job:
    """Run ``work(progress)`` on the worker thread with a progress dialog titled ``title``; see
    the module's documentation. Returns the started :class:`Job`."""
    return Job(parent, work, title, on_done, on_failed, failure_title).start()


def report_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Tell the user what went wrong: a message for the errors users can act on, the error
    dialog (and the log) for everything else."""
    if isinstance(error, OSError) and not isinstance(error, StoreError):
        where = f"{error.filename}: " if error.filename else ""
        QMessageBox.critical(parent, title, where + (error.strerror or str(error)))
    elif isinstance(error, StoreError | ValueError):
        QMessageBox.warning(parent, title, str(error))
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def wait_for_all(timeout_ms: int = 120_000) -> None:
    """Let every job end, also those started meanwhile by another's ``on_done``, and the worker
    finish what cancelled ones left (before the store closes, and in tests)."""
    while _running:
        if not next(iter(_running)).wait(timeout_ms):
            break
    if _pool is not None:
        _pool.waitForDone(timeout_ms)

