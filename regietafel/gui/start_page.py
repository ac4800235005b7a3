"""The start page: the cycle of a regietafel in five steps, each a click away, and the example
database to look around. Shown while the database holds no opgave yet, and from Help > Getting
started at any time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.flow_layout import FlowLayout

MAX_WIDTH = 860  # a column that reads like a page, also on a wide screen


class StartPage(QScrollArea):
    """Buttons only ask: the main window does the work (its signals below)."""

    enter_opgave = Signal()
    import_file = Signal()
    show_worksheet = Signal()
    show_meetings = Signal()
    show_documents = Signal()
    open_example = Signal()
    open_handbook = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        column = QWidget(page)
        column.setMaximumWidth(MAX_WIDTH)
        outer = QHBoxLayout(page)
        outer.addWidget(column)
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("<h2>Getting started</h2>"), column)
        intro = QLabel(self.tr(
            "A round of the regietafel goes in five steps. This database holds no opgave yet: start "
            "with step 1, or first look around in the example database."), column)
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        steps = QGridLayout()
        steps.setColumnStretch(1, 1)
        steps.setVerticalSpacing(14)
        self.buttons: dict[str, QPushButton] = {}
        for row, (heading, text, actions) in enumerate(self._steps()):
            number = QLabel(f"<b style='font-size:large'>{row + 1}</b>", column)
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label = QLabel(f"<b>{heading}</b><br>{text}", column)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            # A step without buttons takes one row: an empty one would double the spacing.
            steps.addWidget(number, row * 2, 0, 2 if actions else 1, 1)
            steps.addWidget(label, row * 2, 1)
            if actions:
                steps.addWidget(self._button_row(column, actions), row * 2 + 1, 1)
        layout.addLayout(steps)
        layout.addSpacing(12)
        example = QLabel(self.tr(
            "<b>First look around?</b> The example database holds the figures of the letter on the "
            "capacity need of April 2023, with worksheets, locations and two meetings. Your own "
            "database stays as it is; File > Open database… brings you back."), column)
        example.setWordWrap(True)
        layout.addWidget(example)
        layout.addWidget(self._button_row(column, [
            ("example", self.tr("Open the &example database"), self.open_example),
            ("handbook", self.tr("Read the &handbook (F1)"), self.open_handbook),
            ("close", self.tr("&To the worksheets"), self.close_requested)]))
        layout.addStretch(1)
        self.setWidget(page)

    def _button_row(self, parent: QWidget, actions) -> QWidget:
        """A wrapping row of buttons, each emitting its signal (kept in ``self.buttons``)."""
        row = QWidget(parent)
        flow = FlowLayout(row)
        for name, caption, signal in actions:
            button = QPushButton(caption, row)
            button.clicked.connect(signal)
            flow.addWidget(button)
            self.buttons[name] = button
        return row

    def _steps(self):
        return [
            (self.tr("Enter or import the opgave"),
             self.tr("The number of places the province must provide: type it in, or import the figures of "
                     "the Rijk or COA from a spreadsheet. For housing it is the national number; the "
                     "taakstelling of every municipality follows from the law."),
             [("enter", self.tr("&Enter opgave…"), self.enter_opgave),
              ("import", self.tr("&Import figures…"), self.import_file)]),
            (self.tr("Divide"),
             self.tr("The worksheet of each opgave divides the total over the municipalities by a key "
                     "(inhabitants, or a mix) and a method of your choice, and shows how every number "
                     "was computed."),
             [("worksheet", self.tr("To the &worksheet"), self.show_worksheet)]),
            (self.tr("Adjust"),
             self.tr("Fix what was agreed (type a number in a cell), give a minimum or maximum, credit "
                     "places already there, record exchanges between municipalities. Every change can be "
                     "undone and is logged with its reason."),
             []),
            (self.tr("Adopt in a meeting"),
             self.tr("Put the concept before the regietafel and adopt it by a decision of the meeting; "
                     "an adopted version is kept as it was."),
             [("meetings", self.tr("To the &meetings"), self.show_meetings)]),
            (self.tr("Print and send"),
             self.tr("The meeting pack and the factsheets (PDF), the workbook for the municipalities and "
                     "the request for realisation figures (Excel): File > Export."),
             [("documents", self.tr("&Documents…"), self.show_documents)]),
        ]


def connect_start_page(window) -> None:
    """The start page's buttons do what the window's menus do."""
    from regietafel.gui.import_dialog import run_import

    page: StartPage = window.start_page
    page.enter_opgave.connect(lambda: window.enter_opgave())
    page.import_file.connect(lambda: run_import(window))
    page.show_worksheet.connect(lambda: window.show_tab(window.category_tabs["opvang"]))
    page.show_meetings.connect(lambda: window.show_tab(window.meetings_tab))
    page.show_documents.connect(lambda: window.show_tab(window.meetings_tab))
    page.open_example.connect(lambda: open_example(window))
    page.open_handbook.connect(lambda: window.show_handbook())
    page.close_requested.connect(lambda: window.show_start_page(False))


def open_example(window) -> bool:
    """Open the example database (made on first use beside the user's own database)."""
    from PySide6.QtGui import QGuiApplication

    from regietafel.paths import example_database_path
    from regietafel.store.demo import create_demo_database
    from regietafel.store.errors import StoreError

    path = example_database_path()
    if not path.exists():
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_demo_database(path)
        except (OSError, StoreError) as error:
            QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "Cannot open database"), str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
    return window.open_database(path)
