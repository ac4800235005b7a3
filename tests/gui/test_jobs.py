"""Work off the GUI thread: the window keeps turning while documents render, jobs run one after
another on one worker thread, cancelling leaves nothing half-written, and errors reach the user."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from regietafel.gui import jobs
from regietafel.gui.export_actions import export_workbook
from regietafel.gui.jobs import Progress, file_unless_cancelled, run_job, wait_for_all
from regietafel.gui.main_window import MainWindow
from regietafel.store.errors import StoreError


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_event_loop_keeps_turning_while_50_factsheets_render(qtbot, demo_store, app_settings):
    app_settings.province = "Zuid-Holland"
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    window.show()
    tab = window.meetings_tab
    window.tabs.setCurrentWidget(tab)
    ticks = []
    timer = QTimer()
    job = tab.preview_factsheets()
    timer.timeout.connect(lambda: ticks.append(job.finished))
    timer.start(0)  # a tick at every turn of the loop
    assert not job.finished  # the call returned at once; the rendering goes on in the worker
    assert job.wait()
    timer.stop()
    assert job.error is None and tab.last_preview.page_count() == 50
    # The loop turned while the worker rendered: a blocked loop would have counted no tick before
    # the job ended (how many depends on how fast the machine draws, so one is asked for).
    assert ticks.count(False) >= 1, ticks
    tab.last_preview.close()


def test_jobs_run_one_after_another_on_one_worker_thread(parent):
    seen = []

    def work(progress: Progress) -> str:
        progress.step("bezig", 1, 2)
        seen.append(threading.current_thread())
        return "klaar"

    results = []
    first = run_job(parent, work, title="één", on_done=results.append)
    second = run_job(parent, work, title="twee", on_done=results.append)
    wait_for_all()
    assert results == ["klaar", "klaar"] and first.finished and second.finished
    assert seen[0] is seen[1] and seen[0] is not threading.main_thread()


def test_a_cancelled_export_leaves_no_file_and_no_leftovers(parent, tmp_path):
    target = tmp_path / "stukken.pdf"
    writing, go_on = threading.Event(), threading.Event()

    def work(progress: Progress):
        with file_unless_cancelled(progress, target) as temporary:
            temporary.write_bytes(b"%PDF half")
            writing.set()
            go_on.wait(30)
        return target

    done = []
    job = run_job(parent, work, title="PDF", on_done=done.append)
    assert writing.wait(30)
    job.cancel()
    go_on.set()
    wait_for_all()
    assert job.is_cancelled and done == [] and list(tmp_path.iterdir()) == []


def test_after_the_point_of_no_return_cancel_is_refused_and_the_result_arrives(qtbot, parent):
    committing, go_on = threading.Event(), threading.Event()

    def work(progress: Progress) -> int:
        progress.final()
        committing.set()
        go_on.wait(30)
        return 7

    job = run_job(parent, work, title="Importeren")
    assert committing.wait(30)
    qtbot.waitUntil(lambda: not job.cancel_button.isEnabled())
    job.cancel()
    go_on.set()
    assert job.wait() and not job.is_cancelled and job.result == 7


def test_a_store_error_is_a_message_and_a_bug_goes_to_the_error_dialog(parent, monkeypatch):
    warnings, hooked = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append((title, text)))
    monkeypatch.setattr(jobs.sys, "excepthook", lambda *exc: hooked.append(exc[1]))

    def refused(_progress):
        raise StoreError("De schijf is vol.")

    def bug(_progress):
        raise KeyError("onverwacht")

    run_job(parent, refused, title="Opslaan", failure_title="Niet opgeslagen").wait()
    run_job(parent, bug, title="Opslaan").wait()
    assert warnings == [("Niet opgeslagen", "De schijf is vol.")]
    assert len(hooked) == 1 and isinstance(hooked[0], KeyError)


def test_a_job_whose_window_is_gone_reports_to_nobody(qtbot):
    widget = QWidget()
    go_on = threading.Event()
    done = []
    job = run_job(widget, lambda _p: go_on.wait(30), title="weg", on_done=done.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: job.finished)
    go_on.set()
    wait_for_all()
    assert done == [] and job.is_cancelled


def test_cancelling_the_workbook_export_writes_nothing(qtbot, demo_store, app_settings, tmp_path):
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    out = tmp_path / "out"
    out.mkdir()
    job = export_workbook(window, out / "werkmap.xlsx")
    job.cancel()  # at once: the workbook takes far longer to make than this
    wait_for_all()
    assert job.is_cancelled and list(out.iterdir()) == []


def test_a_typed_opgave_is_stored_in_the_background_and_a_failing_backup_is_said(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from regietafel.gui.opgave_dialog import OpgaveDialog
    from regietafel.store import areas, backups, distributions

    with store.read() as session:
        periods = areas.periods(session)
        drenthe = next(p.id for p in areas.provinces(session) if p.naam == "Drenthe")
    dialog = OpgaveDialog(store, "Drenthe", periods, periods[-1], "opvang")
    qtbot.addWidget(dialog)
    dialog.amount.setValue(1234)

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", disk_full)
    dialog.accept()
    assert not dialog.job.finished  # the backup and the write go on in the worker
    assert dialog.job.wait() and dialog.job.error is not None
    assert "No space left on device" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted  # open: nothing stored, the user can try again
    monkeypatch.undo()
    dialog.accept()
    assert dialog.job.wait() and dialog.result() == QDialog.DialogCode.Accepted
    with store.read() as session:
        assert distributions.provincial_total(session, "opvang", periods[-1], drenthe).aantal == 1234
