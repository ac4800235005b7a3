"""Edit > Settings: every setting is stored where it belongs and takes effect."""

from __future__ import annotations

import struct
import zlib

from regietafel.gui.app import GuiSession
from regietafel.gui.settings_dialog import SettingsDialog
from regietafel.paths import backup_dir
from regietafel.store import areas, backups
from regietafel.store.settings import document_settings
from regietafel.store.worksheet import thresholds


def tiny_png() -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def test_settings_are_saved_and_applied(qtbot, store, app_settings, tmp_path):
    with store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
    folder = tmp_path / "elders"
    folder.mkdir()
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    dialog = SettingsDialog(store, app_settings, zh)
    qtbot.addWidget(dialog)
    dialog.province.setCurrentIndex(dialog.province.findData("Utrecht"))
    dialog.orange.setValue(80)
    dialog.red.setValue(40)
    dialog.backup_folder.setText(str(folder))
    dialog.keep.setValue(5)
    dialog.footer.setText("Provincie Zuid-Holland <secretariaat PRT>")
    assert dialog.load_logo(logo)
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("liggend"))
    try:
        dialog.accept()
        assert dialog.result() == SettingsDialog.DialogCode.Accepted
        with store.read() as session:
            assert thresholds(session, zh) == {"toezicht_oranje": 80, "toezicht_rood": 40}
            documents = document_settings(session)
        assert documents.footer == "Provincie Zuid-Holland <secretariaat PRT>"
        assert documents.logo == tiny_png() and documents.orientation == "liggend"
        assert app_settings.province == "Utrecht" and app_settings.backup_keep == 5
        assert backup_dir(store.path) == folder and backups.keep_count() == 5
    finally:
        backups.configure()  # back to the defaults for the other tests


def test_bad_settings_are_refused(qtbot, store, app_settings, tmp_path):
    dialog = SettingsDialog(store, app_settings, None)
    qtbot.addWidget(dialog)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("geen plaatje")
    assert not dialog.load_logo(not_an_image)
    assert "geen PNG" in dialog.message.text()
    dialog.backup_folder.setText(str(tmp_path / "bestaat-niet"))
    dialog.accept()
    assert "bestaat niet" in dialog.message.text()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted


def test_language_switch_rebuilds_the_window_in_english(qtbot, qapp, demo_store, app_settings):
    from regietafel.gui.i18n import install_translators

    session = GuiSession(qapp, app_settings)
    session.show(demo_store)
    qtbot.addWidget(session.window)
    assert session.window.tabs.tabText(0) == "Opvang"
    try:
        session.switch_language("en")
        qtbot.addWidget(session.window)
        assert session.window.tabs.tabText(0) == "Reception"
        assert session.window.store is demo_store
    finally:
        install_translators(qapp, "nl")


def test_gui_start_on_a_refused_database_shows_a_dialog(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from regietafel.gui.app import start_gui

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    folder = tmp_path / "map"
    folder.mkdir()
    session = start_gui(folder, "nl")
    assert session.window is None
    assert shown == [("Database kan niet worden geopend", f"{folder} is een map, geen databasebestand.")]
