"""What the worksheet's buttons and context menu open: a dialog asks, the controller decides,
and the panel stores the change (undoable) or the decision (adopt, a new concept).

:class:`WorksheetActions` is a part of :class:`~regietafel.gui.worksheet_panel.WorksheetPanel`,
kept apart so each file stays small; it uses the panel's controller, ``_apply`` and messages.
Its texts belong to the panel (Qt context ``WorksheetPanel``), each a literal ``translate`` call so
that ``make update-translations`` finds it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from regietafel.gui import formatting
from regietafel.gui.i18n import translate
from regietafel.gui.verdeling_dialogs import (
    AdoptDialog,
    BoundsDialog,
    DurableCreditDialog,
    ExchangeDialog,
    OwnGroupingDialog,
    TableDialog,
)
from regietafel.gui.worksheet_controller import Refused
from regietafel.store.errors import StoreError


class WorksheetActions:
    """Dialogs and decisions of a worksheet panel (mixed into the panel)."""

    def credit_durable_places(self, confirm: bool = True) -> bool:
        """Opvang: existing durable places count as credit for their gemeente; replaces earlier
        credits, undoable. First says what it will do (``confirm``), afterwards what changed."""
        if self.controller.read_only:
            return False
        on, places = self.controller.durable_places()
        if confirm and DurableCreditDialog(formatting.format_date(on), self.controller.durable_listing(places),
                                           self).exec() != QDialog.DialogCode.Accepted:
            return False
        if not self._apply(lambda: self.controller.durable_credit(on, places)):
            return False
        self.show_message(self.controller.durable_outcome(places), error=False)
        return True

    def edit_own_grouping(self) -> bool:
        gemeenten = [(r.code, r.naam) for r in self.controller.rows_by_name()]
        dialog = OwnGroupingDialog(gemeenten, self.controller.own_grouping(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.save_own_grouping(dialog.groups())

    def save_own_grouping(self, groups: dict[str, str]) -> bool:
        try:
            self.controller.save_own_grouping(groups)
        except ValueError as error:
            self.show_message(str(error))
            return False
        self.show_message("")
        self.reload()
        return True

    def add_exchange(self, from_code: str | None = None) -> None:
        if self.sheet is None:
            return
        rows = self.controller.rows_by_name()
        dialog = ExchangeDialog([(r.code, r.naam) for r in rows], self, from_code, {r.code: r.assigned for r in rows})
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.exchange(*dialog.value())

    def adopt(self) -> None:
        """Ask in which meeting the version is adopted (the dialog says it cannot be undone)."""
        if self.sheet is None or self.sheet.read_only:
            return
        try:
            version, meetings = self.controller.adoption()
        except Refused as refusal:
            self.show_message(str(refusal))
            return
        dialog = AdoptDialog(version, meetings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.adopt_version(dialog.meeting_id(), dialog.reason_edit.text().strip())

    def adopt_version(self, meeting_id: int, reason: str = "") -> bool:
        """Adoption is a formal decision of a meeting (on its besluitenlijst, with its date): not
        undoable, and this worksheet's undo history ends here."""
        return self._decide(lambda: self.controller.adopt(meeting_id, reason))

    def new_concept(self) -> None:
        if self.sheet is not None:
            self._decide(lambda: self.controller.new_concept(self.reason_edit.text().strip()))

    def _decide(self, decision: Callable[[], None]) -> bool:
        """A decision that is not undone (adopt, a new concept): the undo history ends."""
        try:
            decision()
        except StoreError as error:
            self.refused_by_store(error)
            return False
        except Refused as refusal:
            self.show_message(str(refusal))
            return False
        self.undo_stack.clear()
        self.reload()
        self.changed.emit()
        return True

    def _version_chosen(self, index: int) -> None:
        self.controller.choose_version(self.version_combo.itemData(index))
        self.reload()

    def compare(self) -> None:
        try:
            other = self.controller.version_to_compare()
        except Refused as refusal:
            self.show_message(str(refusal))
            return
        TableDialog(translate("WorksheetPanel", "Compare versions"), *self.comparison(other), parent=self, difference_column=4).exec()

    def comparison(self, other_id: int) -> tuple[list[str], list[list[object]]]:
        return self.controller.comparison(other_id)

    def show_log(self) -> None:
        if self.sheet is not None:
            TableDialog(translate("WorksheetPanel", "Change log"), *self.controller.change_log(), parent=self).exec()

    def _context_menu(self, position) -> None:
        menu = self.row_menu()
        if menu is not None:
            menu.exec(self.table.view.viewport().mapToGlobal(position))

    def row_menu(self) -> QMenu | None:
        """What can be done with the selected gemeente (None: no row, or nothing may change)."""
        row = self.selected_row()
        if row is None or self.controller.read_only:
            return None
        menu = QMenu(self)
        if row.lock is None:
            fix = QAction(translate("WorksheetPanel", "Fix at {n}").format(n=formatting.format_int(row.assigned)), menu)
            fix.triggered.connect(lambda: self.lock(row.code, row.assigned))
        else:
            fix = QAction(translate("WorksheetPanel", "Release (unlock)"), menu)
            fix.triggered.connect(lambda: self.unlock(row.code))
        menu.addAction(fix)
        bounds = QAction(translate("WorksheetPanel", "Minimum, maximum, credit…"), menu)
        bounds.triggered.connect(lambda: self._edit_bounds(row))
        menu.addAction(bounds)
        exchange = QAction(translate("WorksheetPanel", "Exchange from {name}…").format(name=row.naam), menu)
        exchange.triggered.connect(lambda: self.add_exchange(row.code))
        menu.addAction(exchange)
        return menu

    def _edit_bounds(self, row) -> None:
        dialog = BoundsDialog(row.naam, row.minimum, row.maximum, row.credit, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply(lambda: self.controller.bounds_from_texts(row.code, dialog.texts()))
