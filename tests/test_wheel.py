"""A plain `pip install .` gives a working Dutch program: the wheel carries the reference data,
the fonts, the migrations and the compiled catalogues.

The wheel is built without network (the build requirements are in the test extras) and installed
with ``--no-deps`` into a fresh venv that sees the project venv's site-packages for PySide6 and
the others (through a .pth line, which does not bring the project's editable install along: the
program that runs is the one from the wheel, and a test checks that).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from regietafel import __version__
from tests.documents.pdf_helpers import pdf_fonts, pdf_text
from tests.system_tools import needs

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("wheel")
    # Built from a clean copy of what the package is made of: a stale build/ folder in the working
    # tree (setuptools never empties it) could otherwise hand in files the package no longer lists.
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, source)
    for folder in ("regietafel", "i18n"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(work / "dist"), str(source)], check=True, capture_output=True)
    (wheel,) = (work / "dist").glob("regietafel-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "project_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    program = python.parent / ("regietafel.exe" if os.name == "nt" else "regietafel")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(work / "data"),
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_STATE_HOME": str(work / "state"), "PYTHONPATH": ""}
    return {"python": python, "program": program, "site": Path(site), "env": env, "work": work}


def run(installed: dict, *args: str) -> str:
    result = subprocess.run([str(installed["program"]), *args], cwd=installed["work"], env=installed["env"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_program_runs_from_the_wheel_not_from_the_source_tree(installed):
    where = subprocess.run([str(installed["python"]), "-c", "import regietafel; print(regietafel.__file__)"],
                           cwd=installed["work"], env=installed["env"], capture_output=True, text=True,
                           check=True).stdout.strip()
    assert Path(where).is_relative_to(installed["site"])
    assert run(installed, "--version").strip() == f"regietafel {__version__}"


@needs("pdftotext", "pdffonts")
def test_demo_and_a_dutch_meeting_pack_from_the_wheel(installed):
    database = installed["work"] / "demo.sqlite"
    run(installed, "demo", "--db", str(database))  # reads the CBS reference data and the migrations
    pdf = installed["work"] / "stukken.pdf"
    run(installed, "--lang", "nl", "export", "--db", str(database), "--province", "Zuid-Holland", "--pdf", str(pdf))
    text = pdf_text(pdf)
    assert "Zuid-Holland" in text and "Bron: CBS" in text
    assert "DejaVuSans" in pdf_fonts(pdf)  # the bundled fonts, not a fallback


def test_the_window_speaks_dutch_from_the_wheel(installed):
    """The compiled Qt catalogue is inside the installed package and translates the menus."""
    script = ("from PySide6.QtCore import QCoreApplication\n"
              "from regietafel.gui.i18n import install_translators\n"
              "app = QCoreApplication([])\n"
              "print('\\n'.join(install_translators(app, 'nl')))\n"
              "print(QCoreApplication.translate('MainWindow', '&File'))\n")
    lines = subprocess.run([str(installed["python"]), "-c", script], cwd=installed["work"], env=installed["env"],
                           capture_output=True, text=True, check=True).stdout.splitlines()
    catalogue = next(Path(line) for line in lines if line.endswith("regietafel_nl.qm"))
    assert catalogue.is_relative_to(installed["site"])
    assert lines[-1] == "&Bestand"
