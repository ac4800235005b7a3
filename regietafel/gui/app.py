"""Starting the GUI: application object, translations, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from regietafel import __version__
from regietafel.gui.i18n import install_translators
from regietafel.paths import APP_AUTHOR, APP_NAME, resources_dir


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "regietafel.png")))
    return app


class GuiSession:
    """The running GUI: one store, one main window at a time (rebuilt on a language switch)."""

    def __init__(self, app: QApplication, settings):
        self.app = app
        self.settings = settings
        self.window = None

    def show(self, store) -> None:
        from regietafel.gui.main_window import MainWindow

        self.window = MainWindow(store, self.settings)
        self.window.language_changed.connect(self.switch_language)
        self.window.show()

    def switch_language(self, language: str) -> None:
        old = self.window
        install_translators(self.app, language)
        self.show(old.store)
        self.window.setGeometry(old.geometry())
        old.hide()
        old.deleteLater()


def start_gui(database, language: str | None = None) -> GuiSession:
    """Create the application and show the main window (``session.window`` is None when the
    database is refused)."""
    from regietafel.gui.backup_dialog import open_or_offer_restore
    from regietafel.gui.settings import AppSettings
    from regietafel.store.backups import daily_backup
    from regietafel.store.errors import StoreError

    app = create_application()
    settings = AppSettings()
    settings.apply_backup_settings()
    install_translators(app, language or settings.language)
    session = GuiSession(app, settings)
    store = open_or_offer_restore(database, create=True)  # the first start creates the database
    if store is None:
        return session
    backup_problem = None
    try:
        if not store.shared:  # a shared database is backed up by the server's owner
            daily_backup(store.path)  # the first start of the day keeps a copy
    except (OSError, StoreError) as error:  # a full disk must not stop the program
        backup_problem = str(error)
    session.show(store)
    if backup_problem:
        session.window.statusBar().showMessage(
            QCoreApplication.translate("App", "The daily backup failed: {reason}").format(reason=backup_problem))
    return session


def run_gui(database, language: str | None = None) -> int:
    session = start_gui(database, language)
    if session.window is None:
        return 1
    try:
        return session.app.exec()
    finally:
        session.window.store.close()
