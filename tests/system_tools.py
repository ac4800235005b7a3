"""System programs some tests need (poppler, LibreOffice, ...).

On a developer's machine a test whose program is missing skips with a reason. In CI
(``REGIETAFEL_REQUIRE_TOOLS=1``, set by ``.ci/run``) a missing program is a failure: the
session stops before the first test (see ``pytest_sessionstart`` in ``tests/conftest.py``).
"""

from __future__ import annotations

import glob
import os
import shutil
from pathlib import Path

import pytest

# Every system program a test calls, by the Debian package that provides it.
TOOLS = {
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
    "soffice": "libreoffice-calc-nogui",
    # A throw-away PostgreSQL server for the shared-database tests (tests/pg_cluster.py).
    "initdb": "postgresql",
    "pg_ctl": "postgresql",
    "postgres": "postgresql",
}

REQUIRED = os.environ.get("REGIETAFEL_REQUIRE_TOOLS") == "1"


def locate(tool: str) -> str | None:
    """The program on PATH, else in Debian's versioned PostgreSQL folder (newest first)."""
    found = shutil.which(tool)
    if found:
        return found

    def version(path: str) -> int:
        name = Path(path).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{tool}"), key=version)
    return candidates[-1] if candidates else None


def missing(*tools: str) -> list[str]:
    return [tool for tool in tools if locate(tool) is None]


def needs(*tools: str) -> pytest.MarkDecorator:
    """Skip the test when a program is missing; in CI the session has refused to start instead."""
    absent = missing(*tools)
    return pytest.mark.skipif(bool(absent) and not REQUIRED,
                              reason=f"not installed: {', '.join(absent)}")
