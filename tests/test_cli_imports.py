"""Every headless command imports only what it needs (issue 16): no Qt without a window, no
reportlab for a workbook, no openpyxl for a PDF, no SQLAlchemy to print the version. Imports
are most of a short command's time; each is checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = r"""
import contextlib, io, json, sys
from regietafel.cli import main

with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    main(json.loads(sys.argv[1]))
print(json.dumps(sorted(sys.modules)))
"""


def imported_modules(*arguments: str, env_folder) -> set[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(env_folder), "XDG_CONFIG_HOME": str(env_folder / "config"),
           "XDG_DATA_HOME": str(env_folder / "data")}
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(arguments))], capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def imported_packages(*arguments: str, env_folder) -> set[str]:
    return {name.split(".")[0] for name in imported_modules(*arguments, env_folder=env_folder)}


def test_version_and_help_start_without_the_store(tmp_path):
    for arguments in (["--version"], ["export", "--help"]):
        loaded = imported_packages(*arguments, env_folder=tmp_path)
        assert not loaded & {"sqlalchemy", "PySide6", "reportlab", "openpyxl", "alembic"}, arguments


@pytest.mark.parametrize(("target", "needed", "unneeded"), [
    ("--xlsx", "openpyxl", {"PySide6", "reportlab", "alembic"}),
    ("--pdf", "reportlab", {"PySide6", "openpyxl", "alembic", "reportlab.graphics"}),
    ("--factsheets", "reportlab", {"PySide6", "openpyxl", "alembic", "reportlab.graphics"}),
])
def test_an_export_loads_only_its_own_writer(demo_template, tmp_path, target, needed, unneeded):
    """(The pack and the factsheets draw their charts on the canvas: no reportlab.graphics either.)"""
    out = tmp_path / f"out{target.replace('-', '.')}"
    modules = imported_modules("export", "--db", str(demo_template), "--province", "Utrecht", target, str(out),
                               env_folder=tmp_path)
    loaded = modules | {name.split(".")[0] for name in modules}
    assert out.exists()
    assert needed in loaded
    assert not loaded & unneeded
