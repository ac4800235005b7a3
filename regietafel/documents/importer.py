"""Validating a table against an import kind: an :class:`ImportPlan` of rows to write plus
every problem found, each with file, sheet, row and column. Writes nothing (see store/imports).

All problems are collected in one pass, so a dry run reports them all at once. Errors block
the import; warnings (a merged gemeente mapped to its successor, a skipped total row) do not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from regietafel.documents import import_specs as specs
from regietafel.documents.import_specs import ImportSpec, ValueProblem
from regietafel.documents.tabular import (
    FORMULA,
    MERGED,
    Table,
    TabularError,
    column_letter,
    read_table,
)
from regietafel.domain.gemeente_matching import GemeenteMatcher, GemeenteRef, MatchStatus
from regietafel.domain.names import fold, match_province

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str
    row: int | None  # 1-based as the spreadsheet shows it
    column: int | None  # 0-based
    column_name: str
    reason: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        parts = [self.file]
        if self.sheet:
            parts.append(QCoreApplication.translate("Import", "sheet {sheet}").format(sheet=self.sheet))
        if self.row is not None:
            parts.append(QCoreApplication.translate("Import", "row {row}").format(row=self.row))
        if self.column is not None:
            letter = column_letter(self.column)
            name = f"{letter} ({self.column_name})" if self.column_name else letter
            parts.append(QCoreApplication.translate("Import", "column {column}").format(column=name))
        prefix = "" if self.is_error else QCoreApplication.translate("Import", "warning: ")
        return f"{', '.join(parts)}: {prefix}{self.reason}"


@dataclass(frozen=True)
class ImportContext:
    """What the store knows, as plain data: gemeenten, provinces, periods, categories."""

    gemeenten: list[GemeenteRef]
    provinces: list[str]
    periods: dict[str, tuple[dt.date, dt.date]]
    categories: tuple[str, ...]
    levels: tuple[str, ...] = ("nationaal", "provincie", "regio", "gemeente")


@dataclass
class ImportOptions:
    period: str | None = None
    peildatum: dt.date | None = None
    categorie: str | None = None
    bron: str = ""


@dataclass
class ImportPlan:
    kind: str
    file: str
    sheet: str
    sheets: list[str]
    options: ImportOptions
    header_row: int | None = None  # 0-based
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, int] = field(default_factory=dict)
    value_columns: dict[int, str] = field(default_factory=dict)  # indicator: column -> name
    records: list[dict] = field(default_factory=list)
    record_rows: list[int] = field(default_factory=list)  # 1-based source row per record
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    gemeenten_matched: int = 0
    table: Table | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.records)

    def cell_problems(self) -> dict[tuple[int, int], list[Problem]]:
        """(row 0-based, column 0-based) -> problems, for marking cells in a preview."""
        cells: dict[tuple[int, int], list[Problem]] = {}
        for problem in self.problems:
            if problem.row is not None and problem.column is not None:
                cells.setdefault((problem.row - 1, problem.column), []).append(problem)
        return cells


class _Builder:
    def __init__(self, plan: ImportPlan, spec: ImportSpec, context: ImportContext, table: Table | None):
        self.plan, self.spec, self.context, self.table = plan, spec, context, table

    def problem(self, row: int | None, column: int | None, reason: str, severity: str = ERROR) -> None:
        name = ""
        if column is not None and column < len(self.plan.headers):
            name = self.plan.headers[column]
        self.plan.problems.append(Problem(self.plan.file, self.plan.sheet, row, column, name, reason, severity))


def plan_file(path: Path | str, kind: str, context: ImportContext, options: ImportOptions | None = None,
              sheet: str | None = None, mapping: dict[str, int] | None = None) -> ImportPlan:
    """Read ``path`` and validate it; a file that cannot be read gives a plan with one error."""
    path = Path(path)
    options = options or ImportOptions()
    try:
        table = read_table(path, sheet)
    except TabularError as error:
        plan = ImportPlan(kind, path.name, sheet or "", [], options)
        plan.problems.append(Problem(path.name, sheet or "", None, None, "", str(error)))
        return plan
    return plan_table(table, kind, context, options, mapping)


def plan_table(table: Table, kind: str, context: ImportContext, options: ImportOptions | None = None,
               mapping: dict[str, int] | None = None, header_row: int | None = None) -> ImportPlan:
    """Validate an already read table. ``mapping`` and ``header_row`` override detection."""
    options = options or ImportOptions()
    spec = specs.SPECS[kind]
    plan = ImportPlan(kind, table.path.name, table.sheet, table.sheets, options, table=table)
    builder = _Builder(plan, spec, context, table)
    for note in table.notes:
        if not note.startswith("encoding="):
            builder.problem(None, None, note, WARNING)

    if not any(value is not None for row in table.rows for value in row) and not table.flags:
        builder.problem(None, None, QCoreApplication.translate("Import", "the sheet is empty"))
        return plan

    detected_row, detected = specs.find_header_row(spec, table.rows)
    if header_row is None:
        header_row = detected_row
    if header_row is None:
        first = next((row for row in table.rows if any(v is not None for v in row)), [])
        builder.problem(None, None, QCoreApplication.translate(
            "Import", "no header row found in the first 20 rows; expected columns such as {expected}; the first row holds: {found}"
        ).format(expected=_expected(spec), found=", ".join(str(v) for v in first if v is not None) or "–"))
        return plan
    plan.header_row = header_row
    plan.headers = [str(v).strip() if v is not None else "" for v in table.rows[header_row]]
    plan.mapping = dict(mapping) if mapping is not None else (
        detected if header_row == detected_row else specs.map_headers(spec, table.rows[header_row]))
    if spec.value_columns:
        used = set(plan.mapping.values())
        plan.value_columns = {i: h for i, h in enumerate(plan.headers) if h and i not in used}

    if not _check_columns(builder):
        return plan
    _check_options(builder)
    _rows(builder)
    return plan


def _expected(spec: ImportSpec) -> str:
    names = [specs.column_label(c.key) for c in spec.columns if c.required or c.key in ("gemeente_code", "gemeente")]
    return ", ".join(dict.fromkeys(names))


def _found(plan: ImportPlan) -> str:
    return ", ".join(f"{column_letter(i)}: {h}" for i, h in enumerate(plan.headers) if h) or "–"


def _check_columns(b: _Builder) -> bool:
    plan, spec = b.plan, b.spec
    ok = True
    row = plan.header_row + 1
    for column in spec.columns:
        if column.required and column.key not in plan.mapping:
            b.problem(row, None, QCoreApplication.translate(
                "Import", "required column '{column}' not found (a header such as {aliases}); headers found: {found}"
            ).format(column=specs.column_label(column.key), aliases=" / ".join(f"'{a}'" for a in column.aliases[:3]),
                     found=_found(plan)))
            ok = False
    if spec.gemeente_required and not {"gemeente_code", "gemeente"} & plan.mapping.keys():
        b.problem(row, None, QCoreApplication.translate(
            "Import", "no municipality column found (a header such as 'Gemeente' or 'Gemeentecode'); headers found: {found}"
        ).format(found=_found(plan)))
        ok = False
    if spec.value_columns and not plan.value_columns:
        b.problem(row, None, QCoreApplication.translate(
            "Import", "no indicator columns found: every column besides the municipality is imported as an indicator named after its header"))
        ok = False
    return ok


def _check_options(b: _Builder) -> None:
    spec, options, plan = b.spec, b.plan.options, b.plan
    if spec.needs_period:
        if not options.period:
            b.problem(None, None, QCoreApplication.translate("Import", "choose the period (for example 2024-I)"))
        elif options.period not in b.context.periods:
            b.problem(None, None, QCoreApplication.translate("Import", "unknown period '{period}'; known: {known}").format(
                period=options.period, known=", ".join(b.context.periods)))
    if spec.needs_peildatum and options.peildatum is None and "peildatum" not in plan.mapping:
        b.problem(None, None, QCoreApplication.translate("Import", "choose the reference date (peildatum) or map a date column"))
    if spec.needs_category and "categorie" not in plan.mapping:
        if not options.categorie:
            b.problem(None, None, QCoreApplication.translate("Import", "choose the category or map a category column"))
        elif options.categorie not in b.context.categories:
            b.problem(None, None, QCoreApplication.translate("Import", "unknown category '{category}'; known: {known}").format(
                category=options.categorie, known=", ".join(b.context.categories)))


def _reference_date(b: _Builder) -> dt.date | None:
    options = b.plan.options
    if options.period and options.period in b.context.periods:
        return b.context.periods[options.period][0]
    return options.peildatum


def _nothing_reported(row: list, mapped: dict[str, int]) -> bool:
    """True when every value column (not the gemeente, not the category) is empty."""
    identity = {"gemeente", "gemeente_code", "categorie"}
    values = [row[i] if i < len(row) else None for key, i in mapped.items() if key not in identity]
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _rows(b: _Builder) -> None:
    plan, spec, table = b.plan, b.spec, b.table
    matcher = GemeenteMatcher(b.context.gemeenten) if b.plan.kind != "gemeenten" else None
    mapped = plan.mapping
    types = {c.key: c.type for c in spec.columns}
    flags = table.flags
    seen: dict[tuple, int] = {}  # key -> record index
    merged_into: dict[tuple, bool] = {}
    matched: set[str] = set()
    on_default = _reference_date(b)
    count_key = "capaciteit" if plan.kind == "locaties" else "aantal"

    for r in range(plan.header_row + 1, len(table.rows)):
        row = table.rows[r]
        row_number = r + 1
        if not any(v is not None for v in row) and not any((r, c) in flags for c in range(len(row))):
            continue
        plan.rows_read += 1
        errors_before = len(plan.errors)
        record: dict = {}

        def cell(key: str, row=row):
            index = mapped.get(key)
            return (row[index] if index is not None and index < len(row) else None), index

        # The gemeente name might be a total line: skip it (with a note).
        name_value, name_col = cell("gemeente")
        code_value, code_col = cell("gemeente_code")
        if name_value is not None and fold(str(name_value)) in specs.TOTAL_NAMES and code_value is None:
            b.problem(row_number, name_col, QCoreApplication.translate("Import", "total row skipped"), WARNING)
            plan.rows_read -= 1
            continue

        # A realisation row a gemeente left empty (e.g. in a returned uitvraag) means "not
        # reported": skipped with a note, not an error.
        if plan.kind == "realisatie" and _nothing_reported(row, mapped):
            b.problem(row_number, mapped.get("aantal"), QCoreApplication.translate(
                "Import", "nothing filled in; row skipped"), WARNING)
            plan.rows_read -= 1
            continue

        # Values, column by column.
        for key, index in mapped.items():
            if index >= len(row) and (r, index) not in flags:
                value = None
            else:
                value = row[index] if index < len(row) else None
            flag = flags.get((r, index))
            if flag == FORMULA:
                b.problem(row_number, index, QCoreApplication.translate(
                    "Import", "formula without a calculated value: open the file in Excel, let it calculate and save it, or type the number"))
                continue
            if flag == MERGED:
                b.problem(row_number, index, QCoreApplication.translate(
                    "Import", "cell is part of merged cells {range}: unmerge them and fill in every row").format(
                    range=table.merged_ranges.get((r, index), "")))
                continue
            kind = types[key]
            column_spec = spec.column(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                if column_spec.required:
                    b.problem(row_number, index, QCoreApplication.translate("Import", "empty; a value is required"))
                continue
            try:
                if kind == specs.COUNT:
                    record[key] = specs.parse_count(value)
                elif kind == specs.DECIMAL:
                    record[key] = specs.decimal_text(specs.parse_decimal(value))
                elif kind == specs.DATE:
                    record[key] = specs.parse_date(value)
                elif kind == specs.CODE:
                    record[key] = _code_text(value)
                else:
                    record[key] = str(value).strip() if not isinstance(value, float) else specs.decimal_text(specs.parse_decimal(value))
            except ValueProblem as problem:
                b.problem(row_number, index, str(problem))

        if plan.kind == "gemeenten":
            _gemeenten_row(b, record, row_number, seen)
        else:
            on = record.get("peildatum") or on_default
            if plan.kind == "locaties":
                on = None
            match = _match_gemeente(b, matcher, record, row_number, on)
            if match is not None:
                matched.add(match.code)
                record["gemeente_code"] = match.code
            elif plan.kind == "opgave" and not ({"gemeente_code", "gemeente"} & record.keys()):
                record["gemeente_code"] = None
            _kind_fields(b, record, row_number)
            if len(plan.errors) == errors_before and (match is not None or plan.kind == "opgave"):
                _add_record(b, record, row_number, seen, merged_into, match, count_key)
            continue
        if len(plan.errors) == errors_before and record.get("_ok"):
            record.pop("_ok")
            plan.records.append(record)
            plan.record_rows.append(row_number)
    plan.gemeenten_matched = len(matched)
    if not plan.errors and not plan.records:
        b.problem(None, None, QCoreApplication.translate("Import", "no data rows found below the header row {row}").format(
            row=plan.header_row + 1))


def _code_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _match_gemeente(b: _Builder, matcher, record: dict, row_number: int, on: dt.date | None):
    code_col = b.plan.mapping.get("gemeente_code")
    name_col = b.plan.mapping.get("gemeente")
    code, name = record.get("gemeente_code"), record.get("gemeente")
    if not code and not name:
        if b.plan.kind == "opgave":
            return None
        b.problem(row_number, name_col if name_col is not None else code_col,
                  QCoreApplication.translate("Import", "no municipality code or name in this row"))
        return None
    match = matcher.match(code=code, name=None, on=on) if code else matcher.match(name=name, on=on)
    column = code_col if code else name_col
    text = code or name
    if match.status == MatchStatus.UNKNOWN and code and name:
        by_name = matcher.match(name=name, on=on)
        if by_name.ok:
            b.problem(row_number, code_col, QCoreApplication.translate(
                "Import", "unknown code '{code}'; the name '{name}' was used").format(code=code, name=name), WARNING)
            match, column, text = by_name, name_col, name
    if match.status == MatchStatus.UNKNOWN:
        b.problem(row_number, column, QCoreApplication.translate("Import", "unknown municipality '{name}'").format(name=text))
        return None
    if match.status == MatchStatus.AMBIGUOUS:
        b.problem(row_number, column, QCoreApplication.translate(
            "Import", "'{name}' fits more than one municipality ({candidates}); write the CBS code or the full name").format(
            name=text, candidates=", ".join(match.candidates)))
        return None
    if match.status == MatchStatus.MERGED:
        b.problem(row_number, column, QCoreApplication.translate(
            "Import", "{old} has merged into {new}; counted for {new}").format(old=match.original, new=match.naam), WARNING)
    if code and name:
        by_name = matcher.match(name=name, on=on)
        if by_name.ok and by_name.code != match.code:
            b.problem(row_number, name_col, QCoreApplication.translate(
                "Import", "name '{name}' does not fit code {code} ({cbs}); the code was used").format(
                name=name, code=code, cbs=match.naam), WARNING)
    return match


def _kind_fields(b: _Builder, record: dict, row_number: int) -> None:
    plan, options = b.plan, b.plan.options
    kind = plan.kind
    record.pop("gemeente", None)
    if kind in ("realisatie", "opgave"):
        categorie = record.get("categorie") or options.categorie
        if "categorie" in record:
            resolved = _category(b, record["categorie"])
            if resolved is None:
                b.problem(row_number, plan.mapping.get("categorie"), QCoreApplication.translate(
                    "Import", "unknown category '{category}'; known: {known}").format(
                    category=record["categorie"], known=", ".join(b.context.categories)))
            categorie = resolved
        record["categorie"] = categorie
    if kind in ("realisatie", "inwoners") and "peildatum" not in record:
        record["peildatum"] = options.peildatum
        if options.peildatum is None and "peildatum" in plan.mapping:
            b.problem(row_number, plan.mapping["peildatum"], QCoreApplication.translate("Import", "empty; a value is required"))
    if kind == "opgave":
        provincie = record.pop("provincie", None)
        niveau = record.get("niveau")
        if niveau is not None:
            niveau = fold(niveau)
            if niveau not in b.context.levels:
                b.problem(row_number, plan.mapping.get("niveau"), QCoreApplication.translate(
                    "Import", "unknown level '{level}'; known: {known}").format(level=record["niveau"], known=", ".join(b.context.levels)))
        else:
            niveau = "gemeente" if record.get("gemeente_code") else "provincie" if provincie else "nationaal"
        record["niveau"] = niveau
        record["provincie"] = None
        if provincie:
            name = match_province(provincie, b.context.provinces)
            if name is None:
                b.problem(row_number, plan.mapping.get("provincie"), QCoreApplication.translate(
                    "Import", "unknown province '{name}'").format(name=provincie))
            record["provincie"] = name
        if niveau == "provincie" and not record["provincie"] and provincie is None:
            b.problem(row_number, None, QCoreApplication.translate("Import", "a provincial task needs a province"))
        if "peildatum" not in record:
            record["peildatum"] = None
    if kind == "indicator":
        # Each value column becomes one indicator record; built in _add_record.
        pass


def _category(b: _Builder, text: str) -> str | None:
    key = fold(text)
    aliases = {"huisvestingvergunninghouders": "huisvesting", "vergunninghouders": "huisvesting",
               "statushouders": "huisvesting", "asielopvang": "opvang", "oekraine": "oekraine",
               "oekraiense": "oekraine", "cno": "crisisnoodopvang", "amv": "amv_coa", "nidos": "amv_nidos"}
    for category in b.context.categories:
        if fold(category) == key:
            return category
    return aliases.get(key) if aliases.get(key) in b.context.categories else None


def _add_record(b: _Builder, record: dict, row_number: int, seen: dict, merged_into: dict, match, count_key: str) -> None:
    plan = b.plan
    code = record.get("gemeente_code")
    name_col = plan.mapping.get("gemeente", plan.mapping.get("gemeente_code"))
    if plan.kind == "indicator":
        table_row = plan.table.rows[row_number - 1]
        for column, naam in plan.value_columns.items():
            value = table_row[column] if column < len(table_row) else None
            flag = plan.table.flags.get((row_number - 1, column))
            if flag == FORMULA:
                b.problem(row_number, column, QCoreApplication.translate(
                    "Import", "formula without a calculated value: open the file in Excel, let it calculate and save it, or type the number"))
                continue
            if value is None:
                continue
            try:
                waarde = specs.decimal_text(specs.parse_decimal(value))
            except ValueProblem as problem:
                b.problem(row_number, column, str(problem))
                continue
            key = (naam, code)
            if key in seen:
                b.problem(row_number, name_col, QCoreApplication.translate(
                    "Import", "municipality {name} appears twice (rows {first} and {second})").format(
                    name=match.naam, first=plan.record_rows[seen[key]], second=row_number))
                continue
            seen[key] = len(plan.records)
            plan.records.append({"gemeente_code": code, "naam": naam, "waarde": waarde, "peildatum": plan.options.peildatum})
            plan.record_rows.append(row_number)
        return
    if plan.kind == "locaties":
        plan.records.append(record)
        plan.record_rows.append(row_number)
        return
    key = (code, record.get("provincie"), record.get("niveau"), record.get("categorie"), record.get("peildatum"))
    via_merger = match is not None and match.status == MatchStatus.MERGED
    if key in seen:
        index = seen[key]
        if via_merger or merged_into.get(key):
            plan.records[index][count_key] += record[count_key]
            b.problem(row_number, name_col, QCoreApplication.translate(
                "Import", "added to {name} (row {first}) because of the merger").format(
                name=match.naam, first=plan.record_rows[index]), WARNING)
            return
        label = match.naam if match is not None else (record.get("provincie") or record.get("niveau"))
        b.problem(row_number, name_col, QCoreApplication.translate(
            "Import", "municipality {name} appears twice (rows {first} and {second})").format(
            name=label, first=plan.record_rows[index], second=row_number))
        return
    seen[key] = len(plan.records)
    merged_into[key] = via_merger
    plan.records.append(record)
    plan.record_rows.append(row_number)


def _gemeenten_row(b: _Builder, record: dict, row_number: int, seen: dict) -> None:
    plan = b.plan
    code_col = plan.mapping.get("gemeente_code")
    raw = record.get("gemeente_code")
    if raw is None:
        return
    code = specs_code(raw)
    if code is None:
        b.problem(row_number, code_col, QCoreApplication.translate("Import", "'{code}' is not a CBS municipality code").format(code=raw))
        return
    if code in seen:
        b.problem(row_number, code_col, QCoreApplication.translate(
            "Import", "municipality {name} appears twice (rows {first} and {second})").format(
            name=code, first=seen[code], second=row_number))
        return
    seen[code] = row_number
    record["gemeente_code"] = code
    provincie = record.get("provincie")
    if provincie is not None:
        name = match_province(provincie, b.context.provinces)
        if name is None:
            b.problem(row_number, plan.mapping.get("provincie"), QCoreApplication.translate(
                "Import", "unknown province '{name}'").format(name=provincie))
            return
        record["provincie"] = name
    if record.get("opvolger"):
        successor = specs_code(record["opvolger"])
        if successor is None:
            b.problem(row_number, plan.mapping.get("opvolger"), QCoreApplication.translate(
                "Import", "'{code}' is not a CBS municipality code").format(code=record["opvolger"]))
            return
        record["opvolger"] = successor
    record["_ok"] = True


def specs_code(text: str) -> str | None:
    from regietafel.domain.names import normalize_gemeente_code

    return normalize_gemeente_code(str(text))
