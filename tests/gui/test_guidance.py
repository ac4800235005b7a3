"""Leading the way: the start page on an empty database, typing the opgave, the province asked
once, the example database, the handbook (F1), What's this?, one export menu with a confirmation
that opens the folder, and file dialogs in Dutch starting in one remembered folder."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from regietafel.gui import export_actions, file_dialogs
from regietafel.gui.help_browser import HandbookDialog, handbook_folder
from regietafel.gui.main_window import MainWindow
from tests.system_tools import needs


def window_on(qtbot, store, settings, province="Zuid-Holland"):
    settings.province = province
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def when_modal(action):
    """Run ``action(dialog)`` on the next modal dialog that opens."""
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        action(dialog)
    QTimer.singleShot(0, run)


def test_empty_database_opens_on_the_start_page(qtbot, store, app_settings):
    window = window_on(qtbot, store, app_settings, "Drenthe")
    page = window.start_page
    assert window.pages.currentWidget() is page
    for name in ("enter", "import", "worksheet", "meetings", "documents", "example", "handbook", "close"):
        assert page.buttons[name].isVisible(), name
    page.buttons["worksheet"].click()
    assert window.pages.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.category_tabs["opvang"]
    window.show_start_page(True)  # Help > Getting started
    page.buttons["close"].click()
    assert window.pages.currentWidget() is window.tabs


def test_a_database_with_opgaven_opens_on_the_worksheets(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    assert window.pages.currentWidget() is window.tabs


def test_typing_the_provincial_opgave_without_a_file(qtbot, store, app_settings):
    window = window_on(qtbot, store, app_settings, "Drenthe")
    panel = window.category_tabs["opvang"].panels["opvang"]

    def fill(dialog):
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() is False  # 0 is no opgave
        assert dialog.province_radio.isChecked()
        dialog.amount.setValue(3553)
        dialog.source_edit.setText("brief capaciteitsbehoefte")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    window.start_page.buttons["enter"].click()
    assert window.pages.currentWidget() is window.tabs  # no longer empty
    window.tabs.setCurrentWidget(window.category_tabs["opvang"])
    assert panel.sheet is not None and panel.sheet.settings.totaal == 3553
    assert panel.table.total(panel.model.column_of("assigned")) == "3.553"
    assert not panel.empty_row.isVisible()


def test_housing_takes_the_national_number(qtbot, store, app_settings):
    window = window_on(qtbot, store, app_settings, "Utrecht")

    def fill(dialog):
        assert dialog.national_radio.isChecked()  # the law divides the national number
        assert "art. 29" in dialog.note.text()
        dialog.amount.setValue(27300)
        dialog.accept()

    when_modal(fill)
    window.enter_opgave("huisvesting")
    window.show_tab(window.category_tabs["huisvesting"])
    sheet = window.category_tabs["huisvesting"].panels["huisvesting"].sheet
    assert sheet.settings.totaal == 27300


def test_an_empty_worksheet_shows_no_stale_settings(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    panel = window.category_tabs["opvang"].panels["opvang"]
    window.period_combo.setCurrentIndex(window.period_combo.findText("2026-II"))
    assert panel.sheet is None
    assert panel.empty_row.isVisible() and panel.enter_opgave_button.isVisible()
    assert not panel.total_spin.isVisible() and not panel.version_combo.isVisible()
    assert "Typ" in panel.empty_box.text()


def test_the_province_is_asked_once(qtbot, store, app_settings, monkeypatch):
    from regietafel.gui import province_dialog

    asked = []

    def answer(dialog):
        asked.append(dialog.combo.count())
        dialog.combo.setCurrentText("Fryslân")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(province_dialog.ProvinceDialog, "exec", answer)
    assert province_dialog.ask_province_once(app_settings, store) == "Fryslân"
    assert province_dialog.ask_province_once(app_settings, store) == "Fryslân"
    assert asked == [12]
    window = window_on(qtbot, store, app_settings, app_settings.province)
    assert window.province_combo.currentText() == "Fryslân"


def test_one_click_opens_the_example_database(qtbot, store, app_settings, tmp_path, monkeypatch):
    import regietafel.paths

    example = tmp_path / "voorbeeld.sqlite"
    monkeypatch.setattr(regietafel.paths, "example_database_path", lambda: example)
    window = window_on(qtbot, store, app_settings)
    window.start_page.buttons["example"].click()
    try:
        assert window.store.path == example.resolve()
        assert window.pages.currentWidget() is window.tabs
        assert window.category_tabs["opvang"].panels["opvang"].sheet.settings.totaal == 19097
    finally:
        window.store.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_handbook_pages_link_only_to_each_other(language):
    folder = handbook_folder(language)
    pages = {path.name for path in folder.glob("*.html")}
    assert pages == {path.name for path in handbook_folder("nl").glob("*.html")}
    for page in pages:
        text = (folder / page).read_text(encoding="utf-8")
        assert "http:" not in text and "https:" not in text  # offline
        for target in re.findall(r'href="([^"#]+)', text):
            assert (folder / target).is_file(), (page, target)


def test_f1_opens_the_handbook_at_the_subject_of_the_tab(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    window.show_tab(window.meetings_tab)
    window.handbook_action.trigger()
    dialog = window.handbook
    assert isinstance(dialog, HandbookDialog) and dialog.isVisible()
    assert dialog.page() == "vergaderingen.html"
    assert "Vergaderingen en documenten" in dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("index.html"))
    assert dialog.page() == "index.html"
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))  # never followed
    assert dialog.page() == "index.html"
    window.show_tab(window.category_tabs["huisvesting"])
    window.show_handbook()
    assert dialog.page() == "verdelen.html" and "Sainte-Laguë" in dialog.browser.toPlainText()
    dialog.close()


def test_every_worksheet_control_says_what_it_is(qtbot, demo_store, app_settings):
    window = window_on(qtbot, demo_store, app_settings)
    panel = window.category_tabs["opvang"].panels["opvang"]
    controls = [panel.version_combo, panel.total_spin, panel.key_combo, panel.date_combo, panel.method_combo,
                panel.grouping_combo, panel.policy_combo, panel.reason_edit, panel.exchange_button,
                panel.account_button, panel.adopt_button, panel.table.view]
    for control in controls:
        assert control.whatsThis(), control
    assert "Sainte-Laguë" in panel.method_combo.whatsThis()
    assert window.whats_this_action.shortcut().toString() == "Shift+F1"


def test_every_export_in_one_menu_with_a_confirmation(qtbot, demo_store, app_settings, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(export_actions.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = window_on(qtbot, demo_store, app_settings, "Zeeland")
    titles = [action.text().replace("&", "") for action in window.export_menu.actions()]
    assert titles == ["Vergaderstukken (pdf)…", "Factsheets (pdf)…", "Werkmap voor de gemeenten (Excel)…",
                      "Uitvraag realisatie (Excel)…"]
    job = export_actions.export_factsheets(window, tmp_path / "factsheets.pdf")
    assert job.wait()
    assert job.result.read_bytes().startswith(b"%PDF")
    box = window.saved_message
    assert box.isVisible() and str(tmp_path) in box.text() and "factsheets.pdf" in box.text()
    open_button = next(b for b in box.buttons() if b.text().replace("&", "") == "Map openen")
    open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    job = export_actions.export_meeting_pack(window, tmp_path / "stukken.pdf")
    assert job.wait() and job.result.stat().st_size > 0


def test_file_dialogs_start_in_one_remembered_folder_in_dutch(qtbot, app_settings, tmp_path):
    file_dialogs.remember_in(app_settings)
    folder = tmp_path / "Regietafel stukken"
    folder.mkdir()
    seen = {}

    def choose(dialog):
        seen["title"] = dialog.windowTitle()
        seen["cancel"] = [b.text() for b in dialog.findChildren(type(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Cancel)))]
        dialog.selectFile(str(folder / "werkmap"))
        dialog.accept()

    when_modal(choose)
    path = file_dialogs.save_file(None, "Opslaan als", "werkmap.xlsx", "Excel-werkmappen (*.xlsx)", ".xlsx")
    assert path == folder / "werkmap.xlsx"
    assert app_settings.file_folder == str(folder) and file_dialogs.start_folder() == folder
    assert "Annuleren" in seen["cancel"]  # Qt's own dialog, in Dutch (qtbase_nl)

    def look(dialog):
        seen["start"] = Path(dialog.directory().absolutePath())
        dialog.reject()

    when_modal(look)
    assert file_dialogs.open_file(None, "Openen", "Alle bestanden (*)") is None
    assert seen["start"] == folder


@needs("pdftotext")
def test_every_export_stands_per_the_date_chosen_in_the_window(qtbot, demo_store, app_settings, tmp_path, monkeypatch):
    monkeypatch.setattr(export_actions.QDesktopServices, "openUrl", lambda url: True)
    window = window_on(qtbot, demo_store, app_settings)
    window.stand_per_control.set_chosen(dt.date(2023, 8, 31))
    for export, name in ((export_actions.export_meeting_pack, "stukken.pdf"),
                         (export_actions.export_factsheets, "factsheets.pdf")):
        job = export(window, tmp_path / name)
        assert job.wait()
        text = subprocess.run(["pdftotext", str(job.result), "-"], capture_output=True, text=True, check=True).stdout
        assert "stand per 31-8-2023" in " ".join(text.split()).lower(), name
        assert "16-10-2023 (" not in text  # not the meeting's date
