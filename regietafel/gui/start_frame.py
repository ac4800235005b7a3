"""What a start paints first: the main window's frame (its title, size and place, the tabs by
name), before the database is opened and before the store, the tabs and their libraries are
imported, which takes several times as long as the frame. The main window takes its place on
the next turn of the event loop, as on a change of language (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QTabWidget, QToolBar, QWidget


def tab_titles() -> list[str]:
    """The main window's tab titles, in its order (``MainWindow`` translates the same texts)."""
    titles = ("Reception", "Housing", "Unaccompanied minors", "Ukraine", "Overview", "Locations", "Monitor",
              "Meetings")
    return [QCoreApplication.translate("MainWindow", title) for title in titles]


def menu_titles() -> list[str]:
    return [QCoreApplication.translate("MainWindow", title) for title in ("&File", "&Edit", "&View", "&Help")]


class StartFrame(QMainWindow):
    """The frame shown while the program opens the database; nothing in it can be used yet."""

    def __init__(self, geometry=None):
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Regietafel"))
        for title in menu_titles():
            self.menuBar().addMenu(title)
        toolbar = QToolBar(self)  # the province and period selectors, empty until the database is open
        toolbar.setMovable(False)
        for label in ("&Province:", "P&eriod:"):
            if label != "&Province:":
                toolbar.addSeparator()
            # no buddy to jump to yet: the shortcut's marker would print
            toolbar.addWidget(QLabel(QCoreApplication.translate("MainWindow", label).replace("&", ""), self))
            combo = QComboBox(self)
            combo.setMinimumContentsLength(16 if label == "&Province:" else 0)
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
