"""``regietafel distribute``: divide a total over the gemeenten of a province, headless."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from fractions import Fraction
from pathlib import Path

from regietafel.commands.texts import t
from regietafel.domain.formatting import format_date, format_int
from regietafel.domain.names import normalize_gemeente_code
from regietafel.store.database_url import database_argument

# The verdeelmotor's Method values; kept literal so parsing arguments imports no engine code.
METHODS = ("hamilton", "sainte-lague", "dhondt", "ceil")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --db given before the sub-command is not overwritten by this one's default.
    parser.add_argument("--db", type=database_argument, default=argparse.SUPPRESS,
                        help="database file or postgresql:// URL")
    parser.add_argument("--province", required=True, help="province, e.g. Zuid-Holland or Friesland")
    parser.add_argument("--total", required=True, type=int, help="whole number to distribute")
    parser.add_argument("--key", choices=("population", "equal"), default="population")
    parser.add_argument("--method", choices=METHODS, default="hamilton",
                        help="ceil: Huisvestingswet art. 29, computed over all gemeenten of the Netherlands (the "
                             "total is the national number); the province's part is printed")
    for bound in ("lock", "min", "max", "credit"):
        parser.add_argument(f"--{bound}", action="append", default=[], metavar="CODE=N",
                            help=f"{bound} for one gemeente (repeatable)")
    parser.add_argument("--format", choices=("csv", "json"), default="csv")


def _parse_pairs(values: list[str], option: str, known: dict[str, str]) -> dict[str, int]:
    result: dict[str, int] = {}
    for value in values:
        code_text, sep, number_text = value.partition("=")
        code = normalize_gemeente_code(code_text)
        if not sep or code is None:
            raise ValueError(t("cli.option_value_expected_code_n_e", option=option, value=value))
        if code not in known:
            raise ValueError(t("cli.option_value_code_is_not_a", option=option, value=value, code=code))
        try:
            number = int(number_text)
        except ValueError:
            raise ValueError(t("cli.option_value_number_is_not_a", option=option, value=value, number=number_text)) from None
        if number < 0:
            raise ValueError(t("cli.option_value_a_negative_number_is", option=option, value=value))
        if code in result:
            raise ValueError(t("cli.option_code_is_given_twice", option=option, code=code))
        result[code] = number
    return result


def _decimal(value: Fraction, places: int = 6) -> str:
    scaled = round(value * 10**places)
    sign = "-" if scaled < 0 else ""
    whole, part = divmod(abs(scaled), 10**places)
    return f"{sign}{whole}.{part:0{places}d}"


def run(args: argparse.Namespace, database: Path) -> int:
    from regietafel.domain.keys import equal_key, population_key
    from regietafel.domain.verdeelmotor import DistributionRequest, Method, distribute

    if args.total < 0:
        raise ValueError(t("cli.total_must_not_be_negative"))
    ceil = args.method == "ceil"
    province, peildatum, rows, country = _gemeenten(database, args.province, national=ceil)
    names = {row.code: row.naam for row in rows}
    constraints = _constraints(args, names)
    if args.key == "population":
        keys = population_key({row.code: row.inwoners or 0 for row in country})
        description = "inwoners"
    else:
        keys = equal_key([row.code for row in country])
        description = "gelijk"
    request = DistributionRequest(
        total=args.total, keys=keys, method=Method(args.method), constraints={} if ceil else constraints,
        key_description=description, peildatum=peildatum.isoformat() if peildatum else None,
        labels={row.code: row.naam for row in country},
    )
    result = distribute(request)
    final = _province_part(result, names, constraints) if ceil else result.allocations
    if ceil:
        print(t("cli.ceil_national", total=format_int(args.total), province=province.naam,
                part=format_int(sum(final.values())), date=format_date(peildatum) if peildatum else "?"), file=sys.stderr)
    records = [
        {"code": line.unit, "name": names[line.unit], "key": str(line.key.numerator) if line.key.denominator == 1 else _decimal(line.key),
         "quota": _decimal(line.quota), "result": final[line.unit]}
        for line in result.lines if line.unit in names
    ]
    _write(records, args.format)
    return 0


def _gemeenten(database: Path, province_name: str, national: bool):
    """The province, the population date, its gemeenten and the gemeenten that share the total:
    for Huisvestingswet art. 29 (national) every gemeente of the country."""
    from regietafel.store import areas
    from regietafel.store.database import open_store

    store = open_store(database)
    try:
        with store.read() as session:
            province = areas.find_province(session, province_name)
            peildatum = areas.latest_population_date(session)
            rows = areas.gemeenten_of_province(session, province.id, peildatum)
            country = [row for p in areas.provinces(session) for row in areas.gemeenten_of_province(session, p.id, peildatum)] \
                if national else rows
    finally:
        store.close()
    return province, peildatum, rows, country


def _constraints(args: argparse.Namespace, names: dict[str, str]) -> dict:
    from regietafel.domain.verdeelmotor import UnitConstraint

    pairs = {bound: _parse_pairs(getattr(args, bound), bound, names) for bound in ("lock", "min", "max", "credit")}
    return {
        code: UnitConstraint(
            lock=pairs["lock"].get(code), minimum=pairs["min"].get(code),
            maximum=pairs["max"].get(code), credit=pairs["credit"].get(code),
        )
        for code in names
        if any(code in pairs[bound] for bound in pairs)
    }


def _write(records: list[dict], format_name: str) -> None:
    if format_name == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=["code", "name", "key", "quota", "result"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)


def _province_part(result, names: dict[str, str], constraints: dict) -> dict[str, int]:
    """The province's part of a national art. 29 computation; locks and bounds re-divide inside
    the province's own sum (never moving numbers to another province)."""
    from regietafel.domain.within_province import divide_within_province

    basis = {code: result.allocations[code] for code in names}
    if not constraints:
        return basis
    return divide_within_province(basis, constraints, names).allocations
