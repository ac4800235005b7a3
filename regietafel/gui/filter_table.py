"""A sortable, filterable table with a totals row underneath that stays aligned with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _TotalsModel(QAbstractTableModel):
    """One row: ``total_text(column, visible_source_rows)`` for every column."""

    def __init__(self, proxy: QSortFilterProxyModel, total_text: Callable[[int, list[int]], str],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._proxy = proxy
        self._total_text = total_text
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved, proxy.layoutChanged,
                       proxy.dataChanged):
            signal.connect(self.refresh)

    def refresh(self, *_args) -> None:
        self._visible = None
        self.beginResetModel()
        self.endResetModel()

    def visible_rows(self) -> list[int]:
        # Mapped once per change, not once per totals cell (large tables: thousands of rows).
        if getattr(self, "_visible", None) is None:
            self._visible = [self._proxy.mapToSource(self._proxy.index(r, 0)).row() for r in range(self._proxy.rowCount())]
        return self._visible

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._proxy.columnCount()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._total_text(index.column(), self.visible_rows())
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._proxy.headerData(index.column(), Qt.Orientation.Horizontal, role) or int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FilterTable(QWidget):
    def __init__(self, model: QAbstractTableModel, total_text: Callable[[int, list[int]], str],
                 stretch_column: int | None = 1, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.stretch_column = stretch_column
        self.proxy = QSortFilterProxyModel(self)
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

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1 if stretch_column is None else stretch_column, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setAccessibleName(self.tr("Municipalities"))

        self.totals_view = QTableView(self)
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch_column is not None:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        # The totals row copies every width from the table, so it stays aligned whether or not
        # the table shows a scroll bar.
        header.sectionResized.connect(lambda column, _old, new: self.totals_view.setColumnWidth(column, new))
        self.view.horizontalScrollBar().valueChanged.connect(self.totals_view.horizontalScrollBar().setValue)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_view)

    def total(self, column: int) -> str:
        return self.totals_model.index(0, column).data()

    def fit_columns(self, key: object = None) -> None:
        """Size the columns to their contents, measured on the first rows (fast on large
        tables). With a ``key`` (e.g. province and period) the widths are kept while the key
        stays the same, so an edit does not make the columns jump."""
        if key is not None and key == self._fitted_for:
            return
        self._fitted_for = key
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self._widen_for_totals(column)

    def fit_column(self, column: int) -> None:
        """Size one column to its contents (e.g. one that has just appeared), leaving the rest."""
        self.view.resizeColumnToContents(column)
        self._widen_for_totals(column)

    def _widen_for_totals(self, column: int) -> None:
        if column != self.stretch_column:
            width = max(self.view.columnWidth(column), self.totals_view.sizeHintForColumn(column)) + 12
            self.view.setColumnWidth(column, width)
            self.totals_view.setColumnWidth(column, width)

    def selected_source_row(self) -> int | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.proxy.mapToSource(indexes[0]).row() if indexes else None
