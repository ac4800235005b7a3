"""libpq's password file: where a shared database's password is kept, never in our settings.

libpq reads it by itself on every connection (``~/.pgpass`` on Linux and macOS,
``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or the file named by ``PGPASSFILE``); it
must be readable by its owner only, and we write it so. One line per
``host:port:database:user``; saving again replaces that line.
"""

from __future__ import annotations

import os
from pathlib import Path

from regietafel.fileio import atomic_write


def pgpass_path() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":  # pragma: no cover - Windows
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def save_password(host: str, port: int, database: str, user: str, password: str, path: Path | None = None) -> Path:
    """Add or replace the line for this server, database and user; the file stays private (0600)."""
    path = path or pgpass_path()
    key = ":".join(_escape(part) for part in (host or "localhost", str(port or 5432), database or "*", user))
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_escape(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path, "w", encoding="utf-8", permissions=0o600) as handle:  # private from the start
        handle.write("\n".join(kept) + "\n")
    return path
