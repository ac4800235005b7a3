"""Text that every writer can take: no control characters.

A vertical tab or a NUL in a gemeente name is invisible on screen, but an Excel workbook (XML 1.0)
cannot hold it and a PDF prints it as a box. Imports clean such characters (with a warning) and
every writer passes text through :func:`printable` as well, so text typed or imported earlier is
safe too. Tab, newline and carriage return are ordinary text and stay.
"""

from __future__ import annotations

import re

# C0 controls except tab/newline/return, DEL, the C1 controls, lone surrogates and the two
# non-characters XML 1.0 forbids.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]+")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def printable(text: str) -> str:
    """``text`` with every run of control characters replaced by one space."""
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text
