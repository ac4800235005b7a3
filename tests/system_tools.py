"""System programs some tests need (poppler, LibreOffice, ...).

On a developer's machine a test whose program is missing skips with a reason. In CI
(``REGIETAFEL_REQUIRE_TOOLS=1``, set by ``.ci/run``) a missing program is a failure: the
session stops before the first test (see ``pytest_sessionstart`` in ``tests/conftest.py``).
"""

from __future__ import annotations

import os
import shutil

import pytest

# Every system program a test calls, by the Debian package that provides it.
TOOLS = {
    "pdftotext": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
    "soffice": "libreoffice-calc-nogui",
}

REQUIRED = os.environ.get("REGIETAFEL_REQUIRE_TOOLS") == "1"


def missing(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def needs(*tools: str) -> pytest.MarkDecorator:
    """Skip the test when a program is missing; in CI the session has refused to start instead."""
    absent = missing(*tools)
    return pytest.mark.skipif(bool(absent) and not REQUIRED,
                              reason=f"not installed: {', '.join(absent)}")
