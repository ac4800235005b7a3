"""The Meetings tab through real widgets: create a meeting, add an action point, adopt a
version through a decision, preview the pack, save and print it."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from regietafel.gui.main_window import MainWindow
from regietafel.store import areas, meetings
from regietafel.store.models import Verdeling


def open_meetings(qtbot, store, settings, province="Zuid-Holland"):
    settings.province = province
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.meetings_tab)
    return window, window.meetings_tab


def test_meetings_tab_is_the_last_tab_and_lists_the_demo_meetings(qtbot, demo_store, app_settings):
    window, tab = open_meetings(qtbot, demo_store, app_settings)
    last = window.tabs.count() - 1
    assert window.tabs.indexOf(tab) == last
    assert window.tabs.tabText(last) == "Vergaderingen"
    assert tab.meeting_list.count() == 2
    assert tab.meeting_list.item(0).text().startswith("16-10-2023")
    assert tab.agenda_list.count() == 9
    # the open action point of 15-5-2023 carries over, the finished one does not
    assert tab.action_table.rowCount() == 1
    assert "↻" in tab.action_table.item(0, 0).text()


def test_create_meeting_add_action_point_and_adopt_a_version(qtbot, demo_store, app_settings, monkeypatch):
    window, tab = open_meetings(qtbot, demo_store, app_settings)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.meeting_list.count() == 3
    tab.date_edit.setDate(dt.date(2023, 12, 4))
    tab.place_edit.setText("Provinciehuis <b>&")
    qtbot.mouseClick(tab.save_details_button, Qt.MouseButton.LeftButton)
    assert tab.meeting_list.item(0).text() == "4-12-2023 · Provinciehuis <b>&"
    meeting_id = tab.current_meeting_id()

    monkeypatch.setattr(tab, "_ask_action_point", lambda: ("Locaties inventariseren", "Gemeente Delft", dt.date(2024, 1, 31)))
    add_button = next(b for b in tab.findChildren(type(tab.new_button))
                      if b.text() == "Toevoegen…" and tab.action_table.parent().isAncestorOf(b))
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    texts = [tab.action_table.item(r, 0).text() for r in range(tab.action_table.rowCount())]
    assert "Locaties inventariseren" in texts

    choices = tab.adoptable()
    assert choices, "the demo has concept versions"
    opvang = next(i for i, label in choices if label.startswith("opvang asielzoekers"))
    monkeypatch.setattr(tab, "_choose_version", lambda offered: opvang)
    asked = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply
        return question

    # Adopting asks first and says it cannot be undone; "Cancel" adopts nothing.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(tab.adopt_button, Qt.MouseButton.LeftButton)
    assert "niet ongedaan" in asked[-1] and "4-12-2023" in asked[-1] and tab.decision_list.count() == 0
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.adopt_button, Qt.MouseButton.LeftButton)
    assert tab.decision_list.count() == 1 and "wordt vastgesteld" in tab.decision_list.item(0).text()
    with demo_store.read() as session:
        version = session.get(Verdeling, opvang)
        assert version.status == "vastgesteld" and version.vastgesteld_op == dt.date(2023, 12, 4)
        assert version.vergadering_id == meeting_id
        points = meetings.action_points(session, meeting_id)
        assert [(p.omschrijving, p.eigenaar, p.deadline) for p in points] == [
            ("Locaties inventariseren", "Gemeente Delft", dt.date(2024, 1, 31))]
    assert opvang not in [i for i, _label in tab.adoptable()]
    # the worksheet shows the adopted version when the user goes back to it
    window.tabs.setCurrentIndex(0)
    assert window.category_tabs["opvang"].panels["opvang"].sheet.read_only


def test_pack_preview_save_and_print(qtbot, demo_store, app_settings, tmp_path):
    window, tab = open_meetings(qtbot, demo_store, app_settings, "Zeeland")
    assert tab.preview_pack().wait()
    dialog = tab.last_preview
    qtbot.addWidget(dialog)
    assert dialog.page_count() > 5
    saved = dialog.save(tmp_path / "stukken")
    assert saved == tmp_path / "stukken.pdf" and saved.read_bytes().startswith(b"%PDF")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    if shutil.which("pdfinfo"):
        from tests.documents.pdf_helpers import pdf_pages

        assert pdf_pages(tmp_path / "printed.pdf") == 2
    dialog.close()


def test_factsheets_preview(qtbot, demo_store, app_settings):
    window, tab = open_meetings(qtbot, demo_store, app_settings, "Zeeland")
    assert tab.preview_factsheets().wait()
    dialog = tab.last_preview
    qtbot.addWidget(dialog)
    with demo_store.read() as session:
        zeeland = areas.find_province(session, "Zeeland").id
        count = len(areas.gemeenten_of_province(session, zeeland, None))
    assert dialog.page_count() == count
    dialog.close()


@pytest.mark.parametrize("lang", ["nl"])
def test_screenshot_of_the_meetings_tab(qtbot, demo_store, app_settings, tmp_path, lang):
    window, tab = open_meetings(qtbot, demo_store, app_settings)
    window.resize(1200, 760)
    assert window.grab().save(str(tmp_path / f"meetings-{lang}.png"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_done_open_follows_the_stored_status_in_every_language(qtbot, qapp, demo_store, app_settings, lang):
    """The button asks the store to toggle; it never reads the status back from the cell's text."""
    from regietafel.gui.i18n import install_translators

    install_translators(qapp, lang)
    window, tab = open_meetings(qtbot, demo_store, app_settings, "Zuid-Holland")
    meeting_id = tab.current_meeting_id()
    with demo_store.transaction() as session:
        point = meetings.add_action_point(session, meeting_id, "Rapport opvragen")
    tab.reload(select=meeting_id)
    row = next(r for r in range(tab.action_table.rowCount()) if tab.action_table.item(r, 0).text() == "Rapport opvragen")
    tab.action_table.setCurrentCell(row, 0)
    for expected in ("afgerond", "open"):
        tab._toggle_action_point()
        with demo_store.read() as session:
            assert next(p for p in meetings.action_points(session, meeting_id) if p.id == point.id).status == expected
        row = next(r for r in range(tab.action_table.rowCount()) if tab.action_table.item(r, 0).text() == "Rapport opvragen")
        tab.action_table.setCurrentCell(row, 0)
