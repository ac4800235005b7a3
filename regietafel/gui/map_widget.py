"""A choropleth map of gemeenten (or provinces) with a legend; click an area to select it.

Geometry, projection and hit testing live in :mod:`regietafel.domain.map_geometry` (no Qt);
colours and legend in :mod:`regietafel.domain.map_scale`, shared with the PDF map. Paths are
built once per feature (in projected kilometres) and cached; painting only sets a transform.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from regietafel.domain.map_geometry import Feature, Fit, bbox, feature_at, fit, label_point
from regietafel.domain.map_scale import NO_DATA, Classification

_PATHS: dict[int, QPainterPath] = {}


def feature_path(feature: Feature) -> QPainterPath:
    """The feature's outline as a QPainterPath in projected km (y up), built once per process."""
    path = _PATHS.get(id(feature))
    if path is None:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in feature.rings:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
            path.closeSubpath()
        _PATHS[id(feature)] = path
    return path


class MapWidget(QWidget):
    """Draws ``features`` coloured by a :class:`Classification`; emits the CBS code clicked."""

    area_clicked = Signal(str)  # CBS code (GMxxxx or PVxx)

    LEGEND_WIDTH = 150

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.features: tuple[Feature, ...] = ()
        self.classification: Classification | None = None
        self.values: dict[str, str] = {}  # code -> text for the tooltip
        self.selected: str | None = None
        self.title = ""
        self._fit: Fit | None = None
        self._fit_size: tuple[float, float] | None = None
        self._box = None
        self.setMouseTracking(True)
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Map"))

    def sizeHint(self) -> QSize:
        return QSize(520, 480)

    # --- data ------------------------------------------------------------------------------
    def set_features(self, features: Sequence[Feature]) -> None:
        self.features = tuple(features)
        self._box = bbox(self.features) if self.features else None
        self._fit = None
        for feature in self.features:
            feature_path(feature)
        self.update()

    def set_classification(self, classification: Classification, values: dict[str, str] | None = None,
                           title: str = "") -> None:
        self.classification = classification
        self.values = values or {}
        self.title = title
        self.update()

    def set_selected(self, code: str | None) -> None:
        self.selected = code
        self.update()

    def colour_of(self, code: str) -> str:
        return self.classification.colour(code) if self.classification else NO_DATA

    # --- geometry -----------------------------------------------------------------------------
    def map_rect(self) -> QRectF:
        return QRectF(0, 0, max(self.width() - self.LEGEND_WIDTH, 50), self.height())

    def current_fit(self) -> Fit | None:
        if self._box is None:
            return None
        rect = self.map_rect()
        if self._fit is None or (self._fit_size != (rect.width(), rect.height())):
            self._fit = fit(self._box, rect.width(), rect.height(), margin=8)
            self._fit_size = (rect.width(), rect.height())
        return self._fit

    def resizeEvent(self, event) -> None:
        self._fit = None
        super().resizeEvent(event)

    def point_of(self, code: str) -> QPointF:
        """Widget coordinates of a point inside the area (its label point)."""
        feature = next(f for f in self.features if f.code == code)
        sx, sy = self.current_fit().to_screen(*label_point(feature))
        return QPointF(sx, sy)

    def feature_at_pixel(self, x: float, y: float) -> Feature | None:
        current = self.current_fit()
        if current is None:
            return None
        return feature_at(self.features, *current.to_world(x, y))

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        current = self.current_fit()
        if current is not None:
            transform = QTransform(current.scale, 0, 0, -current.scale, current.offset_x,
                                   current.height - current.offset_y)
            painter.save()
            painter.setTransform(transform)
            outline = QPen(QColor("#555555"), 0.6)
            outline.setCosmetic(True)
            painter.setPen(outline)
            for feature in self.features:
                fill = self.colour_of(feature.code)
                painter.setBrush(QBrush(QColor(fill)))
                painter.drawPath(feature_path(feature))
                if fill == NO_DATA:
                    painter.setBrush(QBrush(QColor("#999999"), Qt.BrushStyle.BDiagPattern))
                    painter.drawPath(feature_path(feature))
            if self.selected is not None:
                chosen = next((f for f in self.features if f.code == self.selected), None)
                if chosen is not None:
                    pen = QPen(QColor("#000000"), 3)
                    pen.setCosmetic(True)
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawPath(feature_path(chosen))
            painter.restore()
        self._paint_legend(painter)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        if self.classification is None:
            return
        left = self.width() - self.LEGEND_WIDTH + 6
        top = 10
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#000000"))
        line = painter.fontMetrics().height()
        for text in filter(None, (self.title, self.classification.title)):
            painter.drawText(QRectF(left, top, self.LEGEND_WIDTH - 8, line * 2), Qt.TextFlag.TextWordWrap, text)
            top += painter.fontMetrics().boundingRect(0, 0, self.LEGEND_WIDTH - 8, line * 3,
                                                      Qt.TextFlag.TextWordWrap, text).height() + 4
        painter.setFont(self.font())
        for entry in self.classification.legend:
            box = QRectF(left, top, 16, 12)
            painter.setPen(QPen(QColor("#555555"), 1))
            painter.setBrush(QColor(entry.colour))
            painter.drawRect(box)
            if entry.colour == NO_DATA:
                painter.setBrush(QBrush(QColor("#999999"), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(left + 22, top - 2, self.LEGEND_WIDTH - 30, line), entry.label)
            top += line + 4

    # --- interaction --------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.feature_at_pixel(event.position().x(), event.position().y())
            if found is not None:
                self.set_selected(found.code)
                self.area_clicked.emit(found.code)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        found = self.feature_at_pixel(event.position().x(), event.position().y())
        if found is None:
            QToolTip.hideText()
        else:
            text = found.naam + (f"\n{self.values[found.code]}" if self.values.get(found.code) else "")
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)
