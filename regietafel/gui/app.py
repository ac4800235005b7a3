"""Starting the GUI: application object, translations, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
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


class _AfterFirstPaint(QObject):
    """Runs ``action`` once, on the turn of the event loop after ``window`` was first painted (or
    after :data:`LATEST` ms if it is not painted, e.g. started minimised)."""

    LATEST = 500

    def __init__(self, window, action):
        super().__init__(window)
        self._action = action
        window.installEventFilter(self)
        QTimer.singleShot(self.LATEST, self, self._run)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._action is not None:
            action, self._action = self._action, None
            action()


class GuiSession:
    """The running GUI: one store, one main window at a time (rebuilt on a language switch)."""

    def __init__(self, app: QApplication, settings):
        self.app = app
        self.settings = settings
        self.window = None
        self.frame = None  # what a start paints before the window (start_frame.py)

    def show(self, store, paint_first: bool = False, place=None) -> None:
        """The main window on ``store``; ``paint_first`` (start-up): the window with its menus and
        tabs is painted before the data is read, which happens on the next turn of the event loop."""
        from regietafel.gui.main_window import MainWindow

        self.window = MainWindow(store, self.settings, load=not paint_first)
        self.window.language_changed.connect(self.switch_language)
        if place is not None and self.settings.geometry is None:  # else both restored the saved one
            self.window.setGeometry(place)
        self.window.show()
        if paint_first:
            _AfterFirstPaint(self.window, self.window.load_store)

    def switch_language(self, language: str) -> None:
        old = self.window
        install_translators(self.app, language)
        self.show(old.store)
        self.window.setGeometry(old.geometry())
        old.hide()
        old.deleteLater()


def start_gui(database, language: str | None = None, frame_first: bool = False) -> GuiSession:
    """Create the application and show the main window (``session.window`` is None when the
    database is refused). ``frame_first`` (a real start): paint the window's frame at once and
    open the database on the next turn of the event loop, which ends with code 1 if it is refused."""
    from regietafel.gui.settings import AppSettings

    app = create_application()
    settings = AppSettings()
    install_translators(app, language or settings.language)
    session = GuiSession(app, settings)
    if not frame_first:
        _open(session, database)
        return session
    from regietafel.gui.start_frame import StartFrame

    session.frame = StartFrame(settings.geometry)
    session.frame.show()

    def open_database() -> None:
        if _open(session, database, place=session.frame.geometry()):
            session.frame.close()  # the main window stands in its place
        else:
            app.exit(1)  # the frame stays until the end: closing the last window would quit with 0

    _AfterFirstPaint(session.frame, open_database)
    return session


def _open(session: GuiSession, database, place=None) -> bool:
    """Open the database (offering a backup when it is refused) and show the main window on it
    (where ``place`` says: the start frame's geometry)."""
    from regietafel.gui.backup_dialog import open_or_offer_restore
    from regietafel.store.backups import daily_backup
    from regietafel.store.errors import StoreError

    session.settings.apply_backup_settings()
    store = open_or_offer_restore(database, create=True)  # the first start creates the database
    if store is None:
        return False
    backup_problem = None
    try:
        if not store.shared:  # a shared database is backed up by the server's owner
            daily_backup(store.path)  # the first start of the day keeps a copy
    except (OSError, StoreError) as error:  # a full disk must not stop the program
        backup_problem = str(error)
    from regietafel.gui.province_dialog import ask_province_once

    ask_province_once(session.settings, store)
    session.show(store, paint_first=True, place=place)
    if backup_problem:
        session.window.statusBar().showMessage(
            QCoreApplication.translate("App", "The daily backup failed: {reason}").format(reason=backup_problem))
    return True


def run_gui(database, language: str | None = None) -> int:
    session = start_gui(database, language, frame_first=True)
    try:
        return session.app.exec()
    finally:
        if session.window is not None:
            session.window.store.close()
