"""Where the application finds its bundled files and keeps its data."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Regietafel"
APP_AUTHOR = "Regietafel"


def bundle_root() -> Path:
    """Folder holding resources/ and i18n/: the repository, or the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def i18n_dir() -> Path:
    return bundle_root() / "i18n"


def portable_data_dir() -> Path | None:
    """Portable mode: a ``portable`` marker file next to the program keeps data beside it."""
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / "portable").exists():
            return exe_dir / "data"
    return None


def data_dir() -> Path:
    return portable_data_dir() or user_data_path(APP_NAME, APP_AUTHOR)


def default_database_path() -> Path:
    return data_dir() / "regietafel.sqlite"


def example_database_path() -> Path:
    """The example database of the start page, beside the user's own."""
    return data_dir() / "voorbeeld.sqlite"


_backup_folder: Path | None = None  # chosen in the settings; None: backups/ beside the database


def set_backup_folder(folder: Path | None) -> None:
    global _backup_folder
    _backup_folder = Path(folder) if folder else None


def backup_dir(database: Path) -> Path:
    return _backup_folder or database.parent / "backups"
