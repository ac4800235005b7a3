"""A read-only table model over plain rows of values (text or whole numbers)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from regietafel.gui.filter_table import SORT_ROLE
from regietafel.gui.formatting import format_int, header_lines


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, wrap_titles: bool = True):
        super().__init__(parent)
        self.wrap_titles = wrap_titles  # long column titles on two lines
        self._headers: list[str] = []
        self._rows: list[list[object]] = []

    def set_rows(self, headers: list[str], rows: list[list[object]]) -> None:
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[list[object]]:
        return self._rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else format_int(value) if isinstance(value, int) else str(value)
        if role == SORT_ROLE:
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and (isinstance(value, int) or value is None):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            title = self._headers[section]
            return header_lines(title) if self.wrap_titles else title
        return super().headerData(section, orientation, role)
