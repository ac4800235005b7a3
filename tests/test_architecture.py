"""The layers hold: checked by import-linter against the contracts in pyproject.toml.

gui and commands over exports over documents over store over importing over domain; no Qt
below the GUI (not even indirectly), nor in a controller of the GUI; no database in the domain, the import parsers or the
documents; no SQL in the GUI. A new import that breaks a layer fails this test with the chain
of imports that does it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    # --no-cache: a stale cache once reported a broken contract as kept.
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout


def test_a_broken_layer_is_caught(tmp_path):
    """The check itself can fail: the same contracts on a copy with one upward import."""
    import shutil

    copy = tmp_path / "project"
    shutil.copytree(ROOT / "regietafel", copy / "regietafel", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    with (copy / "regietafel" / "domain" / "axis.py").open("a") as handle:
        handle.write("\nfrom regietafel.store import areas  # noqa\n")
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=copy, capture_output=True, text=True,
                            env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "regietafel.domain is not allowed to import regietafel.store" in result.stdout
