"""Writing files so that a crash or kill never leaves a half-written one behind.

Every file the program writes (documents, workbooks, backups, preferences) is written to a
temporary file in the target's own folder, flushed to disk and renamed over the target in one
step (``os.replace``): the target is either the old file or the complete new one. The new file
gets the permissions of the file it replaces, or of a new file under the user's umask (a temporary
file would otherwise keep its private 0600).
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

_umask_lock = threading.Lock()


def _umask() -> int:
    with _umask_lock:  # os.umask can only be read by setting it
        current = os.umask(0o022)
        os.umask(current)
    return current


def _permissions_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; its rename is durable enough
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temporary path beside ``target`` for a library that writes by file name; when the block
    ends without an error the file is synced and renamed over ``target``, else removed."""
    target = Path(target)
    folder = target.parent
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, _permissions_for(target))
        os.replace(temporary, target)
        _fsync_folder(folder)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(target: Path | str, mode: str = "wb", encoding: str | None = None) -> Iterator[IO]:
    """An open file to write ``target`` atomically (see :func:`atomic_path`)."""
    with atomic_path(target) as temporary:
        with open(temporary, mode, encoding=encoding) as handle:
            yield handle
