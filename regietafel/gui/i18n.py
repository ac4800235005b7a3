"""Qt's translations for the GUI.

Widgets use ``self.tr``; GUI code outside a widget calls :func:`translate` with an explicit
context (``pyside6-lupdate`` finds ``QCoreApplication.translate`` calls, so the strings are written
out in full at each call site). Source strings are English; ``i18n/regietafel_nl.ts`` holds the
Dutch catalogue, loaded by default. Text outside the GUI never comes through here: it uses the
keyed tables of :mod:`regietafel.domain.catalogue`. :func:`install_translators` also sets their
language (:func:`regietafel.domain.language.set_language`), so the window, the messages of the
layers below it and every export speak the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from regietafel.domain.language import DEFAULT_LANGUAGE, set_language
from regietafel.paths import i18n_dir

_installed: list[QTranslator] = []


def screen_locale(language: str) -> QLocale:
    """How the screens write numbers: as the documents of the same language do (Dutch 19.097 and
    1,5; English 19,097 and 1.5). English of the Netherlands would write 19.097 in an English window."""
    if language == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Install Qt's own catalogue and ours for ``language``; return the files loaded.

    Also makes ``language`` the language of the verdeelmotor's texts and of the documents."""
    set_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(screen_locale(language))
    loaded: list[str] = []
    candidates = [(f"regietafel_{language}", str(i18n_dir()))]
    if language != "en":  # Qt's own strings are English already
        candidates.insert(0, (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(Path(directory) / f"{name}.qm"))
    return loaded


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
