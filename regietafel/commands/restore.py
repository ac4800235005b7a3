"""``regietafel restore --db PATH [--backup FILE]``: put a backup back in place of the database.

Without ``--backup`` the newest sound backup. A database that opens is backed up first
("voor-herstel"); one that is damaged is not opened at all: it is kept beside the restored file
(``NAME.beschadigd-STAMP``). Refused while another process has the database open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from regietafel.commands.texts import t


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    parser.add_argument("--backup", type=Path, metavar="FILE", help="the backup to restore (default: the newest)")


def damaged_hint(database: Path) -> str:
    """What to do about a damaged database: the command that restores its newest backup."""
    from regietafel.store import backups

    newest = backups.newest_sound_backup(database)
    if newest is None:
        return t("cli.no_backup_to_restore", folder=backups.folder(database))
    return t("cli.restore_the_newest_backup_with", when=newest.created.strftime("%d-%m-%Y %H:%M"),
             command=f'regietafel restore --db "{database}"')


def run(args: argparse.Namespace, database: Path) -> int:
    from regietafel.store import backups
    from regietafel.store.database import open_store
    from regietafel.store.errors import StoreError
    from regietafel.store.sqlite_file import DamagedDatabase

    database = database.expanduser().resolve()
    backup = args.backup
    if backup is None:
        newest = backups.newest_sound_backup(database)
        if newest is None:
            raise StoreError(t("cli.no_backup_to_restore", folder=backups.folder(database)))
        backup = newest.path
    try:
        store = open_store(database)
    except DamagedDatabase:
        aside = backups.restore_damaged(database, backup)
        print(t("cli.backup_restored_path", backup=backup, path=database))
        print(t("cli.damaged_file_kept_as", path=aside))
        return 0
    backups.restore(store, backup).close()
    print(t("cli.backup_restored_path", backup=backup, path=database))
    return 0
