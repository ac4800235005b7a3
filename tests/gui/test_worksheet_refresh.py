"""An edit in the worksheet refreshes what changed: no model reset, no column re-fit, the same
result computed once, and the editor's view keeps its place; the cells, the check and the totals
follow; the table paints once, with the new numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelRoleData, QModelRoleDataSpan, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from regietafel.gui.formatting import format_int
from regietafel.gui.worksheet_panel import GROWING_COLUMNS as GROWING
from regietafel.store import distributions, worksheet
from tests.gui.test_worksheets import DELFT, edit_cell, make_window


def test_edit_refreshes_changed_rows_without_reset_or_refit(qtbot, demo_store, app_settings, monkeypatch):
    window, panel = make_window(qtbot, demo_store, app_settings)
    model, view = panel.model, panel.table.view
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, _roles=(): changes.append((first.row(), last.row())))
    fits = []
    original_fit = view.resizeColumnsToContents
    monkeypatch.setattr(view, "resizeColumnsToContents", lambda: (fits.append(1), original_fit()))
    computes = []
    original_compute = distributions.compute

    def counted(*args, **kwargs):
        computes.append(1)
        return original_compute(*args, **kwargs)

    monkeypatch.setattr(distributions, "compute", counted)  # the service's own call
    monkeypatch.setattr(worksheet, "compute", counted)  # the worksheet's

    edit_cell(panel, DELFT, "600")
    assert next(r for r in model.rows() if r.code == DELFT).assigned == 600
    assert resets == [] and changes  # dataChanged on the changed rows, the model is not reset
    assert fits == []  # the columns keep their widths
    assert len(computes) == 1  # computed to store it; the view shows that same result
    assert panel.table.total(model.column_of("assigned")) == "19.097"

    window.undo_stack.undo()
    assert resets == [] and len(computes) == 2
    assert next(r for r in model.rows() if r.code == DELFT).lock is None


def _shown(panel) -> list[tuple]:
    """Every cell's text, row by row (source order)."""
    model = panel.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_edit_signals_the_rows_it_changed_and_keeps_the_order(qtbot, demo_store, app_settings):
    """One dataChanged from the first to the last changed row, without the gemeente's own
    columns (code and name: the sort proxy keeps its order, nothing re-sorted or re-laid out)."""
    window, panel = make_window(qtbot, demo_store, app_settings)
    model, proxy = panel.model, panel.table.proxy
    edit_cell(panel, DELFT, "600")  # the first edit shows every number's previous value
    before = _shown(panel)
    signals, layouts, resets = [], [], []
    model.dataChanged.connect(lambda first, last, _roles=(): signals.append(
        (first.row(), last.row(), first.column(), last.column())))
    proxy.layoutChanged.connect(lambda *_args: layouts.append(1))
    model.modelReset.connect(lambda: resets.append(1))
    edit_cell(panel, "GM0599", "4000")  # Rotterdam
    after = _shown(panel)
    changed = [r for r in range(len(before)) if before[r] != after[r]]
    assert changed and resets == [] and layouts == []
    assert signals == [(changed[0], changed[-1], model.column_of("naam") + 1, model.columnCount() - 1)]
    assert all(before[r][:2] == after[r][:2] for r in range(len(before)))  # code and name as they were


def test_cells_show_the_edit_and_its_undo(qtbot, demo_store, app_settings):
    """What a cell shows is kept per row until that row changes: the fixed number (bold, a
    padlock), the moved ones (an arrow, a colour), and after the undo the plain numbers again;
    the table's proxy answers all roles of a cell at once with the same."""
    window, panel = make_window(qtbot, demo_store, app_settings)
    model, proxy = panel.model, panel.table.proxy
    column = model.column_of("assigned")
    delft = model.index(model.row_of(DELFT), column)
    assert delft.data(Qt.ItemDataRole.DecorationRole) is None
    edit_cell(panel, DELFT, "600")
    assert delft.data() == "600" and delft.data(Qt.ItemDataRole.FontRole).bold()
    assert delft.data(Qt.ItemDataRole.DecorationRole) is not None  # the padlock
    moved = next(r for r in model.rows() if r.code != DELFT and model.value(r, "previous") != r.assigned)
    moved_index = model.index(model.row_of(moved.code), column)
    assert moved_index.data(Qt.ItemDataRole.DecorationRole) is not None  # an arrow
    assert moved_index.data(Qt.ItemDataRole.BackgroundRole) is not None
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
        answer = QModelRoleData(int(role))
        proxy.multiData(proxy.mapFromSource(moved_index), QModelRoleDataSpan(answer))
        assert answer.data() == moved_index.data(role)
    window.undo_stack.undo()
    assert delft.data() == format_int(next(r for r in model.rows() if r.code == DELFT).assigned)
    assert delft.data(Qt.ItemDataRole.FontRole) is None


def test_the_check_appears_beside_the_numbers_without_reset_or_refit(qtbot, demo_store, app_settings, monkeypatch):
    """Huisvesting: a fixed number differs from the art. 29 computation, so the check column
    appears. The model is not reset and only the columns that appear or grow are measured."""
    window, _opvang = make_window(qtbot, demo_store, app_settings)
    window.tabs.setCurrentWidget(window.category_tabs["huisvesting"])
    panel = window.category_tabs["huisvesting"].panels["huisvesting"]
    model, table = panel.model, panel.table
    computed = model.column_of("computed")
    assert table.view.isColumnHidden(computed) and not model.show_computed
    resets, measured = [], []
    model.modelReset.connect(lambda: resets.append(1))
    original = table.content_width
    monkeypatch.setattr(table, "content_width", lambda column: (measured.append(model.columns[column].key),
                                                                 original(column))[1])
    edit_cell(panel, DELFT, "150")
    assert resets == [] and model.show_computed and not table.view.isColumnHidden(computed)
    assert model.index(model.row_of(DELFT), computed).data()  # the computation beside the fixed number
    assert "computed" in measured and set(measured) <= GROWING
    window.undo_stack.undo()
    assert resets == [] and table.view.isColumnHidden(computed)


def test_a_second_edit_measures_no_column(qtbot, demo_store, app_settings, monkeypatch):
    """Once the marks and the columns of agreements are there, an edit measures nothing."""
    window, panel = make_window(qtbot, demo_store, app_settings)
    edit_cell(panel, DELFT, "600")
    measured = []
    monkeypatch.setattr(panel.table, "content_width", lambda column: measured.append(column) or 0)
    edit_cell(panel, "GM0599", "4000")
    assert measured == []


def test_totals_follow_the_edit_and_the_filter_without_reset(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    table, model = panel.table, panel.model
    column = model.column_of("assigned")
    resets, changes = [], []
    table.totals_model.modelReset.connect(lambda: resets.append(1))
    table.totals_model.dataChanged.connect(lambda *_args: changes.append(1))
    edit_cell(panel, DELFT, "600")
    assert resets == [] and changes
    assert table.total(column) == format_int(sum(r.assigned for r in model.rows()))
    table.filter_edit.setText("Delft")
    assert table.total(column) == "600"
    table.filter_edit.clear()
    assert table.total(column) == "19.097"


def test_typed_number_is_applied_before_the_table_paints_again(qtbot, demo_store, app_settings):
    """Enter: the table closes its editor, the number is applied, then the table paints once,
    with the new numbers (not first the old ones, then the new)."""
    window, panel = make_window(qtbot, demo_store, app_settings)
    qtbot.waitExposed(window)
    view, model = panel.table.view, panel.model
    index = panel.table.proxy.mapFromSource(model.index(model.row_of(DELFT), model.column_of("assigned")))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "600")
    qtbot.wait(20)  # the editor as typed is on screen
    events = []

    class Paints(QObject):
        def eventFilter(self, _watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)
    model.dataChanged.connect(lambda *_args: events.append("changed"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # the delegate commits and closes the editor (queued by Qt)
    assert next(r for r in model.rows() if r.code == DELFT).lock == 600
    qtbot.waitUntil(lambda: "paint" in events)
    assert events[0] == "changed"


def test_typed_number_is_applied_when_another_cell_is_chosen(qtbot, demo_store, app_settings):
    """The table commits an open editor itself when the user moves to another row (not through
    its delegate): the number is applied all the same, once the editor has closed."""
    window, panel = make_window(qtbot, demo_store, app_settings)
    view, model, proxy = panel.table.view, panel.model, panel.table.proxy
    column = model.column_of("assigned")
    index = proxy.mapFromSource(model.index(model.row_of(DELFT), column))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "600")
    view.setCurrentIndex(proxy.index(0 if index.row() else 1, column))
    qtbot.waitUntil(lambda: next(r for r in model.rows() if r.code == DELFT).lock == 600)
    assert view.state() != view.State.EditingState
