"""The working tool for one opgave in one province and period: the view.

Shows the newest version of the distribution (or an older one, read-only) and lets the
secretariat fix numbers, set bounds, change total/key/method/grouping, record exchanges, adopt a
version and start a new concept. This module lays out and binds: what to show and what a change
becomes is decided by :class:`~regietafel.gui.worksheet_controller.WorksheetController`. Every
change of the settings is an undoable command on this worksheet's own undo stack (one per
province and period, joined in the window's undo group), so Edit > Undo never undoes what is not
on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
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

from regietafel.domain.verdeelmotor import ExchangeError, InfeasibleError
from regietafel.gui import formatting
from regietafel.gui.account_dialog import AccountDialog
from regietafel.gui.cell_marks import WorksheetLegend
from regietafel.gui.filter_table import FilterTable
from regietafel.gui.flow_layout import FlowLayout, keep_together
from regietafel.gui.regio_subtotals import RegioSubtotals
from regietafel.gui.scrolling_text import ScrollingText
from regietafel.gui.undo_commands import ChangeVerdelingCommand
from regietafel.gui.verdeling_dialogs import (
    MAX_PLACES,
    WeightedKeyDialog,
)
from regietafel.gui.worksheet_actions import WorksheetActions
from regietafel.gui.worksheet_controller import (
    AGREEMENT_COLUMNS,
    OPTIONAL_COLUMNS,
    PendingChange,
    Refused,
    Wording,
    WorksheetController,
)
from regietafel.gui.worksheet_model import WorksheetModel
from regietafel.store.database import Store
from regietafel.store.distributions import Computed, VerdelingSettings
from regietafel.store.errors import ConflictError, StoreError

ERROR_STYLE = "background:#ffebee; color:#b71c1c; padding:4px; border:1px solid #ef9a9a;"
INFO_STYLE = "background:#e3f2fd; padding:4px; border:1px solid #90caf9;"
# Columns whose contents an edit may widen: the numbers, and those that appear when used.
GROWING_COLUMNS = frozenset(("assigned", *OPTIONAL_COLUMNS, *AGREEMENT_COLUMNS))


def _controller_tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("WorksheetController", text, disambiguation, n)


# The controller's sentences in the catalogue's language, numbers and dates as the locale writes them.
QT_WORDING = Wording(_controller_tr, formatting.format_int, formatting.format_date, formatting.format_fraction)


class WorksheetPanel(WorksheetActions, QWidget):
    changed = Signal()  # something was stored: other views may refresh
    opgave_wanted = Signal(str)  # the user wants to type the opgave of this category

    def __init__(self, categorie: str, store: Callable[[], Store], undo_group: QUndoGroup,
                 regio_soort: Callable[[], str], parent: QWidget | None = None,
                 stand_per: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.categorie = categorie
        self._store = store
        self.controller = WorksheetController(categorie, store, regio_soort, QT_WORDING, stand_per)
        self.undo_group = undo_group
        self._stacks: dict[tuple[int | None, str | None], QUndoStack] = {}
        self._loading = False

        self.model = WorksheetModel(categorie, self)
        self.model.edit_requested.connect(self._cell_typed)
        self._typed: tuple[str, str] | None = None  # a number typed, applied once its editor closed
        self.table = FilterTable(self.model, self._total_text, stretch_column=None, parent=self, frozen=2)
        # After the table's own slot (connected first): the editor has closed, and the edit is
        # applied before the table paints again, so it paints once, with the new numbers.
        self.table.view.itemDelegate().closeEditor.connect(self._apply_typed)
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self._context_menu)
        self.table.view.selectionModel().selectionChanged.connect(self._show_account)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_lock_buttons())
        # Releasing is as easy as fixing: Delete (or Backspace) on a fixed row releases it.
        self.table.view.installEventFilter(self)

        self._build_selectors()
        self._build_buttons()
        self._build_controls_row()
        self._build_notes()
        self._lay_out()

    # --- construction -------------------------------------------------------------------
    def _build_selectors(self) -> None:
        """The version and how the number is divided, each bound to its change."""
        controller = self.controller
        self.version_combo = self._combo(self.tr("Version"), [])
        self.version_combo.activated.connect(self._version_chosen)
        self.total_spin = QSpinBox(self)
        self.total_spin.setRange(0, MAX_PLACES)
        self.total_spin.setGroupSeparatorShown(True)
        self.total_spin.setAccessibleName(self.tr("Total to distribute"))
        self.total_spin.editingFinished.connect(self._total_edited)
        self.key_combo = self._combo(self.tr("Key"), [])
        self.key_combo.activated.connect(lambda _i: self._key_changed())
        self.date_combo = self._combo(self.tr("Population reference date"), [])
        self.date_combo.activated.connect(lambda _i: self._key_changed())
        self.method_combo = self._combo(self.tr("Method"), controller.method_choices())
        self.method_combo.activated.connect(lambda _i: self._apply_setting("methode", self.method_combo))
        self.grouping_combo = self._combo(self.tr("Two-level distribution"), controller.grouping_choices())
        self.grouping_combo.activated.connect(lambda _i: self._grouping_changed())
        self.policy_combo = self._combo(self.tr("Surplus policy"), controller.policy_choices())
        self.policy_combo.activated.connect(lambda _i: self._apply_setting("overschot_beleid", self.policy_combo))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason for the next change (optional)"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setMinimumWidth(self.reason_edit.fontMetrics().horizontalAdvance(
            self.reason_edit.placeholderText()) + 24)

    def _combo(self, name: str, items: list) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _build_buttons(self) -> None:
        def button(text: str, slot, tip: str = "") -> QPushButton:
            made = QPushButton(text, self)
            made.clicked.connect(slot)
            made.setToolTip(tip)
            return made

        self.adopt_button = button(self.tr("&Adopt…"), self.adopt)
        self.new_concept_button = button(self.tr("&New concept"), self.new_concept)
        self.compare_button = button(self.tr("Com&pare…"), self.compare)
        self.exchange_button = button(self.tr("E&xchange…"), lambda: self.add_exchange())
        self.log_button = button(self.tr("Change &log"), self.show_log)
        self.account_button = button(self.tr("Full acco&unt"), self.show_full_account)
        self.fix_button = button(self.tr("F&ix"), self.fix_selected,
                                 self.tr("Fix the selected municipality at its current number."))
        self.release_button = button(self.tr("&Release"), self.release_selected,
                                     self.tr("Release the fixed number of the selected municipality (Delete)."))

    def _build_controls_row(self) -> None:
        """One row of controls that wraps where the window is narrow: long Dutch labels and
        125-150 % scaling fit a 1366-pixel laptop screen, and no line is half empty. First the
        version and what can be done with it, then how the number is divided, then a change with
        its reason and the tab's own actions (inserted by the tab)."""
        self.controls_widget = QWidget(self)
        self.controls = FlowLayout(self.controls_widget)
        self._add_captioned(self.tr("&Version:"), self.version_combo)
        for button in (self.new_concept_button, self.adopt_button, self.compare_button, self.log_button):
            self.controls.addWidget(button)
        for label, widget in ((self.tr("&Total:"), self.total_spin), (self.tr("&Key:"), self.key_combo),
                              (self.tr("Reference &date:"), self.date_combo), (self.tr("&Method:"), self.method_combo)):
            self._add_captioned(label, widget)
        for widget in (self.grouping_combo, self.policy_combo, self.table.detach_filter(), self.reason_edit,
                       self.fix_button, self.release_button, self.exchange_button, self.account_button):
            self.controls.addWidget(widget)
        self.legend = WorksheetLegend(self)
        self.controls.addWidget(self.legend)

    def _add_captioned(self, text: str, widget: QWidget) -> None:
        caption = keep_together(QLabel(text, self))
        caption.setBuddy(widget)
        self.controls.addWidget(caption)
        self.controls.addWidget(widget)

    def _build_notes(self) -> None:
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
        self.summary_area = ScrollingText(self.summary, self)  # scrolls when the window is short of height
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
        self.account = QTextBrowser(self)
        self._account_html = ""
        self.account.setAccessibleName(self.tr("Account of the selected number"))
        self.account.setPlaceholderText(self.tr("Select a municipality to see how its number was computed."))
        self.account.setMinimumHeight(2 * self.account.fontMetrics().lineSpacing() + 2 * self.account.frameWidth() + 2)
        self.regio_table = RegioSubtotals(self)
        self.regio_table.hide()

    def _lay_out(self) -> None:
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        for widget, stretch in ((self.regio_table, 1), (self.table, 4), (self.account, 1)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
            splitter.setCollapsible(splitter.count() - 1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        for widget in (self.controls_widget, self.banner, self.message, self.empty_row):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_area)

    def add_tab_action(self, button: QPushButton) -> None:
        """A button of the tab's own (e.g. the supervision thresholds), beside the panel's actions."""
        self.controls.insertWidget(self.controls.indexOf(self.exchange_button), button)

    # --- the controller's state, as the tabs and tests see it ----------------------------
    @property
    def sheet(self):
        return self.controller.sheet

    @property
    def provincie_id(self) -> int | None:
        return self.controller.provincie_id

    @property
    def periode(self) -> str | None:
        return self.controller.periode

    @property
    def show_deviation(self) -> bool:
        return self.controller.show_deviation

    @show_deviation.setter
    def show_deviation(self, on: bool) -> None:
        self.controller.show_deviation = on

    # --- undo: one history per worksheet ----------------------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the worksheet on screen (this opgave in this province and period),
        one of the window's undo group."""
        scope = self.controller.scope
        stack = self._stacks.get(scope)
        if stack is None:
            stack = self._stacks[scope] = QUndoStack(self)
            self.undo_group.addStack(stack)
        return stack

    def activate_undo(self) -> None:
        """Make this worksheet's history the one Edit > Undo works on (none before it has a scope)."""
        self.undo_group.setActiveStack(self.undo_stack if self.provincie_id is not None else None)

    def clear_undo(self) -> None:
        """Another (or a restored) database: nothing of the old one can be undone."""
        for stack in self._stacks.values():
            stack.clear()

    # --- loading ------------------------------------------------------------------------
    def set_scope(self, provincie_id: int, periode: str) -> None:
        self.controller.set_scope(provincie_id, periode)
        self.reload()

    def reload(self) -> None:
        """Show the store's state; a message about an earlier action goes (it would be stale)."""
        if self.provincie_id is None or not self.periode:
            return
        self.show_message("")
        self._loading = True
        try:
            error = self.controller.load()
            if error:  # the table empties; the controls keep what they showed, beside the reason
                self.show_message(error)
            else:
                self._fill_controls()
            self._fill_table()
        finally:
            self._loading = False

    def _fill_controls(self) -> None:
        controller, sheet = self.controller, self.controller.sheet
        self.empty_row.setVisible(sheet is None)
        for part in (self.controls_widget, self.splitter):  # no stale settings of another period beside the message
            part.setVisible(sheet is not None)
        self.enter_opgave_button.setVisible(controller.may_write)
        for widget in (self.version_combo, self.total_spin, self.key_combo, self.date_combo, self.method_combo,
                       self.grouping_combo, self.policy_combo, self.adopt_button, self.new_concept_button,
                       self.compare_button, self.exchange_button, self.log_button, self.account_button):
            widget.setEnabled(sheet is not None)
        if sheet is None:
            self.empty_box.setText(controller.empty_text())
            self.banner.hide()
            return
        settings, spec = sheet.settings, sheet.settings.key_spec
        _set_items(self.version_combo, controller.version_choices())
        self.version_combo.setCurrentIndex(self.version_combo.findData(sheet.verdeling.id))
        self.total_spin.setValue(settings.totaal)
        _set_items(self.key_combo, controller.key_choices())
        self.key_combo.setCurrentIndex(max(self.key_combo.findData((spec.soort, spec.indicator)), 0))
        _set_items(self.date_combo, controller.date_choices())
        self.date_combo.setCurrentIndex(self.date_combo.findData(spec.peildatum.isoformat() if spec.peildatum else ""))
        self.method_combo.setCurrentIndex(self.method_combo.findData(settings.methode))
        self.grouping_combo.setCurrentIndex(max(self.grouping_combo.findData(settings.indeling), 0))
        self.policy_combo.setCurrentIndex(self.policy_combo.findData(settings.overschot_beleid))
        for widget in (self.total_spin, self.key_combo, self.date_combo, self.method_combo, self.grouping_combo,
                       self.policy_combo, self.adopt_button, self.exchange_button):
            widget.setEnabled(not controller.read_only)
        self.new_concept_button.setEnabled(controller.may_write)
        self.compare_button.setEnabled(controller.can_compare)
        self.compare_button.setToolTip(controller.compare_tip())
        banner = controller.banner()
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))

    def _fill_table(self) -> None:
        controller, sheet = self.controller, self.controller.sheet
        occupancy = getattr(sheet, "occupancy", {}) if sheet else {}
        self.model.set_rows(controller.rows(), controller.previous, controller.read_only, occupancy,
                            bool(sheet and sheet.forecast))
        self._fit_columns()
        self.regio_table.show_sheet(sheet)
        summary = self._summary_html()
        if summary != self.summary.text():
            self.summary.setText(summary)
            self.summary_area.updateGeometry()
        self._show_account()
        self._update_lock_buttons()

    def _fit_columns(self) -> None:
        """All columns are fitted once per scope and version, not on every edit (a status that
        becomes a forecast, "oranje (prognose)", is wider: fitted again). A column that only
        matters when used (bounds, exchanges, carry-over, the check) hides while empty, and is
        widened where needed when it appears; so is the number column when a padlock or an arrow
        comes beside its numbers (fixed, or moved by this change), and the previous numbers."""
        controller, sheet, view = self.controller, self.controller.sheet, self.table.view
        with self.table.columns_changing():
            self.table.fit_columns(key=(*controller.scope, sheet.verdeling.id if sheet else None, self.model.forecast))
            for column, spec in enumerate(self.model.columns):
                hidden = controller.hides(spec.key)
                if view.isColumnHidden(column) != hidden:
                    view.setColumnHidden(column, hidden)
                    self.table.totals_view.setColumnHidden(column, hidden)
                if not hidden and spec.key in GROWING_COLUMNS:
                    self.table.fit_if_wider(column, self.model.width_basis(spec.key))

    def _summary_html(self) -> str:
        """The stand-per date and the estimate labels in bold, then the controller's summary."""
        heading, labels = self.controller.summary_heading()
        if not heading:
            return ""
        bold = "".join(f" <b>{_escape(label)}</b>" for label in labels)
        return f"<b>{_escape(heading)}</b>{bold} {_escape(self.controller.summary())}"

    # --- totals row, selection and account --------------------------------------------------
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
        if key in ("quota", "plain_quota", "deviation", "key"):
            values = [self.model.value(r, key) for r in visible]
            return self.model.display(key, sum((v for v in values if v is not None), 0))
        if not columns[column].summed:
            return ""
        value = self.model.total(key, visible)
        return "" if value is None else self.model.display(key, value)

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
        self.fix_button.setEnabled(self.controller.may_fix(row))
        self.release_button.setEnabled(self.controller.may_release(row))

    def fix_selected(self) -> bool:
        row = self.selected_row()
        return self.controller.may_fix(row) and self.lock(row.code, row.assigned)

    def release_selected(self) -> bool:
        row = self.selected_row()
        return self.controller.may_release(row) and self.unlock(row.code)

    def _show_account(self, *_args) -> None:
        row = self.selected_row()
        lines = self.controller.account(row.code) if row is not None else []
        html = "<br>".join([f"<b>{_escape(lines[0])}</b>", *map(_escape, lines[1:])]) if lines else ""
        if html != self._account_html:  # an edit elsewhere leaves the selected account as it was
            self._account_html = html
            if html:
                self.account.setHtml(html)
            else:
                self.account.clear()

    def show_full_account(self) -> None:
        if self.sheet is not None:
            AccountDialog(self.sheet.computed, self).exec()

    # --- changing -----------------------------------------------------------------------
    def show_message(self, text: str, error: bool = True) -> None:
        """A refusal (red) or what an action did (blue); gone at the next change or reload."""
        self.message.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _apply(self, decide: Callable[[], PendingChange | None]) -> bool:
        """Ask the controller what a change becomes, then store it through an undoable command on
        this worksheet's stack; False (and a message) when it is refused."""
        try:
            pending = decide()
        except Refused as refusal:
            self.show_message(str(refusal))
            return False
        if pending is None:
            return not self.controller.read_only  # nothing to change (or nothing may be)
        command = ChangeVerdelingCommand(self._store, pending.verdeling_id, pending.before, pending.after,
                                         pending.description, self.reason_edit.text().strip(), self._after_command,
                                         pending.expected, self.refused_by_store)
        self.controller.begin()
        try:
            command.apply_first()
        except (InfeasibleError, ExchangeError, ValueError) as error:
            message = self.controller.failed(str(error))
            self.reload()
            self.show_message(message)
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
        self.controller.previous = {}
        if isinstance(error, ConflictError):
            QTimer.singleShot(0, self.undo_stack.clear)  # not from inside the stack's own undo()
        self.reload()
        self.show_message(str(error))
        self.changed.emit()

    def _after_command(self, verdeling_id: int, settings: VerdelingSettings, computed: Computed,
                       change_number: int) -> None:
        """A change (or its undo) was stored: show its result, re-assembled from what the worksheet
        holds when the change stays within it, else loaded again."""
        if not self.controller.stored(verdeling_id, settings, computed, change_number):
            self.reload()
        else:
            self._loading = True
            try:
                self._fill_controls()
                self._fill_table()
            finally:
                self._loading = False
        self.changed.emit()

    def _cell_typed(self, code: str, text: str) -> None:
        """A number typed in a cell: applied once the table has committed and closed its editor
        (a change of the model under an open editor made Qt warn "commitData called with an
        editor that does not belong to this view" when the editor then lost focus); without an
        editor to close, on the next turn of the event loop."""
        self._typed = (code, text)
        QTimer.singleShot(0, self._apply_typed)

    def _apply_typed(self, *_args) -> None:
        if self._typed is not None:
            code, text = self._typed
            self._typed = None
            self._apply(lambda: self.controller.cell_edit(code, text))

    def lock(self, code: str, value: int) -> bool:
        return self._apply(lambda: self.controller.lock(code, value))

    def unlock(self, code: str) -> bool:
        return self._apply(lambda: self.controller.unlock(code))

    def set_bounds(self, code: str, minimum: int | None, maximum: int | None, credit: int | None) -> bool:
        return self._apply(lambda: self.controller.bounds(code, minimum, maximum, credit))

    def exchange(self, van: str, naar: str, aantal: int, reden: str, datum: str | None = None) -> bool:
        return self._apply(lambda: self.controller.exchange(van, naar, aantal, reden, datum))

    def _apply_setting(self, field: str, combo: QComboBox) -> None:
        if not self._loading:
            self._apply(lambda: self.controller.setting(field, combo.currentData(), combo.currentText()))

    def _total_edited(self) -> None:
        if not self._loading:
            self._apply(lambda: self.controller.total(self.total_spin.value()))

    def _grouping_changed(self) -> None:
        if self._loading or self.sheet is None:
            return
        if self.controller.needs_own_grouping(self.grouping_combo.currentData()) and not self.edit_own_grouping():
            self.reload()
            return
        self._apply_setting("indeling", self.grouping_combo)

    def _key_changed(self) -> None:
        if self._loading or self.sheet is None:
            return
        soort, indicator = self.key_combo.currentData()
        date_text = self.date_combo.currentData()
        weights: dict[str, str] = {}
        if soort == "mix":
            dialog = WeightedKeyDialog(self.controller.indicators, self.sheet.settings.key_spec.weights, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.reload()
                return
            weights = dialog.weights()
        peildatum = dt.date.fromisoformat(date_text) if date_text else None
        self._apply(lambda: self.controller.key(soort, indicator, peildatum, weights))


def _set_items(combo: QComboBox, items: list) -> None:
    """Fill a combo box, unless it already holds exactly these items (most reloads: an edit)."""
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == items:
        return
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
