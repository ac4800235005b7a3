"""One writer per database: operating-system locks on the database's name and on the file itself.

Two locks, both taken before anything touches the database and both held while it is open:

- the *name lock*: a lock file beside the database (``NAME.lock``). It works before the database
  exists (so two first starts cannot both create it) and on a network share between computers;
- the *file lock*: a lock on the database file itself, so the same file under a second name (a hard
  link, a second mapped path or mount) is refused too — a lock on a path name alone lets both
  names in.

The operating system releases both when the process ends, even after a crash or kill, so a stale
lock can never keep a user out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Windows locks are mandatory: the file lock takes one byte that SQLite never reads, writes or
# locks — in the "lock-byte page" at 1 GiB, after SQLite's own lock bytes (PENDING_BYTE + 2 + 510).
_WINDOWS_LOCK_OFFSET = 0x40000000 + 0x200

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int, offset: int = 0) -> bool:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int, offset: int = 0) -> None:
        os.lseek(fd, offset, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    _FILE_LOCK_OFFSET = _WINDOWS_LOCK_OFFSET
    _OPEN_FLAGS = os.O_RDWR | getattr(os, "O_BINARY", 0)
else:
    import fcntl

    # flock() locks the open file (its inode), whatever name it was opened by; on Linux it is
    # independent of the fcntl() byte-range locks SQLite takes on the same file.
    def _try_lock(fd: int, offset: int = 0) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int, offset: int = 0) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    _FILE_LOCK_OFFSET = 0
    _OPEN_FLAGS = os.O_RDONLY


def _same_file(first: int, second: int) -> bool:
    a, b = os.fstat(first), os.fstat(second)
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """The name lock and the file lock of ``database``; :meth:`acquire` takes both (the file lock
    only when the file exists: call :meth:`lock_file` again after creating it)."""

    def __init__(self, database: Path):
        self.database = Path(database)
        self.path = lock_path(self.database)
        self._name_fd: int | None = None
        self._file_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._name_fd is not None

    def acquire(self) -> bool:
        """Both locks, or neither (False: another process holds the database)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._name_fd = fd
        if not self.lock_file():
            self.release()
            return False
        return True

    def lock_file(self) -> bool:
        """Lock the database file itself (True when it does not exist yet: nothing to lock). Called
        again after the file was replaced (created, restored), it moves the lock to the new file."""
        try:
            fd = os.open(self.database, _OPEN_FLAGS)
        except FileNotFoundError:
            return True
        if self._file_fd is not None and _same_file(self._file_fd, fd):
            os.close(fd)  # still the file we hold
            return True
        if not _try_lock(fd, _FILE_LOCK_OFFSET):
            os.close(fd)
            return False
        self._release_file()
        self._file_fd = fd
        return True

    @contextmanager
    def replacing(self) -> Iterator[None]:
        """Around a rename over the database (a restore, a new demo): Windows cannot replace a file
        that is open, so there the file lock lets go for that moment while the name lock stays;
        elsewhere both stay on. Afterwards the new file is locked."""
        if os.name == "nt":  # pragma: no cover - Windows builds
            self._release_file()
        try:
            yield
        finally:
            self.lock_file()

    def _release_file(self) -> None:
        if self._file_fd is not None:
            _unlock(self._file_fd, _FILE_LOCK_OFFSET)
            os.close(self._file_fd)
            self._file_fd = None

    def release(self) -> None:
        self._release_file()
        if self._name_fd is not None:
            _unlock(self._name_fd)
            os.close(self._name_fd)
            self._name_fd = None
