"""A damaged database at start-up: one clear message and the restore dialog, never a traceback."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog, QMessageBox

from regietafel.gui import backup_dialog
from regietafel.gui.backup_dialog import BackupDialog, open_or_offer_restore
from regietafel.store import backups
from tests.conftest import _copy_sqlite


def _damage(path):
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE locatie")
    connection.commit()
    connection.close()


def _answer(monkeypatch, shown: list, restore: bool):
    """The message box: record its text, then press "Restore a backup…" (or Close)."""
    def exec_(box):
        shown.append(box.text())
        wanted = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        (wanted[0] if restore and wanted else box.buttons()[-1]).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_start_offers_the_restore_dialog_and_opens_the_restored_database(qtbot, demo_template, tmp_path, monkeypatch):
    path = _copy_sqlite(demo_template, tmp_path / "regietafel.sqlite")
    backups.make_backup(path, "dagelijks")
    _damage(path)
    shown, dialogs = [], []
    _answer(monkeypatch, shown, restore=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def exec_dialog(dialog):
        dialogs.append(dialog)
        dialog.table.selectRow(0)
        return QDialog.DialogCode.Accepted if dialog.restore_selected() else QDialog.DialogCode.Rejected
    monkeypatch.setattr(BackupDialog, "exec", exec_dialog)
    store = open_or_offer_restore(path, create=True)
    try:
        assert store is not None and store.path == path
        assert "beschadigd" in shown[0] and "reservekopie" in shown[0]
        assert "beschadigd" in dialogs[0].findChildren(type(dialogs[0].folder_label))[0].text()
        assert list(tmp_path.glob("regietafel.sqlite.beschadigd-*"))
    finally:
        store.close()


def test_without_a_backup_the_message_says_so(qtbot, demo_template, tmp_path, monkeypatch):
    path = _copy_sqlite(demo_template, tmp_path / "regietafel.sqlite")
    _damage(path)
    shown = []
    _answer(monkeypatch, shown, restore=True)
    assert open_or_offer_restore(path) is None
    assert "geen reservekopie" in shown[0]


def test_declining_leaves_the_file_alone(qtbot, demo_template, tmp_path, monkeypatch):
    path = _copy_sqlite(demo_template, tmp_path / "regietafel.sqlite")
    backups.make_backup(path, "dagelijks")
    _damage(path)
    before = path.read_bytes()
    shown = []
    _answer(monkeypatch, shown, restore=False)
    assert backup_dialog.open_or_offer_restore(path) is None
    assert path.read_bytes() == before and len(shown) == 1
