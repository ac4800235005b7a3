"""Overzicht: all opgaven per gemeente side by side (like the bijlage "Overzicht opgaven opvang
en huisvesting"), with progress and status colours, regio subtotals, and the map next to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.map_geometry import features_of_province
from regietafel.domain.map_scale import MEASURES, classify, measure_label
from regietafel.gui.filter_table import SORT_ROLE, FilterTable
from regietafel.gui.formatting import format_date, format_fraction, format_int
from regietafel.gui.map_widget import MapWidget
from regietafel.store import areas, monitor
from regietafel.store.database import Store
from regietafel.store.overview import CATEGORIES, Overview, OverviewCell, province_overview

# Status colours with distinct lightness (readable in black and white, labels in the cells).
PROGRESS_COLOURS = {"groen": "#c7e9c0", "oranje": "#fdd0a2", "rood": "#fb6a4a"}
FIELDS = ("opgave", "realised", "remaining", "percentage")


class OverviewModel(QAbstractTableModel):
    """One row per gemeente (and, grouped, one subtotal row per regio): 3 + 4 × categories columns."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.overview: Overview | None = None
        self.categories: list[str] = []
        self._rows: list[tuple[str, str, str, dict[str, OverviewCell], bool]] = []  # code, naam, regio, cells, subtotal
        self.limits = dict(monitor.DEFAULT_THRESHOLDS)
        self.grouped = False

    def category_title(self, categorie: str) -> str:
        return {"opvang": self.tr("Reception"), "huisvesting": self.tr("Housing"), "amv_coa": self.tr("COA amv"),
                "amv_nidos": self.tr("Nidos"), "oekraine": self.tr("Ukraine")}[categorie]

    def field_title(self, name: str) -> str:
        return {"opgave": self.tr("opgave"), "realised": self.tr("realised"),
                "remaining": self.tr("still to realise"), "percentage": self.tr("%")}[name]

    def set_overview(self, overview: Overview | None, grouped: bool, limits: dict[str, int]) -> None:
        self.beginResetModel()
        self.overview = overview
        self.grouped = grouped
        self.limits = limits
        self.categories = [c for c in CATEGORIES if overview and c in overview.worksheets]
        rows = []
        if overview is not None:
            if grouped:
                subtotals = monitor.regio_subtotals(overview)
                for regio, cells in subtotals.items():
                    for row in sorted((r for r in overview.rows if r.regio == regio), key=lambda r: r.naam):
                        rows.append((row.code, row.naam, row.regio, row.cells, False))
                    rows.append(("", self.tr("Subtotal {regio}").format(regio=regio or "—"), regio, cells, True))
            else:
                rows = [(r.code, r.naam, r.regio, r.cells, False) for r in overview.rows]
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(FIELDS) * len(self.categories)

    def code_at(self, row: int) -> str:
        return self._rows[row][0]

    def row_of(self, code: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r[0] == code), None)

    def is_subtotal(self, row: int) -> bool:
        return self._rows[row][4]

    def column_field(self, column: int) -> tuple[str, str] | None:
        if column < 3:
            return None
        categorie = self.categories[(column - 3) // len(FIELDS)]
        return categorie, FIELDS[(column - 3) % len(FIELDS)]

    def value(self, row: int, column: int):
        code, naam, regio, cells, _sub = self._rows[row]
        if column < 3:
            return (code, naam, regio)[column]
        categorie, name = self.column_field(column)
        cell = cells.get(categorie)
        if cell is None:
            return None
        if name == "percentage":
            return monitor.cell_value(cell, "percentage")
        return getattr(cell, name)

    def status(self, row: int, categorie: str) -> str:
        cell = self._rows[row][3].get(categorie)
        if cell is None or cell.realised is None:
            return ""
        return monitor.cell_value(cell, "status", self.limits) or ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.value(index.row(), index.column())
        field = self.column_field(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if field and field[1] == "percentage":
                return format_fraction(value, 0) + " %"
            return format_int(value) if isinstance(value, int) else str(value)
        if role == SORT_ROLE:
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and field:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_subtotal(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and field and field[1] == "percentage":
            status = self.status(index.row(), field[0])
            if status:
                return QBrush(QColor(PROGRESS_COLOURS[status]))
        if role == Qt.ItemDataRole.ToolTipRole and field and field[1] == "percentage":
            status = self.status(index.row(), field[0])
            return {"groen": self.tr("on track"), "oranje": self.tr("behind"), "rood": self.tr("far behind")}.get(status)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section < 3:
                return (self.tr("CBS code"), self.tr("Municipality"), self.tr("Region"))[section]
            categorie, name = self.column_field(section)
            return f"{self.category_title(categorie)}\n{self.field_title(name)}"
        return super().headerData(section, orientation, role)

    def total_text(self, column: int, rows: list[int]) -> str:
        rows = [r for r in rows if not self.is_subtotal(r)]
        if column == 1:
            return self.tr("Total ({n})").format(n=len(rows))
        field = self.column_field(column)
        if field is None:
            return ""
        cells = [self._rows[r][3][field[0]] for r in rows if field[0] in self._rows[r][3]]
        if not cells:
            return ""
        total = monitor.sum_cells(cells)
        if field[1] == "percentage":
            value = monitor.cell_value(total, "percentage")
            return "" if value is None else format_fraction(value, 0) + " %"
        value = getattr(total, field[1])
        return "" if value is None else format_int(value)


class OverviewTab(QWidget):
    """The Overzicht tab: the overview table (left) and the map of the province (right)."""

    gemeente_selected = Signal(str)  # CBS code, from the map or the table

    def __init__(self, store: Callable[[], Store], undo_group: QUndoGroup | None = None,
                 regio_soort: Callable[[], str] | None = None, parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.panels: dict = {}  # no worksheet panels (the main window asks every tab for them)
        self._store = store
        self._regio_soort = regio_soort or (lambda: "veiligheidsregio")
        self._stand_per = stand_per or dt.date.today
        self.provincie_id: int | None = None
        self.periode: str | None = None
        self.overview: Overview | None = None
        self.province_name = ""
        self.model = OverviewModel(self)
        self.table = FilterTable(self.model, self.model.total_text, stretch_column=None, parent=self, frozen=2)
        self.table.view.horizontalHeader().setResizeContentsPrecision(60)  # fit on 60 rows, not thousands
        self.table.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.view.selectionModel().selectionChanged.connect(self._table_selection)
        self.grouped_box = QCheckBox(self.tr("&Subtotals per region"), self)
        self.grouped_box.toggled.connect(lambda _on: self._fill())

        self.map = MapWidget(self)
        self.map.area_clicked.connect(self.select_code)
        self.map.area_clicked.connect(self.gemeente_selected)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Opgave on the map"))
        self.category_combo.currentIndexChanged.connect(lambda _i: self._colour_map())
        self.measure_combo = QComboBox(self)
        self.measure_combo.setAccessibleName(self.tr("Measure on the map"))
        for measure in MEASURES:
            self.measure_combo.addItem(measure_label(measure), measure)
        self.measure_combo.currentIndexChanged.connect(lambda _i: self._colour_map())
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grouped_box)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choices = QHBoxLayout()
        for text, combo in ((self.tr("Opgave:"), self.category_combo), (self.tr("Measure:"), self.measure_combo)):
            caption = QLabel(text, right)
            caption.setBuddy(combo)
            choices.addWidget(caption)
            choices.addWidget(combo, 1)
        right_layout.addLayout(choices)
        right_layout.addWidget(self.map, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)

    def set_scope(self, provincie_id: int, periode: str) -> None:
        self.provincie_id, self.periode = provincie_id, periode
        self.reload()

    def reload(self) -> None:
        if self.provincie_id is None or not self.periode:
            return
        with self._store().transaction() as session:
            self.overview = province_overview(session, self.provincie_id, self.periode, self._regio_soort(),
                                              self._stand_per())
            self.limits = monitor.overview_limits(session, self.overview)
            self.province_name = areas.province_name(session, self.provincie_id)
        self.map.set_features(features_of_province(self.province_name))
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for categorie in CATEGORIES:
            if categorie in self.overview.worksheets:
                self.category_combo.addItem(self.model.category_title(categorie), categorie)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))
        self.category_combo.blockSignals(False)
        self._fill()
        stand = self.tr("Figures as of {date}; anything dated after it is left out.").format(
            date=format_date(self.overview.stand_per))
        self.note.setText(stand + " " + (
            self.tr("CONCEPT: at least one opgave is not adopted yet. Source: CBS (boundaries 2024).")
            if self.overview.concept else self.tr("Source: CBS (boundaries 2024).")))

    def _fill(self) -> None:
        grouped = self.grouped_box.isChecked()
        self.model.set_overview(self.overview, grouped, getattr(self, "limits", monitor.DEFAULT_THRESHOLDS))
        self.table.view.setSortingEnabled(not grouped)
        if grouped:
            self.table.proxy.sort(-1)
        overview = self.overview
        self.table.fit_columns(key=(overview.provincie_id, overview.periode, grouped) if overview else None)
        self._colour_map()

    def _colour_map(self) -> None:
        if self.overview is None or self.category_combo.currentData() is None:
            return
        categorie = self.category_combo.currentData()
        measure = self.measure_combo.currentData()
        values = monitor.measure_values(self.overview, categorie, measure, getattr(self, "limits", monitor.DEFAULT_THRESHOLDS))
        classification = classify(values, measure)
        texts = {}
        for row in self.overview.rows:
            cell = row.cells.get(categorie)
            if cell is not None:
                texts[row.code] = self.tr("opgave {opgave}, realised {realised}").format(
                    opgave=format_int(cell.opgave), realised="—" if cell.realised is None else format_int(cell.realised))
        self.map.set_classification(classification, texts, self.category_combo.currentText())

    def select_code(self, code: str) -> None:
        """Select a gemeente in the table (and on the map)."""
        row = self.model.row_of(code)
        if row is None:
            return
        index = self.table.proxy.mapFromSource(self.model.index(row, 1))
        if index.isValid():
            self.table.view.selectRow(index.row())
            self.table.view.scrollTo(index)
        self.map.set_selected(code)

    def selected_code(self) -> str | None:
        row = self.table.selected_source_row()
        return None if row is None else self.model.code_at(row) or None

    def _table_selection(self, *_args) -> None:
        code = self.selected_code()
        if code and code != self.map.selected:
            self.map.set_selected(code)
