"""The shared database in the window: the "Shared database…" dialog, the watcher that reloads
when a colleague changes something, and the read-only mode for a role that may only read.

The store does the work (``store/server.py``, ``store/notifications.py``, ``store/pgpass.py``);
this module only asks, shows and wires. A password typed here is used for this session only,
or written to libpq's own password file when the user asks: never into our settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.screen_fit import fit_on_show
from regietafel.store.database_url import display, parse_server_url, server_url
from regietafel.store.errors import StoreError

RELOAD_DELAY_MS = 300  # several notifications in a burst give one reload


class SharedDatabaseDialog(QDialog):
    """Server, port, database and user (or a libpq service); Test connection; Open."""

    def __init__(self, last_url: str = "", user: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Shared database"))
        intro = QLabel(self.tr(
            "Work together on a PostgreSQL database on a server of your organisation. Ask your "
            "administrator for the server, the database and your user name."), self)
        intro.setWordWrap(True)
        self.host_edit = QLineEdit(self)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit("regietafel", self)
        self.user_edit = QLineEdit(user, self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("from the password file (pgpass)"))
        self.remember_check = QCheckBox(self.tr("Keep the password in this computer's password file (pgpass)"), self)
        self.service_edit = QLineEdit(self)
        self.service_edit.setPlaceholderText(self.tr("optional: a service from pg_service.conf"))
        form = QFormLayout()
        for label, widget in ((self.tr("&Server:"), self.host_edit), (self.tr("P&ort:"), self.port_spin),
                              (self.tr("&Database:"), self.database_edit), (self.tr("&User:"), self.user_edit),
                              (self.tr("&Password:"), self.password_edit), ("", self.remember_check),
                              (self.tr("S&ervice:"), self.service_edit)):
            form.addRow(label, widget)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._fill(last_url)
        self.setMinimumWidth(680)

    def _fill(self, last_url: str) -> None:
        try:
            url = parse_server_url(last_url) if last_url else None
        except StoreError:
            url = None
        if url is None:
            self.host_edit.setText("localhost")
            return
        self.host_edit.setText(url.host or "")
        self.port_spin.setValue(url.port or 5432)
        self.database_edit.setText(url.database or "")
        self.user_edit.setText(url.username or self.user_edit.text())
        self.service_edit.setText(str(url.query.get("service", "")))

    def url(self, with_password: bool = True):
        """What was typed, as a URL (the password only in memory)."""
        return server_url(self.host_edit.text().strip(), self.port_spin.value(), self.database_edit.text().strip(),
                          self.user_edit.text().strip(), self.password_edit.text() if with_password else "",
                          self.service_edit.text().strip())

    def test_connection(self) -> bool:
        from regietafel.store.server import check_connection

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary, ok = check_connection(self.url()), True
        except StoreError as error:
            summary, ok = str(error), False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result_label.setStyleSheet("" if ok else "color:#b71c1c;")
        self.result_label.setText(summary)
        return ok

    def remember_password(self) -> None:
        """Write the password to libpq's password file when asked (and typed)."""
        if not (self.remember_check.isChecked() and self.password_edit.text()):
            return
        from regietafel.store.pgpass import save_password

        save_password(self.host_edit.text().strip(), self.port_spin.value(), self.database_edit.text().strip(),
                      self.user_edit.text().strip(), self.password_edit.text())

    def accept(self) -> None:
        try:
            self.url()
        except StoreError as error:
            self.result_label.setText(str(error))
            return
        super().accept()


class ChangeWatcher(QObject):
    """Turns the store's change notifications into one ``changed`` signal on the GUI thread."""

    changed = Signal(str)  # who made the change ("" after a reconnect)
    _heard = Signal(str)

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        from regietafel.store.notifications import ChangeListener

        self._last_user = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(lambda: self.changed.emit(self._last_user))
        self._heard.connect(self._collect)  # queued: the listener calls from its own thread
        self.listener = ChangeListener(store.url, store.instance_id, self._heard.emit).start()

    def _collect(self, user: str) -> None:
        self._last_user = user
        self._timer.start()

    def stop(self) -> None:
        self.listener.stop()


def access_note(store) -> str:
    """The note under the toolbar: why editing is off (empty when the user may write)."""
    if not store.read_only:
        return ""
    return QCoreApplication.translate(
        "SharedDatabase",
        "Read only: your role {user} may read this shared database but not change it, so editing is "
        "switched off. You can still look at everything and print or export every document. Ask "
        "the administrator for write access if you need it.").format(user=store.user)


def write_controls(window) -> list:
    """Every action and button of the window that changes the database (worksheets disable
    their own editing from ``store.read_only``)."""
    tabs = window.category_tabs
    locations = tabs["locaties"]
    meetings = window.meetings_tab
    return [window.import_action, window.enter_opgave_action, window.restore_action, locations.add_button, locations.edit_button,
            locations.close_button, tabs["opvang"].durable_button, tabs["huisvesting"].thresholds_button,
            meetings.new_button, meetings.delete_button,
            *meetings.details.findChildren(QPushButton)]  # details, agenda, decisions, action points


def apply_access(window) -> None:
    """Show why editing is off, and switch every writing control off (or on again)."""
    store = window.store
    note = access_note(store)
    window.access_note.setText(note)
    window.access_note.setVisible(bool(note))
    for control in write_controls(window):
        control.setEnabled(not store.read_only)
    window.restore_action.setEnabled(not store.shared)  # a server is restored by its owner


def describe(store) -> str:
    """The status-bar text: which database, and who works in it."""
    if not store.shared:
        return QCoreApplication.translate("SharedDatabase", "Database: {path}").format(path=store.location)
    return QCoreApplication.translate("SharedDatabase", "Shared database: {url} · signed in as {user}").format(
        url=display(store.url), user=store.user)


# --- wiring into the main window -------------------------------------------------------------

def add_menu_action(window, file_menu, after) -> None:
    """File > Shared database…, right after File > Open database…."""
    from PySide6.QtGui import QAction

    action = QAction(QCoreApplication.translate("SharedDatabase", "S&hared database…"), window)
    action.triggered.connect(lambda: choose_shared_database(window))
    actions = file_menu.actions()
    following = actions[actions.index(after) + 1] if after in actions[:-1] else None
    file_menu.insertAction(following, action) if following else file_menu.addAction(action)
    window.shared_action = action


def choose_shared_database(window) -> SharedDatabaseDialog:
    dialog = SharedDatabaseDialog(window.settings.shared_database, window.store.user, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            dialog.remember_password()
        except OSError as error:
            dialog.result_label.setText(str(error))
        if window.open_database(dialog.url()):
            window.settings.shared_database = display(dialog.url(with_password=False))
    return dialog


def watch(window) -> None:
    """(Re)start listening for colleagues' changes when the window's store is shared."""
    old = getattr(window, "change_watcher", None)
    if old is not None:
        old.stop()
        old.deleteLater()
    window.change_watcher = None
    if window.store.shared:
        window.change_watcher = ChangeWatcher(window.store, window)
        window.change_watcher.changed.connect(lambda user: reload_after_change(window, user))


def reload_after_change(window, user: str) -> None:
    """A colleague changed something: every tab is stale, the visible one reloads now."""
    window.refresh()
    if user:
        window.statusBar().showMessage(QCoreApplication.translate(
            "SharedDatabase", "Changed by {user}: the view has been brought up to date.").format(user=user), 8000)


def stop_watching(window) -> None:
    if getattr(window, "change_watcher", None) is not None:
        window.change_watcher.stop()
        window.change_watcher = None
