"""Table model of the gemeenten of a province, with a separate one-row totals model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from regietafel.gui.formatting import format_int
from regietafel.store.areas import GemeenteRow

COLUMN_CODE, COLUMN_NAAM, COLUMN_REGIO, COLUMN_INWONERS = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NUMERIC_COLUMNS = {COLUMN_INWONERS}


class GemeenteTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[GemeenteRow] = []
        self._regio_header = self.tr("Safety region")

    def headers(self) -> list[str]:
        return [self.tr("CBS code"), self.tr("Municipality"), self._regio_header, self.tr("Population")]

    def set_rows(self, rows: list[GemeenteRow], regio_header: str) -> None:
        self.beginResetModel()
        self._rows = rows
        self._regio_header = regio_header
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rows(self) -> list[GemeenteRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        values = (row.code, row.naam, row.regio, row.inwoners)
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[column]
            if column in NUMERIC_COLUMNS:
                return format_int(value) if value is not None else "–"
            return value
        if role == SORT_ROLE:
            value = values[column]
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return super().headerData(section, orientation, role)


class TotalsModel(QAbstractTableModel):
    """One row under the table: the totals of the rows that pass the filter."""

    def __init__(self, proxy: QSortFilterProxyModel, parent: QObject | None = None):
        super().__init__(parent)
        self._proxy = proxy
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved, proxy.layoutChanged):
            signal.connect(self._refresh)

    def _refresh(self, *_args) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(0, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._proxy.columnCount()

    def total(self, column: int) -> int:
        source_column_values = (
            self._proxy.index(r, column).data(SORT_ROLE) for r in range(self._proxy.rowCount())
        )
        return sum(v for v in source_column_values if isinstance(v, int) and v > 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COLUMN_CODE:
                return self.tr("Total")
            if column == COLUMN_NAAM:
                return self.tr("%n municipalities", "", self._proxy.rowCount())
            if column in NUMERIC_COLUMNS:
                return format_int(self.total(column))
            return ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GemeenteFilterProxy(QSortFilterProxyModel):
    """Filters on code, name and regio; sorts numbers as numbers."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)
