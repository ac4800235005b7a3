"""Backups of the database file: before every import, once a day, listing, rotation, restore.

Backups live in ``backups/`` next to the database (``paths.backup_dir``) and are complete
SQLite files made with the SQLite backup API (consistent, WAL included). Every copy, a backup or
a restore, is written beside its target and renamed into place (``fileio.atomic_path``): a kill
leaves the old file or the complete new one, never half of it. A restore replaces the database
while holding its lock, and a damaged database can be restored without being opened.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from regietafel.fileio import atomic_path
from regietafel.paths import backup_dir
from regietafel.preferences import DEFAULT_BACKUP_KEEP, Preferences
from regietafel.store import sqlite_file
from regietafel.store.errors import StoreError
from regietafel.store.instance_lock import InstanceLock
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


def backup_file(path: Path, reason: str) -> Path:
    """Copy the database consistently (SQLite backup API, WAL included) into backups/."""
    target_dir = backup_dir(path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    counter = 2
    while target.exists():  # two backups in one second: keep both
        target = target_dir / f"{path.stem}-{stamp}-{reason}-{counter}.sqlite"
        counter += 1
    copy_database(path, target)
    return target


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a sound Regietafel database this version can open."""
    with Path(backup).open("rb") as handle:
        if handle.read(16) != sqlite_file.SQLITE_MAGIC:
            raise StoreError(t("backups.path_is_not_a_regietafel_backup", path=backup))
    if sqlite_file.inspect_file(Path(backup)).new:
        raise StoreError(t("backups.path_is_not_a_regietafel_backup", path=backup))


def newest_sound_backup(database: Path) -> BackupInfo | None:
    """The newest backup that passes :func:`check_backup` (a damaged one is passed over)."""
    for info in list_backups(database):
        try:
            check_backup(info.path)
        except StoreError:
            continue
        return info
    return None


def copy_database(source: Path, target: Path) -> None:
    """``source``'s content as the file ``target``, complete or not at all; a database that is
    replaced must be closed and its lock held by the caller."""
    with atomic_path(target) as temporary:
        with closing(sqlite_file.connect_readonly(source)) as src, closing(sqlite3.connect(temporary)) as dst:
            src.backup(dst)
        # The old -wal/-shm belong to the old content: gone before the new file takes its place.
        sqlite_file.discard_companions(target)


def _locked(path: Path) -> InstanceLock:
    lock = InstanceLock(path)
    if not lock.acquire():
        raise StoreError(t("store.path_is_already_open_in_another", path=path))
    return lock


def restore(store, backup: Path, keep: int | None = None):
    """Replace the open ``store``'s file by ``backup`` and return the reopened store.

    The current file is backed up first ("voor-herstel"); if the restored file cannot be
    opened, that backup is put back and the error raised. ``store`` is closed either way.
    """
    from regietafel.store.database import open_locked

    backup = Path(backup)
    check_backup(backup)
    path = store.path
    safety = backup_file(path, "voor-herstel")  # rotated only after the copy: keep the chosen one
    store.close()
    lock = _locked(path)
    try:
        with lock.replacing():
            copy_database(backup, path)
        reopened = open_locked(path, lock)
    except StoreError as error:
        with lock.replacing():
            copy_database(safety, path)
        raise RestoreFailed(str(error), open_locked(path, lock)) from error
    except BaseException:
        lock.release()
        raise
    rotate(path, keep)
    return reopened


def set_aside(path: Path) -> Path:
    """Keep a damaged database (and its -wal) under a new name beside it; returns that name."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.beschadigd-{stamp}")
    for source, target in ((path, aside), (Path(f"{path}-wal"), Path(f"{aside}-wal"))):
        if source.exists():
            try:
                os.link(source, target)  # instant; the original name stays until it is replaced
            except OSError:
                with atomic_path(target) as temporary:
                    shutil.copy2(source, temporary)
    return aside


def restore_damaged(path: Path, backup: Path, keep: int | None = None) -> Path:
    """Replace a database that cannot be opened by ``backup``, without opening it; the damaged file
    is kept beside it (returned). Refused while another process has the database open."""
    path = Path(path).expanduser().resolve()
    backup = Path(backup)
    check_backup(backup)
    lock = _locked(path)
    try:
        aside = set_aside(path)
        with lock.replacing():
            copy_database(backup, path)
    finally:
        lock.release()
    rotate(path, keep)
    return aside
