"""Typing a number in a worksheet cell, as a user does. The lock is applied after the table has
committed and closed its editor: a model reset under an open editor made Qt warn "commitData
called with an editor that does not belong to this view" after every edit (seen under X11, where
the editor then loses focus), and left the keyboard focus nowhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from regietafel.gui.main_window import MainWindow


def test_lock_is_applied_after_the_editor_closed(qtbot, demo_store, app_settings):
    app_settings.province = "Zuid-Holland"
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    window.show()
    panel = window.category_tabs["opvang"].panels["opvang"]
    view = panel.table.view
    index = panel.table.proxy.index(3, panel.model.column_of("assigned"))
    code = panel.model.rows()[panel.table.proxy.mapToSource(index).row()].code
    states_at_change: list[QAbstractItemView.State] = []
    for signal in (panel.model.modelAboutToBeReset, panel.model.layoutAboutToBeChanged, panel.model.dataChanged):
        signal.connect(lambda *_args: states_at_change.append(view.state()))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "600")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: next(r for r in panel.model.rows() if r.code == code).lock == 600)
    assert states_at_change, "the model changed"
    assert QAbstractItemView.State.EditingState not in states_at_change
    assert panel.sheet.settings.constraint_value(code, "vast") == 600
