"""A filterable, sortable table of gemeenten with a totals row that stays under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regietafel.gui.gemeente_table_model import (
    COLUMN_NAAM,
    GemeenteFilterProxy,
    GemeenteTableModel,
    TotalsModel,
)


class GemeenteTable(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = GemeenteTableModel(self)
        self.proxy = GemeenteFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.totals_model = TotalsModel(self.proxy, self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by code, municipality or region…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter municipalities"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setAccessibleName(self.tr("Municipalities"))

        self.totals_view = QTableView(self)
        self.totals_view.setModel(self.totals_model)
        self.totals_view.horizontalHeader().setVisible(False)
        self.totals_view.verticalHeader().setVisible(False)
        self.totals_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.setAccessibleName(self.tr("Totals"))
        row_height = self.totals_view.verticalHeader().defaultSectionSize()
        self.totals_view.setFixedHeight(row_height + 2 * self.totals_view.frameWidth())

        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name column takes the spare width; numbers stay close to their labels.
        header.setSectionResizeMode(COLUMN_NAAM, QHeaderView.ResizeMode.Stretch)
        # The totals row copies every width from the table (sectionResized), so it stays aligned
        # whether or not the table shows a scroll bar.
        header.sectionResized.connect(self._sync_width)
        self.view.horizontalScrollBar().valueChanged.connect(self.totals_view.horizontalScrollBar().setValue)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals_view)

    def _sync_width(self, column: int, _old: int, new: int) -> None:
        self.totals_view.setColumnWidth(column, new)

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if column != COLUMN_NAAM:
                width = max(self.view.columnWidth(column), self.totals_view.sizeHintForColumn(column)) + 16
                self.view.setColumnWidth(column, width)
                self.totals_view.setColumnWidth(column, width)
