"""What the user chose on this computer, not in the database: language, province and period last
shown, backup folder and count, the window's place.

A small JSON file in the user's configuration folder (``preferences.json``; in portable mode in
the data folder beside the program), written atomically at every change so that a crash loses
nothing. No Qt: the command line reads the language and backup settings from here too. Unknown or
broken values fall back to the defaults, never to an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from platformdirs import user_config_path

from regietafel.domain.language import DEFAULT_LANGUAGE, LANGUAGES
from regietafel.fileio import atomic_write
from regietafel.paths import APP_AUTHOR, APP_NAME, portable_data_dir

DEFAULT_BACKUP_KEEP = 20
FILE_NAME = "preferences.json"


def default_path() -> Path:
    return (portable_data_dir() or user_config_path(APP_NAME, APP_AUTHOR)) / FILE_NAME


@dataclass
class Preferences:
    province: str = ""
    period: str = ""
    regio_soort: str = "veiligheidsregio"
    language: str = DEFAULT_LANGUAGE
    backup_folder: str = ""
    backup_keep: int = DEFAULT_BACKUP_KEEP
    geometry: str = ""  # the main window's saveGeometry(), base64
    file_folder: str = ""  # where the last file was opened or saved: the next file dialog starts there
    show_deviation: bool = False  # worksheets show each number's difference from the key alone
    shared_database: str = ""  # the last shared database opened: its URL without a password
    path: Path = field(default_factory=default_path, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        path = Path(path) if path else default_path()
        preferences = cls(path=path)
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return preferences  # none yet, or unreadable: the defaults
        if not isinstance(stored, dict):
            return preferences
        for item in fields(cls):
            value = stored.get(item.name)
            if item.name != "path" and isinstance(value, type(getattr(preferences, item.name))):
                setattr(preferences, item.name, value)
        if preferences.language not in LANGUAGES:
            preferences.language = DEFAULT_LANGUAGE
        preferences.backup_keep = max(1, preferences.backup_keep)
        return preferences

    def exists(self) -> bool:
        return self.path.exists()

    def save(self) -> None:
        values = asdict(self)
        values.pop("path")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(self.path, "w", encoding="utf-8") as handle:
            json.dump(values, handle, ensure_ascii=False, indent=1)

    def update(self, **values: object) -> None:
        """Change some preferences and store them at once."""
        for name, value in values.items():
            if name not in {item.name for item in fields(self)} or name == "path":
                raise AttributeError(name)
            setattr(self, name, value)
        self.save()

    def backup_folder_path(self) -> Path | None:
        return Path(self.backup_folder) if self.backup_folder else None
