"""A row of controls that wraps onto the next line when the window is narrow (Qt's flow layout
example): long Dutch labels and 125–150 % scaling never push a control off the screen, and on a
wide screen the row stays one line."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # width -> height, until the layout is invalidated
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - as QBoxLayout
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - asked many times per layout pass
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - one line when there is room
        width = sum(item.sizeHint().width() for item in self._items) + self._gap() * max(len(self._items) - 1, 0)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - the widest single control
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out left to right, wrapping; a widget marked as a line's start (see
        :func:`keep_together`) wraps together with the widget after it. Returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        visible = [item for item in self._items if not (item.widget() and item.widget().isHidden())]
        hints = {id(item): item.sizeHint() for item in visible}  # each asked once per pass
        lines: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for index, item in enumerate(visible):
            width = hints[id(item)].width()
            group = width
            if _keeps_with_next(item) and index + 1 < len(visible):
                group += gap + hints[id(visible[index + 1])].width()
            starts_group = not (index and _keeps_with_next(visible[index - 1]))
            if lines[-1] and starts_group and x + group > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(item)
            x += width + gap
        y = area.y()
        for line in lines:
            height = max((hints[id(item)].height() for item in line), default=0)
            if move:
                self._place(line, area, y, height, gap, hints)
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if visible else 0

    @staticmethod
    def _place(line: list[QLayoutItem], area: QRect, y: int, height: int, gap: int, hints: dict[int, QSize]) -> None:
        """Items at their preferred width; a stretching one (an edit field) takes what is left."""
        natural = sum(hints[id(item)].width() for item in line) + gap * (len(line) - 1)
        spare = max(area.width() - natural, 0)
        stretchers = [item for item in line if _stretches(item)]
        x = area.x()
        for item in line:
            width = hints[id(item)].width() + (spare // len(stretchers) if item in stretchers else 0)
            width = min(width, area.right() + 1 - x)
            item_height = min(hints[id(item)].height(), height) if not _stretches_vertically(item) else height
            item.setGeometry(QRect(QPoint(x, y + (height - item_height) // 2), QSize(max(width, 0), item_height)))
            x += width + gap


def keep_together(caption: QWidget) -> QWidget:
    """Mark a caption so it never ends a line without the control it names."""
    caption.setProperty("flowKeepWithNext", True)
    return caption


def _keeps_with_next(item: QLayoutItem) -> bool:
    widget = item.widget()
    return bool(widget is not None and widget.property("flowKeepWithNext"))


def _stretches(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and bool(widget.sizePolicy().expandingDirections() & Qt.Orientation.Horizontal)


def _stretches_vertically(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and bool(widget.sizePolicy().expandingDirections() & Qt.Orientation.Vertical)
