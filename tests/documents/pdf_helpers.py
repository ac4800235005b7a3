"""Reading PDFs back with poppler (pdftotext, pdfinfo); tests skip with a reason without it."""

from __future__ import annotations

import re
import subprocess
from functools import lru_cache
from pathlib import Path

from tests.system_tools import needs

needs_poppler = needs("pdftotext", "pdfinfo")


def pdf_text(path: Path, first: int | None = None, last: int | None = None, layout: bool = True) -> str:
    """The text of ``path``; ``layout`` keeps the columns side by side, without it the text
    comes in reading order (a table header's words stay together)."""
    args = ["pdftotext", "-layout"] if layout else ["pdftotext"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    stat = Path(path).stat()
    return _run((*args, str(path), "-"), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _run(args: tuple[str, ...], _mtime: int, _size: int) -> str:
    """Documents rendered once per session are read by many tests: read each file once."""
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_fonts(path: Path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
