"""File > Export from the main window writes the workbooks for the chosen province and period."""

import openpyxl

from regietafel.gui.export_actions import export_uitvraag, export_workbook
from regietafel.gui.main_window import MainWindow


def test_export_workbook_and_uitvraag(qtbot, demo_store, app_settings, tmp_path):
    app_settings.province = "Zeeland"
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    written = export_workbook(window, tmp_path / "zeeland.xlsx")
    assert written and "Overzicht" in openpyxl.load_workbook(written).sheetnames
    uitvraag = export_uitvraag(window, "huisvesting", tmp_path / "uitvraag.xlsx")
    sheet = openpyxl.load_workbook(uitvraag)["Realisatie"]
    names = {sheet.cell(row, 2).value for row in range(1, sheet.max_row + 1)}
    assert {"Middelburg (Z.)", "Vlissingen", "Goes"} <= names
    assert "Opgeslagen" in window.statusBar().currentMessage()


def test_unwritable_target_is_reported(qtbot, demo_store, app_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    assert export_workbook(window, tmp_path / "bestaat-niet" / "x.xlsx") is None
    assert "kon niet worden geschreven" in shown[0]


def test_an_empty_province_says_there_is_nothing_to_export(qtbot, store, app_settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    assert export_workbook(window, tmp_path / "leeg.xlsx") is None
    assert "Geen opgaven voor" in shown[0] and not (tmp_path / "leeg.xlsx").exists()
