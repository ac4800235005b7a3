"""The Dutch catalogue is complete and in step with the code (README "Working on it")."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NL = ROOT / "i18n" / "regietafel_nl.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def sources(path: Path) -> set[tuple[str, str]]:
    return {(name, message.findtext("source")) for name, message in messages(path)}


def test_every_dutch_translation_is_finished():
    missing = []
    for name, message in messages(NL):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append((name, message.findtext("source")))
    assert not missing, f"untranslated: {missing}"


def test_placeholders_survive_translation():
    for name, message in messages(NL):
        source = message.findtext("source")
        translation = message.find("translation")
        for form in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", form or "")), (name, source)


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate not installed")
def test_catalogue_is_up_to_date(tmp_path):
    copy = tmp_path / "regietafel_nl.ts"
    shutil.copy(NL, copy)
    files = [str(p) for p in (ROOT / "regietafel").rglob("*.py") if "versions" not in p.parts]
    subprocess.run([str(LUPDATE), *files, "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", "nl", "-ts", str(copy)], check=True, capture_output=True)
    added = sources(copy) - sources(NL)
    removed = sources(NL) - sources(copy)
    assert not added and not removed, f"run `make update-translations`: new {added}, gone {removed}"


def test_qt_own_dialogs_speak_dutch(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


EN = ROOT / "i18n" / "regietafel_en.ts"


def test_english_numerus_forms_are_filled_in():
    """English needs a singular and a plural ("1 municipality", "2 municipalities")."""
    missing = []
    for name, message in messages(EN):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all(forms) or forms[0] == forms[1]:
            missing.append((name, message.findtext("source")))
    assert not missing, f"fill in the English singular and plural: {missing}"


def test_english_catalogue_counts(qapp):
    from PySide6.QtCore import QCoreApplication

    from regietafel.gui.i18n import install_translators

    install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("PdfPreviewDialog", "%n page(s)", None, 1) == "1 page"
        assert QCoreApplication.translate("PdfPreviewDialog", "%n page(s)", None, 3) == "3 pages"
    finally:
        install_translators(qapp, "nl")


# The only places that hand a text on to Qt's translate instead of naming it: the helper every
# module calls (``translate("Context", "text")``, which lupdate reads), the worksheet controller's
# ``tr`` (lupdate reads its ``self.tr("text")`` calls) and the panel's wording for it.
PASS_THROUGH = {("i18n.py", "translate"), ("worksheet_controller.py", "tr"), ("worksheet_panel.py", "_controller_tr")}


def _hidden_texts(path: Path) -> list[str]:
    """Calls of tr/translate in ``path`` whose text is not a literal (lupdate cannot see it),
    outside the pass-through functions."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = {node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
               and (path.name, node.name) in PASS_THROUGH}
    inside = {id(call) for function in allowed for call in ast.walk(function)}
    hidden = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in inside:
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", None))
        position = {"translate": 1, "tr": 0}.get(name)
        if position is not None and len(node.args) > position and not isinstance(node.args[position], ast.Constant):
            hidden.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    return hidden


def test_every_gui_text_is_a_literal_that_lupdate_finds():
    """A text handed through a helper of one's own never reaches the catalogue: it would stay
    English in the Dutch program, and the catalogue checks above would not notice."""
    hidden = [line for path in sorted((ROOT / "regietafel" / "gui").glob("*.py")) for line in _hidden_texts(path)]
    assert not hidden, hidden


def test_a_hidden_text_is_found(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("def _tr(text):\n    return QCoreApplication.translate('Panel', text)\n\n"
                      "label = _tr('Fix at {n}')\nother = translate('Panel', 'Seen')\n")
    assert _hidden_texts(module) == ["example.py:2: QCoreApplication.translate('Panel', text)"]
