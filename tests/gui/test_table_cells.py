"""The worksheet's sort proxy answers a painted cell's roles at once from the source row it keeps
per row in view: after a sort, a filter, an edit and its undo every cell still answers what the
model holds for that row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelRoleData, QModelRoleDataSpan, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.test_worksheets import DELFT, edit_cell, make_window

ROLES = [int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)]  # texts: the row shows


def _painted(proxy) -> list[tuple]:
    """What each cell in view answers to multiData, as the view's delegate asks."""
    cells = []
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            for role in ROLES:
                answer = QModelRoleData(role)
                proxy.multiData(proxy.index(row, column), QModelRoleDataSpan(answer))
                cells.append(answer.data())
    return cells


def _held(proxy, model) -> list[tuple]:
    """What the model holds for the source row of each cell in view (Qt's own mapping)."""
    cells = []
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            source = proxy.mapToSource(proxy.index(row, column))
            cells.extend(model.data(model.index(source.row(), source.column()), role) for role in ROLES)
    return cells


def _same(proxy, model) -> bool:
    return _painted(proxy) == _held(proxy, model)


def test_cells_answer_their_own_row_after_sort_filter_and_edit(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    model, table = panel.model, panel.table
    proxy = table.proxy
    assert _same(proxy, model)
    table.view.sortByColumn(model.column_of("assigned"), Qt.SortOrder.DescendingOrder)
    order = proxy.source_rows()
    assert order != sorted(order) and _same(proxy, model)
    edit_cell(panel, DELFT, "600")  # moves numbers: the sort on them moves rows
    assert _same(proxy, model)
    table.filter_edit.setText("del")
    assert 0 < proxy.rowCount() < model.rowCount() and _same(proxy, model)
    assert table.total(model.column_of("naam")) != ""  # the totals row counts the rows in view
    table.filter_edit.clear()
    window.undo_stack.undo()
    assert proxy.rowCount() == model.rowCount() and _same(proxy, model)


class _Paints(QObject):
    """Paints of more than one cell (the closing editor repaints the cell it covered)."""

    def __init__(self, cell_width: int, *widgets) -> None:
        super().__init__()
        self.count, self.cell_width = 0, cell_width
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and event.rect().width() > 2 * self.cell_width:
            self.count += 1
        return False



def test_a_column_that_appears_with_the_edit_is_painted_with_it(qtbot, demo_store, app_settings):
    """A fixed number brings the quota by the key beside the numbers: the table and its totals
    row are painted once with the new column and numbers (not again a turn later when Qt lays the
    column out), and the totals row and the frozen columns keep the table's widths."""
    window, panel = make_window(qtbot, demo_store, app_settings)
    window.resize(1366, 768)  # the laptop: every column in view
    qtbot.waitExposed(window)
    model, table = panel.model, panel.table
    plain = model.column_of("plain_quota")
    assert table.view.isColumnHidden(plain)
    cell = table.view.columnWidth(model.column_of("assigned"))
    rows, totals = _Paints(cell, table.view.viewport()), _Paints(cell, table.totals_view.viewport())
    index = table.proxy.mapFromSource(model.index(model.row_of(DELFT), model.column_of("assigned")))
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = next(w for w in table.view.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "600")
    qtbot.waitUntil(lambda: rows.count > 0)  # the editor as typed is on screen
    rows.count = totals.count = 0
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows.count and totals.count)
    for _turn in range(10):  # Qt lays out a changed column on a timer of 0 ms
        QCoreApplication.processEvents()
    assert not table.view.isColumnHidden(plain) and (rows.count, totals.count) == (1, 1)
    widths = [table.view.columnWidth(c) for c in range(model.columnCount())]
    assert widths == [table.totals_view.columnWidth(c) for c in range(model.columnCount())]
    overlay = table.view.overlay
    assert [overlay.columnWidth(c) for c in range(table.view.frozen)] == widths[:table.view.frozen]
    assert overlay.width() == table.view.frozen_width()
