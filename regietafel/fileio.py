"""Writing files so that a crash or kill never leaves a half-written one behind, and never over
a file the program must keep.

Every file the program writes (documents, workbooks, backups, preferences) is written to a
temporary file in the target's own folder, flushed to disk and renamed over the target in one
step (``os.replace``): the target is either the old file or the complete new one. The new file
gets the permissions of the file it replaces, or of a new file under the user's umask (a temporary
file would otherwise keep its private 0600).

Files that are in use can be *protected* (:func:`protect`): the open database, its -wal, -shm,
-journal and lock files and its backups. A write whose target is one of them, under its own name,
through a symbolic link or as a hard link (the same device and inode), is refused with
:class:`ProtectedFileError` before anything is written. The protector supplies the message, so this
module stays free of any language.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

_umask_lock = threading.Lock()
_protections_lock = threading.Lock()


class ProtectedFileError(OSError):
    """The target is a file in use (e.g. the open database); nothing was written."""

    def __init__(self, message: str, target: Path):
        super().__init__(errno.EPERM, message)
        self.target = target


@dataclass(frozen=True, eq=False)
class Protection:
    """Files that no writer may replace: ``files`` by name (present or not), and in each of
    ``folders`` every existing file whose name starts with the prefix given with it."""

    files: tuple[Path, ...]
    folders: tuple[tuple[Path, str], ...]
    message: Callable[[Path], str]  # the refusal, in the protector's words and language


_protections: list[Protection] = []


def protect(files: Iterable[Path | str], message: Callable[[Path], str],
            folders: Iterable[tuple[Path | str, str]] = ()) -> Protection:
    """Refuse every later write over ``files`` (and the prefixed files in ``folders``) until
    :func:`unprotect`."""
    protection = Protection(tuple(Path(f) for f in files), tuple((Path(d), prefix) for d, prefix in folders),
                            message)
    with _protections_lock:
        _protections.append(protection)
    return protection


def unprotect(protection: Protection) -> None:
    with _protections_lock:
        if protection in _protections:
            _protections.remove(protection)


def _real(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of an existing file, following links; None when absent or unknown."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info.st_ino else None


def _guarded_files(protection: Protection) -> list[Path]:
    found = list(protection.files)
    for folder, prefix in protection.folders:
        try:
            found += [entry for entry in Path(folder).iterdir() if entry.name.startswith(prefix)]
        except OSError:  # no backups yet
            continue
    return found


def check_target(target: Path | str) -> None:
    """Raise :class:`ProtectedFileError` when writing ``target`` would replace a protected file."""
    target = Path(target)
    real, identity = _real(target), _identity(target)
    with _protections_lock:
        protections = list(_protections)
    for protection in protections:
        for guarded in _guarded_files(protection):
            if real == _real(guarded) or (identity is not None and identity == _identity(guarded)):
                raise ProtectedFileError(protection.message(target), target)


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
def atomic_path(target: Path | str, permissions: int | None = None) -> Iterator[Path]:
    """A temporary path beside ``target`` for a library that writes by file name; when the block
    ends without an error the file is synced and renamed over ``target``, else removed. The
    temporary file is private (0600) while it is written; ``permissions`` (e.g. 0o600 for a file
    with a password) overrides what the new file gets."""
    target = Path(target)
    check_target(target)
    folder = target.parent
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, _permissions_for(target) if permissions is None else permissions)
        os.replace(temporary, target)
        _fsync_folder(folder)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(target: Path | str, mode: str = "wb", encoding: str | None = None,
                 permissions: int | None = None) -> Iterator[IO]:
    """An open file to write ``target`` atomically (see :func:`atomic_path`)."""
    with atomic_path(target, permissions) as temporary:
        with open(temporary, mode, encoding=encoding) as handle:
            yield handle
