"""The language of every text outside the GUI: the verantwoording, the command line's messages,
store and import errors, the documents. Pure Python: the domain knows nothing of Qt.

The language is module state, set once by the application (the GUI from its setting, the command
line from ``--lang`` or the setting) so that the GUI, the command line and the documents agree.
Dutch is the default.
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Make ``language`` ("nl" or "en") the language of every text outside the GUI from now on."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {', '.join(LANGUAGES)}")
    _language = language


def get_language() -> str:
    return _language


def resolve(language: str | None) -> str:
    """``language`` when given, else the current language."""
    return language or _language
