"""A wrapped text under a table that takes the lines it needs while the window has the height,
and scrolls when it has not (a laptop at 125 % with the read-only note above): the table keeps
its rows in view."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class ScrollingText(QScrollArea):
    def __init__(self, label: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = label
        label.setWordWrap(True)
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As tall as the text at the present width: every line while there is room."""
        width = max(self.viewport().width(), 100)
        return QSize(super().sizeHint().width(), self.label.heightForWidth(width) if self.label.text() else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """One line (and the scroll bar) when the window is short of height."""
        if not self.label.text():
            return QSize(0, 0)
        return QSize(0, self.label.fontMetrics().lineSpacing() * 2)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # another width wraps to other lines
            self.updateGeometry()
