"""File > Restore backup…: the backups of the open database, its backup folder, and restore."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
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

from regietafel.gui.screen_fit import fit_on_show, resize_to_screen
from regietafel.store import backups
from regietafel.store.errors import StoreError

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupDialog(QDialog):
    """``window`` is the main window: it owns the store that a restore replaces."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.window_ = window
        self.setWindowTitle(self.tr("Restore backup"))
        folder = backups.folder(window.store.path)
        intro = QLabel(self.tr(
            "Regietafel backs up the database before every import and once a day, keeping the newest {keep}. "
            "Restoring replaces the current database by the chosen backup; the current database is backed up first."
        ).format(keep=backups.keep_count()), self)
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
        rows = backups.list_backups(self.window_.store.path)
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
