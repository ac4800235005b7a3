"""A table whose first columns stay in view when it scrolls sideways (Qt's frozen column
example): the gemeente stays beside its numbers in a wide worksheet or overview.

A second view lies over the first columns of the table. It shares the model and the selection,
shows only those columns, and follows the table's column widths, row heights, vertical scroll
and sort order.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView, QWidget


class FrozenColumnsTableView(QTableView):
    def __init__(self, frozen: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.frozen = frozen
        self.overlay: QTableView | None = None
        if frozen:
            self.overlay = QTableView(self)
            self.overlay.setObjectName("frozen_columns")
            self.overlay.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.overlay.setFrameShape(QFrame.Shape.NoFrame)
            self.overlay.verticalHeader().hide()
            self.overlay.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.overlay.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.overlay.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            self.overlay.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            self.viewport().stackUnder(self.overlay)
            self.horizontalHeader().sectionResized.connect(self._column_resized)
            self.verticalHeader().sectionResized.connect(lambda row, _old, new: self.overlay.setRowHeight(row, new))
            self.overlay.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
            self.verticalScrollBar().valueChanged.connect(self.overlay.verticalScrollBar().setValue)
            self.horizontalHeader().sortIndicatorChanged.connect(self._sort_shown)
            self.overlay.horizontalHeader().sortIndicatorChanged.connect(self._sorted_on_overlay)
            self.overlay.doubleClicked.connect(self.doubleClicked)

    # --- mirror the table -----------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if self.overlay is None or model is None:
            return
        self.overlay.setModel(model)
        self.overlay.setSelectionModel(self.selectionModel())
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.layoutChanged):
            signal.connect(self.columns_changed)
        self.columns_changed()

    def setSelectionModel(self, selection: QItemSelectionModel) -> None:  # noqa: N802
        super().setSelectionModel(selection)
        if self.overlay is not None and self.overlay.model() is selection.model():
            self.overlay.setSelectionModel(selection)

    def setSortingEnabled(self, enabled: bool) -> None:  # noqa: N802
        super().setSortingEnabled(enabled)
        if self.overlay is not None:
            self.overlay.setSortingEnabled(enabled)
            self._sort_shown(self.horizontalHeader().sortIndicatorSection(), self.horizontalHeader().sortIndicatorOrder())

    def setColumnHidden(self, column: int, hide: bool) -> None:  # noqa: N802
        super().setColumnHidden(column, hide)
        if self.overlay is not None and column < self.frozen:
            self.overlay.setColumnHidden(column, hide)
            self._place_overlay()

    def setAlternatingRowColors(self, enable: bool) -> None:  # noqa: N802
        super().setAlternatingRowColors(enable)
        if self.overlay is not None:
            self.overlay.setAlternatingRowColors(enable)

    def columns_changed(self, *_args) -> None:
        """The frozen columns as the table's: which are shown, their widths, their place."""
        model = self.model()
        if self.overlay is None or model is None:
            return
        for column in range(model.columnCount()):
            self.overlay.setColumnHidden(column, column >= self.frozen or self.isColumnHidden(column))
            if column < self.frozen:
                self.overlay.setColumnWidth(column, self.columnWidth(column))
        self.overlay.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.overlay.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._place_overlay()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen:
            self.overlay.setColumnWidth(column, new)
            self._place_overlay()

    def _sort_shown(self, section: int, order: Qt.SortOrder) -> None:
        header = self.overlay.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        header.setSortIndicatorShown(self.isSortingEnabled() and self.horizontalHeader().isSortIndicatorShown())

    def _sorted_on_overlay(self, section: int, order: Qt.SortOrder) -> None:
        if self.horizontalHeader().sortIndicatorSection() != section or self.horizontalHeader().sortIndicatorOrder() != order:
            self.sortByColumn(section, order)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(min(self.frozen, self._columns())) if not self.isColumnHidden(c))

    def _columns(self) -> int:
        return self.model().columnCount() if self.model() is not None else 0

    def _place_overlay(self) -> None:
        if self.overlay is None:
            return
        width = self.frozen_width()
        self.overlay.setVisible(width > 0)
        header = self.horizontalHeader().height() if self.horizontalHeader().isVisible() else 0
        self.overlay.horizontalHeader().setVisible(self.horizontalHeader().isVisible())
        self.overlay.horizontalHeader().setFixedHeight(header)
        self.overlay.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(),
                                 width, self.viewport().height() + header)

    # --- keep the current cell out from under the frozen columns ---------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_overlay()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        self._place_overlay()

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        if index.column() >= self.frozen or self.overlay is None:
            super().scrollTo(index, hint)
        else:  # a frozen cell is always in view: only scroll vertically
            column = self.horizontalScrollBar().value()
            super().scrollTo(index, hint)
            self.horizontalScrollBar().setValue(column)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        current = super().moveCursor(action, modifiers)
        if self.overlay is not None and action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self.frozen:
            left = self.columnViewportPosition(current.column())
            if left < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + left - self.frozen_width())
        return current
