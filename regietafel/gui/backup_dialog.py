"""File > Restore backup…: the backups of the open database, its backup folder, and restore.

The same dialog restores a database that cannot be opened because it is damaged
(:func:`open_or_offer_restore`): then there is no window yet, the damaged file is not opened but
kept beside the restored one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.i18n import translate
from regietafel.gui.screen_fit import fit_on_show, resize_to_screen
from regietafel.store import backups
from regietafel.store.database import Store, open_store
from regietafel.store.errors import StoreError
from regietafel.store.sqlite_file import DamagedDatabase

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupDialog(QDialog):
    """``window`` is the main window: it owns the store that a restore replaces. Without a window,
    ``damaged`` names a database that cannot be opened: a restore replaces it unopened."""

    def __init__(self, window, parent: QWidget | None = None, damaged: Path | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.window_ = window
        self.database = damaged if window is None else window.store.path
        self.setWindowTitle(self.tr("Restore backup"))
        folder = backups.folder(self.database)
        if damaged is None:
            intro_text = self.tr(
                "Regietafel backs up the database before every import and once a day, keeping the newest {keep}. "
                "Restoring replaces the current database by the chosen backup; the current database is backed up first."
            ).format(keep=backups.keep_count())
        else:
            intro_text = self.tr(
                "The database {path} is damaged. Restoring puts the chosen backup in its place; the damaged file "
                "is kept beside it."
            ).format(path=damaged)
        intro = QLabel(intro_text, self)
        intro.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Backup folder: {folder}").format(folder=folder), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open &folder"), self)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_folder)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Reason"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        resize_to_screen(self, 720, 420)
        self.fill()

    def _reason(self, reason: str) -> str:
        if reason.startswith("voor-import"):
            return self.tr("before import")
        if reason.startswith("voor-herstel"):
            return self.tr("before restore")
        if reason.startswith("voor-migratie"):
            return self.tr("before update")
        if reason.startswith(backups.DAILY_REASON):
            return self.tr("daily")
        return reason

    def fill(self) -> None:
        rows = backups.list_backups(self.database)
        locale = QLocale()
        self.table.setRowCount(len(rows))
        for r, info in enumerate(rows):
            when = QTableWidgetItem(info.created.strftime("%d-%m-%Y %H:%M:%S"))
            when.setData(PATH_ROLE, str(info.path))
            when.setToolTip(str(info.path))
            self.table.setItem(r, 0, when)
            self.table.setItem(r, 1, QTableWidgetItem(self._reason(info.reason)))
            self.table.setItem(r, 2, QTableWidgetItem(locale.formattedDataSize(info.size)))
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(rows))

    def restore_selected(self) -> bool:
        items = self.table.selectedItems()
        if not items:
            return False
        path = self.table.item(items[0].row(), 0).data(PATH_ROLE)
        when = self.table.item(items[0].row(), 0).text()
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the current database by the backup of {when}? The current database is backed up first.").format(when=when))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if self.window_ is None:
            return self._restore_damaged(path)
        window = self.window_
        try:
            window.store = backups.restore(window.store, path)
        except backups.RestoreFailed as error:
            window.store = error.store
            QMessageBox.critical(self, self.tr("Cannot restore"), str(error))
            return False
        except StoreError as error:  # refused before anything was touched
            QMessageBox.critical(self, self.tr("Cannot restore"), str(error))
            return False
        window.undo_stack.clear()
        window.load_store()
        self.fill()
        window.statusBar().showMessage(self.tr("Backup of {when} restored.").format(when=when), 8000)
        return True

    def _restore_damaged(self, backup: str) -> bool:
        try:
            backups.restore_damaged(self.database, Path(backup))
        except (StoreError, OSError) as error:
            QMessageBox.critical(self, self.tr("Cannot restore"), str(error))
            return False
        self.accept()
        return True


def offer_restore(parent: QWidget | None, error: DamagedDatabase) -> bool:
    """Say that the database is damaged and offer the restore dialog; True when a backup was put
    back (the caller opens the database again)."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("BackupDialog", "Database damaged"), "", parent=parent)
    newest = backups.newest_sound_backup(error.path)
    if newest is None:
        box.setText(translate("BackupDialog", "{message}\n\nThere is no backup in {folder} to restore.").format(
            message=str(error), folder=backups.folder(error.path)))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setText(translate("BackupDialog", "{message}\n\nRegietafel can put a backup back in its place (the newest is of {when}); "
                           "the damaged file is kept beside it.").format(
        message=str(error), when=newest.created.strftime("%d-%m-%Y %H:%M")))
    restore = box.addButton(translate("BackupDialog", "&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    return BackupDialog(None, parent, damaged=error.path).exec() == QDialog.DialogCode.Accepted


def open_or_offer_restore(database: Path, parent: QWidget | None = None, create: bool = False) -> Store | None:
    """Open ``database``; a refusal is shown, and for a damaged database the restore of a backup is
    offered and the database opened again. None when nothing was opened."""
    while True:
        try:
            return open_store(database, create=create)
        except DamagedDatabase as error:
            if not offer_restore(parent, error):
                return None
        except StoreError as error:
            QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open database"), str(error))
            return None
