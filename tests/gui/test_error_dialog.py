"""No silent failure: an uncaught error (also one raised in a Qt slot) becomes a Dutch dialog with
the error, the log's place and "Details kopiëren"; the backup before an import reaches the user."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from regietafel import diagnostics, paths
from regietafel.gui import error_dialog
from regietafel.gui.import_dialog import ImportDialog
from regietafel.gui.jobs import wait_for_all
from tests.documents.helpers import dump, write_xlsx


def _raise(message: str):
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


@pytest.fixture
def reporter(tmp_path):
    diagnostics.start_logging(tmp_path / "logs")
    reporter = error_dialog.ErrorReporter()
    yield reporter
    if reporter.dialog is not None:
        reporter.dialog.close()
    diagnostics.stop_logging()


def test_an_error_shows_a_dutch_dialog_with_details_to_copy(qtbot, reporter, tmp_path):
    dialog = reporter.show(*_raise("de schijf is vol"))
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Regietafel – fout"
    assert dialog.copy_button.text() == "Details kopiëren"
    summary = dialog.summary.text()
    assert "Er ging iets mis" in summary and "RuntimeError: de schijf is vol" in summary
    assert str(tmp_path / "logs" / "regietafel.log") in summary
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied and "RuntimeError: de schijf is vol" in copied
    assert "Regietafel 0." in copied
    # A second error while the dialog is open joins it instead of opening another.
    assert reporter.show(*_raise("nog een")) is dialog
    assert "1 fout meer" in dialog.summary.text() and "RuntimeError: nog een" in dialog.details.toPlainText()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_reaches_the_dialog_and_the_log(qtbot, reporter, tmp_path):
    class Sender(QObject):
        fired = Signal()

    def slot():
        raise ValueError("kapot in een slot")

    sender = Sender()
    sender.fired.connect(slot)
    previous = sys.excepthook
    sys.excepthook = reporter
    try:
        sender.fired.emit()  # the emit returns; Qt hands the error to sys.excepthook
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    finally:
        sys.excepthook = previous
    assert "ValueError: kapot in een slot" in reporter.dialog.summary.text()
    log = (tmp_path / "logs" / "regietafel.log").read_text(encoding="utf-8")
    assert "Uncaught ValueError" in log and "kapot in een slot" in log


def test_a_failing_backup_before_an_import_is_a_message_not_a_traceback(qtbot, store, tmp_path, monkeypatch):
    (tmp_path / "not-a-folder").write_text("")
    paths.set_backup_folder(tmp_path / "not-a-folder" / "backups")  # cannot be made: an OSError
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text)))
    path = write_xlsx(tmp_path / "taak.xlsx", [["Gemeente", "Taakstelling"], ["Ede", 10]])
    dialog = ImportDialog(store, period="2024-I")
    qtbot.addWidget(dialog)
    dialog.set_kind("taakstelling")
    dialog.set_file(path).wait()
    wait_for_all()
    before = dump(store.path)
    try:
        dialog._import().wait()
    finally:
        paths.set_backup_folder(None)
    assert warnings and warnings[0][0] == "Niet geïmporteerd"
    assert "Kon geen reservekopie maken in" in warnings[0][1] and "not-a-folder" in warnings[0][1]
    assert dump(store.path) == before  # nothing written
    assert dialog.result() != ImportDialog.DialogCode.Accepted
