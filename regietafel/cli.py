"""Command line: the GUI by default, headless sub-commands for scripting.

Errors are one line on stderr and a non-zero exit code; nothing half-written is left behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regietafel import __version__
from regietafel.store.database_url import database_argument

EXIT_ERROR = 1


def _add_db(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    # Sub-commands SUPPRESS the default so `regietafel --db X demo` keeps X.
    parser.add_argument("--db", type=database_argument, default=None if top_level else argparse.SUPPRESS,
                        help="database file (default: the user's data folder) or a shared database, "
                             "postgresql://user@server:port/database (password from the pgpass file)")
    parser.add_argument("--upgrade-shared-schema", action="store_true",
                        default=False if top_level else argparse.SUPPRESS,
                        help="administrator: upgrade a shared database to this program's schema "
                             "(no file backup is made: back the server up first)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regietafel", description="Regietafel: opvang- en huisvestingsopgaven")
    parser.add_argument("--version", action="version", version=f"regietafel {__version__}")
    parser.add_argument("--lang", choices=("nl", "en"), help="language (default: setting, else nl)")
    _add_db(parser, top_level=True)
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="create a database filled with a realistic example")
    _add_db(demo)
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    from regietafel.commands.distribute import add_arguments as add_distribute

    add_distribute(commands.add_parser("distribute", help="distribute a total over the gemeenten of a province"))

    from regietafel.commands.import_file import add_arguments as add_import

    add_import(commands.add_parser("import", help="import an .xlsx or .csv file (opgaven, realisatie, locaties, ...)"))

    from regietafel.commands.export import add_arguments as add_export

    add_export(commands.add_parser("export", help="write the meeting pack, factsheets (PDF) or workbook (Excel)"))

    from regietafel.commands.restore import add_arguments as add_restore

    add_restore(commands.add_parser("restore", help="put a backup back in place of the database (default: the newest)"))

    from regietafel.commands.copy import add_arguments as add_copy

    add_copy(commands.add_parser("copy", help="copy a whole database, laptop file <-> shared server, counts checked"))
    return parser


def _database(args: argparse.Namespace) -> Path:
    from regietafel.paths import default_database_path

    return args.db or default_database_path()


def _upgrade_shared(args: argparse.Namespace) -> None:
    """The administrator's say-so: bring a shared database to the current schema first."""
    if not args.upgrade_shared_schema:
        return
    from regietafel.store.database import open_store
    from regietafel.store.database_url import is_url

    database = _database(args)
    if is_url(database):
        open_store(database, upgrade_shared=True).close()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from regietafel.gui.app import run_gui

        if args.upgrade_shared_schema:
            from regietafel.store.errors import StoreError

            try:
                _upgrade_shared(args)
            except StoreError as error:
                print(f"regietafel: {error}", file=sys.stderr)
                return EXIT_ERROR

        return run_gui(_database(args), args.lang)

    from regietafel.domain.language import set_language
    from regietafel.preferences import Preferences
    from regietafel.store import backups
    from regietafel.store.errors import StoreError
    from regietafel.store.sqlite_file import DamagedDatabase

    preferences = Preferences.load()
    backups.apply_preferences(preferences)  # imports back up first, into the folder the user chose
    set_language(args.lang or preferences.language)
    try:
        _upgrade_shared(args)
        if args.command == "copy":
            from regietafel.commands.copy import run as run_copy

            return run_copy(args)
        if args.command == "demo":
            from regietafel.commands.demo import run as run_demo

            return run_demo(_database(args), force=args.force)
        if args.command == "distribute":
            from regietafel.commands.distribute import run as run_distribute

            return run_distribute(args, _database(args))
        if args.command == "import":
            from regietafel.commands.import_file import run as run_import

            return run_import(args, _database(args))
        if args.command == "export":
            from regietafel.commands.export import run as run_export

            return run_export(args, _database(args))
        if args.command == "restore":
            from regietafel.commands.restore import run as run_restore

            return run_restore(args, _database(args))
    except DamagedDatabase as error:
        from regietafel.commands.restore import damaged_hint

        print(f"regietafel: {error} {damaged_hint(error.path)}", file=sys.stderr)
        return EXIT_ERROR
    except (StoreError, ValueError) as error:
        print(f"regietafel: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:  # e.g. an export into a folder that does not exist
        where = f"{error.filename}: " if error.filename else ""
        print(f"regietafel: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into e.g. `head`: not an error of ours
        sys.stderr.close()
        return 0
    parser.error(f"unknown command {args.command}")
    return EXIT_ERROR


def main_gui() -> int:
    return main([])


if __name__ == "__main__":
    sys.exit(main())
