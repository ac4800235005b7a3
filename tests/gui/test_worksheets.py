"""Worksheets driven through the real widgets: edit, redistribute, undo/redo, adopt, restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt

from regietafel.gui.main_window import MainWindow
from regietafel.store import meetings
from regietafel.store.database import open_store

DELFT = "GM0503"


def make_window(qtbot, store, settings, province="Zuid-Holland"):
    settings.province = province
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window, window.category_tabs["opvang"].panels["opvang"]


def assigned(panel):
    return {row.code: row.assigned for row in panel.model.rows()}


def edit_cell(panel, code, text):
    model = panel.model
    index = model.index(model.row_of(code), model.column_of("assigned"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    model.setData(index, text)
    QCoreApplication.processEvents()  # the edit is applied once the table has closed its editor


def test_edit_locks_and_redistributes_then_undo_redo(qtbot, any_demo_store, app_settings):
    demo_store = any_demo_store  # on SQLite and on PostgreSQL
    window, panel = make_window(qtbot, demo_store, app_settings)
    before = assigned(panel)
    panel.reason_edit.setText("aanbod locatie 600")
    edit_cell(panel, DELFT, "600")
    after = assigned(panel)
    assert after[DELFT] == 600
    assert sum(after.values()) == 19_097
    assert panel.table.total(panel.model.column_of("assigned")) == "19.097"
    assert any(after[c] < before[c] for c in before if c != DELFT)
    assert next(r for r in panel.model.rows() if r.code == DELFT).lock == 600
    # the previous numbers stay visible for comparison
    assert not panel.table.view.isColumnHidden(panel.model.column_of("previous"))
    assert panel.model.value(panel.model.rows()[panel.model.row_of(DELFT)], "previous") == before[DELFT]

    window.undo_stack.undo()
    assert assigned(panel) == before
    window.undo_stack.redo()
    assert assigned(panel) == after
    with demo_store.read() as session:
        from regietafel.store import distributions

        log = distributions.change_log(session, panel.sheet.verdeling.id)
    assert [e.reden for e in log][-3:] == ["aanbod locatie 600"] * 3
    assert log[-2].omschrijving.startswith("Ongedaan maken: ")


def test_bad_entries_are_refused_with_a_message(qtbot, demo_store, app_settings):
    _window, panel = make_window(qtbot, demo_store, app_settings)
    before = assigned(panel)
    # "1.5" and "1,5" are refused as the importer refuses them, never read as 15.
    for text, fragment in (("abc", "geen getal"), ("1.5", "'1.5' is geen geheel getal"),
                           ("1,5", "'1,5' is geen geheel getal"), ("-5", "negatief"), ("1.000.000", "meer dan")):
        edit_cell(panel, DELFT, text)
        assert fragment in panel.message.text()
        assert not panel.message.isHidden()
        assert assigned(panel) == before


def test_infeasible_lock_explains_and_changes_nothing(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    edit_cell(panel, DELFT, "19.000")
    before = assigned(panel)
    edit_cell(panel, "GM0518", "5000")
    assert "Niet gewijzigd" in panel.message.text() and "Delft" in panel.message.text()
    assert assigned(panel) == before
    assert window.undo_stack.count() == 1


def test_method_change_is_immediate_and_undoable(qtbot, any_demo_store, app_settings):
    demo_store = any_demo_store  # on SQLite and on PostgreSQL
    window, panel = make_window(qtbot, demo_store, app_settings)
    before = assigned(panel)
    panel.method_combo.setCurrentIndex(panel.method_combo.findData("dhondt"))
    panel.method_combo.activated.emit(panel.method_combo.currentIndex())
    assert panel.sheet.settings.methode == "dhondt"
    assert sum(assigned(panel).values()) == 19_097
    assert assigned(panel) != before  # D'Hondt favours the large gemeenten
    window.undo_stack.undo()
    assert panel.sheet.settings.methode == "hamilton" and assigned(panel) == before


def test_adopted_version_is_read_only_and_new_concept_editable(qtbot, any_demo_store, app_settings):
    demo_store = any_demo_store  # on SQLite and on PostgreSQL
    window, panel = make_window(qtbot, demo_store, app_settings)
    with demo_store.read() as session:
        meeting = meetings.meetings(session, panel.provincie_id)[0]  # 15-5-2023
        meeting_id = meeting.id
    assert panel.adopt_version(meeting_id, "akkoord")
    model = panel.model
    index = model.index(0, model.column_of("assigned"))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    # adopted in the chosen meeting, with that meeting's date, on that meeting's list of decisions
    assert not panel.banner.isHidden() and "15-5-2023" in panel.banner.text()
    with demo_store.read() as session:
        texts = [d.tekst for d in meetings.decisions(session, meeting_id)]
        assert panel.sheet.verdeling.vergadering_id == meeting_id
    assert any("versie 1 wordt vastgesteld (totaal Zuid-Holland 19.097)" in text and "akkoord" in text
               for text in texts), texts
    assert not panel.total_spin.isEnabled()
    assert window.undo_stack.count() == 0
    panel.new_concept()
    assert panel.sheet.verdeling.versie == 2 and not panel.sheet.read_only
    assert model.flags(model.index(0, model.column_of("assigned"))) & Qt.ItemFlag.ItemIsEditable
    headers, rows = panel.comparison(panel.sheet.versions[0].id)
    assert all(row[4] == 0 for row in rows)


def test_everything_is_back_after_a_restart(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    edit_cell(panel, DELFT, "700")
    panel.exchange("GM0518", "GM0599", 50, "ruil Den Haag-Rotterdam")
    expected = assigned(panel)
    path = demo_store.path
    window.close()
    demo_store.close()
    reopened = open_store(path)
    try:
        second, panel2 = make_window(qtbot, reopened, app_settings)
        assert assigned(panel2) == expected
        rows = {r.code: r for r in panel2.model.rows()}
        assert rows[DELFT].lock == 700
        assert (rows["GM0518"].exchanged, rows["GM0599"].exchanged) == (-50, 50)
        second.close()
    finally:
        reopened.close()


def test_account_of_a_number_is_one_click_away(qtbot, demo_store, app_settings):
    _window, panel = make_window(qtbot, demo_store, app_settings)
    row = panel.model.row_of(DELFT)
    proxy_index = panel.table.proxy.mapFromSource(panel.model.index(row, 0))
    panel.table.view.selectRow(proxy_index.row())
    text = panel.account.toPlainText()
    assert "Delft (GM0503)" in text and "109.577" in text and "545" in text
    tooltip = panel.model.index(row, panel.model.column_of("assigned")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Delft" in tooltip and "rest" in tooltip


def test_two_level_view_shows_regio_subtotals(qtbot, demo_store, app_settings):
    window, panel = make_window(qtbot, demo_store, app_settings)
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData("veiligheidsregio"))
    panel.grouping_combo.activated.emit(panel.grouping_combo.currentIndex())
    assert panel.sheet.settings.indeling == "veiligheidsregio"
    assert not panel.regio_table.isHidden()
    rows = panel.regio_table.model_.rows()
    assert {row[0] for row in rows} == {"Haaglanden", "Hollands-Midden", "Rotterdam-Rijnmond", "Zuid-Holland-Zuid"}
    assert sum(row[2] for row in rows) == 19_097
    assert all(row[2] == row[3] for row in rows)  # each regio's share = sum of its gemeenten
    window.undo_stack.undo()
    assert panel.regio_table.isHidden()


def test_own_grouping_for_a_two_level_distribution(qtbot, demo_store, app_settings):
    _window, panel = make_window(qtbot, demo_store, app_settings)
    codes = [row.code for row in panel.model.rows()]
    incomplete = {code: "Noord" for code in codes[:10]}
    assert not panel.save_own_grouping(incomplete)
    assert "groep" in panel.message.text()
    groups = {code: ("Noord" if i % 2 else "Zuid") for i, code in enumerate(codes)}
    assert panel.save_own_grouping(groups)
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData("eigen"))
    panel._grouping_changed()
    assert panel.sheet.settings.indeling == "eigen"
    rows = panel.regio_table.model_.rows()
    assert {row[0] for row in rows} == {"Noord", "Zuid"} and sum(row[3] for row in rows) == 19_097


def test_credit_for_durable_places(qtbot, demo_store, app_settings):
    import datetime as dt

    from regietafel.store.locations import durable_places

    window, panel = make_window(qtbot, demo_store, app_settings)
    with demo_store.read() as session:
        places = durable_places(session, panel.provincie_id, "opvang", dt.date(2024, 1, 1))
    assert places and all(n > 100 for n in places.values())
    assert panel.credit_durable_places(confirm=False)
    rows = {row.code: row for row in panel.model.rows()}
    assert {code: row.credit for code, row in rows.items() if row.credit} == places
    assert sum(row.assigned for row in rows.values()) == 19_097  # shares unchanged under "keep"
    line = panel.sheet.computed.result.line(next(iter(places)))
    assert line.credit == places[line.unit] and line.remaining == max(0, line.result - line.credit)
    window.undo_stack.undo()
    assert not any(row.credit for row in panel.model.rows())


def test_adopt_dialog_chooses_a_meeting_and_says_it_cannot_be_undone(qtbot, demo_store, app_settings, monkeypatch):
    from PySide6.QtWidgets import QDialog, QLabel

    from regietafel.gui.verdeling_dialogs import AdoptDialog

    _window, panel = make_window(qtbot, demo_store, app_settings)
    seen = {}

    def accept(dialog):
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen["meetings"] = [dialog.meeting_combo.itemText(i) for i in range(dialog.meeting_combo.count())]
        seen["date"] = dialog.date_label.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AdoptDialog, "exec", accept)
    panel.adopt()
    assert "niet ongedaan" in seen["text"] and "besluitenlijst" in seen["text"]
    assert seen["meetings"][0].startswith("16-10-2023") and seen["date"] == "16-10-2023"
    assert panel.sheet.read_only and panel.sheet.verdeling.vastgesteld_op == dt.date(2023, 10, 16)


def test_huisvesting_keeps_the_provinces_total_and_shows_its_stand_per(qtbot, demo_store, app_settings):
    window, _opvang = make_window(qtbot, demo_store, app_settings)
    window.tabs.setCurrentIndex(1)
    panel = window.category_tabs["huisvesting"].panels["huisvesting"]
    assert panel.sheet.assigned_total == 5_865
    edit_cell(panel, DELFT, "150")
    assert panel.sheet.assigned_total == 5_865 and assigned(panel)[DELFT] == 150
    assert "5.865" in panel.summary.text() and "27.300" in panel.summary.text()
    # Stand per the meeting of 16-10-2023 by default: the status is a forecast.
    assert "16-10-2023" in panel.summary.text()
    status = panel.model.index(0, panel.model.column_of("status")).data()
    assert "prognose" in status
    housed = sum(r.realised or 0 for r in panel.model.rows())
    window.stand_per_control.set_chosen(dt.date(2023, 8, 31))
    assert sum(r.realised or 0 for r in panel.model.rows()) < housed
    assert "31-8-2023" in panel.summary.text()
