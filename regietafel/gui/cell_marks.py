"""The marks of a worksheet's cells and their legend: a padlock for a fixed number, an arrow for a
number the last change moved (up or down), plain text for a computed one. Shapes, not only
colours, so they read on a grey print-out and for colour-blind eyes too."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from regietafel.gui.formatting import MINUS

LOCKED = QColor("#0d47a1")
CHANGED = QColor("#fff9c4")  # background of a number the last change moved
SIZE = 16


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE * 2, SIZE * 2)  # drawn at twice the size: sharp at 150 % and 200 %
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    return pixmap, painter


@cache
def lock_icon() -> QIcon:
    """A closed padlock: shackle and body."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(LOCKED, 1.8))
    shackle = QPainterPath()
    shackle.moveTo(5, 8)
    shackle.lineTo(5, 5.5)
    shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180)
    shackle.lineTo(11, 8)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(LOCKED))
    painter.drawRoundedRect(QRectF(3, 7.5, 10, 7.5), 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)


@cache
def change_icon(up: bool) -> QIcon:
    """A triangle pointing up (more than before the last change) or down (less)."""
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#5d4037")))
    points = [QPointF(8, 4), QPointF(13, 12), QPointF(3, 12)] if up else [QPointF(3, 4), QPointF(13, 4), QPointF(8, 12)]
    painter.drawPolygon(QPolygonF(points))
    painter.end()
    return QIcon(pixmap)


class WorksheetLegend(QWidget):
    """What the marks in the table mean, in a few words (more in each entry's tooltip)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.entries: list[QLabel] = []
        entries = (
            (lock_icon(), self.tr("fixed"), self.tr(
                "A fixed number (bold, with a padlock): agreed, e.g. a location of 600 places. Type a number in "
                "the cell to fix it; Delete or Release frees it again.")),
            (change_icon(True), self.tr("changed"), self.tr(
                "Changed by the last change (shaded, with an arrow up or down); the column Previous shows the "
                "number before it.")),
            (None, self.tr("computed"), self.tr("A plain number: computed by the key and the method.")),
            (None, self.tr("{minus}24 = surplus").format(minus=MINUS), self.tr(
                "A number below zero in Still to realise or Carried over is a surplus: more realised than the "
                "task.")),
        )
        for icon, text, tip in entries:
            if icon is not None:
                mark = QLabel(self)
                mark.setPixmap(icon.pixmap(SIZE, SIZE))
                mark.setToolTip(tip)
                layout.addWidget(mark)
            label = QLabel(text, self)
            label.setToolTip(tip)
            if icon is not None and text == self.tr("changed"):
                label.setStyleSheet(f"background:{CHANGED.name()}; padding:0 3px;")
            self.entries.append(label)
            layout.addWidget(label)
            layout.addSpacing(8)
        self.setAccessibleName(self.tr("Legend of the table"))
