"""File > Import…: choose a file, sheet and kind, check the column mapping, see every problem
in the preview, then import in one transaction (disabled while there are errors)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.opgaven import CATEGORIEEN
from regietafel.gui.file_dialogs import open_file
from regietafel.gui.screen_fit import fit_on_show, resize_to_screen
from regietafel.importing import specs
from regietafel.importing.importer import ImportOptions, ImportPlan, Problem, plan_table
from regietafel.importing.tabular import TabularError, column_letter, list_sheets, read_table
from regietafel.store import areas
from regietafel.store.imports import (
    ImportRefused,
    apply_plan,
    flag_against_computation,
    import_source,
    load_context,
)

ERROR_BRUSH = QBrush(QColor("#f4c7c3"))
WARNING_BRUSH = QBrush(QColor("#fff2cc"))
HEADER_BRUSH = QBrush(QColor("#dde4ee"))
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_CHARS = 40  # a file's column title in a choice of column; the whole title is its tooltip
LONG_CELL = 30  # characters from which a preview cell shows its whole text as a tooltip
_ROOT = QModelIndex()


class PreviewModel(QAbstractTableModel):
    """The sheet as read, with the header row shaded and problem cells marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[list[object]] = []
        self._width = 0
        self._header_row: int | None = None
        self._cells: dict[tuple[int, int], list[Problem]] = {}

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        table = plan.table if plan else None
        self._rows = table.rows if table else []
        self._width = table.width if table else 0
        self._header_row = plan.header_row if plan else None
        self._cells = plan.cell_problems() if plan else {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._width

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[r]
            value = row[c] if c < len(row) else None
            if value is None:
                return ""
            if isinstance(value, dt.datetime):
                return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
            return str(value)
        problems = self._cells.get((r, c))
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return ERROR_BRUSH if any(p.is_error for p in problems) else WARNING_BRUSH
            if r == self._header_row:
                return HEADER_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:  # the problems, and a long cell's whole text
            text = self.data(index, Qt.ItemDataRole.DisplayRole)
            lines = [p.reason for p in problems or []] + ([text] if len(text) > LONG_CELL else [])
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.FontRole and r == self._header_row:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_letter(section) if orientation == Qt.Orientation.Horizontal else str(section + 1)


class ImportDialog(QDialog):
    def __init__(self, store, parent: QWidget | None = None, period: str | None = None, province: str | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.store = store
        self.setWindowTitle(self.tr("Import data"))
        self.plan: ImportPlan | None = None
        self.table = None
        self.imported = None
        self._read_error: str | None = None
        with store.read() as session:
            self.context = load_context(session)
            period_codes = areas.periods(session)
            default_period = period or areas.default_period(session)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)

        self.sheet_combo = QComboBox(self)
        self.kind_combo = QComboBox(self)
        for kind in specs.KINDS:
            self.kind_combo.addItem(specs.kind_label(kind), kind)
        self.period_combo = QComboBox(self)
        self.period_combo.addItems(period_codes)
        if default_period in period_codes:
            self.period_combo.setCurrentText(default_period)
        self.date_edit = QDateEdit(QDate(dt.date.today().year, 1, 1), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        self.category_combo = QComboBox(self)
        for categorie in CATEGORIEEN:
            self.category_combo.addItem(categorie, categorie)
        self.category_combo.setCurrentText("huisvesting")
        # A province's import refuses rows of gemeenten elsewhere; a national file needs "all".
        self.province_combo = QComboBox(self)
        self.province_combo.addItem(self.tr("All provinces (a national file)"), None)
        for naam in self.context.provinces:
            self.province_combo.addItem(naam, naam)
        self.province_combo.setCurrentIndex(max(self.province_combo.findData(province), 0))

        self.form = QFormLayout()
        self.form.setVerticalSpacing(3)  # seven rows above the preview: the height goes to the table
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(browse)
        self.form.addRow(file_label, file_row)
        self.form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        self.form.addRow(self.tr("&Contents:"), self.kind_combo)
        self.form.addRow(self.tr("&Period:"), self.period_combo)
        self.form.addRow(self.tr("&Reference date:"), self.date_edit)
        self.form.addRow(self.tr("Ca&tegory:"), self.category_combo)
        self.form.addRow(self.tr("Municipalities &of:"), self.province_combo)

        self.mapping_box = QGroupBox(self.tr("Columns (detected; adjust where needed)"), self)
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setVerticalSpacing(2)  # up to ten columns of an opgave file, on a laptop at 125 %
        self.mapping_combos: dict[str, QComboBox] = {}

        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(False)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.problem_list = QListWidget(self)
        self.problem_list.itemActivated.connect(self._show_problem)
        self.problem_list.itemClicked.connect(self._show_problem)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(self.problem_list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(self.form, 1)
        top.addWidget(self.mapping_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        resize_to_screen(self, 1000, 680)

        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.period_combo.currentIndexChanged.connect(lambda _i: self._replan(keep_mapping=True))
        self.date_edit.dateChanged.connect(lambda _d: self._replan(keep_mapping=True))
        self.category_combo.currentIndexChanged.connect(lambda _i: self._replan(keep_mapping=True))
        self.province_combo.currentIndexChanged.connect(lambda _i: self._replan(keep_mapping=True))
        self._update_fields()
        self._replan()

    # --- public, also for tests -------------------------------------------------------------
    def set_file(self, path: Path | str) -> None:
        path = Path(path)
        self.file_edit.setText(str(path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        try:
            self.sheet_combo.addItems(list_sheets(path))
        except TabularError:
            pass
        self.sheet_combo.blockSignals(False)
        self._load_table()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def set_mapping(self, key: str, column: int | None) -> None:
        combo = self.mapping_combos[key]
        combo.setCurrentIndex(combo.findData(-1 if column is None else column))

    # --- building -------------------------------------------------------------------------
    def _kind(self) -> str:
        return self.kind_combo.currentData()

    def _update_fields(self) -> None:
        spec = specs.SPECS[self._kind()]
        self.form.setRowVisible(self.period_combo, spec.needs_period)
        self.form.setRowVisible(self.date_edit, spec.needs_peildatum or spec.value_columns)
        self.form.setRowVisible(self.category_combo, spec.needs_category)

    def _rebuild_mapping(self) -> None:
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.mapping_combos.clear()
        spec = specs.SPECS[self._kind()]
        headers = self.plan.headers if self.plan else []
        for number, column in enumerate(spec.columns):
            label = specs.column_label(column.key) + (" *" if column.required else "")
            combo = QComboBox(self.mapping_box)
            combo.addItem(self.tr("(not in file)"), -1)
            for index, header in enumerate(headers):
                short = header if len(header) <= HEADER_CHARS else header[:HEADER_CHARS - 1].rstrip() + "…"
                combo.addItem(f"{column_letter(index)}: {short}" if header else column_letter(index), index)
                combo.setItemData(combo.count() - 1, header, Qt.ItemDataRole.ToolTipRole)
            current = self.plan.mapping.get(column.key, -1) if self.plan else -1
            combo.setCurrentIndex(combo.findData(current))
            combo.currentIndexChanged.connect(lambda _i: self._replan(keep_mapping=True))
            caption = QLabel(label, self.mapping_box)
            caption.setBuddy(combo)
            self.mapping_grid.addWidget(caption, number, 0)  # one column: room for the file's headers
            self.mapping_grid.addWidget(combo, number, 1)
            self.mapping_combos[column.key] = combo
        if spec.value_columns:
            names = ", ".join(self.plan.value_columns.values()) if self.plan else ""
            note = QLabel(self.tr("Indicators (every other column): {names}").format(names=names or "–"), self.mapping_box)
            note.setWordWrap(True)
            self.mapping_grid.addWidget(note, self.mapping_grid.rowCount(), 0, 1, 2)

    def _options(self) -> ImportOptions:
        spec = specs.SPECS[self._kind()]
        date = self.date_edit.date()
        return ImportOptions(
            period=self.period_combo.currentText() or None if spec.needs_period else None,
            peildatum=dt.date(date.year(), date.month(), date.day()) if (spec.needs_peildatum or spec.value_columns) else None,
            categorie=self.category_combo.currentData() if spec.needs_category else None,
            bron=import_source(Path(self.file_edit.text()).name),
            provincie=self.province_combo.currentData(),
        )

    def _load_table(self) -> None:
        self._read_error = None
        self.table = None
        path = self.file_edit.text()
        if path:
            try:
                self.table = read_table(path, self.sheet_combo.currentText() or None)
            except TabularError as error:
                self._read_error = str(error)
        self._replan()

    def _replan(self, keep_mapping: bool = False) -> None:
        if self.table is None:
            self.plan = None
        else:
            mapping = None
            header_row = None
            if keep_mapping and self.plan is not None and self.plan.header_row is not None and self.mapping_combos:
                mapping = {k: c.currentData() for k, c in self.mapping_combos.items() if c.currentData() is not None and c.currentData() >= 0}
                header_row = self.plan.header_row
            self.plan = plan_table(self.table, self._kind(), self.context, self._options(), mapping, header_row)
            with self.store.read() as session:  # an official taakstelling that differs from art. 29: flagged
                flag_against_computation(session, self.plan)
        if not keep_mapping or not self.mapping_combos:
            self._rebuild_mapping()
        self.preview_model.set_plan(self.plan)
        if self.plan is not None and self.plan.table is not None and len(self.plan.table.rows) <= 2000:
            self.preview.resizeColumnsToContents()
            for column in range(self.preview_model.columnCount()):
                self.preview.setColumnWidth(column, min(max(self.preview.columnWidth(column), 60), 260))
        self._fill_problems()

    def _fill_problems(self) -> None:
        self.problem_list.clear()
        plan = self.plan
        if self._read_error:
            item = QListWidgetItem(self._read_error)
            item.setBackground(ERROR_BRUSH)
            self.problem_list.addItem(item)
            self.summary.setText(self.tr("The file cannot be read."))
            self.import_button.setEnabled(False)
            return
        if plan is None:
            self.summary.setText(self.tr("Choose a file to import."))
            self.import_button.setEnabled(False)
            return
        for problem in plan.problems:
            item = QListWidgetItem(str(problem))
            item.setBackground(ERROR_BRUSH if problem.is_error else WARNING_BRUSH)
            item.setData(PROBLEM_ROLE, (problem.row, problem.column))
            item.setToolTip(str(problem))
            self.problem_list.addItem(item)
        errors, warnings = len(plan.errors), len(plan.warnings)
        text = self.tr("{rows} rows read, {matched} municipalities matched, {records} records to import.").format(
            rows=plan.rows_read, matched=plan.gemeenten_matched, records=len(plan.records))
        if errors:
            text += " " + self.tr("Errors (red), to solve before importing: {errors}. Warnings (yellow): {warnings}.").format(
                errors=errors, warnings=warnings)
        elif warnings:
            text += " " + self.tr("Warnings (yellow), to check; they do not block the import: {warnings}.").format(warnings=warnings)
        self.summary.setText(text)
        self.import_button.setEnabled(plan.ok)

    # --- slots ----------------------------------------------------------------------------
    def _browse(self) -> None:
        path = open_file(self, self.tr("Choose a file to import"),
                         self.tr("Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        if path is not None:
            self.set_file(path)

    def _sheet_changed(self, _index: int) -> None:
        self._load_table()

    def _kind_changed(self, _index: int) -> None:
        self._update_fields()
        self._replan()

    def _show_problem(self, item: QListWidgetItem) -> None:
        where = item.data(PROBLEM_ROLE)
        if not where or where[0] is None:
            return
        row, column = where
        index = self.preview_model.index(row - 1, column if column is not None else 0)
        self.preview.setCurrentIndex(index)
        self.preview.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)

    def _import(self) -> None:
        if self.plan is None or not self.plan.ok:
            return
        try:
            self.imported = apply_plan(self.store, self.plan)
        except ImportRefused as error:
            QMessageBox.warning(self, self.tr("Not imported"), str(error))
            return
        self.accept()


def add_file_actions(window, file_menu: QMenu) -> None:
    """File > Import… (Ctrl+I) and File > Restore backup…, placed before Quit."""
    import_action = QAction(QCoreApplication.translate("MainWindow", "&Import…"), window)
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: run_import(window))
    restore_action = QAction(QCoreApplication.translate("MainWindow", "&Restore backup…"), window)
    restore_action.triggered.connect(lambda: _restore(window))
    file_menu.addAction(import_action)
    file_menu.addAction(restore_action)
    window.import_action, window.restore_action = import_action, restore_action


def run_import(window) -> ImportDialog:
    dialog = ImportDialog(window.store, window, window.current_period() or None,
                          window.province_combo.currentText() or None)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported is not None:
        window.load_store()
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Imported {count} records.").format(count=dialog.imported.written), 8000)
    return dialog


def _restore(window) -> None:
    from regietafel.gui.backup_dialog import BackupDialog

    BackupDialog(window, window).exec()
