"""Windows and dialogs sized to the screen they open on.

A secretary's laptop has 1366×768 pixels, often at 125 % scaling: some 1090×560 usable logical
pixels under the taskbar. A dialog asks for the size it would like; it gets at most what the
screen around its parent offers, title bar included, so its buttons are never off-screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QWidget

TITLE_BAR = 32  # logical pixels of a window frame's title bar when the frame is not known yet
FRAME = 8  # and of its side borders together


def screen_of(widget: QWidget) -> QScreen:
    """The screen a widget (or the window it will open over) is on."""
    candidate: QWidget | None = widget
    while candidate is not None:
        if candidate.isVisible():
            return candidate.screen()
        candidate = candidate.parentWidget()
    return widget.screen() or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    """The part of the screen a window's contents may use: the screen minus taskbar, title bar
    and borders."""
    area = screen_of(widget).availableGeometry()
    return area.adjusted(FRAME // 2, TITLE_BAR, -FRAME // 2, -FRAME // 2)


def fit_size(widget: QWidget, preferred: QSize) -> QSize:
    """``preferred``, made smaller where the screen is smaller (never below the layout's minimum)."""
    area = available_area(widget).size()
    size = preferred.boundedTo(area)
    return size.expandedTo(widget.minimumSizeHint().boundedTo(area))


def resize_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog or window to ``width``×``height`` or, on a smaller screen, to what fits."""
    widget.resize(fit_size(widget, QSize(width, height)))


def place_on_screen(widget: QWidget, width: int, height: int) -> None:
    """A main window on first start: the preferred size where it fits, centred on its screen."""
    size = fit_size(widget, QSize(width, height))
    widget.resize(size)
    full = screen_of(widget).availableGeometry()
    outer = QSize(size.width() + FRAME, size.height() + TITLE_BAR + FRAME // 2)
    widget.move(full.left() + max(0, (full.width() - outer.width()) // 2),
                full.top() + max(0, (full.height() - outer.height()) // 2))


class _FitOnShow(QObject):
    """Watches one dialog's Show event (a filter on the dialog only: an application-wide one
    would run Python for every event of the program)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, lambda: fit_shown(watched))
        return False


def fit_on_show(dialog: QDialog) -> None:
    """When ``dialog`` appears: tall enough for its wrapped texts at the width it got, and no
    larger than the screen it opens on. (A dialog that opens on another screen than the first
    can lose the height its wrapped labels need: Qt sized it for the first screen.)"""
    dialog.fit_filter = _FitOnShow(dialog)
    dialog.installEventFilter(dialog.fit_filter)


def fit_shown(dialog: QDialog) -> None:
    try:
        layout = dialog.layout()
        if not dialog.isVisible() or layout is None:
            return
    except RuntimeError:  # closed and deleted before it was laid out
        return
    area = available_area(dialog).size()
    height = dialog.height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(dialog.width()))
    size = QSize(dialog.width(), height).boundedTo(area)
    if size != dialog.size():
        dialog.resize(size)
