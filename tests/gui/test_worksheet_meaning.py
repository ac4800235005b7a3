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
    panel.compare()
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
