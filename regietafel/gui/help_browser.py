"""Help: the handbook inside the program (HTML pages bundled with it, shown offline in a text
browser that follows only its own links), "What's this?" and the way back to the start page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from regietafel.domain.language import get_language
from regietafel.gui.about_dialog import show_about
from regietafel.gui.screen_fit import fit_on_show, resize_to_screen
from regietafel.paths import resources_dir

HOME = "index.html"
# The handbook's page for each tab (F1 opens it there).
TOPICS = {"opvang": "verdelen.html", "huisvesting": "verdelen.html", "amv": "verdelen.html",
          "oekraine": "verdelen.html", "overzicht": "monitor.html", "locaties": "monitor.html",
          "monitor": "monitor.html", "vergaderingen": "vergaderingen.html", "start": "cyclus.html"}


def handbook_folder(language: str | None = None) -> Path:
    return resources_dir() / "help" / (language or get_language())


class HandbookDialog(QDialog):
    """The handbook in its own window beside the program (not modal: read while working)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Regietafel handbook"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # offline: no link ever leaves the handbook
        self.browser.setSearchPaths([str(handbook_folder())])
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.home_button = QPushButton(self.tr("&Contents"), self)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.home_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self.browser.backward)
        self.home_button.clicked.connect(lambda: self.show_topic(HOME))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 760, 720)

    def show_topic(self, page: str) -> None:
        self.browser.setSource(QUrl(page))

    def page(self) -> str:
        return self.browser.source().fileName()

    def _follow(self, url: QUrl) -> None:
        """Pages of the handbook only: a link elsewhere is ignored (nothing goes online)."""
        if url.scheme() not in ("", "file"):
            return
        if not url.fileName():
            self.browser.scrollToAnchor(url.fragment())
        elif (handbook_folder() / url.fileName()).is_file():
            self.browser.setSource(url)


def open_handbook(window, page: str = HOME) -> HandbookDialog:
    """Show the handbook at ``page``, reusing the open handbook window."""
    dialog = getattr(window, "handbook", None)
    if dialog is None:
        dialog = HandbookDialog(window)
        window.handbook = dialog
    dialog.show_topic(page)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def add_help_menu(window, menu) -> None:
    """Help > Handbook (F1), What's this? (Shift+F1), Getting started, About."""
    handbook = QAction(QCoreApplication.translate("HelpMenu", "&Handbook"), window)
    handbook.setShortcut(QKeySequence.StandardKey.HelpContents)
    handbook.triggered.connect(lambda: window.show_handbook())
    menu.addAction(handbook)
    whats_this = QWhatsThis.createAction(window)
    whats_this.setText(QCoreApplication.translate("HelpMenu", "&What's this?"))
    menu.addAction(whats_this)
    start = QAction(QCoreApplication.translate("HelpMenu", "&Getting started"), window)
    start.triggered.connect(lambda: window.show_start_page(True))
    menu.addAction(start)
    menu.addSeparator()
    about = QAction(QCoreApplication.translate("HelpMenu", "&About Regietafel"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)
    about_qt = QAction(QCoreApplication.translate("HelpMenu", "About &Qt"), window)
    about_qt.triggered.connect(QApplication.aboutQt)
    menu.addAction(about_qt)
    window.handbook_action, window.whats_this_action = handbook, whats_this
