"""The one way to translate text outside the GUI: keyed Dutch and English tables.

Each layer keeps its texts in a module of its own (``domain/texts.py``, ``store/texts.py``,
``importing/texts.py``, ``commands/texts.py``, ``documents/pdf_texts.py``, ...) as two dicts with
the same keys and the same ``{placeholders}``, wrapped in a :class:`Catalogue`. Calling the
catalogue looks a key up in the current language (:mod:`regietafel.domain.language`) or the one
given, and fills in the placeholders. ``tests/domain/test_texts.py`` checks every registered
catalogue. The GUI's own strings go through Qt (``self.tr``) and ``i18n/*.ts``.
"""

from __future__ import annotations

from regietafel.domain.language import resolve

CATALOGUES: dict[str, Catalogue] = {}


class Catalogue:
    def __init__(self, name: str, nl: dict[str, str], en: dict[str, str]):
        self.name = name
        self.tables = {"nl": nl, "en": en}
        CATALOGUES[name] = self

    def __call__(self, key: str, language: str | None = None, /, **values: object) -> str:
        """The text ``key`` in ``language`` (default: the current language), fields filled in."""
        template = self.tables[resolve(language)][key]
        return template.format(**values) if values else template

    def __contains__(self, key: str) -> bool:
        return key in self.tables["nl"]
