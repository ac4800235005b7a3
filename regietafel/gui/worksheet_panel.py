"""The working tool for one opgave in one province and period.

Shows the newest version of the distribution (or an older one, read-only), lets the
secretariat lock numbers, set bounds, change total/key/method/grouping, record exchanges,
adopt a version and start a new concept. Every change goes through an undoable command that
calls the store services; the panel itself computes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.periods import HalfYear
from regietafel.domain.verdeelmotor import ExchangeError, InfeasibleError, Method, SurplusPolicy
from regietafel.gui.cell_marks import WorksheetLegend
from regietafel.gui.filter_table import FilterTable
from regietafel.gui.flow_layout import FlowLayout, keep_together
from regietafel.gui.formatting import format_date, format_fraction, format_int
from regietafel.gui.regio_subtotals import RegioSubtotals
from regietafel.gui.scrolling_text import ScrollingText
from regietafel.gui.undo_commands import ChangeVerdelingCommand
from regietafel.gui.verdeling_dialogs import (
    MAX_PLACES,
    DurableCreditDialog,
    ExchangeDialog,
    OwnGroupingDialog,
    WeightedKeyDialog,
)
from regietafel.gui.worksheet_model import WorksheetModel
from regietafel.gui.worksheet_row_menu import RowMenu, parse_whole_number
from regietafel.gui.worksheet_texts import WorksheetTexts
from regietafel.gui.worksheet_versions import VersionViews
from regietafel.store import areas, verdelingen, vergaderingen
from regietafel.store.database import Store
from regietafel.store.errors import ConflictError, StoreError
from regietafel.store.sleutels import KeySpec, indicator_names
from regietafel.store.verdelingen import Computed, VerdelingSettings
from regietafel.store.werkblad import Worksheet, rework, worksheet

GROUPINGS = (None, "veiligheidsregio", "arbeidsmarktregio", "corop", "eigen")
ERROR_STYLE = "background:#ffebee; color:#b71c1c; padding:4px; border:1px solid #ef9a9a;"
INFO_STYLE = "background:#e3f2fd; padding:4px; border:1px solid #90caf9;"


class WorksheetPanel(QWidget):
    changed = Signal()  # something was stored: other views may refresh
    opgave_wanted = Signal(str)  # the user wants to type the opgave of this category

    def __init__(self, categorie: str, store: Callable[[], Store], undo_stack: QUndoStack,
                 regio_soort: Callable[[], str], parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.categorie = categorie
        self._store = store
        self.undo_stack = undo_stack
        self._regio_soort = regio_soort
        self._stand_per = stand_per or dt.date.today
        self.provincie_id: int | None = None
        self.periode: str | None = None
        self.sheet: Worksheet | None = None
        self._selected_version: int | None = None  # None: the newest
        self._previous: dict[str, int] = {}
        self._loading = False
        self.show_deviation = False  # View > Difference from the key (a column more on a small screen)
        self._choices: tuple[list, list] | None = None  # population dates and indicators, as last loaded

        self.texts = WorksheetTexts(self)
        self.versions = VersionViews(store, self)
        self.row_menu = RowMenu(self)
        self.model = WorksheetModel(categorie, self)
        # Queued: the table finishes committing and closing its editor before the edit changes
        # the model (a reset under an open editor made Qt warn "commitData called with an editor
        # that does not belong to this view" when the editor then lost focus).
        self.model.edit_requested.connect(self._cell_edited, Qt.ConnectionType.QueuedConnection)
        self.table = FilterTable(self.model, self._total_text, stretch_column=None, parent=self, frozen=2)
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self.row_menu.show)
        self.table.view.selectionModel().selectionChanged.connect(self._show_account)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_lock_buttons())
        # Releasing is as easy as fixing: Delete (or Backspace) on a fixed row releases it.
        self.table.view.installEventFilter(self)

        self._rows: list[QWidget] = []
        self._build_controls()
        self.account = QTextBrowser(self)
        self.account.setAccessibleName(self.tr("Account of the selected number"))
        self.account.setPlaceholderText(self.tr("Select a municipality to see how its number was computed."))
        self.account.setMinimumHeight(2 * self.account.fontMetrics().lineSpacing() + 2 * self.account.frameWidth() + 2)
        self.regio_table = RegioSubtotals(self)
        self.regio_table.hide()
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.regio_table)
        splitter.addWidget(self.table)
        splitter.addWidget(self.account)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        for index in range(splitter.count()):
            splitter.setCollapsible(index, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        for row in self._rows:
            layout.addWidget(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_area)

    # --- construction -------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.version_combo = QComboBox(self)
        self.version_combo.setAccessibleName(self.tr("Version"))
        self.version_combo.activated.connect(self._version_chosen)
        self.total_spin = QSpinBox(self)
        self.total_spin.setRange(0, MAX_PLACES)
        self.total_spin.setGroupSeparatorShown(True)
        self.total_spin.setAccessibleName(self.tr("Total to distribute"))
        self.total_spin.editingFinished.connect(self._total_edited)
        self.key_combo = QComboBox(self)
        self.key_combo.setAccessibleName(self.tr("Key"))
        self.key_combo.activated.connect(lambda _i: self._key_changed())
        self.date_combo = QComboBox(self)
        self.date_combo.setAccessibleName(self.tr("Population reference date"))
        self.date_combo.activated.connect(lambda _i: self._key_changed())
        self.method_combo = QComboBox(self)
        self.method_combo.setAccessibleName(self.tr("Method"))
        for method, label in ((Method.HAMILTON, self.tr("Largest remainder (Hamilton)")),
                              (Method.SAINTE_LAGUE, self.tr("Sainte-Laguë")),
                              (Method.DHONDT, self.tr("D'Hondt")),
                              (Method.CEIL, self.tr("Round up (Huisvestingswet art. 29)"))):
            self.method_combo.addItem(label, method.value)
        self.method_combo.activated.connect(lambda _i: self._setting_changed(
            "methode", self.method_combo.currentData(), self.tr("Method: {value}").format(value=self.method_combo.currentText())))
        self.grouping_combo = QComboBox(self)
        self.grouping_combo.setAccessibleName(self.tr("Two-level distribution"))
        for soort, label in zip(GROUPINGS, (self.tr("One level"), self.tr("Via safety regions"),
                                            self.tr("Via labour market regions"), self.tr("Via COROP regions"),
                                            self.tr("Via own grouping")), strict=True):
            self.grouping_combo.addItem(label, soort)
        self.grouping_combo.activated.connect(lambda _i: self._grouping_changed())
        self.policy_combo = QComboBox(self)
        self.policy_combo.setAccessibleName(self.tr("Surplus policy"))
        self.policy_combo.addItem(self.tr("Surplus kept"), SurplusPolicy.KEEP.value)
        self.policy_combo.addItem(self.tr("Surplus redistributed"), SurplusPolicy.REDISTRIBUTE.value)
        self.policy_combo.activated.connect(lambda _i: self._setting_changed(
            "overschot_beleid", self.policy_combo.currentData(), self.tr("Credit: {value}").format(value=self.policy_combo.currentText())))

        for combo in (self.version_combo, self.key_combo, self.date_combo, self.method_combo, self.grouping_combo,
                      self.policy_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # One row of controls that wraps where the window is narrow: long Dutch labels and
        # 125-150 % scaling fit a 1366-pixel laptop screen, and no line is half empty.
        # First the version and what can be done with it, then how the number is divided, then
        # a change with its reason and the tab's own actions (inserted by the tab).
        self.controls = self._flow_row()
        version_caption = keep_together(QLabel(self.tr("&Version:"), self))
        version_caption.setBuddy(self.version_combo)
        self.controls.addWidget(version_caption)
        self.controls.addWidget(self.version_combo)

        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason for the next change (optional)"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setMinimumWidth(self.reason_edit.fontMetrics().horizontalAdvance(
            self.reason_edit.placeholderText()) + 24)
        self.adopt_button = QPushButton(self.tr("&Adopt…"), self)
        self.adopt_button.clicked.connect(self.versions.adopt)
        self.new_concept_button = QPushButton(self.tr("&New concept"), self)
        self.new_concept_button.clicked.connect(self.new_concept)
        self.compare_button = QPushButton(self.tr("Com&pare…"), self)
        self.compare_button.clicked.connect(self.versions.compare)
        self.exchange_button = QPushButton(self.tr("E&xchange…"), self)
        self.exchange_button.clicked.connect(lambda: self.add_exchange())
        self.log_button = QPushButton(self.tr("Change &log"), self)
        self.log_button.clicked.connect(self.versions.show_log)
        self.account_button = QPushButton(self.tr("Full acco&unt"), self)
        self.account_button.clicked.connect(self.versions.show_full_account)
        for button in (self.new_concept_button, self.adopt_button, self.compare_button, self.log_button):
            self.controls.addWidget(button)
        for label, widget in ((self.tr("&Total:"), self.total_spin), (self.tr("&Key:"), self.key_combo),
                              (self.tr("Reference &date:"), self.date_combo), (self.tr("&Method:"), self.method_combo)):
            caption = keep_together(QLabel(label, self))
            caption.setBuddy(widget)
            self.controls.addWidget(caption)
            self.controls.addWidget(widget)
        self.controls.addWidget(self.grouping_combo)
        self.controls.addWidget(self.policy_combo)
        self.controls.addWidget(self.table.detach_filter())
        self.controls.addWidget(self.reason_edit)
        self.fix_button = QPushButton(self.tr("F&ix"), self)
        self.fix_button.setToolTip(self.tr("Fix the selected municipality at its current number."))
        self.fix_button.clicked.connect(self.fix_selected)
        self.release_button = QPushButton(self.tr("&Release"), self)
        self.release_button.setToolTip(self.tr("Release the fixed number of the selected municipality (Delete)."))
        self.release_button.clicked.connect(self.release_selected)
        for button in (self.fix_button, self.release_button, self.exchange_button, self.account_button):
            self.controls.addWidget(button)
        self.legend = WorksheetLegend(self)
        self.controls.addWidget(self.legend)

        self.banner = QLabel(self)
        self.banner.setStyleSheet(INFO_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary_area = ScrollingText(self.summary, self)
        # Without a known total: what is missing, and the way to type it in.
        self.empty_row = QWidget(self)
        self.empty_box = QLabel(self.empty_row)
        self.empty_box.setWordWrap(True)
        self.enter_opgave_button = QPushButton(self.tr("&Enter opgave…"), self.empty_row)
        self.enter_opgave_button.clicked.connect(lambda: self.opgave_wanted.emit(self.categorie))
        row = QHBoxLayout(self.empty_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.empty_box, 1)
        row.addWidget(self.enter_opgave_button, 0, Qt.AlignmentFlag.AlignTop)
        self.empty_row.hide()

    def add_tab_action(self, button: QPushButton) -> None:
        """A button of the tab's own (e.g. the supervision thresholds), beside the panel's actions."""
        self.controls.insertWidget(self.controls.indexOf(self.exchange_button), button)

    def _flow_row(self) -> FlowLayout:
        row = QWidget(self)
        self._rows.append(row)
        return FlowLayout(row)

    # --- loading ------------------------------------------------------------------------
    def set_scope(self, provincie_id: int, periode: str) -> None:
        if (provincie_id, periode) != (self.provincie_id, self.periode):
            self._previous = {}
            self._selected_version = None
        self.provincie_id, self.periode = provincie_id, periode
        self.reload()

    def reload(self) -> None:
        """Show the store's state; a message about an earlier action goes (it would be stale)."""
        if self.provincie_id is None or not self.periode:
            return
        self.show_message("")
        self._loading = True
        try:
            with self._store().transaction() as session:
                newest = verdelingen.ensure_version(session, self.categorie, self.periode, self.provincie_id)
                if newest is None:
                    self.sheet = None
                else:
                    wanted = self._selected_version or newest.id
                    self.sheet = worksheet(session, wanted, self._regio_soort(), self._stand_per())
                dates = areas.population_dates(session)
                indicators = indicator_names(session)
            self._choices = (dates, indicators)
            self._fill_controls(dates, indicators)
            self._fill_table()
        except (InfeasibleError, ExchangeError, ValueError, StoreError) as error:
            self.sheet = None
            self.show_message(str(error))
            self._fill_table()
        finally:
            self._loading = False

    def _fill_controls(self, dates, indicators) -> None:
        has_sheet = self.sheet is not None
        self.empty_row.setVisible(not has_sheet)
        for part in (*self._rows, self.splitter):  # no stale settings of another period beside the message
            part.setVisible(has_sheet)
        self.enter_opgave_button.setVisible(not self._store().read_only)
        for widget in (self.version_combo, self.total_spin, self.key_combo, self.date_combo, self.method_combo,
                       self.grouping_combo, self.policy_combo, self.adopt_button, self.new_concept_button,
                       self.compare_button, self.exchange_button, self.log_button, self.account_button):
            widget.setEnabled(has_sheet)
        if not has_sheet:
            self.empty_box.setText(self.tr(
                "No total is known for this opgave in this province and period yet. Type it in (Enter "
                "opgave…) or import the figures (File > Import…)."))
            self.banner.hide()
            return
        sheet = self.sheet
        settings = sheet.settings
        spec = settings.key_spec
        _set_items(self.version_combo, [(self.texts.version_label(version), version.id) for version in sheet.versions])
        self.version_combo.setCurrentIndex(self.version_combo.findData(sheet.verdeling.id))
        self.total_spin.setValue(settings.totaal)
        keys = [(self.tr("Population"), ("inwoners", None)), (self.tr("Equal shares"), ("gelijk", None))]
        for name in indicators:
            keys.append((self.tr("Population × (1 + {name})").format(name=name), ("ses", name)))
            keys.append((self.tr("Own key: {name}").format(name=name), ("eigen", name)))
        keys.append((spec.describe() if spec.soort == "mix" else self.tr("Weighted mix…"), ("mix", None)))
        _set_items(self.key_combo, keys)
        self.key_combo.setCurrentIndex(max(self.key_combo.findData((spec.soort, spec.indicator)), 0))
        _set_items(self.date_combo, [(format_date(date), date.isoformat()) for date in dates])
        self.date_combo.setCurrentIndex(self.date_combo.findData(spec.peildatum.isoformat() if spec.peildatum else ""))
        self.method_combo.setCurrentIndex(self.method_combo.findData(settings.methode))
        self.grouping_combo.setCurrentIndex(max(self.grouping_combo.findData(settings.indeling), 0))
        self.policy_combo.setCurrentIndex(self.policy_combo.findData(settings.overschot_beleid))
        read_only = self.read_only()
        for widget in (self.total_spin, self.key_combo, self.date_combo, self.method_combo, self.grouping_combo,
                       self.policy_combo, self.adopt_button, self.exchange_button):
            widget.setEnabled(not read_only)
        self.new_concept_button.setEnabled(not self._store().read_only)
        several = len(sheet.versions) > 1
        self.compare_button.setEnabled(several)
        self.compare_button.setToolTip("" if several else self.tr(
            "There is one version so far; start a new concept to compare versions."))
        if sheet.read_only:  # adopted (a read-only role is explained by the window)
            version = sheet.verdeling
            self.banner.setText(self.tr(
                "Version {version} was adopted on {date} and is read-only. Start a new concept to make changes."
            ).format(version=version.versie, date=format_date(version.vastgesteld_op)))
            self.banner.show()
        else:
            self.banner.hide()

    def _fill_table(self) -> None:
        sheet = self.sheet
        rows = sheet.rows if sheet else []
        occupancy = getattr(sheet, "occupancy", {}) if sheet else {}
        self.model.set_rows(rows, self._previous, self.read_only(), occupancy, bool(sheet and sheet.forecast))
        # All columns are fitted once per scope and version, not on every edit; a column that
        # only matters when used (bounds, exchanges, carry-over, the check) hides while empty and
        # is fitted alone when it appears.
        # A status that becomes a forecast ("oranje (prognose)") is wider: fitted again.
        self.table.fit_columns(key=(self.provincie_id, self.periode, sheet.verdeling.id if sheet else None,
                                    self.model.forecast, self.model.show_computed))
        for column, spec in enumerate(self.model.columns):
            if spec.key in ("previous", "minimum", "maximum", "credit", "exchanged", "carried", "computed", "amv",
                            "plain_quota", "deviation"):
                if spec.key in ("plain_quota", "deviation"):  # beside the key only while an agreement moves it
                    empty = not any(r.lock is not None or r.minimum is not None or r.maximum is not None
                                    or r.credit or r.exchanged for r in rows)
                    empty = empty or (spec.key == "deviation" and not self.show_deviation)
                else:
                    empty = all(self.model.value(row, spec.key) in (None, 0) for row in rows)
                if self.table.view.isColumnHidden(column) != empty:
                    self.table.view.setColumnHidden(column, empty)
                    self.table.totals_view.setColumnHidden(column, empty)
                    if not empty:
                        self.table.fit_column(column)
        # A padlock or an arrow beside a number (fixed, or moved by this change) needs room too.
        view = self.table.view
        for column in (self.model.column_of("assigned"), self.model.column_of("previous")):
            if not view.isColumnHidden(column) and view.columnWidth(column) < self.table.content_width(column):
                self.table.fit_column(column)
        self.regio_table.show_sheet(sheet)
        self.summary.setText(self.texts.summary(sheet) if sheet else "")
        self.summary_area.updateGeometry()
        self._show_account()
        self._update_lock_buttons()

    def read_only(self) -> bool:
        """An adopted version, or a user who may only read the (shared) database."""
        return self.sheet is None or self.sheet.read_only or self._store().read_only

    # --- totals row ---------------------------------------------------------------------
    def _total_text(self, column: int, rows: list[int]) -> str:
        columns = self.model.columns
        if column >= len(columns):
            return ""
        key = columns[column].key
        visible = [self.model.rows()[r] for r in rows]
        if key == "code":
            return self.tr("Total")
        if key == "naam":
            return self.tr("%n municipalities", "", len(visible))
        if key in ("quota", "plain_quota", "deviation"):
            values = [self.model.value(r, key) for r in visible]
            return self.model.display(key, sum((v for v in values if v is not None), Fraction(0)))
        if key == "key":
            total = sum((r.key for r in visible), 0)
            return format_int(total.numerator) if total.denominator == 1 else format_fraction(total, 4)
        if not columns[column].summed:
            return ""
        value = self.model.total(key, visible)
        return "" if value is None else self.model.display(key, value)

    # --- account ------------------------------------------------------------------------
    def selected_row(self):
        source_row = self.table.selected_source_row()
        return None if source_row is None else self.model.rows()[source_row]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.table.view and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.release_selected()):
            return True
        return super().eventFilter(watched, event)

    def _update_lock_buttons(self) -> None:
        row = self.selected_row()
        editable = row is not None and not self.read_only()
        self.fix_button.setEnabled(editable and row.lock is None)
        self.release_button.setEnabled(editable and row.lock is not None)

    def fix_selected(self) -> bool:
        row = self.selected_row()
        return row is not None and row.lock is None and not self.read_only() and self.lock(row.code, row.assigned)

    def release_selected(self) -> bool:
        row = self.selected_row()
        return row is not None and row.lock is not None and not self.read_only() and self.unlock(row.code)

    def _show_account(self, *_args) -> None:
        row = self.selected_row()
        if row is None or self.sheet is None:
            self.account.clear()
            return
        self.account.setHtml(self.texts.account(self.sheet, row, self.model.display("key", row.key)))

    # --- changing -----------------------------------------------------------------------
    def show_message(self, text: str, error: bool = True) -> None:
        """A refusal (red) or what an action did (blue); gone at the next change or reload."""
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _change(self, after, description: str) -> bool:
        """Apply new settings through an undoable command; False (and a message) if refused."""
        sheet = self.sheet
        if self.read_only():
            return False
        if after == sheet.settings:
            return True
        command = ChangeVerdelingCommand(self._store, sheet.verdeling.id, sheet.settings, after, description,
                                         self.reason_edit.text().strip(), self._after_command,
                                         sheet.verdeling.wijzigingsnummer, self.refused_by_store)
        self._previous = {row.code: row.assigned for row in sheet.rows}
        try:
            command.apply_first()
        except (InfeasibleError, ExchangeError, ValueError) as error:
            self._previous = {}
            self.reload()
            self.show_message(self.tr("Not changed: {reason}").format(reason=str(error)))
            return False
        except StoreError as error:
            self.refused_by_store(error)
            return False
        self.show_message("")
        self.reason_edit.clear()
        self.undo_stack.push(command)
        return True

    def refused_by_store(self, error: StoreError) -> None:
        """A colleague changed the version first, the connection was lost or the role may not
        write: that one change is not stored. Say so, and show the database as it is now; the
        undo history (snapshots of the old state) would overwrite the colleague's work, so it ends."""
        self._previous = {}
        if isinstance(error, ConflictError):
            QTimer.singleShot(0, self.undo_stack.clear)  # not from inside the stack's own undo()
        self.reload()
        self.show_message(str(error))
        self.changed.emit()

    def _after_command(self, verdeling_id: int, settings: VerdelingSettings, computed: Computed,
                       change_number: int) -> None:
        """A change (or its undo) was stored: show its result. The worksheet is re-assembled from
        what it already holds when the change stays within it, else loaded again."""
        sheet = self.sheet
        reworked = None
        if sheet is not None and sheet.verdeling.id == verdeling_id and self._choices is not None:
            reworked = rework(sheet, settings, computed, change_number)
        if reworked is None:
            self.reload()
        else:
            self._loading = True
            try:
                self.sheet = reworked
                self._fill_controls(*self._choices)
                self._fill_table()
            finally:
                self._loading = False
        self.changed.emit()

    def _cell_edited(self, code: str, text: str) -> None:
        row = next(r for r in self.model.rows() if r.code == code)
        if not text.strip():
            self.unlock(code)
            return
        try:
            value = parse_whole_number(text)
        except ValueError as error:
            self.show_message(self.tr("{name}: not changed, {reason}.").format(name=row.naam, reason=str(error)))
            return
        if value < 0:
            self.show_message(self.tr("{name}: a negative number is not possible.").format(name=row.naam))
            return
        total = self.sheet.computed.province_total  # a province divides its own total only
        if value > total:
            self.show_message(self.tr("{name}: {value} is more than the whole total {total}.").format(
                name=row.naam, value=format_int(value), total=format_int(total)))
            return
        self.lock(code, value)

    def lock(self, code: str, value: int) -> bool:
        naam = self._name(code)
        after = self.sheet.settings.with_constraint(code, "vast", value)
        return self._change(after, self.tr("Fix {name} at {value}").format(name=naam, value=format_int(value)))

    def unlock(self, code: str) -> bool:
        after = self.sheet.settings.with_constraint(code, "vast", None)
        return self._change(after, self.tr("Release {name}").format(name=self._name(code)))

    def set_bounds(self, code: str, minimum: int | None, maximum: int | None, credit: int | None) -> bool:
        after = self.sheet.settings
        for soort, value in (("minimum", minimum), ("maximum", maximum), ("verrekening", credit)):
            after = after.with_constraint(code, soort, value)
        return self._change(after, self.tr("Bounds for {name}").format(name=self._name(code)))

    def _name(self, code: str) -> str:
        return next((r.naam for r in self.model.rows() if r.code == code), code)

    def _total_edited(self) -> None:
        if self._loading or self.sheet is None or self.total_spin.value() == self.sheet.settings.totaal:
            return
        self._setting_changed("totaal", self.total_spin.value(),
                              self.tr("Total: {value}").format(value=format_int(self.total_spin.value())))

    def _setting_changed(self, field: str, value, description: str) -> None:
        if self._loading or self.sheet is None:
            return
        self._change(replace(self.sheet.settings, **{field: value}), description)

    def _grouping_changed(self) -> None:
        if self._loading or self.sheet is None:
            return
        soort = self.grouping_combo.currentData()
        if soort == "eigen":
            with self._store().read() as session:
                current = areas.own_grouping(session, self.provincie_id)
            if not current and not self.edit_own_grouping():
                self.reload()
                return
        self._setting_changed("indeling", soort,
                              self.tr("Distribution: {value}").format(value=self.grouping_combo.currentText()))

    def edit_own_grouping(self) -> bool:
        with self._store().read() as session:
            current = areas.own_grouping(session, self.provincie_id)
        gemeenten = sorted(((r.code, r.naam) for r in self.model.rows()), key=lambda item: item[1])
        dialog = OwnGroupingDialog(gemeenten, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.save_own_grouping(dialog.groups())

    def save_own_grouping(self, groups: dict[str, str]) -> bool:
        try:
            with self._store().transaction() as session:
                areas.set_own_grouping(session, self.provincie_id, groups)
        except ValueError as error:
            self.show_message(str(error))
            return False
        self.show_message("")
        self.reload()
        return True

    def credit_durable_places(self, confirm: bool = True) -> bool:
        """Opvang: existing durable places (> 100 places, > 5 years, in use on the opgave's
        peildatum) count as credit for their gemeente; replaces earlier credits, undoable. First
        says what it will do (``confirm``), afterwards what changed."""
        if self.sheet is None or self.read_only():
            return False
        from regietafel.store.locaties import durable_places

        with self._store().read() as session:
            source = verdelingen.provincial_total(session, self.categorie, self.periode, self.provincie_id)
            on = source.peildatum if source and source.peildatum else HalfYear.parse(self.periode).end
            places = durable_places(session, self.provincie_id, self.categorie, on)
        rows = sorted(self.model.rows(), key=lambda r: r.naam)
        if confirm:
            listed = [(r.naam, places[r.code], r.credit) for r in rows if places.get(r.code)]
            if DurableCreditDialog(format_date(on), listed, self).exec() != QDialog.DialogCode.Accepted:
                return False
        after = self.sheet.settings
        for row in rows:
            after = after.with_constraint(row.code, "verrekening", places.get(row.code) or None)
        if not self._change(after, self.tr("Credit for durable places on {date}: {n} places").format(
                date=format_date(on), n=format_int(sum(places.values())))):
            return False
        moved = [r for r in self.model.rows() if self._previous.get(r.code, r.assigned) != r.assigned]
        text = self.tr("Credited {n} durable places at {m} municipalities (column Credited).").format(
            n=format_int(sum(places.values())), m=len(places))
        if moved:
            text += " " + self.tr("%n municipality(ies) got another number (marked; the column Previous shows the "
                                  "number before).", "", len(moved))
        else:
            text += " " + self.tr("No municipality got another number: with the surplus kept, the credit counts "
                                  "towards what is still to realise.")
        self.show_message(text, error=False)
        return True

    def _key_changed(self) -> None:
        if self._loading or self.sheet is None:
            return
        soort, indicator = self.key_combo.currentData()
        date_text = self.date_combo.currentData()
        peildatum = dt.date.fromisoformat(date_text) if date_text else None
        weights: dict[str, str] = {}
        if soort == "mix":
            with self._store().read() as session:
                indicators = indicator_names(session)
            dialog = WeightedKeyDialog(indicators, self.sheet.settings.key_spec.weights, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.reload()
                return
            weights = dialog.weights()
        spec = KeySpec(soort, peildatum, indicator, weights)
        self._change(replace(self.sheet.settings, sleutel=spec.to_json()),
                     self.tr("Key: {value}").format(value=spec.describe()))

    def add_exchange(self, from_code: str | None = None) -> None:
        if self.sheet is None:
            return
        rows = sorted(self.model.rows(), key=lambda r: r.naam)
        dialog = ExchangeDialog([(r.code, r.naam) for r in rows], self, from_code, {r.code: r.assigned for r in rows})
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        van, naar, aantal, reden, datum = dialog.value()
        self.exchange(van, naar, aantal, reden, datum)

    def exchange(self, van: str, naar: str, aantal: int, reden: str, datum: str | None = None) -> bool:
        if van == naar:
            self.show_message(self.tr("An exchange needs two different municipalities."))
            return False
        after = replace(self.sheet.settings,
                        uitwisselingen=self.sheet.settings.uitwisselingen + ((van, naar, aantal, reden, datum),))
        return self._change(after, self.tr("Exchange {n} from {source} to {target}").format(
            n=format_int(aantal), source=self._name(van), target=self._name(naar)))

    def adopt_version(self, meeting_id: int, reason: str = "") -> bool:
        """Adoption is a formal decision of a meeting: it is recorded on that meeting's
        besluitenlijst with the meeting's date; not undoable, and the undo history ends here."""
        try:
            with self._store().transaction() as session:
                vergaderingen.add_decision(session, meeting_id, reason, self.sheet.verdeling.id,
                                           expected=self.sheet.verdeling.wijzigingsnummer)
        except StoreError as error:
            self.refused_by_store(error)
            return False
        except ValueError as error:
            self.show_message(self.tr("Not adopted: {reason}").format(reason=str(error)))
            return False
        self.undo_stack.clear()
        self._previous = {}
        self.reload()
        self.changed.emit()
        return True

    def new_concept(self) -> None:
        if self.sheet is None:
            return
        try:
            with self._store().transaction() as session:
                created = verdelingen.new_concept_from(session, self.sheet.verdeling.id, self.reason_edit.text().strip())
                created_id = created.id
        except StoreError as error:
            self.refused_by_store(error)
            return
        self.undo_stack.clear()
        self._selected_version = created_id
        self.reload()
        self.changed.emit()

    def _version_chosen(self, index: int) -> None:
        self._selected_version = self.version_combo.itemData(index)
        self._previous = {}
        self.reload()


def _set_items(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Fill a combo box, unless it already holds exactly these items (most reloads: an edit)."""
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
        return
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)

