"""The wheel's one build step: compile the Qt catalogues into the package.

The Qt Linguist sources (``i18n/*.ts``) are edited by hand and merged by several people; the
compiled ``.qm`` files are derived, so they are built rather than committed (no binary files to
merge, never out of date). They travel inside the package as ``regietafel/i18n/*.qm``, where
:func:`regietafel.paths.i18n_dir` finds them, so a plain ``pip install .`` speaks Dutch. Qt's
``lrelease`` comes with PySide6-Essentials, the build requirement in ``pyproject.toml`` (the same
wheel the program runs on). Everything else about the package is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# PySide6's own console script, run by the interpreter that builds (works on every platform).
LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())")


def compile_catalogues(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted((ROOT / "i18n").glob("regietafel_*.ts")):
        qm = target / f"{source.stem}.qm"
        subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(qm)], check=True)
        written.append(qm)
    if not written:
        raise SystemExit(f"no Qt catalogues in {ROOT / 'i18n'}: the program would not speak Dutch")
    return written


class BuildPyWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        # An editable install runs from the source tree: its catalogues belong there.
        package = ROOT if getattr(self, "editable_mode", False) else Path(self.build_lib)
        compile_catalogues(package / "regietafel" / "i18n")


setup(cmdclass={"build_py": BuildPyWithCatalogues})
