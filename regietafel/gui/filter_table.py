"""A sortable, filterable table with a totals row underneath that stays aligned with it; its
first columns (the gemeente) can stay in view when it scrolls sideways."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.frozen_table import FrozenColumnsTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_PADDING = 6  # pixels beside the widest text of a column: air, not width the laptop lacks


class _CellsProxy(QSortFilterProxyModel):
    """The sort proxy of a source model that answers all roles of a cell at once
    (``fill_cell(row, column, roles)``): a painted cell asks for seven roles, answered here in
    one call into Python instead of seven, each with an index of the source. The source row of
    each row in view is kept until the rows are sorted, filtered, inserted or removed (Qt's
    mapToSource asks the source model's index() in Python for every cell painted)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._source_rows: list[int] | None = None
        # Connected before any view connects: the mapping is forgotten before a view asks again.
        for signal in (self.modelAboutToBeReset, self.modelReset, self.layoutAboutToBeChanged, self.layoutChanged,
                       self.rowsAboutToBeInserted, self.rowsInserted, self.rowsAboutToBeRemoved, self.rowsRemoved,
                       self.rowsAboutToBeMoved, self.rowsMoved):
            signal.connect(self._forget_rows)

    def _forget_rows(self, *_args) -> None:
        self._source_rows = None

    def source_rows(self) -> list[int]:
        """The source row of each row in view, in the order shown."""
        if self._source_rows is None:
            self._source_rows = [self.mapToSource(self.index(r, 0)).row() for r in range(self.rowCount())]
        return self._source_rows

    def multiData(self, index: QModelIndex, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt's name
        rows, row = self.source_rows(), index.row()
        if 0 <= row < len(rows):  # an invalid index has row -1
            self.sourceModel().fill_cell(rows[row], index.column(), roles)


class _TotalsModel(QAbstractTableModel):
    """One row: ``total_text(column, visible_source_rows)`` for every column. A change of the
    table's numbers or of the rows in view refreshes it (dataChanged); its columns change only
    when the table's do (a reset)."""

    def __init__(self, proxy: QSortFilterProxyModel, total_text: Callable[[int, list[int]], str],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._proxy = proxy
        self._total_text = total_text
        self._visible: list[int] | None = None
        self._texts: dict[int, str] = {}  # column -> total, worked out once per change
        for signal in (proxy.modelReset, proxy.columnsInserted, proxy.columnsRemoved):
            signal.connect(self._reset)
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.layoutChanged, proxy.dataChanged):
            signal.connect(self.refresh)

    def refresh(self, *_args) -> None:
        self._visible, self._texts = None, {}
        if self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(0, self.columnCount() - 1))

    def _reset(self, *_args) -> None:
        self.beginResetModel()
        self._visible, self._texts = None, {}
        self.endResetModel()

    def visible_rows(self) -> list[int]:
        # Mapped once per change, not once per totals cell (large tables: thousands of rows).
        if self._visible is None:
            proxy = self._proxy
            self._visible = (list(proxy.source_rows()) if isinstance(proxy, _CellsProxy) else
                             [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())])
        return self._visible

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._proxy.columnCount()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts.get(index.column())
            if text is None:
                text = self._texts[index.column()] = self._total_text(index.column(), self.visible_rows())
            return text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._proxy.headerData(index.column(), Qt.Orientation.Horizontal, role) or int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FilterTable(QWidget):
    """``stretch_column`` takes the spare width (never less than its contents); the first
    ``frozen`` columns stay in view when the table scrolls sideways; ``sort_column`` is sorted
    on at first (the stretch column, or else the second)."""

    def __init__(self, model: QAbstractTableModel, total_text: Callable[[int, list[int]], str],
                 stretch_column: int | None = 1, parent: QWidget | None = None, frozen: int = 0,
                 sort_column: int | None = None):
        super().__init__(parent)
        self.model = model
        self.stretch_column = stretch_column
        self.proxy = (_CellsProxy if hasattr(model, "fill_cell") else QSortFilterProxyModel)(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.totals_model = _TotalsModel(self.proxy, total_text, self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by code, municipality or region…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter municipalities"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = FrozenColumnsTableView(frozen, self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        if sort_column is None:
            sort_column = 1 if stretch_column is None else stretch_column
        self.view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setAccessibleName(self.tr("Municipalities"))

        self.totals_view = FrozenColumnsTableView(frozen, self)
        self.totals_view.setModel(self.totals_model)
        self.totals_view.horizontalHeader().setVisible(False)
        self.totals_view.verticalHeader().setVisible(False)
        self.totals_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.setAccessibleName(self.tr("Totals"))
        self.totals_view.verticalHeader().setDefaultSectionSize(self.view.verticalHeader().defaultSectionSize())
        self.totals_view.setFixedHeight(self.view.verticalHeader().defaultSectionSize() + 2 * self.totals_view.frameWidth())

        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(40)  # measure 40 rows, not all of them
        self._fitted_for: object = None
        self._width_bases: dict[int, object] = {}  # column -> what its width was last checked for
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._natural_width: int = 0  # of the stretch column: its contents
        self.view.viewport().installEventFilter(self)
        # The totals row copies every width from the table, so it stays aligned whether or not
        # the table shows a scroll bar.
        header.sectionResized.connect(lambda column, _old, new: self.totals_view.setColumnWidth(column, new))
        header.sortIndicatorChanged.connect(self._sorted)
        self.view.horizontalScrollBar().valueChanged.connect(self.totals_view.horizontalScrollBar().setValue)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_view)

    def detach_filter(self) -> QLineEdit:
        """The filter field, out of this table's layout, to be placed in a row of controls (as
        wide as its hint)."""
        self.layout().removeWidget(self.filter_edit)
        hint = self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(min(hint + 24, 320))
        return self.filter_edit

    def total(self, column: int) -> str:
        return self.totals_model.index(0, column).data()

    @contextmanager
    def columns_changing(self) -> Iterator[None]:
        """Show, hide and size columns (after an edit) for one paint with the new numbers: Qt
        repaints the table a turn after a column changes (on a timer, after the paint of the
        changed numbers); with the header quiet, the table is laid out here at once, and the
        totals row and the frozen columns follow its widths."""
        headers = [self.view.horizontalHeader(), self.totals_view.horizontalHeader()]
        if any(header.signalsBlocked() for header in headers):
            yield
            return
        for header in headers:
            header.blockSignals(True)
        try:
            yield
        finally:
            for header in headers:
                header.blockSignals(False)
            for column in range(self.proxy.columnCount()):
                if self.totals_view.columnWidth(column) != self.view.columnWidth(column):
                    self.totals_view.setColumnWidth(column, self.view.columnWidth(column))
            for view in (self.view, self.totals_view):
                view.columns_changed()
                view.updateGeometries()
                view.viewport().update()

    def fit_columns(self, key: object = None) -> None:
        """Size the columns to their contents, measured on the first rows (fast on large
        tables). With a ``key`` (e.g. province and period) the widths are kept while the key
        stays the same, so an edit does not make the columns jump."""
        if key is not None and key == self._fitted_for:
            return
        self._fitted_for = key
        self._width_bases = {}
        for column in range(self.model.columnCount()):
            self.fit_column(column, stretch=False)
        self._stretch()
        # However small the window, the titles and two whole rows stay in view.
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setMinimumHeight(header + 2 * self.view.verticalHeader().defaultSectionSize() +
                                   self.view.horizontalScrollBar().sizeHint().height() + 2 * self.view.frameWidth())

    def fit_column(self, column: int, stretch: bool = True) -> None:
        """Size one column to its contents (e.g. a column that appears after an edit)."""
        width = self.content_width(column)
        self.view.setColumnWidth(column, width)
        self.totals_view.setColumnWidth(column, width)
        if column == self.stretch_column:
            self._natural_width = width
            if stretch:
                self._stretch()

    def fit_if_wider(self, column: int, basis: tuple[int, ...]) -> None:
        """Widen a column whose contents may have grown (a column that appears, a mark beside its
        numbers, a number with more digits). Measuring takes long, so only when ``basis`` (what
        its width depends on, e.g. its longest number and whether it has marks) has grown beyond
        what the column was checked for since all columns were fitted; never narrower, so the
        columns do not jump from edit to edit."""
        seen = self._width_bases.get(column)
        if seen is not None and all(new <= old for new, old in zip(basis, seen, strict=True)):
            return
        self._width_bases[column] = basis if seen is None else tuple(map(max, basis, seen))
        if self.view.columnWidth(column) < self.content_width(column):
            self.fit_column(column)

    def content_width(self, column: int) -> int:
        """What a column needs: its title (bold, as Qt may draw it; the sort arrow only where the
        table is sorted), its cells in the first rows and its total."""
        header = self.view.horizontalHeader()
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        font = QFont(header.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return max(needed, self.view.sizeHintForColumn(column), self.totals_view.sizeHintForColumn(column)) + COLUMN_PADDING

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        """The sort arrow takes room in its column's title: widen the column where needed."""
        if 0 <= column < self.model.columnCount() and self.view.columnWidth(column) < self.content_width(column):
            self.fit_column(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._stretch()
        return super().eventFilter(watched, event)

    def _stretch(self) -> None:
        """The stretch column fills the spare width of the view, and never hides its contents."""
        column = self.stretch_column
        if column is None or column >= self.model.columnCount() or not self._natural_width:
            return
        others = sum(self.view.columnWidth(c) for c in range(self.model.columnCount())
                     if c != column and not self.view.isColumnHidden(c))
        self.view.setColumnWidth(column, max(self._natural_width, self.view.viewport().width() - others))

    def selected_source_row(self) -> int | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.proxy.mapToSource(indexes[0]).row() if indexes else None
