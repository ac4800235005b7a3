"""``regietafel export``: the meeting pack (PDF), the factsheets (PDF) or the workbook (Excel).

    regietafel export --db PATH --province NAME [--period P] [--meeting ID] [--stand-per DATE]
                      (--pdf FILE | --xlsx FILE | --factsheets FILE | --factsheets-per-gemeente DIR)
    regietafel export --db PATH --all-provinces [--period P] --factsheets FILE

Without --period: the newest period with opgaven. Without --meeting: the newest meeting of the
province (the pack also works without any meeting). Every figure is as of the stand-per date:
without --stand-per the date of that meeting, else today; figures dated after it are left out.

Reads a copy of the database (``open_snapshot``): it works beside a running application, takes no
lock and writes nothing to the database. A target that is the database or one of its files is
refused before anything is read.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from regietafel.commands.arguments import date_argument
from regietafel.commands.texts import t
from regietafel.store.database_url import database_argument

if TYPE_CHECKING:
    from regietafel.store.database import Store
    from regietafel.store.plain_session import PlainStore


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=database_argument, help="database file or postgresql:// URL")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--province", help="province, e.g. Zuid-Holland or Friesland")
    where.add_argument("--all-provinces", action="store_true",
                       help="factsheets of every gemeente of the Netherlands, province by province")
    parser.add_argument("--period", help="period, e.g. 2023-II (default: the newest with opgaven)")
    parser.add_argument("--meeting", type=int, help="meeting id for the pack (default: the newest meeting)")
    parser.add_argument("--stand-per", type=date_argument, metavar="DATE",
                        help="figures as of this date (default: the meeting's date, else today)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", type=Path, metavar="FILE", help="write the meeting pack (PDF)")
    target.add_argument("--xlsx", type=Path, metavar="FILE", help="write the Excel workbook")
    target.add_argument("--factsheets", type=Path, metavar="FILE", help="write one factsheet per gemeente (PDF)")
    target.add_argument("--factsheets-per-gemeente", type=Path, metavar="DIR", dest="factsheets_dir",
                        help="write each gemeente's factsheet to its own file in DIR, named by CBS code and name")


def run(args: argparse.Namespace, database: Path) -> int:
    from regietafel.store.database_url import is_url
    from regietafel.store.plain_session import NeedsOrm, open_plain_snapshot

    if args.all_provinces and args.factsheets is None:
        raise ValueError(t("cli.all_provinces_factsheets_only"))
    if not is_url(database):
        # A file is read with plain SQL (no SQLAlchemy to import: most of the process's time);
        # what that cannot read is read through the ORM, with the same result.
        try:
            store = open_plain_snapshot(database)
        except NeedsOrm:
            pass
        else:
            try:
                return _export(args, store)
            except NeedsOrm:
                pass
            finally:
                store.close()
    from regietafel.store.database import open_snapshot

    store = open_snapshot(database)
    try:
        return _export(args, store)
    finally:
        store.close()


def _export(args: argparse.Namespace, store: Store | PlainStore) -> int:
    """Write what ``args`` ask from ``store`` (a snapshot: ORM or plain)."""
    from regietafel.fileio import check_target
    from regietafel.store import areas
    from regietafel.store.errors import NothingToExport
    from regietafel.store.texts import t as store_text

    target = args.pdf or args.factsheets or args.xlsx  # (per gemeente: each file is checked as written)
    if target is not None:
        check_target(target)
    with store.read() as session:
        province = None if args.all_provinces else areas.find_province(session, args.province)
        periode = args.period or areas.default_period(session)
        if periode is None:
            raise NothingToExport(store_text("store.no_opgaven_in_this_database"))
        if periode not in areas.periods(session):
            raise ValueError(t("cli.unknown_period_period", period=args.period))
    if args.pdf is not None:
        from regietafel.exports import write_meeting_pack

        write_meeting_pack(store, province.id, periode, args.pdf, args.meeting, stand_per=args.stand_per)
        message = t("cli.written_path", path=args.pdf)
    elif args.factsheets_dir is not None:
        from regietafel.exports import write_factsheets_per_gemeente

        files = write_factsheets_per_gemeente(store, province.id, periode, args.factsheets_dir,
                                              stand_per=args.stand_per)
        message = t("cli.written_files", count=len(files), folder=args.factsheets_dir)
    elif args.factsheets is not None:
        from regietafel.exports import write_factsheets

        write_factsheets(store, province.id if province else None, periode, args.factsheets,
                         stand_per=args.stand_per)
        message = t("cli.written_path", path=args.factsheets)
    else:
        from regietafel.exports import write_workbook

        write_workbook(store, province.id, periode, args.xlsx, stand_per=args.stand_per)
        message = t("cli.written_path", path=args.xlsx)
    print(message)
    return 0
