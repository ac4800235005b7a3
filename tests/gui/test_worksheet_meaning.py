"""What the worksheet's dialogs mean: the verantwoording as a formatted page, comparisons with
signed differences and the differing rows marked, and an exchange dialog that checks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from regietafel.gui.account_dialog import AccountDialog, account_html
from regietafel.gui.formatting import MINUS
from regietafel.gui.main_window import MainWindow
from regietafel.gui.verdeling_dialogs import ExchangeDialog, TableDialog

DELFT, LEIDEN = "GM0503", "GM0546"


def panel_of(qtbot, store, settings, tab="opvang", categorie=None):
    settings.province = "Zuid-Holland"
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_tab(window.category_tabs[tab])
    return window.category_tabs[tab].panels[categorie or tab]


def test_the_full_account_is_a_table(qtbot, demo_store, app_settings):
    panel = panel_of(qtbot, demo_store, app_settings)
    page = account_html(panel.sheet.computed)
    assert page.count("<tr>") >= 50 + 2  # header, a row per gemeente, the sum
    assert "<th align='right'>Quotum</th>" in page
    assert "<td align='left'>GM0503 Delft</td>" in page and "<b>Totaal</b>" in page
    dialog = AccountDialog(panel.sheet.computed, panel)
    qtbot.addWidget(dialog)
    assert "Verdeelsleutel" in dialog.browser.toPlainText()
    assert dialog.text == panel.sheet.computed.verantwoording_text()  # Copy as text: the plain account


def test_a_two_level_account_has_a_table_per_step(qtbot, demo_store, app_settings):
    panel = panel_of(qtbot, demo_store, app_settings)
    panel.grouping_combo.setCurrentIndex(panel.grouping_combo.findData("veiligheidsregio"))
    panel._grouping_changed()
    assert panel.sheet.computed.group_result is not None
    page = account_html(panel.sheet.computed)
    assert "Stap 1: verdeling over regio" in page and "Stap 2: verdeling binnen Haaglanden" in page
    assert page.count("<table border='1'") == 1 + len(panel.sheet.computed.steps)


def test_comparison_shows_signed_differences_and_marks_them(qtbot):
    rows = [["GM0503", "Delft", 545, 600, 55], ["GM0546", "Leiden", 647, 620, -27], ["GM0599", "Rotterdam", 3, 3, 0]]
    dialog = TableDialog("Vergelijken", ["Code", "Gemeente", "Versie 1", "Versie 2", "Verschil"], rows,
                         difference_column=4)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 4).text() for r in range(3)] == ["+55", MINUS + "27", "0"]
    assert dialog.table.item(0, 1).font().bold() and not dialog.table.item(2, 1).font().bold()
    assert dialog.summary.text() == "2 gemeenten verschillen."
    dialog.only_differences.setChecked(True)
    assert [dialog.table.isRowHidden(r) for r in range(3)] == [False, False, True]


def test_compare_versions_from_the_worksheet(qtbot, demo_store, app_settings, monkeypatch):
    panel = panel_of(qtbot, demo_store, app_settings)
    panel.new_concept()
    assert panel.lock(DELFT, 600)
    shown = []
    monkeypatch.setattr(TableDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    panel.versions.compare()
    dialog = shown[0]
    delft = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == DELFT)
    assert dialog.table.item(delft, 4).text() == "+55"
    assert delft in dialog.differing and len(dialog.differing) > 1


def test_exchange_dialog_checks_its_fields(qtbot):
    dialog = ExchangeDialog([(DELFT, "Delft"), (LEIDEN, "Leiden")], None, DELFT, {DELFT: 545, LEIDEN: 647})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.from_combo.currentData() == DELFT and dialog.to_combo.currentData() == LEIDEN
    assert ok.isEnabled()
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(DELFT))
    assert not ok.isEnabled() and "verschillende" in dialog.problem.text()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted  # it stays open
    dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(LEIDEN))
    dialog.amount.setValue(600)
    assert not ok.isEnabled() and "545" in dialog.problem.text()
    dialog.amount.setValue(45)
    assert ok.isEnabled() and dialog.problem.text() == ""


def test_fixed_cells_carry_a_padlock_and_say_so(qtbot, demo_store, app_settings):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon

    from regietafel.gui.cell_marks import lock_icon

    panel = panel_of(qtbot, demo_store, app_settings)
    assert panel.lock(DELFT, 600)
    model = panel.model
    cell = model.index(model.row_of(DELFT), model.column_of("assigned"))
    icon = cell.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and icon.cacheKey() == lock_icon().cacheKey()  # a shape, not a colour
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Delft: vastgezet op 600. Dubbelklik om te wijzigen; Delete maakt het los."
    moved = next(r for r in model.rows() if r.code != DELFT and panel._previous.get(r.code) != r.assigned)
    arrow = model.index(model.row_of(moved.code), model.column_of("assigned")).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(arrow, QIcon) and not arrow.isNull()
    legend = [label.text() for label in panel.legend.entries]
    assert legend == ["vastgezet", "gewijzigd", "berekend", "\u221224 = voorsprong"]
    assert panel.legend.isVisible()
    english = [w for w in (model.index(0, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())) if w]
    assert not any(word in tip for tip in english for word in ("lock", "Double-click", "computed"))


def test_releasing_is_as_easy_as_fixing(qtbot, demo_store, app_settings):
    from PySide6.QtCore import Qt

    panel = panel_of(qtbot, demo_store, app_settings)
    view = panel.table.view
    row = panel.table.proxy.mapFromSource(panel.model.index(panel.model.row_of(DELFT), 1)).row()
    view.selectRow(row)
    assert panel.fix_button.isEnabled() and not panel.release_button.isEnabled()
    panel.fix_button.click()
    delft = next(r for r in panel.model.rows() if r.code == DELFT)
    assert delft.lock == delft.assigned
    view.selectRow(panel.table.proxy.mapFromSource(panel.model.index(panel.model.row_of(DELFT), 1)).row())
    assert panel.release_button.isEnabled() and not panel.fix_button.isEnabled()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert next(r for r in panel.model.rows() if r.code == DELFT).lock is None


def test_negative_gaps_are_explained(qtbot, demo_store, app_settings):
    from PySide6.QtCore import Qt

    panel = panel_of(qtbot, demo_store, app_settings, "amv", "amv_coa")
    model = panel.model
    ahead = next(r for r in model.rows() if r.gap is not None and r.gap < 0)
    cell = model.index(model.row_of(ahead.code), model.column_of("gap"))
    assert cell.data() == f"{MINUS}{-ahead.gap}"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(f"{MINUS}{-ahead.gap} = voorsprong")


def test_messages_do_not_go_stale(qtbot, demo_store, app_settings):
    panel = panel_of(qtbot, demo_store, app_settings)
    assert not panel.compare_button.isEnabled()  # one version: nothing to compare, and it says why
    assert "één versie" in panel.compare_button.toolTip()
    panel.versions.compare()
    assert "één versie" in panel.message.text()
    panel.new_concept()
    assert panel.message.isHidden() and panel.compare_button.isEnabled()
    panel.exchange(DELFT, LEIDEN, 100_000, "te veel")  # refused: said, and kept after the reload
    assert not panel.message.isHidden() and "Niet gewijzigd" in panel.message.text()
    assert panel.exchange(DELFT, LEIDEN, 10, "afspraak")
    assert panel.message.isHidden()


def test_durable_credit_says_what_it_will_do_and_what_changed(qtbot, demo_store, app_settings, monkeypatch):
    from regietafel.gui.verdeling_dialogs import DurableCreditDialog

    panel = panel_of(qtbot, demo_store, app_settings)
    seen = []

    def look(dialog):
        seen.append((dialog.table.rowCount(), dialog.findChildren(type(panel.message))[0].text(),
                     dialog.table.isColumnHidden(2)))
        return DurableCreditDialog.DialogCode.Accepted

    monkeypatch.setattr(DurableCreditDialog, "exec", look)
    assert panel.credit_durable_places()
    rows, intro, no_earlier = seen[0]
    assert rows > 0 and "meer dan 100 plaatsen" in intro and "overschotbeleid" in intro
    assert no_earlier  # nothing credited yet: no empty "credited now" column
    assert not panel.message.isHidden() and "duurzame plaatsen verrekend" in panel.message.text()
    panel.credit_durable_places()
    assert not seen[1][2]  # a second time the dialog shows what is credited now
    monkeypatch.setattr(DurableCreditDialog, "exec", lambda dialog: DurableCreditDialog.DialogCode.Rejected)
    panel.undo_stack.setIndex(0)  # before both credits
    assert not panel.credit_durable_places()  # cancelled: nothing changes
    assert not any(r.credit for r in panel.model.rows())


def test_a_fixed_municipality_keeps_its_quota_by_the_key(qtbot, demo_store, app_settings):
    panel = panel_of(qtbot, demo_store, app_settings)
    window = panel.window()
    model, view = panel.model, panel.table.view
    plain, deviation = model.column_of("plain_quota"), model.column_of("deviation")
    assert view.isColumnHidden(plain) and view.isColumnHidden(deviation)  # no agreement yet
    assert panel.lock(DELFT, 600)
    assert not view.isColumnHidden(plain) and view.isColumnHidden(deviation)  # the difference: on request
    row = model.row_of(DELFT)
    assert model.index(row, model.column_of("quota")).data() == "600,00"  # the quota that was rounded
    assert model.index(row, plain).data() == "544,88"  # its quota by the key alone stays in view
    window.deviation_action.setChecked(True)  # View > Difference from the key
    assert not view.isColumnHidden(deviation) and app_settings.show_deviation
    row = model.row_of(DELFT)
    assert model.index(row, deviation).data() == "+55,12"  # what the agreement moved, from the plain computation
    others = [r for r in model.rows() if r.code != DELFT]
    assert sum(r.deviation for r in others) == -sum(r.deviation for r in model.rows() if r.code == DELFT)
    assert panel.table.total(deviation) == "0,00"
