"""Locaties: the province's reception and housing locations; add, edit and close them.

Realised capacity on any peildatum is derived from these locations (the opvang, COA amv and
Oekraïne worksheets read them), so a change here marks the other tabs stale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.locations import (
    SOORTEN,
    STATUSSEN,
    has_restriction,
    in_use_on,
    kind_label,
    status_label,
)
from regietafel.gui.filter_table import SORT_ROLE, FilterTable
from regietafel.gui.formatting import format_date, format_int, header_lines
from regietafel.gui.screen_fit import fit_on_show
from regietafel.store import areas
from regietafel.store.database import Store
from regietafel.store.locations import (
    LocationError,
    LocationInput,
    LocationRow,
    check,
    close_location,
    province_locations,
    save_location,
)

COLUMNS = ("gemeente", "naam", "soort", "capaciteit", "bezetting", "begindatum", "einddatum", "status",
           "duurzaam", "doelgroep_restrictie")
NUMERIC = {"capaciteit", "bezetting"}
MAX_PLACES = 1_000_000
WARNING = "⚠"


class LocationsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[LocationRow] = []
        self.on = dt.date.today()

    def set_rows(self, rows: list[LocationRow], on: dt.date | None = None) -> None:
        """``on``: the stand-per date the totals count the locations in use on."""
        self.beginResetModel()
        self._rows = rows
        self.on = on or dt.date.today()
        self.endResetModel()

    def rows(self) -> list[LocationRow]:
        return list(self._rows)

    def row_at(self, row: int) -> LocationRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def header(self, key: str) -> str:
        return {"gemeente": self.tr("Municipality"), "naam": self.tr("Location"), "soort": self.tr("Kind"),
                "capaciteit": self.tr("Capacity"), "bezetting": self.tr("Occupancy"), "begindatum": self.tr("Start"),
                "einddatum": self.tr("End"), "status": self.tr("Status"), "duurzaam": self.tr("Durable"),
                "doelgroep_restrictie": self.tr("Target group restriction")}[key]

    def display(self, row: LocationRow, key: str) -> str:
        value = getattr(row, key)
        if key == "soort":
            return kind_label(value)
        if key == "status":
            return status_label(value)
        if key == "duurzaam":
            return self.tr("yes") if value else ""
        if key == "doelgroep_restrictie":
            return f"{WARNING} {value}" if has_restriction(value) else ""
        if isinstance(value, dt.date):
            return format_date(value)
        if key == "bezetting" and row.bezetting > row.capaciteit:
            return f"{format_int(value)} {WARNING}"
        return format_int(value) if isinstance(value, int) else (value or "")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key)
        if role == SORT_ROLE:
            value = getattr(row, key)
            if isinstance(value, dt.date):
                return value.toordinal()
            if value is None:
                return -1
            return int(value) if isinstance(value, bool) else value if isinstance(value, int) else self.display(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "doelgroep_restrictie" and row.restricted:
                return QBrush(QColor("#fdd0a2"))
            if key == "bezetting" and row.bezetting > row.capaciteit:
                return QBrush(QColor("#fdd0a2"))
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "gesloten":
            return QBrush(QColor("#757575"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "doelgroep_restrictie" and row.restricted:
                return self.tr("The seed letter asks provinces not to restrict the target group of a location.")
            if key == "duurzaam":
                return self.tr("Durable: more than 100 places and more than 5 years (Spreidingswet).")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return header_lines(self.header(COLUMNS[section]))
        return super().headerData(section, orientation, role)

    def total_text(self, column: int, rows: list[int]) -> str:
        key = COLUMNS[column]
        if key == "gemeente":
            return self.tr("Total")
        if key == "naam":
            return self.tr("{n} locations").format(n=format_int(len(rows)))
        if key in NUMERIC:
            # The domain's one rule: in use on the stand-per date (a closed location until its end date).
            return format_int(sum(getattr(self._rows[r], key) for r in rows if in_use_on(self._rows[r].span(), self.on)))
        if key == "doelgroep_restrictie":
            count = sum(1 for r in rows if self._rows[r].restricted)
            return f"{WARNING} {format_int(count)}" if count else ""
        if key == "duurzaam":
            return format_int(sum(1 for r in rows if self._rows[r].duurzaam))
        return ""


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


class LocationDialog(QDialog):
    """Add or edit one location, with validation before anything is stored."""

    def __init__(self, gemeenten: list[tuple[str, str]], row: LocationRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Edit location") if row else self.tr("New location"))
        self.gemeente_combo = QComboBox(self)
        for code, naam in gemeenten:
            self.gemeente_combo.addItem(f"{naam} ({code})", code)
        self.naam_edit = QLineEdit(self)
        self.soort_combo = QComboBox(self)
        for code in SOORTEN:
            self.soort_combo.addItem(kind_label(code), code)
        self.capaciteit_spin = QSpinBox(self)
        self.bezetting_spin = QSpinBox(self)
        for spin in (self.capaciteit_spin, self.bezetting_spin):
            spin.setRange(0, MAX_PLACES)
            spin.setGroupSeparatorShown(True)
        self.begin_edit = QDateEdit(self)
        self.end_check = QCheckBox(self.tr("Has an end date"), self)
        self.end_edit = QDateEdit(self)
        for edit in (self.begin_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.status_combo = QComboBox(self)
        for code in STATUSSEN:
            self.status_combo.addItem(status_label(code), code)
        self.restrictie_edit = QLineEdit(self)
        self.restrictie_edit.setPlaceholderText(self.tr("None (the seed letter asks not to restrict)"))
        self.opmerking_edit = QLineEdit(self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#b71c1c;")
        form = QFormLayout(self)
        for text, widget in ((self.tr("&Municipality:"), self.gemeente_combo), (self.tr("&Name:"), self.naam_edit),
                             (self.tr("&Kind:"), self.soort_combo), (self.tr("&Capacity:"), self.capaciteit_spin),
                             (self.tr("&Occupancy:"), self.bezetting_spin), (self.tr("&Start date:"), self.begin_edit),
                             ("", self.end_check), (self.tr("&End date:"), self.end_edit),
                             (self.tr("S&tatus:"), self.status_combo),
                             (self.tr("Target group &restriction:"), self.restrictie_edit),
                             (self.tr("&Remark:"), self.opmerking_edit)):
            form.addRow(text, widget)
        form.addRow(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._warned = False
        self.begin_edit.setDate(QDate.currentDate())
        self.end_edit.setDate(QDate.currentDate().addYears(5))
        self.end_edit.setEnabled(False)
        if row is not None:
            self._show(row)

    def _show(self, row: LocationRow) -> None:
        """The fields filled with the location being edited."""
        self.gemeente_combo.setCurrentIndex(max(self.gemeente_combo.findData(row.code), 0))
        self.naam_edit.setText(row.naam)
        index = self.soort_combo.findData(row.soort)
        if index < 0:
            self.soort_combo.addItem(row.soort, row.soort)
            index = self.soort_combo.count() - 1
        self.soort_combo.setCurrentIndex(index)
        self.capaciteit_spin.setValue(row.capaciteit)
        self.bezetting_spin.setValue(row.bezetting)
        if row.begindatum:
            self.begin_edit.setDate(_qdate(row.begindatum))
        self.end_check.setChecked(row.einddatum is not None)
        if row.einddatum:
            self.end_edit.setDate(_qdate(row.einddatum))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(row.status), 0))
        self.restrictie_edit.setText(row.doelgroep_restrictie)
        self.opmerking_edit.setText(row.opmerking)

    def value(self) -> LocationInput:
        end = self.end_edit.date().toPython() if self.end_check.isChecked() else None
        return LocationInput(
            gemeente_code=self.gemeente_combo.currentData(), naam=self.naam_edit.text(),
            soort=self.soort_combo.currentData(), capaciteit=self.capaciteit_spin.value(),
            bezetting=self.bezetting_spin.value(), begindatum=self.begin_edit.date().toPython(), einddatum=end,
            status=self.status_combo.currentData(), doelgroep_restrictie=self.restrictie_edit.text(),
            opmerking=self.opmerking_edit.text())

    def messages(self) -> tuple[list[str], list[str]]:
        """(blocking errors, warnings), translated."""
        problems = check(self.value())
        errors = [p.message for p in problems if p.blocking]
        warnings = [p.message for p in problems if not p.blocking]
        if has_restriction(self.restrictie_edit.text()):
            warnings.append(self.tr("The seed letter asks provinces not to restrict the target group."))
        return errors, warnings

    def _accept(self) -> None:
        errors, warnings = self.messages()
        if errors:
            self.problems.setText("\n".join(errors))
            return
        if warnings and not self._warned:  # show once; OK again saves
            self._warned = True
            self.problems.setText("\n".join(warnings) + "\n" + self.tr("Press OK again to save anyway."))
            return
        self.accept()


class LocationsTab(QWidget):
    changed = Signal()

    def __init__(self, store: Callable[[], Store], undo_group: QUndoGroup | None = None,
                 regio_soort: Callable[[], str] | None = None, parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.panels: dict = {}  # no worksheet panels (the main window asks every tab for them)
        self._store = store
        self._stand_per = stand_per or dt.date.today
        self.provincie_id: int | None = None
        self.periode: str | None = None
        self.model = LocationsModel(self)
        # The last column (restriction) takes the spare width; names keep their full width.
        self.table = FilterTable(self.model, self.model.total_text, stretch_column=len(COLUMNS) - 1, parent=self,
                                 frozen=2, sort_column=0)
        self.table.view.horizontalHeader().setResizeContentsPrecision(60)  # fit on 60 rows, not thousands
        self.table.filter_edit.setPlaceholderText(self.tr("Filter by municipality, location, kind or status…"))
        self.table.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("&New location…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button = QPushButton(self.tr("&Close location…"), self)
        self.close_button.clicked.connect(self.close_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b71c1c;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.close_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.message.hide()

    def set_scope(self, provincie_id: int, periode: str) -> None:
        self.provincie_id, self.periode = provincie_id, periode
        self.reload()

    def reload(self) -> None:
        if self.provincie_id is None:
            return
        with self._store().read() as session:
            rows = province_locations(session, self.provincie_id)
            self.gemeenten = areas.current_gemeenten(session, self.provincie_id)
        on = self._stand_per()
        self.model.set_rows(rows, on)
        self.table.fit_columns()
        restricted = sum(1 for r in rows if r.restricted)
        self.summary.setText(self.tr(
            "{n} locations; capacity and occupancy totals count the locations in use on {date} (a closed location "
            "up to its end date; one in preparation not yet). {warning} {r} with a target group restriction: "
            "the seed letter asks provinces not to restrict.").format(
                n=format_int(len(rows)), date=format_date(on), warning=WARNING, r=format_int(restricted)))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected(self) -> LocationRow | None:
        row = self.table.selected_source_row()
        return None if row is None else self.model.row_at(row)

    def add(self) -> None:
        dialog = LocationDialog(self.gemeenten, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.value())

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.show_message(self.tr("Select a location first."))
            return
        dialog = LocationDialog(self.gemeenten, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.value(), row.id)

    def save(self, data: LocationInput, location_id: int | None = None) -> bool:
        """Store one location in one transaction; False (and a message) when refused."""
        try:
            with self._store().transaction() as session:
                save_location(session, data, location_id)
        except LocationError as error:
            self.show_message(str(error))
            return False
        self.show_message("")
        self.reload()
        self.changed.emit()
        return True

    def close_selected(self) -> None:
        row = self.selected()
        if row is None:
            self.show_message(self.tr("Select a location first."))
            return
        dialog = QDialog(self)
        fit_on_show(dialog)
        dialog.setWindowTitle(self.tr("Close location"))
        form = QFormLayout(dialog)
        form.addRow(QLabel(self.tr("{name}: its places count up to and including the closing date.").format(
            name=row.naam), dialog))
        date_edit = QDateEdit(QDate.currentDate(), dialog)
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat("d-M-yyyy")
        form.addRow(self.tr("Closing &date:"), date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.close_location(row.id, date_edit.date().toPython())

    def close_location(self, location_id: int, on: dt.date) -> bool:
        try:
            with self._store().transaction() as session:
                close_location(session, location_id, on)
        except LocationError as error:
            QMessageBox.warning(self, self.tr("Close location"), str(error))
            return False
        self.reload()
        self.changed.emit()
        return True
