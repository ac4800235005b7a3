"""An edit in the worksheet refreshes what changed: no model reset, no column re-fit, the same
result computed once, and the editor's view keeps its place."""

from __future__ import annotations

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
