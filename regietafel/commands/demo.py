"""``regietafel demo --db PATH``: a database filled with the seed letter's figures."""

from __future__ import annotations

import sys

from regietafel.commands.texts import t
from regietafel.store.database import open_store
from regietafel.store.database_url import display, is_url
from regietafel.store.demo import create_demo_database, fill_demo
from regietafel.store.errors import StoreError
from regietafel.store.shared_texts import text


def run(path, force: bool = False) -> int:
    """A file: the lock first, so a database another process has open is refused before anything
    is touched; the demo is built beside the target and renamed over it when complete."""
    if is_url(path):
        return _run_shared(path)
    path = path.expanduser()
    if path.is_dir():
        raise StoreError(t("cli.path_is_a_folder_not_a", path=path))
    if path.exists() and path.stat().st_size > 0 and not force:
        raise StoreError(t("cli.path_already_exists_use_force_to", path=path))
    create_demo_database(path)
    print(t("cli.demo_database_created_path", path=path), file=sys.stdout)
    return 0


def _run_shared(url) -> int:
    """A shared database: filled only when it holds no figures yet (never wiped, not even with --force)."""
    from sqlalchemy import func, select

    from regietafel.store.models import Opgave

    store = open_store(url)
    try:
        with store.read() as session:
            if session.scalar(select(func.count()).select_from(Opgave)):
                raise StoreError(text("demo.not_empty", url=display(url)))
        fill_demo(store)
    finally:
        store.close()
    print(text("demo.done", url=display(url)), file=sys.stdout)
    return 0
