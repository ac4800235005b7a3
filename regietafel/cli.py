"""Command line: the GUI by default, headless sub-commands for scripting.

Errors are one line on stderr and a non-zero exit code; nothing half-written is left behind.
"""

from __future__ import annotations

import argparse
import gc
import logging
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
    if argv is None:  # the program itself (tests pass their arguments): keep a log
        from regietafel.diagnostics import start_logging

        start_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _gui(args)
    if args.command not in COMMANDS:
        parser.error(f"unknown command {args.command}")
    return _command(args)


def _gui(args: argparse.Namespace) -> int:
    from regietafel.gui.app import run_gui

    if args.upgrade_shared_schema:
        from regietafel.store.errors import StoreError

        try:
            _upgrade_shared(args)
        except StoreError as error:
            print(f"regietafel: {error}", file=sys.stderr)
            return EXIT_ERROR
    return run_gui(_database(args), args.lang)


# Each sub-command's module in regietafel.commands, imported only when that command runs.
COMMANDS = {"copy": "copy", "demo": "demo", "distribute": "distribute", "import": "import_file",
            "export": "export", "restore": "restore"}


# Commands that read, render and end: the cyclic garbage collector would scan the libraries'
# hundreds of thousands of objects again and again (importing SQLAlchemy, reading, rendering) for
# next to nothing. Reference counting still frees; measured: the ZH pack 2.0 → 1.8 s, all 342
# factsheets 8.1 → 7.4 s of CPU, at the same peak memory.
WITHOUT_CYCLE_COLLECTOR = {"export"}


def _command(args: argparse.Namespace) -> int:
    """Run a headless sub-command; the cycle collector is back as it was afterwards (a caller in
    the same process, e.g. a test, keeps its own)."""
    enabled = gc.isenabled()
    if args.command in WITHOUT_CYCLE_COLLECTOR:
        gc.disable()
    try:
        return _run_command(args)
    finally:
        if enabled:
            gc.enable()


def _run_command(args: argparse.Namespace) -> int:
    """Run a headless sub-command; every error a user can act on is one line on stderr."""
    import importlib

    from regietafel.domain.language import set_language
    from regietafel.preferences import Preferences
    from regietafel.store import backups
    from regietafel.store.errors import StoreError
    from regietafel.store.sqlite_file import DamagedDatabase

    logging.getLogger("regietafel.cli").info("command %s", args.command)
    preferences = Preferences.load()
    backups.apply_preferences(preferences)  # imports back up first, into the folder the user chose
    set_language(args.lang or preferences.language)
    try:
        _upgrade_shared(args)
        run = importlib.import_module(f"regietafel.commands.{COMMANDS[args.command]}").run
        if args.command == "copy":  # names its own two databases
            return run(args)
        if args.command == "demo":
            return run(_database(args), force=args.force)
        return run(args, _database(args))
    except DamagedDatabase as error:
        from regietafel.commands.restore import damaged_hint

        return _fail(args.command, f"{error} {damaged_hint(error.path)}")
    except (StoreError, ValueError) as error:
        return _fail(args.command, str(error))
    except BrokenPipeError:  # output piped into e.g. `head`: not an error of ours (before OSError, its parent)
        sys.stderr.close()
        return 0
    except OSError as error:  # e.g. an export into a folder that does not exist
        where = f"{error.filename}: " if error.filename else ""
        return _fail(args.command, f"{where}{error.strerror or error}")


def _fail(command: str, message: str) -> int:
    logging.getLogger("regietafel.cli").warning("%s failed: %s", command, message)
    print(f"regietafel: {message}", file=sys.stderr)
    return EXIT_ERROR


def main_gui() -> int:
    from regietafel.diagnostics import start_logging

    start_logging()
    return main([])


if __name__ == "__main__":
    sys.exit(main())
