"""Undo belongs to the worksheet on screen: one undo history per worksheet (opgave, province,
period), joined in the window's undo group. Edit > Undo names and undoes only what was done in
the worksheet in view; another province, period or tab has its own history, and coming back
brings the first one back."""

from __future__ import annotations

from tests.gui.test_worksheets import DELFT, make_window

FIXED = "Delft vastzetten op 600"


def delft(panel):
    return next((row for row in panel.model.rows() if row.code == DELFT), None)


def test_another_province_has_its_own_undo_history(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    undo = window.undo_action
    assert not undo.isEnabled()
    assert panel.lock(DELFT, 600)
    assert undo.isEnabled() and FIXED in undo.text()

    zuid_holland = panel.provincie_id
    window.select_province("Utrecht")
    assert panel.provincie_id != zuid_holland and delft(panel) is None  # Utrecht's worksheet on screen
    assert FIXED not in undo.text() and not undo.isEnabled()
    utrecht = [row.assigned for row in panel.model.rows()]
    undo.trigger()  # Ctrl+Z here undoes nothing of Zuid-Holland
    assert [row.assigned for row in panel.model.rows()] == utrecht

    window.select_province("Zuid-Holland")
    assert delft(panel).lock == 600  # still fixed: nothing was undone behind the screen
    assert undo.isEnabled() and FIXED in undo.text()
    undo.trigger()
    assert delft(panel).lock is None
    assert window.redo_action.isEnabled() and FIXED in window.redo_action.text()


def test_another_tab_or_period_has_its_own_undo_history(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    assert panel.lock(DELFT, 600)
    undo = window.undo_action
    for tab in (window.category_tabs["huisvesting"], window.meetings_tab, window.category_tabs["locaties"]):
        window.tabs.setCurrentWidget(tab)
        assert FIXED not in undo.text() and not undo.isEnabled(), tab
    window.tabs.setCurrentWidget(window.category_tabs["opvang"])
    assert FIXED in undo.text()
    window.category_tabs["opvang"].inner.setCurrentIndex(1)  # the national table: no worksheet
    assert FIXED not in undo.text() and window.undo_stack is None
    window.category_tabs["opvang"].inner.setCurrentIndex(0)
    assert FIXED in undo.text() and window.undo_stack is panel.undo_stack

    periods = [window.period_combo.itemData(i) for i in range(window.period_combo.count())]
    current = window.period_combo.currentIndex()
    other = next(i for i in range(len(periods)) if i != current)
    window.period_combo.setCurrentIndex(other)
    assert FIXED not in undo.text()
    window.period_combo.setCurrentIndex(current)
    assert FIXED in undo.text()
    assert len(window.undo_group.stacks()) >= 3  # one per worksheet that was on screen


def test_another_database_forgets_every_history(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    assert panel.lock(DELFT, 600)
    window.select_province("Utrecht")
    window.clear_undo()
    window.select_province("Zuid-Holland")
    assert not window.undo_action.isEnabled() and all(stack.count() == 0 for stack in window.undo_group.stacks())


def test_the_row_menu_and_the_version_views_speak_dutch(qtbot, demo_store, app_settings, monkeypatch):
    """The panel's dialogs and menu live in worksheet_actions; their texts stay the panel's."""
    from regietafel.gui import worksheet_actions

    window, panel = make_window(qtbot, demo_store, app_settings)
    panel.table.view.selectRow(panel.table.proxy.mapFromSource(panel.model.index(panel.model.row_of(DELFT), 0)).row())
    assert [action.text() for action in panel.row_menu().actions()] == [
        "Vastzetten op 545", "Minimum, maximum, verrekening…", "Uitwisseling vanuit Delft…"]
    assert panel.lock(DELFT, 600)
    assert panel.row_menu().actions()[0].text() == "Losmaken"
    shown: list[str] = []
    monkeypatch.setattr(worksheet_actions.TableDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()))
    panel.show_log()
    assert shown == ["Wijzigingslog"]
