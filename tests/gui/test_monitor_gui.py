"""The monitor tabs driven like a user: map click, overview, locations dialog, charts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog

from regietafel.domain.map_scale import SEQUENTIAL
from regietafel.gui.locations_tab import LocationDialog
from regietafel.gui.main_window import MainWindow


def window_on(qtbot, store, settings, province="Zuid-Holland"):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.resize(1300, 820)
    window.show()
    window.province_combo.setCurrentIndex(window.province_combo.findText(province))
    return window


def test_clicking_a_gemeente_on_the_map_selects_it(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    overview = window.category_tabs["overzicht"]
    window.tabs.setCurrentWidget(overview)
    qtbot.waitExposed(overview.map)
    with qtbot.waitSignal(overview.gemeente_selected) as signal:
        qtbot.mouseClick(overview.map, Qt.MouseButton.LeftButton, pos=overview.map.point_of("GM0599").toPoint())
    assert signal.args == ["GM0599"]
    assert overview.selected_code() == "GM0599"
    assert overview.map.selected == "GM0599"
    panel = window.category_tabs["opvang"].panels["opvang"]
    row = panel.table.selected_source_row()
    assert row is not None and panel.model.rows()[row].naam == "Rotterdam"
    # Another gemeente, another row.
    qtbot.mouseClick(overview.map, Qt.MouseButton.LeftButton, pos=overview.map.point_of("GM0518").toPoint())
    assert panel.model.rows()[panel.table.selected_source_row()].naam == "'s-Gravenhage"


def test_map_colours_follow_the_data(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    overview = window.category_tabs["overzicht"]
    window.tabs.setCurrentWidget(overview)
    overview.category_combo.setCurrentIndex(overview.category_combo.findData("opvang"))
    overview.measure_combo.setCurrentIndex(overview.measure_combo.findData("percentage"))
    cells = {row.code: row.cells["opvang"] for row in overview.overview.rows}
    for code, cell in cells.items():
        share = 100 * cell.realised / cell.opgave if cell.opgave else 100
        expected = SEQUENTIAL[sum(1 for b in (25, 50, 75, 100) if share >= b)]
        assert overview.map.colour_of(code) == expected, code
    # The painted pixel at a gemeente's label point has its colour.
    image = overview.map.grab().toImage()
    point = overview.map.point_of("GM0599").toPoint()
    ratio = image.devicePixelRatio()
    assert image.pixelColor(int(point.x() * ratio), int(point.y() * ratio)).name() == overview.map.colour_of("GM0599")


def test_overview_subtotals_per_regio(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    overview = window.category_tabs["overzicht"]
    window.tabs.setCurrentWidget(overview)
    model = overview.model
    assert model.rowCount() == 50
    opgave_column = 3  # opvang opgave
    assert overview.table.total(opgave_column) == "19.097"
    overview.grouped_box.setChecked(True)
    subtotals = [r for r in range(model.rowCount()) if model.is_subtotal(r)]
    assert len(subtotals) == 4  # the four veiligheidsregio's of Zuid-Holland
    assert sum(model.value(r, opgave_column) for r in subtotals) == 19_097
    assert overview.table.total(opgave_column) == "19.097"  # subtotal rows are not counted twice


def test_locations_tab_add_edit_close(qtbot, demo_store, app_settings, monkeypatch):
    window = window_on(qtbot, demo_store, app_settings)
    tab = window.category_tabs["locaties"]
    window.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    dialog = LocationDialog(tab.gemeenten, None, tab)
    qtbot.addWidget(dialog)
    dialog.gemeente_combo.setCurrentIndex(dialog.gemeente_combo.findData("GM0599"))
    dialog.naam_edit.setText("Test-azc")
    dialog.capaciteit_spin.setValue(100)
    dialog.bezetting_spin.setValue(120)
    dialog.begin_edit.setDate(QDate(2024, 1, 1))
    dialog.end_check.setChecked(True)
    dialog.end_edit.setDate(QDate(2023, 1, 1))
    dialog.buttons.accepted.emit()
    assert "einddatum" in dialog.problems.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.end_edit.setDate(QDate(2030, 1, 1))
    dialog.buttons.accepted.emit()
    assert "bezetting" in dialog.problems.text().lower() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.buttons.accepted.emit()  # OK again: a warning does not block
    assert dialog.result() == QDialog.DialogCode.Accepted
    with qtbot.waitSignal(tab.changed):
        assert tab.save(dialog.value())
    assert tab.model.rowCount() == before + 1
    row = next(r for r in tab.model.rows() if r.naam == "Test-azc")
    assert row.duurzaam is False and row.bezetting == 120
    assert tab.close_location(row.id, dt.date(2031, 1, 1)) is True
    closed = next(r for r in tab.model.rows() if r.id == row.id)
    assert (closed.status, closed.einddatum) == ("gesloten", dt.date(2030, 1, 1))  # the earlier end stays
    # The opvang worksheet is stale now and reloads from the locations.
    assert "opvang" in window._stale


def test_monitor_tab_draws_four_charts(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    tab = window.category_tabs["monitor"]
    window.tabs.setCurrentWidget(tab)
    assert set(tab.views) == {"bars", "realisation", "trend", "forecast"}
    assert "19.097" in tab.verdict.text()
    chart = tab.bar_view.chart()
    assert chart.series()[0].barSets()[0].count() == 50  # every gemeente, each named
    names = next(axis for axis in chart.axes() if isinstance(axis, QBarCategoryAxis))
    assert names.count() == 50 and "Rotterdam" in names.categories()
    line = QFontMetrics(names.labelsFont()).lineSpacing()
    assert tab.bar_view.minimumHeight() >= 50 * line  # room for every name (the chart scrolls)
    assert chart.localizeNumbers() and chart.locale().toString(30000) == "30.000"  # Dutch axis numbers


def test_national_map_click_chooses_the_province(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    opvang = window.category_tabs["opvang"]
    opvang.inner.setCurrentIndex(1)
    national = opvang.national_map
    qtbot.waitExposed(national.map)
    qtbot.mouseClick(national.map, Qt.MouseButton.LeftButton, pos=national.map.point_of("PV21").toPoint())
    assert window.province_combo.currentText() == "Fryslân"


def test_locations_total_counts_by_the_domains_one_rule(qtbot, demo_store, app_settings):
    """A closed location counts until its end date, in the tab's total as in the worksheet."""
    from regietafel.domain.locations import REGULAR_OPVANG, in_use_on
    from regietafel.store.worksheet import location_totals

    window = window_on(qtbot, demo_store, app_settings)
    tab = window.category_tabs["locaties"]
    window.tabs.setCurrentWidget(tab)
    on = window.stand_per()
    assert on == dt.date(2023, 10, 16)  # the meeting's date
    target = next(r for r in tab.model.rows() if r.soort == "regulier_azc" and r.status == "operationeel"
                  and r.einddatum is None)
    tab.close_location(target.id, dt.date(2023, 12, 31))  # closes after the stand-per date: still in use on it
    rows = tab.model.rows()
    capacity = tab.model.total_text(_column("capaciteit"), list(range(len(rows))))
    expected = sum(r.capaciteit for r in rows if in_use_on(r.span(), on))
    assert capacity == f"{expected:,}".replace(",", ".")
    assert any(r.id == target.id and r.status == "gesloten" and in_use_on(r.span(), on) for r in rows)
    with demo_store.read() as session:
        codes = sorted({r.code for r in rows})
        worksheet_capacity, _ = location_totals(session, REGULAR_OPVANG, codes, on)
    assert sum(worksheet_capacity.values()) == sum(r.capaciteit for r in rows
                                                   if r.soort in REGULAR_OPVANG and in_use_on(r.span(), on))
    assert "16-10-2023" in tab.summary.text()


def _column(key):
    from regietafel.gui.locations_tab import COLUMNS

    return COLUMNS.index(key)
