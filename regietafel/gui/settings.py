"""The GUI's view of the user's preferences (:mod:`regietafel.preferences`): properties that
store at once, and the window geometry as Qt's QByteArray."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from regietafel.preferences import Preferences


class AppSettings:
    def __init__(self, preferences: Preferences | None = None):
        self.preferences = preferences or Preferences.load()
        if not self.preferences.exists():
            _adopt_earlier_qsettings(self.preferences)

    def _property(name: str):  # noqa: N805 - a property factory, used in the class body only
        return property(lambda self: getattr(self.preferences, name),
                        lambda self, value: self.preferences.update(**{name: value}))

    province = _property("province")
    period = _property("period")
    regio_soort = _property("regio_soort")
    language = _property("language")
    backup_folder = _property("backup_folder")
    backup_keep = _property("backup_keep")
    file_folder = _property("file_folder")
    show_deviation = _property("show_deviation")
    shared_database = _property("shared_database")  # the last shared database's URL, never a password

    def apply_backup_settings(self) -> None:
        from regietafel.store import backups

        backups.apply_preferences(self.preferences)

    @property
    def geometry(self) -> QByteArray | None:
        text = self.preferences.geometry
        return QByteArray.fromBase64(text.encode("ascii")) if text else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.preferences.update(geometry=bytes(value.toBase64()).decode("ascii"))


def _adopt_earlier_qsettings(preferences: Preferences) -> None:
    """Versions up to 0.1 kept the preferences in QSettings; take them over once."""
    old = QSettings()
    names = {"main/province": "province", "main/period": "period", "main/regio_soort": "regio_soort",
             "main/language": "language", "backup/folder": "backup_folder"}
    found = {name: str(old.value(key)) for key, name in names.items() if old.value(key) not in (None, "")}
    keep = old.value("backup/keep")
    if keep not in (None, ""):
        try:
            found["backup_keep"] = max(1, int(keep))
        except (TypeError, ValueError):
            pass
    if found:
        preferences.update(**found)
