"""What fits a small screen, checked on the real window (the full tour is tests/tools/test_screenshots)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from regietafel.gui.main_window import MainWindow
from regietafel.gui.screen_fit import TITLE_BAR, available_area


def window_on(qtbot, store, settings, width=1280, height=640):
    settings.province = "Zuid-Holland"
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_start_fits_the_screen(qtbot, demo_store, app_settings):
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() + TITLE_BAR <= area.height()


def test_status_column_whole_after_an_edit(qtbot, demo_store, app_settings):
    """Columns that appear ("Vorige", the check) never squeeze the status: it keeps its whole
    width, and scrolled into view the gemeente stays beside it."""
    window = window_on(qtbot, demo_store, app_settings)
    window.tabs.setCurrentWidget(window.category_tabs["huisvesting"])
    panel = window.category_tabs["huisvesting"].panels["huisvesting"]
    row = panel.model.rows()[0]
    assert panel.lock(row.code, row.assigned + 1)
    view = panel.table.view
    previous, status = panel.model.column_of("previous"), panel.model.column_of("status")
    assert not view.isColumnHidden(previous)  # "Vorige" appeared
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert view.columnWidth(status) >= panel.table.content_width(status)  # "oranje (prognose)" whole
    title = panel.model.headerData(status, Qt.Orientation.Horizontal)
    assert view.columnWidth(status) >= view.horizontalHeader().fontMetrics().horizontalAdvance(title)
    view.scrollTo(panel.table.proxy.index(0, status))
    qtbot.waitUntil(lambda: view.columnViewportPosition(status) + view.columnWidth(status) <= view.viewport().width())
    naam = panel.table.proxy.index(0, panel.model.column_of("naam"))
    assert view.overlay.isVisible() and view.overlay.visualRect(naam).isValid()  # the gemeente stays in view


def test_gemeente_stays_in_view_when_scrolling_sideways(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings, 900, 600)
    overview = window.category_tabs["overzicht"]
    window.tabs.setCurrentWidget(overview)
    view = overview.table.view
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0  # the overview is wider than its pane
    bar.setValue(bar.maximum())
    frozen = view.overlay
    assert frozen.isVisible() and frozen.x() <= view.frameWidth() + 1
    assert frozen.width() == view.columnWidth(0) + view.columnWidth(1)
    name = overview.model.index(0, 1)
    assert frozen.visualRect(overview.table.proxy.mapFromSource(name)).isValid()
    # Sorting on the frozen title sorts the table.
    frozen.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    first = overview.table.proxy.index(0, 1).data()
    assert first == max(overview.model.index(r, 1).data() for r in range(overview.model.rowCount()))
    assert view.horizontalHeader().sortIndicatorSection() == 1


def test_pdf_preview_fits_a_small_screen(qtbot, demo_store, app_settings):
    from regietafel.gui.pdf_preview import PdfPreviewDialog

    window = window_on(qtbot, demo_store, app_settings, 800, 560)
    meetings = window.meetings_tab
    window.tabs.setCurrentWidget(meetings)
    dialog = PdfPreviewDialog(meetings.factsheet_bytes(), "x.pdf", "Factsheets", meetings)
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    dialog.show()
    for button in (dialog.save_button, dialog.print_button):
        corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert dialog.rect().contains(corner - QPoint(1, 1))


def test_regio_pane_shows_two_rows(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings, 1093, 534)
    window.tabs.setCurrentWidget(window.category_tabs["oekraine"])
    pane = window.category_tabs["oekraine"].panels["oekraine"].regio_table
    assert pane.isVisible() and pane.model_.rowCount() >= 2
    assert pane.viewport().height() >= 2 * pane.rowHeight(0)
