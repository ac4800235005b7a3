"""Item 1 of issue 12: no writer replaces the open database, its -wal/-shm/lock files or its backups,
under their own names, through a symbolic link or as a hard link."""

from __future__ import annotations

import hashlib
import os

import pytest

from regietafel.cli import main
from regietafel.fileio import ProtectedFileError, atomic_path, atomic_write
from regietafel.store import areas, backups
from tests.conftest import _copy_sqlite


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def targets(database, tmp_path) -> dict:
    """Every way a chosen file name can end up on the database or one of its files."""
    link = tmp_path / "link-to-db.pdf"
    link.symlink_to(database)
    wal_link = tmp_path / "link-to-wal.xlsx"
    wal_link.symlink_to(f"{database}-wal")  # dangling while no -wal exists: still refused
    hard = tmp_path / "hard-link.xlsx"
    os.link(database, hard)
    backup = backups.make_backup(database, "test")
    return {"database": database, "wal": f"{database}-wal", "shm": f"{database}-shm",
            "journal": f"{database}-journal", "lock": f"{database}.lock", "symlink": link,
            "symlink-to-wal": wal_link, "hard-link": hard, "backup": backup}


def test_every_writer_refuses_the_open_database_and_its_files(store, tmp_path):
    before = digest(store.path)
    for name, target in targets(store.path, tmp_path).items():
        with pytest.raises(ProtectedFileError, match="database"):
            with atomic_write(target) as handle:
                handle.write(b"%PDF-")
        with pytest.raises(ProtectedFileError):
            with atomic_path(target) as temporary:
                temporary.write_bytes(b"PK")
        assert name and digest(store.path) == before
    assert not list(store.path.parent.glob(".*.tmp"))  # refused before anything was written


def test_protection_ends_with_the_store(seeded_template, tmp_path):
    from regietafel.store.database import open_store

    path = _copy_sqlite(seeded_template, tmp_path / "db.sqlite")
    opened = open_store(path)
    with pytest.raises(ProtectedFileError):
        atomic_write(path).__enter__()
    opened.close()
    with atomic_write(tmp_path / "db.sqlite.lock") as handle:  # closed: an ordinary file again
        handle.write(b"")


def test_backups_are_written_beside_the_protected_ones(store):
    first = backups.make_backup(store.path, "een")
    second = backups.make_backup(store.path, "een")
    assert first != second and first.exists() and second.exists()


@pytest.mark.parametrize("option", ["--pdf", "--xlsx", "--factsheets"])
def test_cli_export_over_the_database_is_refused(demo_template, tmp_path, capsys, option):
    db = _copy_sqlite(demo_template, tmp_path / "live.sqlite")
    link = tmp_path / "stukken.pdf"
    link.symlink_to(db)
    hard = tmp_path / "werkmap.xlsx"
    os.link(db, hard)
    before = digest(db)
    for target in (db, link, hard, f"{db}-wal", f"{db}.lock"):
        code = main(["export", "--db", str(db), "--province", "Zuid-Holland", option, str(target)])
        captured = capsys.readouterr()
        assert code == 1
        assert "Geschreven" not in captured.out
        assert len(captured.err.strip().splitlines()) == 1 and "database" in captured.err
    assert digest(db) == before and link.is_symlink()


def test_uitvraag_and_workbook_over_the_database_are_refused(demo_store):
    from regietafel.exports import write_uitvraag, write_workbook

    with demo_store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
    before = digest(demo_store.path)
    with pytest.raises(ProtectedFileError):
        write_uitvraag(demo_store, zh, "2023-II", "huisvesting", demo_store.path)
    with pytest.raises(ProtectedFileError):
        write_workbook(demo_store, zh, "2023-II", demo_store.path)
    assert digest(demo_store.path) == before


def test_gui_save_dialogs_refuse_the_database(qtbot, demo_store, app_settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from regietafel.gui.export_actions import export_uitvraag, export_workbook
    from regietafel.gui.main_window import MainWindow
    from regietafel.gui.pdf_preview import PdfPreviewDialog

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = MainWindow(demo_store, app_settings)
    qtbot.addWidget(window)
    before = digest(demo_store.path)
    assert export_workbook(window, demo_store.path.with_suffix(".sqlite")) is None
    assert export_uitvraag(window, "huisvesting", demo_store.path) is None
    preview = PdfPreviewDialog(b"%PDF-1.4\n%%EOF\n", "x.pdf", "x", window)
    qtbot.addWidget(preview)
    assert preview.save(demo_store.path) == demo_store.path.with_suffix(".pdf")  # ".pdf" added: a new name
    link = demo_store.path.with_name("pack.pdf")
    link.symlink_to(demo_store.path)
    assert preview.save(link) is None
    assert len(shown) == 3 and all("database" in text for text in shown)
    assert digest(demo_store.path) == before
