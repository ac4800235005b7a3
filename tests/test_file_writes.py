"""Every file the program writes goes through ``regietafel/fileio.py`` (temporary file beside the
target, fsync, rename; protected files refused). This test reads the source: a new direct write
(``open(..., "w")``, ``Path.write_text``, ``shutil.copy``, ``workbook.save(path)``...) fails it until
it goes through ``atomic_write``/``atomic_path`` or is listed below with the reason it is safe."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "regietafel"

# Calls that write files: module functions by their module, methods by name alone.
WRITING_FUNCTIONS = {("shutil", name) for name in ("copy", "copy2", "copyfile", "copyfileobj", "move")} | {
    ("os", "replace"), ("os", "rename"), ("os", "open"), ("sqlite3", "connect"), ("tempfile", "mkstemp"),
    ("tempfile", "NamedTemporaryFile")}
WRITING_METHODS = {"write_text", "write_bytes", "save"}
# Calls that are not file writes by these names: xlsx_style.write_text puts text into a cell; a
# class's own methods (self.save) are read where they are defined.
SKIPPED_OWNERS = {"st", "xlsx_style", "self"}

# (module, call): why it is not a second way of writing files.
ALLOWED = {
    ("fileio.py", "os.replace"): "the atomic writer itself",
    ("fileio.py", "os.open"): "opens a folder to fsync it",
    ("fileio.py", "tempfile.mkstemp"): "the atomic writer itself",
    ("store/instance_lock.py", "os.open"): "the lock file and the database, to lock them; nothing is written",
    ("store/backups.py", "shutil.copy2"): "copies into atomic_path's temporary file",
    ("store/backups.py", "sqlite3.connect"): "atomic_path's temporary file (the source is read-only)",
    ("store/database.py", "sqlite3.connect"): "an in-memory copy (snapshot)",
    ("store/plain_session.py", "sqlite3.connect"): "an in-memory copy (the export's plain snapshot)",
    ("store/sqlite_file.py", "sqlite3.connect"): "read-only URI, or the temporary of build_database",
    ("documents/xlsx_workbook.py", "save"): "workbook.save(temporary) inside atomic_path",
    ("documents/xlsx_uitvraag.py", "save"): "workbook.save(temporary) inside atomic_path",
    ("documents/pdf_canvas.py", "save"): "reportlab canvas into an in-memory buffer",
    ("gui/map_widget.py", "save"): "QPainter.save(): painter state, not a file",
}


def _calls(path: Path):
    """(line, qualified name, call) of every call: "os.replace", or a method's bare name."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Attribute):
            owner = function.value.id if isinstance(function.value, ast.Name) else ""
            if owner in SKIPPED_OWNERS:
                continue
            qualified = f"{owner}.{function.attr}"
            yield node.lineno, (qualified if (owner, function.attr) in WRITING_FUNCTIONS else function.attr), node
        elif isinstance(function, ast.Name) and function.id == "open":
            yield node.lineno, function.id, node


def _mode(call: ast.Call) -> str:
    for argument in call.args[1:2]:
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            return argument.value
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    return "r"


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        if "/migrations/" not in module:
            yield module, path


def writes_outside_fileio() -> list[str]:
    found = []
    for module, path in _modules():
        for line, name, call in _calls(path):
            if name == "open" and set(_mode(call)) & set("wax+") and module != "fileio.py":
                found.append(f"{module}:{line} open(..., {_mode(call)!r})")
            elif (name in WRITING_METHODS or "." in name) and (module, name) not in ALLOWED:
                found.append(f"{module}:{line} {name}(...)")
    return found


def test_every_file_is_written_through_fileio():
    assert writes_outside_fileio() == []


def test_the_allowed_list_has_no_stale_entries():
    used = {(module, name) for module, path in _modules() for _line, name, _call in _calls(path)}
    assert set(ALLOWED) <= used
