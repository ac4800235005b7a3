"""The main window driven like a user: province, tab, filter, sort, totals, remembered choice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from regietafel.gui.gemeente_table_model import COLUMN_INWONERS, COLUMN_NAAM
from regietafel.gui.main_window import MainWindow


def select_province(window, name):
    index = window.province_combo.findText(name)
    assert index >= 0, name
    window.province_combo.setCurrentIndex(index)


def totals_text(tab, column):
    return tab.table.totals_model.index(0, column).data()


def test_zuid_holland_table_and_totals(qtbot, store, app_settings):
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    window.show()
    select_province(window, "Zuid-Holland")
    window.tabs.setCurrentIndex(1)
    tab = window.tabs.currentWidget()
    assert window.tabs.tabText(1) == "Huisvesting"
    assert tab.table.proxy.rowCount() == 50
    assert totals_text(tab, COLUMN_INWONERS) == "3.840.460"
    assert totals_text(tab, COLUMN_NAAM) == "50 gemeenten"

    qtbot.keyClicks(tab.table.filter_edit, "gravenhage")
    assert tab.table.proxy.rowCount() == 1
    assert tab.table.proxy.index(0, COLUMN_NAAM).data() == "'s-Gravenhage"
    assert totals_text(tab, COLUMN_INWONERS) == "566.221"
    tab.table.filter_edit.clear()

    tab.table.view.sortByColumn(COLUMN_INWONERS, Qt.SortOrder.DescendingOrder)
    assert tab.table.proxy.index(0, COLUMN_NAAM).data() == "Rotterdam"


def test_tabs_and_menus_are_dutch(qtbot, store, app_settings):
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Opvang", "Huisvesting", "AMV", "Oekraïne"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "Beel&d", "&Help"]
    assert window.province_combo.count() == 12


def test_province_is_remembered_between_runs(qtbot, store, app_settings):
    first = MainWindow(store, app_settings)
    qtbot.addWidget(first)
    select_province(first, "Fryslân")
    first.close()
    second = MainWindow(store, app_settings)
    qtbot.addWidget(second)
    assert second.province_combo.currentText() == "Fryslân"
    assert second.category_tabs["opvang"].table.proxy.rowCount() == 18


def test_regio_column_can_show_arbeidsmarktregio(qtbot, store, app_settings):
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    select_province(window, "Utrecht")
    action = next(a for a in window.regio_group.actions() if a.data() == "arbeidsmarktregio")
    action.trigger()
    model = window.category_tabs["opvang"].table.model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Arbeidsmarktregio"
    assert {row.regio for row in model.rows()} >= {"Midden-Utrecht"}


def test_opening_a_bad_database_keeps_the_current_one(qtbot, store, app_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    bad = tmp_path / "bad.sqlite"
    bad.write_text("geen database")
    assert window.open_database(bad) is False
    assert "geen Regietafel-database" in shown[0]
    assert window.store is store
    assert window.province_combo.count() == 12
