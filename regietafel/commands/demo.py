"""``regietafel demo --db PATH``: a database filled with the seed letter's figures."""

from __future__ import annotations

import sys
from pathlib import Path

from regietafel.commands.texts import t
from regietafel.store.database import open_store
from regietafel.store.demo import fill_demo
from regietafel.store.errors import StoreError


def run(path: Path, force: bool = False) -> int:
    path = path.expanduser()
    if path.exists() and path.stat().st_size > 0:
        if not force:
            raise StoreError(
                t("cli.path_already_exists_use_force_to", path=path)
            )
        if path.is_dir():
            raise StoreError(t("cli.path_is_a_folder_not_a", path=path))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    try:
        fill_demo(store)
    finally:
        store.close()
    print(t("cli.demo_database_created_path", path=path), file=sys.stdout)
    return 0
