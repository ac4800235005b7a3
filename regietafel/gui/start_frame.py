"""What a start paints first: the main window's frame (its title, size and place, the tabs by
name), before the database is opened and before the store, the tabs and their libraries are
imported, which takes several times as long as the frame. The main window takes its place on
the next turn of the event loop, as on a change of language (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QWidget


def tab_titles() -> list[str]:
    """The main window's tab titles, in its order (``MainWindow`` translates the same texts; each
    a literal here too, so that the catalogue check sees every text it translates)."""
    return [QCoreApplication.translate("MainWindow", "Reception"),
            QCoreApplication.translate("MainWindow", "Housing"),
            QCoreApplication.translate("MainWindow", "Unaccompanied minors"),
            QCoreApplication.translate("MainWindow", "Ukraine"),
            QCoreApplication.translate("MainWindow", "Overview"),
            QCoreApplication.translate("MainWindow", "Locations"),
            QCoreApplication.translate("MainWindow", "Monitor"),
            QCoreApplication.translate("MainWindow", "Meetings")]


def menu_titles() -> list[str]:
    return [QCoreApplication.translate("MainWindow", "&File"), QCoreApplication.translate("MainWindow", "&Edit"),
            QCoreApplication.translate("MainWindow", "&View"), QCoreApplication.translate("MainWindow", "&Help")]


class StartFrame(QMainWindow):
    """The frame shown while the program opens the database; nothing in it can be used yet."""

    def __init__(self, geometry=None):
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Regietafel"))
        for title in menu_titles():
            self.menuBar().addMenu(title)
        toolbar = QToolBar(self)  # the province and period selectors, empty until the database is open
        toolbar.setMovable(False)
        labels = (QCoreApplication.translate("MainWindow", "&Province:"),
                  QCoreApplication.translate("MainWindow", "P&eriod:"))
        for index, label in enumerate(labels):
            if index:
                toolbar.addSeparator()
            # no buddy to jump to yet: the shortcut's marker would print
            toolbar.addWidget(QLabel(label.replace("&", ""), self))
            combo = QComboBox(self)
            combo.setMinimumContentsLength(0 if index else 16)
            toolbar.addWidget(combo)
        self.addToolBar(toolbar)
        tabs = QTabWidget(self)
        tabs.setDocumentMode(True)
        for title in tab_titles():
            tabs.addTab(QWidget(tabs), title)
        self.setCentralWidget(tabs)
        self.setEnabled(False)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
