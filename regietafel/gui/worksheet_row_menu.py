"""The worksheet's menu on one gemeente's row: fix or release its number, set its bounds,
exchange places from it. The changes themselves are the panel's undoable commands."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from regietafel.gui.formatting import format_int
from regietafel.gui.verdeling_dialogs import BoundsDialog
from regietafel.importing.specs import ValueProblem, parse_whole


def parse_whole_number(text: str) -> int:
    """A whole number typed in a cell, read as the importer reads one: '1.234' is 1234 (Dutch
    thousands dots), '1.5' and '1,5' are refused (never 15); ValueError with the reason."""
    try:
        return parse_whole(text)
    except ValueProblem as problem:
        raise ValueError(str(problem)) from None


class RowMenu(QObject):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel

    def show(self, position) -> None:
        panel = self.panel
        row = panel.selected_row()
        if row is None or panel.read_only():
            return
        menu = QMenu(panel)
        if row.lock is None:
            fix = QAction(self.tr("Fix at {n}").format(n=format_int(row.assigned)), menu)
            fix.triggered.connect(lambda: panel.lock(row.code, row.assigned))
        else:
            fix = QAction(self.tr("Release (unlock)"), menu)
            fix.triggered.connect(lambda: panel.unlock(row.code))
        menu.addAction(fix)
        bounds = QAction(self.tr("Minimum, maximum, credit…"), menu)
        bounds.triggered.connect(lambda: self.edit_bounds(row))
        menu.addAction(bounds)
        exchange = QAction(self.tr("Exchange from {name}…").format(name=row.naam), menu)
        exchange.triggered.connect(lambda: panel.add_exchange(row.code))
        menu.addAction(exchange)
        menu.exec(panel.table.view.viewport().mapToGlobal(position))

    def edit_bounds(self, row) -> None:
        dialog = BoundsDialog(row.naam, row.minimum, row.maximum, row.credit, self.panel)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = {}
        for key, text in dialog.texts().items():
            try:
                values[key] = parse_whole_number(text) if text else None
            except ValueError as error:
                self.panel.show_message(self.tr("{name}: not changed, {reason}.").format(name=row.naam, reason=str(error)))
                return
            if values[key] is not None and values[key] < 0:
                self.panel.show_message(self.tr("{name}: a negative number is not possible.").format(name=row.naam))
                return
        self.panel.set_bounds(row.code, values["minimum"], values["maximum"], values["verrekening"])
