"""The worksheet's sort proxy answers a painted cell's roles at once from the source row it keeps
per row in view: after a sort, a filter, an edit and its undo every cell still answers what the
model holds for that row."""

from __future__ import annotations

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

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
