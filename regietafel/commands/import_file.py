"""``regietafel import --db PATH FILE --kind KIND``: read a spreadsheet or CSV into the store.

Prints a summary and every problem on its own line ("file, sheet, row N, column X: reason").
Exit 0 only when the file was imported (or, with ``--dry-run``, would import) without errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regietafel.commands.arguments import date_argument
from regietafel.store.database_url import database_argument

# Literal so that parsing arguments imports nothing heavy (see importing.specs.KINDS).
KINDS = ("opgave", "taakstelling", "beginstand", "realisatie", "locaties", "indicator", "inwoners", "gemeenten")
EXIT_PROBLEMS = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: "regietafel --db X import ..." keeps the --db given before the sub-command.
    parser.add_argument("--db", type=database_argument, default=argparse.SUPPRESS,
                        help="database file or postgresql:// URL")
    parser.add_argument("file", type=Path, help="the .xlsx or .csv file")
    parser.add_argument("--kind", required=True, choices=KINDS, help="what the file holds")
    parser.add_argument("--period", help="half-year, e.g. 2024-I (opgave, taakstelling, beginstand), unless the file "
                                         "has a periode column")
    parser.add_argument("--province", help="only gemeenten of this province; a row of another province is refused")
    parser.add_argument("--peildatum", type=date_argument, help="reference date (realisatie, inwoners, indicator, gemeenten)")
    parser.add_argument("--category", help="categorie: opvang, huisvesting, amv_coa, amv_nidos, oekraine, crisisnoodopvang")
    parser.add_argument("--sheet", help="sheet name (default: the first)")
    parser.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    parser.add_argument("--no-backup", action="store_true", help="skip the backup before writing")
    parser.add_argument("--sum-into-successor", action="store_true",
                        help="with --kind gemeenten and --period: add the merged gemeenten's opgaven of that "
                             "period to their successor (history is kept)")


def _sum_into_successors(store, periode: str) -> None:
    from regietafel.commands.texts import t
    from regietafel.domain.opgaven import CATEGORIEEN
    from regietafel.store.imports import merge_opgaven_into_successor

    for categorie in CATEGORIEEN:
        for code, amount in sorted(merge_opgaven_into_successor(store, periode, categorie).items()):
            print(t("cli.category_amount_added_to_code_from", category=categorie, amount=amount, code=code))


def run(args: argparse.Namespace, database: Path) -> int:
    from regietafel.commands.texts import t
    from regietafel.importing.importer import ImportOptions
    from regietafel.store.database import open_store
    from regietafel.store.imports import ImportRefused, apply_plan, plan_import

    if args.sum_into_successor and (args.kind != "gemeenten" or not args.period):
        raise ValueError(t("cli.sum_into_successor_needs_kind_gemeenten"))
    options = ImportOptions(period=args.period, peildatum=args.peildatum,
                            categorie=args.category or ("huisvesting" if args.kind == "realisatie" else None),
                            provincie=args.province)
    store = open_store(database)
    try:
        plan = plan_import(store, args.file, args.kind, options, sheet=args.sheet)
        print(t("cli.file_sheet_sheet_rows_rows_read", file=plan.file, sheet=plan.sheet or "–", rows=plan.rows_read, matched=plan.gemeenten_matched, records=len(plan.records), errors=len(plan.errors), warnings=len(plan.warnings)))
        for problem in plan.problems:
            print(str(problem), file=sys.stdout if not problem.is_error else sys.stderr)
        if not plan.ok:
            print(t("cli.not_imported_nothing_was_written"), file=sys.stderr)
            return EXIT_PROBLEMS
        if args.dry_run:
            print(t("cli.dry_run_the_file_would_import", records=len(plan.records)))
            return 0
        try:
            result = apply_plan(store, plan, backup=not args.no_backup)
        except ImportRefused as error:
            print(str(error), file=sys.stderr)
            print(t("cli.not_imported_nothing_was_written"), file=sys.stderr)
            return EXIT_PROBLEMS
        print(t("cli.imported_written_records_written_replaced_replaced", written=result.written, replaced=result.replaced))
        if result.backup:
            print(t("cli.backup_before_the_import_path", path=result.backup))
        if args.sum_into_successor:
            _sum_into_successors(store, args.period)
        return 0
    finally:
        store.close()
