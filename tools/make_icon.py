"""Draw the application icon (a table of four coloured tiles) to regietafel/resources/icons/regietafel.png.

Run once when the design changes; packaging/build.py turns the PNG into .ico for Windows.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

TARGET = Path(__file__).resolve().parent.parent / "regietafel" / "resources" / "icons" / "regietafel.png"


def main() -> None:
    QGuiApplication([])
    size = 256
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#154273"))  # Rijkshuisstijl-like dark blue
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), 36, 36)
    colours = ["#ffffff", "#8fcae7", "#f9e11e", "#a90061"]
    tile = (size - 16 - 3 * 24) / 2
    for index, colour in enumerate(colours):
        x = 8 + 24 + (index % 2) * (tile + 24)
        y = 8 + 24 + (index // 2) * (tile + 24)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(x, y, tile, tile), 14, 14)
    painter.end()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(TARGET))
    print(TARGET)


if __name__ == "__main__":
    main()
