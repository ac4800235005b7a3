"""The shared database in the window: a colleague's change reloads the view, a conflict is
explained and reloaded, a read-only role sees why it cannot edit, the connection dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from regietafel.gui.shared_database import SharedDatabaseDialog, write_controls
from regietafel.store import distributions
from regietafel.store.database import open_store
from regietafel.store.models import Verdeling
from tests.conftest import PG_OWNER
from tests.gui.test_worksheets import DELFT, assigned, edit_cell, make_window

LEIDEN = "GM0546"


def lock_behind_the_back(store, vid: int, code: str, value: int) -> None:
    """A colleague's change, made through another connection."""
    with store.transaction() as session:
        settings = distributions.settings_of(session, session.get(Verdeling, vid))
        distributions.apply_settings(session, vid, settings.with_constraint(code, "vast", value), "collega")


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_conflicting_edit_is_explained_and_the_worksheet_reloads(qtbot, engine, request, app_settings, tmp_path):
    if engine == "postgresql":
        url = request.getfixturevalue("pg_database")("demo")
        mine, colleague = open_store(url), open_store(url)
    else:
        path = tmp_path / "demo.sqlite"
        path.write_bytes(request.getfixturevalue("demo_template").read_bytes())
        mine, colleague = open_store(path), open_store(path, lock=False)
    try:
        window, panel = make_window(qtbot, mine, app_settings)
        if engine == "postgresql":
            window.change_watcher.stop()  # this test is about the conflict, not about the refresh
        edit_cell(panel, DELFT, "600")
        assert window.undo_stack.count() == 1
        lock_behind_the_back(colleague, panel.sheet.verdeling.id, LEIDEN, 900)
        edit_cell(panel, DELFT, "650")  # based on the view from before the colleague's change
        assert "gewijzigd door" in panel.message.text() and "opnieuw geladen" in panel.message.text()
        qtbot.waitUntil(lambda: window.undo_stack.count() == 0)
        row = {r.code: r for r in panel.model.rows()}
        assert row[LEIDEN].lock == 900 and row[DELFT].lock == 600  # theirs shown; mine not stored
    finally:
        colleague.close()


def test_a_colleagues_change_appears_without_a_reload(qtbot, pg_database, app_settings):
    url = pg_database("demo")
    mine, colleague = open_store(url), open_store(url)
    try:
        window, panel = make_window(qtbot, mine, app_settings)
        assert window.change_watcher.listener.listening.wait(10)
        lock_behind_the_back(colleague, panel.sheet.verdeling.id, DELFT, 600)
        qtbot.waitUntil(lambda: assigned(panel)[DELFT] == 600, timeout=2000)
        assert colleague.user in window.statusBar().currentMessage()
    finally:
        colleague.close()


@pytest.fixture
def reader_url(pg_cluster, pg_database):
    url = pg_database("demo")
    writer = open_store(url)
    try:
        from tests.store.test_shared_database import prepare_versions

        prepare_versions(url)
    finally:
        writer.close()
    if "lezer" not in pg_cluster.passwords:
        pg_cluster.add_role("lezer")
    pg_cluster.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO lezer", url.rsplit("/", 1)[1])
    return url.replace(f"{PG_OWNER}@", "lezer@")


def test_a_read_only_role_sees_why_and_cannot_edit(qtbot, reader_url, app_settings):
    store = open_store(reader_url)
    window, panel = make_window(qtbot, store, app_settings)
    assert window.access_note.isVisible() and "Alleen lezen" in window.access_note.text()
    assert "lezer" in window.access_note.text()
    model = panel.model
    index = model.index(model.row_of(DELFT), model.column_of("assigned"))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not panel.total_spin.isEnabled() and not panel.new_concept_button.isEnabled()
    assert not any(control.isEnabled() for control in write_controls(window))
    assert panel.lock(DELFT, 600) is False
    window.tabs.setCurrentWidget(window.meetings_tab)
    assert window.meetings_tab.pack_button.isEnabled()  # documents stay available


def test_the_dialog_tests_a_connection_and_never_keeps_the_password(qtbot, pg_cluster, pg_database, tmp_path,
                                                                      monkeypatch):
    url = pg_database("seeded")
    dialog = SharedDatabaseDialog(f"postgresql://{PG_OWNER}@127.0.0.1:{pg_cluster.port}/{url.rsplit('/', 1)[1]}")
    qtbot.addWidget(dialog)
    assert (dialog.host_edit.text(), dialog.port_spin.value()) == ("127.0.0.1", pg_cluster.port)
    assert dialog.test_connection()
    assert "Verbonden als secretaris" in dialog.result_label.text() and "lezen en wijzigen" in dialog.result_label.text()
    dialog.password_edit.setText("fout")
    assert not dialog.test_connection()
    assert "wachtwoord" in dialog.result_label.text()
    assert dialog.url().password == "fout" and dialog.url(with_password=False).password is None
    passfile = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    dialog.remember_check.setChecked(True)
    dialog.remember_password()
    assert passfile.read_text().endswith(f":{PG_OWNER}:fout\n")
    assert oct(passfile.stat().st_mode & 0o777) == "0o600"


def test_the_dialog_names_an_unreachable_server(qtbot):
    dialog = SharedDatabaseDialog("postgresql://anna@127.0.0.1:9/rt")
    qtbot.addWidget(dialog)
    assert not dialog.test_connection()
    assert "niet bereikbaar" in dialog.result_label.text()
