"""An error nobody caught becomes a dialog, never a silent failure.

:func:`install_error_dialog` makes ``sys.excepthook`` log the error (with its traceback) and show
:class:`ErrorDialog`: what went wrong in one line, where the log is, the details, and a button
that copies them for a support request. PySide6 hands exceptions raised in slots and in Python
overrides of Qt methods (paintEvent, ...) to ``sys.excepthook`` too, and the event loop goes on.
The dialog is shown from the event loop, not from inside the failing call (which may be a paint
event); while it is open, further errors are added to its details instead of opening another.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from regietafel import __version__, diagnostics


def describe(exc: BaseException) -> str:
    """One line for the user: the message, or the kind of error when there is none."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def details_text(errors: list[tuple[type, BaseException, object]]) -> str:
    log = diagnostics.log_file()
    lines = [f"Regietafel {__version__}, Python {platform.python_version()}, {platform.platform()}",
             f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}" + (f", log: {log}" if log else ""), ""]
    for exc_type, exc, tb in errors:
        lines.append("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


class ErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.errors: list[tuple[type, BaseException, object]] = []
        self.setWindowTitle(self.tr("Regietafel – error"))
        self.setModal(True)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.summary, 1)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add_error(self, exc_type: type, exc: BaseException, tb) -> None:
        self.errors.append((exc_type, exc, tb))
        first = self.errors[0][1]
        text = self.tr("Something went wrong, and what you were doing was not completed. "
                       "What was saved before is safe.")
        text += "<p><b>" + _escape(describe(first)) + "</b></p>"
        if len(self.errors) > 1:
            text += "<p>" + self.tr("%n more error(s) since then, in the details.", "", len(self.errors) - 1) + "</p>"
        log = diagnostics.log_file()
        if log is not None:
            text += "<p>" + self.tr("The details are also in the log file: {path}").format(path=_escape(str(log))) + "</p>"
        self.summary.setText(text)
        self.details.setPlainText(details_text(self.errors))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ErrorReporter:
    """The hook behind ``sys.excepthook``: log at once, show one dialog from the event loop."""

    def __init__(self):
        self.dialog: ErrorDialog | None = None

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        diagnostics.log_uncaught(exc_type, exc, tb)
        if sys.stderr is not None:
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if QCoreApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_error(exc_type, exc, tb)
            return
        QTimer.singleShot(0, lambda: self.show(exc_type, exc, tb))

    def show(self, exc_type, exc, tb) -> ErrorDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_error(exc_type, exc, tb)
            return self.dialog
        self.dialog = ErrorDialog(QApplication.activeWindow())
        self.dialog.add_error(exc_type, exc, tb)
        self.dialog.show()
        return self.dialog


_reporter: ErrorReporter | None = None


def install_error_dialog() -> ErrorReporter:
    """Every uncaught error from now on is logged and shown; Qt's own warnings go into the log."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter()
    sys.excepthook = _reporter
    qInstallMessageHandler(_log_qt_message)
    return _reporter


_QT_LEVELS = {QtMsgType.QtDebugMsg: 10, QtMsgType.QtInfoMsg: 20, QtMsgType.QtWarningMsg: 30,
              QtMsgType.QtCriticalMsg: 40, QtMsgType.QtFatalMsg: 50}


def _log_qt_message(kind, _context, message: str) -> None:
    diagnostics.logger.getChild("qt").log(_QT_LEVELS.get(kind, 30), message)
