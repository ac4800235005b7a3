"""A start paints the window's frame first and opens the database on the next turn of the event
loop (issue 16): the main window then takes the frame's place, with the same tabs."""

from __future__ import annotations

from regietafel.gui import province_dialog
from regietafel.gui.app import start_gui
from regietafel.gui.i18n import install_translators
from regietafel.gui.start_frame import StartFrame, menu_titles, tab_titles
from tests.conftest import _copy_sqlite


def _titles(tabs) -> list[str]:
    return [tabs.tabText(index) for index in range(tabs.count())]


def test_the_frame_is_painted_first_then_the_window_takes_its_place(qtbot, demo_template, tmp_path, monkeypatch):
    # The first start's province question is a modal dialog (tests/gui/test_guidance.py): answered here.
    monkeypatch.setattr(province_dialog, "ask_province_once", lambda settings, store, parent=None: "Zeeland")
    session = start_gui(_copy_sqlite(demo_template, tmp_path / "demo.sqlite"), "nl", frame_first=True)
    try:
        assert session.window is None  # nothing opened yet: the frame only
        assert session.frame.isVisible() and not session.frame.isEnabled()
        qtbot.waitUntil(lambda: session.window is not None and session.window.province_combo.count() > 0)
        assert not session.frame.isVisible()
        assert session.window.isVisible()
        window, frame = session.window.geometry(), session.frame.geometry()
        assert window.topLeft() == frame.topLeft() and window.height() == frame.height()
        assert window.width() >= frame.width()  # never narrower than the main window's toolbar
        assert _titles(session.frame.centralWidget()) == _titles(session.window.tabs)
    finally:
        if session.window is not None:
            session.window.close()
            session.window.store.close()


def test_the_frame_names_the_tabs_of_the_window_in_each_language(qtbot, qapp, demo_store, app_settings):
    from regietafel.gui.main_window import MainWindow

    try:
        for language, first in (("en", "Reception"), ("nl", "Opvang")):
            install_translators(qapp, language)
            window = MainWindow(demo_store, app_settings, load=False)
            qtbot.addWidget(window)
            frame = StartFrame()
            qtbot.addWidget(frame)
            assert tab_titles()[0] == first
            assert tab_titles() == _titles(window.tabs) == _titles(frame.centralWidget())
            assert frame.windowTitle() == window.windowTitle()
            assert menu_titles() == [action.text() for action in window.menuBar().actions()]
            assert menu_titles() == [action.text() for action in frame.menuBar().actions()]
    finally:
        install_translators(qapp, "nl")
