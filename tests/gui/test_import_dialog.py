"""The import dialog as a user drives it: file, kind, mapping, problems, import; and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from regietafel.gui.backup_dialog import BackupDialog
from regietafel.gui.import_dialog import ERROR_BRUSH, ImportDialog
from regietafel.gui.jobs import wait_for_all
from regietafel.gui.main_window import MainWindow
from regietafel.store import backups
from regietafel.store.models import Opgave
from tests.documents.helpers import dump, write_xlsx


def _opgaven(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Opgave))


def test_problems_are_marked_and_block_the_import(qtbot, store, tmp_path):
    path = write_xlsx(tmp_path / "taak.xlsx", [["Taakstelling 2024-I"], ["Gemeente", "Taakstelling"],
                                              ["Ede", 10], ["Atlantis", 3], ["Epe", "veel"]])
    dialog = ImportDialog(store, period="2024-I")
    qtbot.addWidget(dialog)
    dialog.set_kind("taakstelling")
    dialog.set_file(path)
    wait_for_all()
    assert dialog.plan.header_row == 1
    assert len(dialog.plan.errors) == 2
    assert not dialog.import_button.isEnabled()
    model = dialog.preview_model
    assert model.data(model.index(3, 0), Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "Atlantis" in model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole)
    assert dialog.problem_list.count() == 2
    dialog._show_problem(dialog.problem_list.item(1))
    assert dialog.preview.currentIndex().row() == 4


def test_mapping_can_be_changed_and_import_writes(qtbot, store, tmp_path):
    path = write_xlsx(tmp_path / "taak.xlsx", [["Gemeente", "Inwoners", "Huisvesting"],
                                              ["Ede", 120000, 10], ["Epe", 33000, 3]])
    dialog = ImportDialog(store, period="2024-I")
    qtbot.addWidget(dialog)
    dialog.set_kind("taakstelling")
    dialog.set_file(path)
    wait_for_all()
    assert not dialog.import_button.isEnabled()  # no taakstelling column recognised
    dialog.set_mapping("aantal", 2)
    wait_for_all()
    assert dialog.plan.ok and dialog.import_button.isEnabled()
    before = _opgaven(store)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_all()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert _opgaven(store) == before + 2
    assert dialog.imported.backup.exists()


def test_unreadable_file_is_reported(qtbot, store, tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04broken" * 50)
    before = dump(store.path)
    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    wait_for_all()
    assert dialog.problem_list.count() == 1 and "kapot.xlsx" in dialog.problem_list.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert dump(store.path) == before


def test_menu_import_and_restore(qtbot, store, app_settings, tmp_path, monkeypatch):
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.import_action.text() == "&Importeren…"
    backups.make_backup(store.path, "test")
    path = write_xlsx(tmp_path / "t.xlsx", [["Gemeente", "Taakstelling"], ["Ede", 10]])
    dialog = ImportDialog(window.store, window, "2024-I")
    dialog.set_kind("taakstelling")
    dialog.set_file(path)
    wait_for_all()
    dialog._import().wait()
    assert _opgaven(window.store) == 1
    restore = BackupDialog(window, window)
    qtbot.addWidget(restore)
    row = next(r for r in range(restore.table.rowCount()) if restore.table.item(r, 1).text() == "test")
    restore.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    job = restore.restore_selected()
    assert job.wait() and job.error is None
    assert _opgaven(window.store) == 0
    assert str(backups.folder(window.store.path)) in restore.folder_label.text()
    window.store.close()
