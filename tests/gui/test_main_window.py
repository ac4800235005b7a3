"""The main window driven like a user: province, tab, filter, sort, totals, remembered choice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from regietafel.gui.main_window import MainWindow


def select_province(window, name):
    index = window.province_combo.findText(name)
    assert index >= 0, name
    window.province_combo.setCurrentIndex(index)


def opvang_panel(window):
    return window.category_tabs["opvang"].panels["opvang"]


def column(panel, key):
    return panel.model.column_of(key)


def test_zuid_holland_table_and_totals(qtbot, demo_store, app_settings):
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    window.show()
    select_province(window, "Zuid-Holland")
    panel = opvang_panel(window)
    table = panel.table
    assert table.proxy.rowCount() == 50
    assert table.total(column(panel, "key")) == "3.840.460"  # inwoners 1-1-2024
    assert table.total(column(panel, "naam")) == "50 gemeenten"
    assert table.total(column(panel, "assigned")) == "19.097"
    # Current places come from the regular locations in use on the period's end (31-12-2023):
    # the 2.904 of 1-4-2023 (seed table 1); the demo's planned openings (in voorbereiding) count
    # in the forecast, not as realised.
    assert table.total(column(panel, "realised")) == "2.904"
    assert table.total(column(panel, "gap")) == "16.193"

    qtbot.keyClicks(table.filter_edit, "gravenhage")
    assert table.proxy.rowCount() == 1
    assert table.proxy.index(0, column(panel, "naam")).data() == "'s-Gravenhage"
    assert table.total(column(panel, "key")) == "566.221"
    table.filter_edit.clear()

    table.view.sortByColumn(column(panel, "key"), Qt.SortOrder.DescendingOrder)
    assert table.proxy.index(0, column(panel, "naam")).data() == "Rotterdam"


def test_switching_tab_loads_it(qtbot, demo_store, app_settings):
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    select_province(window, "Utrecht")
    window.tabs.setCurrentIndex(1)
    panel = window.category_tabs["huisvesting"].panels["huisvesting"]
    assert panel.table.proxy.rowCount() == 26
    assert panel.model.headerData(column(panel, "assigned"), Qt.Orientation.Horizontal) == "Taakstelling"


def test_tabs_and_menus_are_dutch(qtbot, store, app_settings):
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Opvang", "Huisvesting", "AMV", "Oekraïne", "Overzicht", "Locaties", "Monitor", "Vergaderingen"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Bestand", "Be&werken", "Beel&d"] and menus[-1] == "&Help"
    assert window.province_combo.count() == 12


def test_province_is_remembered_between_runs(qtbot, demo_store, app_settings):
    first = MainWindow(demo_store, app_settings)
    qtbot.addWidget(first)
    select_province(first, "Fryslân")
    first.close()
    second = MainWindow(demo_store, app_settings)
    qtbot.addWidget(second)
    assert second.province_combo.currentText() == "Fryslân"
    assert opvang_panel(second).table.proxy.rowCount() == 18


def test_regio_column_can_show_arbeidsmarktregio(qtbot, demo_store, app_settings):
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    select_province(window, "Utrecht")
    action = next(a for a in window.regio_group.actions() if a.data() == "arbeidsmarktregio")
    action.trigger()
    assert {row.regio for row in opvang_panel(window).model.rows()} >= {"Midden-Utrecht"}


def test_empty_database_explains_missing_total(qtbot, store, app_settings):
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    panel = opvang_panel(window)
    assert not panel.empty_box.isHidden()
    assert "Importeer" in panel.empty_box.text() or "import" in panel.empty_box.text().lower()
    assert panel.table.proxy.rowCount() == 0


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


def test_the_english_window_writes_numbers_as_the_english_documents_do(qtbot, qapp, demo_store, app_settings):
    """English screens group thousands with a comma (19,097), as the English documents and the
    command line do (domain formatting); Dutch ones with a dot (19.097)."""
    from regietafel.domain.formatting import format_fraction, format_int
    from regietafel.gui import formatting
    from regietafel.gui.i18n import install_translators

    install_translators(qapp, "en")
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    window.show()
    select_province(window, "Zuid-Holland")
    panel = opvang_panel(window)
    assert panel.table.total(column(panel, "assigned")) == "19,097" == format_int(19_097, "en")
    assert formatting.format_fraction(1.5, 1) == "1.5" == format_fraction(1.5, 1, "en")
    install_translators(qapp, "nl")
    assert formatting.format_int(19_097) == "19.097" == format_int(19_097, "nl")
