"""Starting the GUI: application object, translations, database, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from regietafel import __version__
from regietafel.i18n import install_translators
from regietafel.paths import APP_AUTHOR, APP_NAME, resources_dir


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "regietafel.png")))
    return app


def start_gui(database: Path, language: str | None = None):
    """Create the application and show the main window; None when the database is refused."""
    from regietafel.gui.main_window import MainWindow
    from regietafel.gui.settings import AppSettings
    from regietafel.store.database import open_store
    from regietafel.store.errors import StoreError

    app = create_application()
    settings = AppSettings()
    install_translators(app, language or settings.language)
    try:
        store = open_store(database)
    except StoreError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open database"), str(error))
        return app, None
    try:
        from regietafel.store.backups import daily_backup

        daily_backup(store.path)  # the first start of the day keeps a copy
    except Exception:
        pass  # a full disk must not stop the program; imports still back up first
    window = MainWindow(store, settings)
    window.show()
    return app, window


def run_gui(database: Path, language: str | None = None) -> int:
    app, window = start_gui(database, language)
    if window is None:
        return 1
    try:
        return app.exec()
    finally:
        window.store.close()
