"""What a user on a small screen would not see: a window larger than the screen, or text wider
than the widget that shows it.

Measured with Qt's own font metrics against the widgets' geometry after layout, so the check
holds for any language and any font: labels, buttons, check boxes, group-box titles, every text
of a combo box (not only the current one), header sections, the cells of the rows in view, tab
bars, and item views too low to show a few rows. Used by ``tools/screenshots.py`` and its test.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QListView,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QWidget,
)

TITLE_BAR = 32  # a Windows title bar at 100 % in logical pixels; the offscreen platform draws none
MIN_ROWS = 2  # an item view with rows shows at least this many whole rows (or all it has)
CELL_ROWS = 40  # cells checked per view: the rows in view, at most this many
SLACK = 1  # pixels of rounding allowed


def describe(widget: QWidget) -> str:
    """A name a developer recognises: class, object name, and the text it shows."""
    name = type(widget).__name__
    if widget.objectName() and not widget.objectName().startswith("qt_"):
        name += f"#{widget.objectName()}"
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif widget.accessibleName():
        text = widget.accessibleName()
    if text:
        short = text.replace("\n", " ")
        name += f" '{short[:50]}{'…' if len(short) > 50 else ''}'"
    return name


def window_problems(window: QWidget, available: QSize) -> list[str]:
    """The window with its title bar must fit the available screen area, and so must the
    smallest size its layout allows."""
    problems = []
    title = window.windowTitle() or describe(window)
    size = window.frameGeometry().size()
    if size.width() > available.width() or size.height() + TITLE_BAR > available.height():
        problems.append(f"{title}: window {size.width()}×{size.height() + TITLE_BAR} is larger than the "
                        f"screen's {available.width()}×{available.height()}")
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if minimum.width() > available.width() or minimum.height() + TITLE_BAR > available.height():
        problems.append(f"{title}: cannot be made smaller than {minimum.width()}×{minimum.height() + TITLE_BAR}, "
                        f"the screen is {available.width()}×{available.height()}")
    return problems


def clipped(root: QWidget) -> list[str]:
    """Every visible widget under ``root`` (``root`` included) whose text does not fit."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        for check in CHECKS:
            problems += check(widget)
    return problems


def _shown(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisibleTo(root) and widget is not root:
        return False
    if widget.width() <= 0 or widget.height() <= 0:
        return False
    # Inside a scroll area the viewport shows a part on purpose; only its own frame counts.
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return True


def _squeezed(widget: QWidget) -> list[str]:
    """Smaller than the least its text needs (a layout squeezed below its minimum)."""
    if not isinstance(widget, (QLabel, QPushButton, QCheckBox, QRadioButton, QGroupBox)):
        return []
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return []
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                return [f"{describe(widget)}: text needs {needed} px height, has {widget.height()}"]
            return []
    needed = widget.minimumSizeHint()
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
        needed = needed.expandedTo(widget.sizeHint())
    if needed.width() > widget.width() + SLACK:
        return [f"{describe(widget)}: text needs {needed.width()} px, has {widget.width()}"]
    if needed.height() > widget.height() + SLACK:
        return [f"{describe(widget)}: text needs {needed.height()} px height, has {widget.height()}"]
    return []


def _combo(widget: QWidget) -> list[str]:
    """Every choice of a combo box must be readable in the closed box, not only in its list."""
    if not isinstance(widget, QComboBox) or widget.isEditable() or widget.count() == 0:
        return []
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                          QStyle.SubControl.SC_ComboBoxEditField, widget)
    metrics = widget.fontMetrics()
    for index in range(widget.count()):
        text = widget.itemText(index)
        needed = metrics.horizontalAdvance(text)
        if not widget.itemIcon(index).isNull():
            needed += widget.iconSize().width() + 4
        if needed > field.width() + SLACK:
            return [f"{describe(widget)}: choice '{text}' needs {needed} px, the box shows {field.width()}"]
    return []


def _header(widget: QWidget) -> list[str]:
    """Every visible section shows its whole title (all its lines), beside the sort arrow."""
    if not isinstance(widget, QHeaderView) or widget.orientation() != Qt.Orientation.Horizontal:
        return []
    model = widget.model()
    if model is None:
        return []
    problems = []
    style = widget.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, widget)
    for logical in range(widget.count()):
        if widget.isSectionHidden(logical) or widget.sectionSize(logical) <= 0:
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        font = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        font = QFont(font if isinstance(font, QFont) else widget.font())
        font.setBold(True)  # as Qt measures titles: drawn bold when their column is selected
        metrics = QFontMetrics(font)
        lines = str(text).split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if widget.isSortIndicatorShown() and widget.sortIndicatorSection() == logical:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, widget) + margin
        if needed > widget.sectionSize(logical) + SLACK:
            problems.append(f"{_view_name(widget)}: header '{' '.join(lines)}' needs {needed} px, "
                            f"the column is {widget.sectionSize(logical)}")
        if len(lines) * metrics.lineSpacing() > widget.height():
            problems.append(f"{_view_name(widget)}: header '{' '.join(lines)}' has {len(lines)} lines, "
                            f"the header is {widget.height()} px high")
    return problems


def _view_name(header: QHeaderView) -> str:
    view = header.parentWidget()
    return describe(view) if view is not None else describe(header)


def _cells(widget: QWidget) -> list[str]:
    """The texts of the rows in view fit their columns (no "1.2…" for a number), unless the
    cell's tooltip holds its whole text (a long cell of a file's preview)."""
    if not isinstance(widget, QTableView) or widget.model() is None:
        return []
    model = widget.model()
    first = max(widget.rowAt(0), 0)
    last = widget.rowAt(widget.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    problems = []
    for column in range(model.columnCount()):
        if widget.isColumnHidden(column) or widget.columnWidth(column) <= 0:
            continue
        for row in range(first, min(last, first + CELL_ROWS - 1) + 1):
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text or str(text) in str(index.data(Qt.ItemDataRole.ToolTipRole) or "").split("\n"):
                continue  # empty, or cut on purpose with the whole text one hover away (a line of its own)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else widget.font())
            needed = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
            # The delegate's own measure counts an icon and its spacing as the cell will draw it.
            needed = max(needed, widget.sizeHintForIndex(index).width())
            if needed > widget.columnWidth(column) + SLACK:
                problems.append(f"{describe(widget)}: cell '{text}' (row {row + 1}) needs {needed} px, "
                                f"the column is {widget.columnWidth(column)}")
                break
    return problems


def _list_items(widget: QWidget) -> list[str]:
    """The items of a list fit its width (unless the list wraps its items)."""
    if not isinstance(widget, QListView) or widget.model() is None or widget.wordWrap():
        return []
    model = widget.model()
    margin = widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    texts = [model.index(row, widget.modelColumn()).data(Qt.ItemDataRole.DisplayRole)
             for row in range(min(model.rowCount(), CELL_ROWS))]
    widths = {str(text): widget.fontMetrics().horizontalAdvance(str(text)) + 2 * margin for text in texts if text}
    widest = max(widths, key=widths.get, default=None)
    if widest is not None and widths[widest] > widget.viewport().width() + SLACK:
        return [f"{describe(widget)}: item '{widest}' needs {widths[widest]} px, the list shows "
                f"{widget.viewport().width()}"]
    return []


def _tabs(widget: QWidget) -> list[str]:
    """All tabs in view, none behind scroll arrows or cut short."""
    if not isinstance(widget, QTabBar) or widget.count() == 0:
        return []
    needed = sum(widget.tabRect(i).width() for i in range(widget.count()) if widget.isTabVisible(i))
    if needed > widget.width() + SLACK:
        titles = ", ".join(widget.tabText(i) for i in range(widget.count()))
        return [f"tab bar ({titles}): tabs need {needed} px, the bar has {widget.width()}"]
    return []


def _rows_in_view(widget: QWidget) -> list[str]:
    """A table or list with rows shows at least ``MIN_ROWS`` whole rows (fewer if it has fewer)."""
    if not isinstance(widget, (QTableView, QListView)) or widget.model() is None:
        return []
    rows = widget.model().rowCount()
    if rows == 0:
        return []
    height = widget.sizeHintForRow(0) if isinstance(widget, QTableView) else widget.sizeHintForRow(0)
    if isinstance(widget, QTableView) and widget.rowHeight(0) > 0:
        height = widget.rowHeight(0)
    wanted = min(rows, MIN_ROWS)
    if height > 0 and widget.viewport().height() < wanted * height - SLACK:
        return [f"{describe(widget)}: shows {widget.viewport().height() / height:.1f} of {rows} rows "
                f"(at least {wanted} must be in view)"]
    return []


def _overlapping(widget: QWidget) -> list[str]:
    """Widgets a layout or splitter places side by side never lie over each other (a layout
    squeezed below its minimum draws them on top of each other)."""
    if isinstance(widget, QSplitter):
        placed = [widget.widget(i) for i in range(widget.count())]
    elif widget.layout() is not None:
        placed = _laid_out(widget.layout())
    else:
        return []
    placed = [w for w in placed if w is not None and w.isVisible() and w.width() > 0 and w.height() > 0]
    for index, first in enumerate(placed):
        for second in placed[index + 1:]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                return [f"{describe(first)} and {describe(second)} lie over each other ({common.width()}×"
                        f"{common.height()} px)"]
    return []


def _laid_out(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


CHECKS = (_squeezed, _combo, _header, _cells, _list_items, _tabs, _rows_in_view, _overlapping)
