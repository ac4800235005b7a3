"""User preferences that belong to this computer (QSettings), not to the database."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from regietafel.i18n import DEFAULT_LANGUAGE


class AppSettings:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings()

    def _get(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    @property
    def province(self) -> str:
        return self._get("main/province")

    @province.setter
    def province(self, value: str) -> None:
        self._settings.setValue("main/province", value)

    @property
    def period(self) -> str:
        return self._get("main/period")

    @period.setter
    def period(self, value: str) -> None:
        self._settings.setValue("main/period", value)

    @property
    def regio_soort(self) -> str:
        return self._get("main/regio_soort", "veiligheidsregio")

    @regio_soort.setter
    def regio_soort(self, value: str) -> None:
        self._settings.setValue("main/regio_soort", value)

    @property
    def language(self) -> str:
        return self._get("main/language", DEFAULT_LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("main/language", value)

    @property
    def shared_database(self) -> str:
        """The last shared database opened (its URL, never with a password): the dialog's default."""
        return self._get("main/shared_database")

    @shared_database.setter
    def shared_database(self, value: str) -> None:
        self._settings.setValue("main/shared_database", value)

    @property
    def backup_folder(self) -> str:
        return self._get("backup/folder")

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._settings.setValue("backup/folder", value)

    @property
    def backup_keep(self) -> int:
        from regietafel.store.backups import DEFAULT_KEEP

        try:
            return max(1, int(self._get("backup/keep", str(DEFAULT_KEEP))))
        except ValueError:
            return DEFAULT_KEEP

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self._settings.setValue("backup/keep", int(value))

    def apply_backup_settings(self) -> None:
        from pathlib import Path

        from regietafel.store import backups

        backups.configure(self.backup_keep, Path(self.backup_folder) if self.backup_folder else None)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("main/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("main/geometry", value)

    def sync(self) -> None:
        self._settings.sync()
