"""``regietafel copy --from A --to B``: a whole database between a file and a shared server."""

from __future__ import annotations

import argparse
import sys

from regietafel.store.database_url import database_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="source", type=database_argument, required=True,
                        help="the database to copy: a file or postgresql://user@server/database")
    parser.add_argument("--to", dest="target", type=database_argument, required=True,
                        help="where to: a new or empty file or server database")
    parser.add_argument("--replace", action="store_true",
                        help="replace the data already in the target (otherwise it must be empty)")


def run(args: argparse.Namespace) -> int:
    from regietafel.store.copy import copy_database
    from regietafel.store.shared_texts import text

    result = copy_database(args.source, args.target, replace=args.replace)
    print(text("copy.done", source=result.source, target=result.target, rows=result.rows,
               tables=len(result.counts)), file=sys.stdout)
    return 0
