"""``regietafel demo --db PATH``: a database filled with the seed letter's figures."""

from __future__ import annotations

import sys
from pathlib import Path

from regietafel.commands.texts import t
from regietafel.store.database import create_database
from regietafel.store.demo import fill_demo
from regietafel.store.errors import StoreError
from regietafel.store.instance_lock import InstanceLock
from regietafel.store.texts import t as store_text


def run(path: Path, force: bool = False) -> int:
    """The lock first: a database another process has open is refused before anything is touched;
    the demo is built beside the target and renamed over it when complete."""
    path = path.expanduser()
    if path.is_dir():
        raise StoreError(t("cli.path_is_a_folder_not_a", path=path))
    if path.exists() and path.stat().st_size > 0 and not force:
        raise StoreError(t("cli.path_already_exists_use_force_to", path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path.resolve())
    if not lock.acquire():
        raise StoreError(store_text("store.path_is_already_open_in_another", path=path))
    try:
        create_database(path.resolve(), fill_demo)
    finally:
        lock.release()
    print(t("cli.demo_database_created_path", path=path), file=sys.stdout)
    return 0
