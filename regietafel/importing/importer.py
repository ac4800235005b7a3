"""Validating a table against an import kind: an :class:`ImportPlan` of rows to write plus
every problem found, each with file, sheet, row and column. Writes nothing (see store/imports).

All problems are collected in one pass, so a dry run reports them all at once. Errors block
the import; warnings (a merged gemeente mapped to its successor, a skipped total row) do not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from regietafel.domain.gemeente_matching import GemeenteMatcher, GemeenteRef, MatchStatus
from regietafel.domain.names import fold, match_province
from regietafel.domain.printable import has_control_characters, printable
from regietafel.importing import specs
from regietafel.importing.specs import ImportSpec, ValueProblem
from regietafel.importing.tabular import (
    FORMULA,
    MERGED,
    Table,
    TabularError,
    column_letter,
    read_table,
)
from regietafel.importing.texts import t

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
            parts.append(t("import.sheet_sheet", sheet=self.sheet))
        if self.row is not None:
            parts.append(t("import.row_row", row=self.row))
        if self.column is not None:
            letter = column_letter(self.column)
            name = f"{letter} ({self.column_name})" if self.column_name else letter
            parts.append(t("import.column_column", column=name))
        prefix = "" if self.is_error else t("import.warning")
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
    provincie: str | None = None  # when set, a row of a gemeente outside this province is refused


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
        builder.problem(None, None, t("import.the_sheet_is_empty"))
        return plan

    detected_row, detected = specs.find_header_row(spec, table.rows)
    if header_row is None:
        header_row = detected_row
    if header_row is None:
        first = next((row for row in table.rows if any(v is not None for v in row)), [])
        builder.problem(None, None, t("import.no_header_row_found_in_the", expected=_expected(spec), found=", ".join(str(v) for v in first if v is not None) or "–"))
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
            b.problem(row, None, t("import.required_column_column_not_found_a", column=specs.column_label(column.key), aliases=" / ".join(f"'{a}'" for a in column.aliases[:3]), found=_found(plan)))
            ok = False
    if spec.gemeente_required and not {"gemeente_code", "gemeente"} & plan.mapping.keys():
        b.problem(row, None, t("import.no_municipality_column_found_a_header", found=_found(plan)))
        ok = False
    if spec.value_columns and not plan.value_columns:
        b.problem(row, None, t("import.no_indicator_columns_found_every_column"))
        ok = False
    return ok


def _check_options(b: _Builder) -> None:
    spec, options, plan = b.spec, b.plan.options, b.plan
    if options.provincie is not None and match_province(options.provincie, b.context.provinces) is None:
        b.problem(None, None, t("import.unknown_province_name", name=options.provincie))
    if spec.needs_period:
        if not options.period and "periode" not in plan.mapping:
            b.problem(None, None, t("import.choose_the_period_for_example_2024"))
        elif options.period and options.period not in b.context.periods:
            b.problem(None, None, t("import.unknown_period_period_known_known", period=options.period, known=", ".join(b.context.periods)))
    if spec.needs_peildatum and options.peildatum is None and "peildatum" not in plan.mapping:
        b.problem(None, None, t("import.choose_the_reference_date_peildatum_or"))
    if spec.needs_category and "categorie" not in plan.mapping:
        if not options.categorie:
            b.problem(None, None, t("import.choose_the_category_or_map_a"))
        elif options.categorie not in b.context.categories:
            b.problem(None, None, t("import.unknown_category_category_known_known", category=options.categorie, known=", ".join(b.context.categories)))


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


@dataclass
class _Rows:
    """What the steps of one import share while they walk the data rows."""

    matcher: GemeenteMatcher | None
    on_default: dt.date | None  # reference date for matching names (a period's start or the peildatum)
    seen: dict[tuple, int] = field(default_factory=dict)  # record key -> record index (row for gemeenten)
    merged_into: dict[tuple, bool] = field(default_factory=dict)
    matched: set[str] = field(default_factory=set)
    errors_before: int = 0  # errors before the current row: a row with new errors adds no record


def _rows(b: _Builder) -> None:
    """Every data row below the header: skip what is no data, read the values, then the kind's own
    step (match the gemeente, complete the fields, add the record)."""
    plan = b.plan
    state = _Rows(GemeenteMatcher(b.context.gemeenten) if plan.kind != "gemeenten" else None, _reference_date(b))
    step = _STEPS[plan.kind]
    for r in range(plan.header_row + 1, len(b.table.rows)):
        row, row_number = b.table.rows[r], r + 1
        if _blank(b.table, r) or _skipped(b, row, row_number):
            continue
        plan.rows_read += 1
        state.errors_before = len(plan.errors)
        step(b, state, _values(b, row, r), row_number)
    plan.gemeenten_matched = len(state.matched)
    if not plan.errors and not plan.records:
        b.problem(None, None, t("import.no_data_rows_found_below_the", row=plan.header_row + 1))


def _blank(table: Table, r: int) -> bool:
    return not any(v is not None for v in table.rows[r]) and not table.flags.row_flagged(r)


def _skipped(b: _Builder, row: list, row_number: int) -> bool:
    """A total line, or a realisation row a gemeente left empty (e.g. in a returned uitvraag, meaning
    "not reported"): skipped with a note, not an error."""
    mapped = b.plan.mapping
    name_col, code_col = mapped.get("gemeente"), mapped.get("gemeente_code")
    name = row[name_col] if name_col is not None and name_col < len(row) else None
    code = row[code_col] if code_col is not None and code_col < len(row) else None
    if name is not None and fold(str(name)) in specs.TOTAL_NAMES and code is None:
        b.problem(row_number, name_col, t("import.total_row_skipped"), WARNING)
        return True
    if b.plan.kind == "realisatie" and _nothing_reported(row, mapped):
        b.problem(row_number, mapped.get("aantal"), t("import.nothing_filled_in_row_skipped"), WARNING)
        return True
    return False


def _values(b: _Builder, row: list, r: int) -> dict:
    """The mapped columns of one row, each parsed as its column's type; every problem reported."""
    record: dict = {}
    for key, index in b.plan.mapping.items():
        value = row[index] if index < len(row) else None
        flag = b.table.flags.get((r, index))
        if flag == FORMULA:
            b.problem(r + 1, index, t("import.formula_without_a_calculated_value_open"))
        elif flag == MERGED:
            b.problem(r + 1, index, t("import.cell_is_part_of_merged_cells", range=b.table.merged_ranges.get((r, index), "")))
        elif value is None or (isinstance(value, str) and not value.strip()):
            if b.spec.column(key).required:
                b.problem(r + 1, index, t("import.empty_a_value_is_required"))
        else:
            try:
                record[key] = _parse(b.spec.column(key).type, _clean(b, value, r + 1, index))
            except ValueProblem as problem:
                b.problem(r + 1, index, str(problem))
    return record


def _clean(b: _Builder, value: object, row_number: int, column: int) -> object:
    """Text without control characters (a vertical tab in a name breaks every workbook export)."""
    if isinstance(value, str) and has_control_characters(value):
        b.problem(row_number, column, t("import.control_characters_removed"), WARNING)
        return printable(value)
    return value


def _parse(kind: str, value: object) -> object:
    if kind == specs.COUNT:
        return specs.parse_count(value)
    if kind == specs.WHOLE:
        return specs.parse_whole(value)
    if kind == specs.DECIMAL:
        return specs.decimal_text(specs.parse_decimal(value))
    if kind == specs.DATE:
        return specs.parse_date(value)
    if kind == specs.CODE:
        return _code_text(value)
    return str(value).strip() if not isinstance(value, float) else specs.decimal_text(specs.parse_decimal(value))


def _row_period(b: _Builder, record: dict, row_number: int) -> None:
    """The row's own half-year (a ``periode`` column), else the one chosen for the file; an
    unknown period is refused with the row and the reason."""
    if not b.spec.needs_period:
        return
    text = record.get("periode")
    code = b.plan.options.period if text is None else specs.period_code(text)
    if text is not None and code not in b.context.periods:
        b.problem(row_number, b.plan.mapping.get("periode"), t("import.unknown_period_period_known_known",
                                                               period=text, known=", ".join(b.context.periods)))
    record["periode"] = code


def _period_begin(b: _Builder, record: dict) -> dt.date | None:
    return (b.context.periods.get(record.get("periode") or "") or (None,))[0]


def _check_province(b: _Builder, match, row_number: int) -> None:
    """With a province chosen for the import, a gemeente elsewhere is refused."""
    wanted = b.plan.options.provincie
    if wanted is None:
        return
    wanted = match_province(wanted, b.context.provinces) or wanted
    provincie = next((g.provincie for g in b.context.gemeenten if g.code == match.code), "")
    if provincie != wanted:
        column = b.plan.mapping.get("gemeente_code", b.plan.mapping.get("gemeente"))
        b.problem(row_number, column, t("import.outside_province", name=match.naam, provincie=provincie or "?",
                                        wanted=wanted))


def _code_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# --- one step per import kind ---------------------------------------------------------------
def _row_ok(b: _Builder, state: _Rows) -> bool:
    return len(b.plan.errors) == state.errors_before


def _matched(b: _Builder, state: _Rows, record: dict, row_number: int, dated: bool = True):
    """The row's gemeente, as it was on the row's date (its peildatum, else the start of its
    half-year, else the file's date; ``dated`` False: today's), in the chosen province if one is."""
    _row_period(b, record, row_number)
    on = (record.get("peildatum") or _period_begin(b, record) or state.on_default) if dated else None
    match = _match_gemeente(b, state.matcher, record, row_number, on)
    if match is not None:
        _check_province(b, match, row_number)
        state.matched.add(match.code)
        record["gemeente_code"] = match.code
    record.pop("gemeente", None)
    return match


def _step_counted(b: _Builder, state: _Rows, record: dict, row_number: int) -> None:
    """taakstelling, beginstand, realisatie, inwoners: one number per gemeente (and category, date, period)."""
    match = _matched(b, state, record, row_number)
    if b.plan.kind == "realisatie":
        _categorie_field(b, record, row_number)
    if b.plan.kind in ("realisatie", "inwoners"):
        _peildatum_field(b, record, row_number)
    if _row_ok(b, state) and match is not None:
        _add_keyed(b, state, record, row_number, match, "aantal")


def _step_opgave(b: _Builder, state: _Rows, record: dict, row_number: int) -> None:
    """An opgave of a gemeente, a province or the country (no gemeente column needed)."""
    named = bool({"gemeente_code", "gemeente"} & record.keys())
    match = _matched(b, state, record, row_number)
    if match is None and not named:
        record["gemeente_code"] = None
    _categorie_field(b, record, row_number)
    _opgave_fields(b, record, row_number)
    if _row_ok(b, state):
        _add_keyed(b, state, record, row_number, match, "aantal")


def _step_locaties(b: _Builder, state: _Rows, record: dict, row_number: int) -> None:
    match = _matched(b, state, record, row_number, dated=False)  # a location lies in today's gemeente
    if _row_ok(b, state) and match is not None:
        b.plan.records.append(record)
        b.plan.record_rows.append(row_number)


def _step_indicator(b: _Builder, state: _Rows, record: dict, row_number: int) -> None:
    """Each value column (not the gemeente) becomes one indicator record."""
    match = _matched(b, state, record, row_number)
    if not _row_ok(b, state) or match is None:
        return
    plan = b.plan
    table_row = plan.table.rows[row_number - 1]
    for column, naam in plan.value_columns.items():
        if plan.table.flags.get((row_number - 1, column)) == FORMULA:
            b.problem(row_number, column, t("import.formula_without_a_calculated_value_open"))
            continue
        value = table_row[column] if column < len(table_row) else None
        if value is None:
            continue
        try:
            waarde = specs.decimal_text(specs.parse_decimal(value))
        except ValueProblem as problem:
            b.problem(row_number, column, str(problem))
            continue
        if not _first_time(b, state, (naam, match.code), row_number, match.naam):
            continue
        plan.records.append({"gemeente_code": match.code, "naam": naam, "waarde": waarde,
                             "peildatum": plan.options.peildatum})
        plan.record_rows.append(row_number)


def _step_gemeenten(b: _Builder, state: _Rows, record: dict, row_number: int) -> None:
    """A line of a new CBS list: code, name, province, successor."""
    plan = b.plan
    raw = record.get("gemeente_code")
    if raw is None:
        return
    code = specs_code(raw)
    if code is None:
        b.problem(row_number, plan.mapping.get("gemeente_code"), t("import.code_is_not_a_cbs_municipality", code=raw))
        return
    if code in state.seen:
        b.problem(row_number, plan.mapping.get("gemeente_code"), t(
            "import.municipality_name_appears_twice_rows_first", name=code, first=state.seen[code], second=row_number))
        return
    state.seen[code] = row_number
    record["gemeente_code"] = code
    if record.get("provincie") is not None:
        record["provincie"] = _province(b, record["provincie"], row_number)
    if record.get("opvolger"):
        successor = specs_code(record["opvolger"])
        if successor is None:
            b.problem(row_number, plan.mapping.get("opvolger"), t("import.code_is_not_a_cbs_municipality", code=record["opvolger"]))
        record["opvolger"] = successor
    if _row_ok(b, state):
        plan.records.append(record)
        plan.record_rows.append(row_number)


_STEPS = {"taakstelling": _step_counted, "beginstand": _step_counted, "realisatie": _step_counted,
          "inwoners": _step_counted,
          "opgave": _step_opgave, "locaties": _step_locaties, "indicator": _step_indicator,
          "gemeenten": _step_gemeenten}


def _match_gemeente(b: _Builder, matcher, record: dict, row_number: int, on: dt.date | None):
    code_col = b.plan.mapping.get("gemeente_code")
    name_col = b.plan.mapping.get("gemeente")
    code, name = record.get("gemeente_code"), record.get("gemeente")
    if not code and not name:
        if b.plan.kind == "opgave":
            return None
        b.problem(row_number, name_col if name_col is not None else code_col,
                  t("import.no_municipality_code_or_name_in"))
        return None
    match = matcher.match(code=code, name=None, on=on) if code else matcher.match(name=name, on=on)
    column = code_col if code else name_col
    text = code or name
    if match.status == MatchStatus.UNKNOWN and code and name:
        by_name = matcher.match(name=name, on=on)
        if by_name.ok:
            b.problem(row_number, code_col, t("import.unknown_code_code_the_name_name", code=code, name=name), WARNING)
            match, column, text = by_name, name_col, name
    if match.status == MatchStatus.UNKNOWN:
        b.problem(row_number, column, t("import.unknown_municipality_name", name=text))
        return None
    if match.status == MatchStatus.AMBIGUOUS:
        b.problem(row_number, column, t("import.name_fits_more_than_one_municipality", name=text, candidates=", ".join(match.candidates)))
        return None
    if match.status == MatchStatus.MERGED:
        b.problem(row_number, column, t("import.old_has_merged_into_new_counted", old=match.original, new=match.naam), WARNING)
    if code and name:
        by_name = matcher.match(name=name, on=on)
        if by_name.ok and by_name.code != match.code:
            b.problem(row_number, name_col, t("import.name_name_does_not_fit_code", name=name, code=code, cbs=match.naam), WARNING)
    return match


# --- fields a kind completes ----------------------------------------------------------------
def _categorie_field(b: _Builder, record: dict, row_number: int) -> None:
    categorie = record.get("categorie") or b.plan.options.categorie
    if "categorie" in record:
        categorie = _category(b, record["categorie"])
        if categorie is None:
            b.problem(row_number, b.plan.mapping.get("categorie"), t("import.unknown_category_category_known_known", category=record["categorie"], known=", ".join(b.context.categories)))
    record["categorie"] = categorie


def _peildatum_field(b: _Builder, record: dict, row_number: int) -> None:
    if "peildatum" in record:
        return
    record["peildatum"] = b.plan.options.peildatum
    if b.plan.options.peildatum is None and "peildatum" in b.plan.mapping:
        b.problem(row_number, b.plan.mapping["peildatum"], t("import.empty_a_value_is_required"))


def _opgave_fields(b: _Builder, record: dict, row_number: int) -> None:
    """niveau (gemeente, provincie or nationaal: given, or what the row names) and province."""
    provincie = record.pop("provincie", None)
    niveau = record.get("niveau")
    if niveau is not None:
        niveau = fold(niveau)
        if niveau not in b.context.levels:
            b.problem(row_number, b.plan.mapping.get("niveau"), t("import.unknown_level_level_known_known", level=record["niveau"], known=", ".join(b.context.levels)))
    else:
        niveau = "gemeente" if record.get("gemeente_code") else "provincie" if provincie else "nationaal"
    record["niveau"] = niveau
    record["provincie"] = _province(b, provincie, row_number) if provincie else None
    if niveau == "provincie" and provincie is None:
        b.problem(row_number, None, t("import.a_provincial_task_needs_a_province"))
    record.setdefault("peildatum", None)


def _province(b: _Builder, text: str, row_number: int) -> str | None:
    name = match_province(text, b.context.provinces)
    if name is None:
        b.problem(row_number, b.plan.mapping.get("provincie"), t("import.unknown_province_name", name=text))
    return name


def _category(b: _Builder, text: str) -> str | None:
    key = fold(text)
    aliases = {"huisvestingvergunninghouders": "huisvesting", "vergunninghouders": "huisvesting",
               "statushouders": "huisvesting", "asielopvang": "opvang", "oekraine": "oekraine",
               "oekraiense": "oekraine", "cno": "crisisnoodopvang", "amv": "amv_coa", "nidos": "amv_nidos"}
    for category in b.context.categories:
        if fold(category) == key:
            return category
    return aliases.get(key) if aliases.get(key) in b.context.categories else None


# --- adding records -------------------------------------------------------------------------
def _first_time(b: _Builder, state: _Rows, key: tuple, row_number: int, label: str) -> bool:
    """Record ``key`` as seen in this row; False (with the problem) when an earlier row had it."""
    if key in state.seen:
        b.problem(row_number, b.plan.mapping.get("gemeente", b.plan.mapping.get("gemeente_code")), t(
            "import.municipality_name_appears_twice_rows_first", name=label,
            first=b.plan.record_rows[state.seen[key]], second=row_number))
        return False
    state.seen[key] = len(b.plan.records)
    return True


def _add_keyed(b: _Builder, state: _Rows, record: dict, row_number: int, match, count_key: str) -> None:
    """One record per gemeente, period/peildatum, category and level; a gemeente that merged into
    another adds its number to its successor's instead of counting twice."""
    plan = b.plan
    key = (record.get("gemeente_code"), record.get("provincie"), record.get("niveau"), record.get("categorie"),
           record.get("peildatum"), record.get("periode"))
    via_merger = match is not None and match.status == MatchStatus.MERGED
    if key in state.seen and (via_merger or state.merged_into.get(key)):
        index = state.seen[key]
        plan.records[index][count_key] += record[count_key]
        b.problem(row_number, plan.mapping.get("gemeente", plan.mapping.get("gemeente_code")), t(
            "import.added_to_name_row_first_because", name=match.naam, first=plan.record_rows[index]), WARNING)
        return
    label = match.naam if match is not None else (record.get("provincie") or record.get("niveau"))
    if not _first_time(b, state, key, row_number, label):
        return
    state.merged_into[key] = via_merger
    plan.records.append(record)
    plan.record_rows.append(row_number)


def specs_code(text: str) -> str | None:
    from regietafel.domain.names import normalize_gemeente_code

    return normalize_gemeente_code(str(text))
