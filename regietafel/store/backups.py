"""Backups of the database file: before every import, once a day, listing, rotation, restore.

Backups live in ``backups/`` next to the database (``paths.backup_dir``) and are complete
SQLite files made with the SQLite backup API (consistent, WAL included).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from regietafel.paths import backup_dir
from regietafel.preferences import DEFAULT_BACKUP_KEEP, Preferences
from regietafel.store.database import _inspect_existing, backup_file
from regietafel.store.errors import StoreError
from regietafel.store.texts import t

DEFAULT_KEEP = DEFAULT_BACKUP_KEEP
_keep = DEFAULT_KEEP  # how many backups rotation keeps; set from the settings at start-up


def configure(keep: int | None = None, folder: Path | None = None) -> None:
    """Apply the user's backup settings (count kept, folder) for this process."""
    from regietafel.paths import set_backup_folder

    global _keep
    _keep = max(1, keep or DEFAULT_KEEP)
    set_backup_folder(folder)


def apply_preferences(preferences: Preferences) -> None:
    """The user's backup folder and count for this process (imports back up first, into it)."""
    configure(preferences.backup_keep, preferences.backup_folder_path())


def keep_count() -> int:
    return _keep


class RestoreFailed(StoreError):
    """The backup could not be opened; the previous database is back and open as ``store``."""

    def __init__(self, message: str, store):
        super().__init__(message)
        self.store = store
DAILY_REASON = "dagelijks"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def folder(database: Path) -> Path:
    return backup_dir(Path(database))


def list_backups(database: Path) -> list[BackupInfo]:
    """Backups of ``database``, newest first."""
    database = Path(database)
    directory = folder(database)
    if not directory.is_dir():
        return []
    found = []
    prefix = f"{database.stem}-"
    for path in directory.glob(f"{database.stem}-*.sqlite"):
        rest = path.stem[len(prefix):]
        parts = rest.split("-", 2)  # YYYYmmdd, HHMMSS, reason
        try:
            created = dt.datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except (ValueError, IndexError):
            continue
        reason = parts[2] if len(parts) > 2 else ""
        stat = path.stat()
        found.append(BackupInfo(path, created, reason, stat.st_size))
    found.sort(key=lambda b: (b.created, b.path.stat().st_mtime_ns, b.path.name), reverse=True)
    return found


def rotate(database: Path, keep: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups; return the deleted files."""
    removed = []
    for info in list_backups(database)[max(keep or _keep, 1):]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def make_backup(database: Path, reason: str, keep: int | None = None) -> Path:
    """A backup now, then rotation. Never overwrites an earlier backup of the same second."""
    database = Path(database)
    target = backup_file(database, reason)
    rotate(database, keep)
    return target


def daily_backup(database: Path, today: dt.date | None = None, keep: int | None = None) -> Path | None:
    """The first backup of the day (at start-up); None when one exists already."""
    database = Path(database)
    today = today or dt.date.today()
    if not database.exists() or any(b.created.date() == today for b in list_backups(database)):
        return None
    return make_backup(database, DAILY_REASON, keep)


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a Regietafel database this version can open."""
    with Path(backup).open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StoreError(t("backups.path_is_not_a_regietafel_backup", path=backup))
    if _inspect_existing(Path(backup)) is None:
        raise StoreError(t("backups.path_is_not_a_regietafel_backup", path=backup))


def copy_database(source: Path, target: Path) -> None:
    """Replace ``target``'s content by ``source``'s (SQLite backup API; the target is closed)."""
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def restore(store, backup: Path, keep: int | None = None):
    """Replace the open ``store``'s file by ``backup`` and return the reopened store.

    The current file is backed up first ("voor-herstel"); if the restored file cannot be
    opened, that backup is put back and the error raised. ``store`` is closed either way.
    """
    from regietafel.store.database import open_store

    backup = Path(backup)
    check_backup(backup)
    path = store.path
    safety = backup_file(path, "voor-herstel")  # rotated only after the copy: keep the chosen one
    store.close()
    copy_database(backup, path)
    try:
        reopened = open_store(path)
    except StoreError as error:
        copy_database(safety, path)
        raise RestoreFailed(str(error), open_store(path)) from error
    rotate(path, keep)
    return reopened
