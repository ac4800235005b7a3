"""``regietafel demo --db PATH``: a database filled with the seed letter's figures."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from regietafel.store.database import open_store
from regietafel.store.demo import fill_demo
from regietafel.store.errors import StoreError


def run(path: Path, force: bool = False) -> int:
    path = path.expanduser()
    if path.exists() and path.stat().st_size > 0:
        if not force:
            raise StoreError(
                QCoreApplication.translate("Cli", "{path} already exists; use --force to replace it.").format(path=path)
            )
        if path.is_dir():
            raise StoreError(QCoreApplication.translate("Store", "{path} is a folder, not a database file.").format(path=path))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    try:
        fill_demo(store)
    finally:
        store.close()
    print(QCoreApplication.translate("Cli", "Demo database created: {path}").format(path=path), file=sys.stdout)
    return 0
