"""What each kind of import expects: its columns (with the header names files use) and types.

Also the value parsers: Dutch numbers ("19.097", "1.234,5", "12,5"), dates ("1-1-2024",
"2024-01-01", Excel dates) and exact decimals for indicators.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from regietafel.domain.names import fold
from regietafel.importing.texts import t

KINDS = ("opgave", "taakstelling", "beginstand", "realisatie", "locaties", "indicator", "inwoners", "gemeenten")

# Column types
CODE, NAME, COUNT, WHOLE, DECIMAL, DATE, TEXT = "code", "name", "count", "whole", "decimal", "date", "text"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    type: str
    aliases: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class ImportSpec:
    kind: str
    columns: tuple[ColumnSpec, ...]
    needs_period: bool = False
    needs_peildatum: bool = False  # unless a peildatum column is mapped
    needs_category: bool = False  # unless a categorie column is mapped
    gemeente_required: bool = True  # a code or name column must be present
    value_columns: bool = False  # indicator: every other headed column is a value

    def column(self, key: str) -> ColumnSpec:
        return next(c for c in self.columns if c.key == key)


_GEMEENTE_CODE = ColumnSpec("gemeente_code", CODE, ("gemeentecode", "code", "cbs code", "cbscode", "gm code", "gmcode",
                                                     "gemcode", "code gemeente", "regiocode", "gemeente code"))
_GEMEENTE = ColumnSpec("gemeente", NAME, ("gemeente", "gemeentenaam", "naam gemeente", "gemeente naam", "naam",
                                          "municipality", "name"))
_GEMEENTE_NO_NAAM = ColumnSpec("gemeente", NAME, ("gemeente", "gemeentenaam", "naam gemeente", "gemeente naam",
                                                  "municipality"))
_PEILDATUM = ColumnSpec("peildatum", DATE, ("peildatum", "datum", "per", "date"))
_CATEGORIE = ColumnSpec("categorie", TEXT, ("categorie", "category", "soort opgave"))
# A file may name the half-year per row; an unknown one is refused with its row.
_PERIODE = ColumnSpec("periode", TEXT, ("periode", "halfjaar", "taakstellingsperiode", "period"))

SPECS: dict[str, ImportSpec] = {
    "taakstelling": ImportSpec(
        "taakstelling",
        (_GEMEENTE_CODE, _GEMEENTE,
         ColumnSpec("aantal", COUNT, ("taakstelling", "taakstelling huisvesting", "aantal", "opgave",
                                      "te huisvesten", "vergunninghouders"), required=True),
         ColumnSpec("toelichting", TEXT, ("toelichting", "opmerking", "opmerkingen")), _PERIODE),
        needs_period=True,
    ),
    # The achterstand (+) or voorsprong (-) per gemeente carried into the half-year: where the
    # carry-over chain starts (e.g. the Rijk's published figure on 1 January).
    "beginstand": ImportSpec(
        "beginstand",
        (_GEMEENTE_CODE, _GEMEENTE,
         ColumnSpec("aantal", WHOLE, ("beginstand", "achterstand", "achterstand voorsprong", "achterstand/voorsprong",
                                      "saldo", "overloop", "aantal"), required=True),
         ColumnSpec("toelichting", TEXT, ("toelichting", "opmerking", "opmerkingen")), _PERIODE),
        needs_period=True,
    ),
    "opgave": ImportSpec(
        "opgave",
        (_GEMEENTE_CODE, _GEMEENTE,
         ColumnSpec("provincie", NAME, ("provincie", "province")),
         _CATEGORIE,
         ColumnSpec("niveau", TEXT, ("niveau", "level")),
         ColumnSpec("aantal", COUNT, ("opgave", "aantal", "plaatsen", "opvangplaatsen", "capaciteit", "totaal"), required=True),
         ColumnSpec("vorig_aantal", COUNT, ("vorig aantal", "vorige opgave", "eerdere opgave", "verdeling november")),
         _PEILDATUM,
         ColumnSpec("toelichting", TEXT, ("toelichting", "opmerking", "opmerkingen")), _PERIODE),
        needs_period=True, needs_category=True, gemeente_required=False,
    ),
    "realisatie": ImportSpec(
        "realisatie",
        (_GEMEENTE_CODE, _GEMEENTE,
         ColumnSpec("aantal", COUNT, ("gerealiseerd", "realisatie", "gehuisvest", "aantal", "bezetting",
                                      "realised"), required=True),
         _PEILDATUM, _CATEGORIE),
        needs_peildatum=True, needs_category=True,
    ),
    "locaties": ImportSpec(
        "locaties",
        (_GEMEENTE_CODE, _GEMEENTE_NO_NAAM,
         ColumnSpec("naam", TEXT, ("locatie", "naam locatie", "locatienaam", "naam", "adres"), required=True),
         ColumnSpec("soort", TEXT, ("soort", "type", "soort locatie", "soort opvang")),
         ColumnSpec("capaciteit", COUNT, ("capaciteit", "plaatsen", "aantal plaatsen", "capacity"), required=True),
         ColumnSpec("bezetting", COUNT, ("bezetting", "bezet", "occupancy")),
         ColumnSpec("begindatum", DATE, ("begindatum", "startdatum", "start", "ingangsdatum", "vanaf")),
         ColumnSpec("einddatum", DATE, ("einddatum", "eind", "tot", "sluitingsdatum")),
         ColumnSpec("status", TEXT, ("status",)),
         ColumnSpec("doelgroep_restrictie", TEXT, ("doelgroep", "doelgroep restrictie", "restrictie", "beperking doelgroep")),
         ColumnSpec("opmerking", TEXT, ("opmerking", "opmerkingen", "toelichting"))),
    ),
    "indicator": ImportSpec(
        "indicator", (_GEMEENTE_CODE, _GEMEENTE), value_columns=True,
    ),
    "inwoners": ImportSpec(
        "inwoners",
        (_GEMEENTE_CODE, _GEMEENTE,
         ColumnSpec("aantal", COUNT, ("inwoners", "aantal inwoners", "bevolking", "population", "aantal"), required=True),
         _PEILDATUM),
        needs_peildatum=True,
    ),
    "gemeenten": ImportSpec(
        "gemeenten",
        (ColumnSpec("gemeente_code", CODE, ("code", "gemeentecode", "cbs code", "gmcode"), required=True),
         ColumnSpec("gemeente", TEXT, ("naam", "gemeente", "gemeentenaam"), required=True),
         ColumnSpec("provincie", NAME, ("provincie", "province"), required=True),
         ColumnSpec("inwoners", COUNT, ("inwoners", "aantal inwoners", "bevolking")),
         ColumnSpec("opvolger", CODE, ("opvolger", "opvolger code", "nieuwe gemeente", "opgegaan in")),
         ColumnSpec("voorgangers", TEXT, ("voorgangers", "voorgangers codes", "samengevoegd uit"))),
        needs_peildatum=True, gemeente_required=False,
    ),
}

# Names in a gemeente column that mean "the total", not a gemeente.
TOTAL_NAMES = {"totaal", "total", "nederland", "eindtotaal", "som", "subtotaal"}


def column_label(key: str) -> str:
    """The column's name as the user sees it (translated)."""
    labels = {
        "gemeente_code": t("column.municipality_code"),
        "gemeente": t("column.municipality"),
        "provincie": t("column.province"),
        "categorie": t("column.category"),
        "niveau": t("column.level"),
        "aantal": t("column.number"),
        "vorig_aantal": t("column.previous_number"),
        "peildatum": t("column.reference_date"),
        "toelichting": t("column.explanation"),
        "naam": t("column.location_name"),
        "soort": t("column.type"),
        "capaciteit": t("column.capacity"),
        "bezetting": t("column.occupancy"),
        "begindatum": t("column.start_date"),
        "einddatum": t("column.end_date"),
        "status": t("column.status"),
        "doelgroep_restrictie": t("column.target_group_restriction"),
        "opmerking": t("column.remark"),
        "inwoners": t("column.population"),
        "opvolger": t("column.successor"),
        "voorgangers": t("column.predecessors"),
        "periode": t("column.period"),
    }
    return labels.get(key, key)


def kind_label(kind: str) -> str:
    return {
        "opgave": t("kind.tasks_national_provincial_or_per_municipality"),
        "taakstelling": t("kind.housing_task_per_municipality_taakstelling"),
        "beginstand": t("kind.opening_balance"),
        "realisatie": t("kind.realisation_per_municipality"),
        "locaties": t("kind.locations"),
        "indicator": t("kind.indicators_ses_woa_score_area"),
        "inwoners": t("kind.population"),
        "gemeenten": t("kind.municipality_list_cbs_after_mergers"),
    }[kind]


# --- header detection -------------------------------------------------------------------
def header_key(text: object) -> str:
    return fold(str(text)) if text is not None else ""


def map_headers(spec: ImportSpec, headers: list[object]) -> dict[str, int]:
    """Spec column key -> header index. Exact alias matches first, then prefixes
    ("Taakstelling 2024-I" fits "taakstelling"); each header serves one column."""
    keys = [header_key(h) for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for column in spec.columns:
            if column.key in mapping:
                continue
            for alias in column.aliases:
                wanted = fold(alias)
                found = next(
                    (i for i, key in enumerate(keys) if i not in used and key
                     and (key == wanted if exact else (len(wanted) >= 5 and key.startswith(wanted)))),
                    None,
                )
                if found is not None:
                    mapping[column.key] = found
                    used.add(found)
                    break
    return mapping


def _score(spec: ImportSpec, mapping: dict[str, int]) -> tuple[int, int]:
    required = sum(1 for c in spec.columns if c.required and c.key in mapping)
    return required + (1 if {"gemeente_code", "gemeente"} & mapping.keys() else 0), len(mapping)


def find_header_row(spec: ImportSpec, rows: list[list[object]], scan: int = 20) -> tuple[int | None, dict[str, int]]:
    """The row (0-based) among the first ``scan`` that best fits the spec, and its mapping."""
    best_row, best_mapping, best_score = None, {}, (0, 0)
    for index, row in enumerate(rows[:scan]):
        texts = [value for value in row]
        if sum(1 for v in texts if isinstance(v, str) and v.strip()) < 1:
            continue
        mapping = map_headers(spec, texts)
        score = _score(spec, mapping)
        if spec.value_columns and mapping:
            score = (score[0], score[1] + sum(1 for i, v in enumerate(texts) if v is not None and i not in mapping.values()))
        if score > best_score:
            best_row, best_mapping, best_score = index, mapping, score
    return best_row, best_mapping


# --- values -----------------------------------------------------------------------------
class ValueProblem(ValueError):
    """A cell that does not hold what its column needs; the message is for the user."""


_NUMBER_CHARS = re.compile(r"^[+-]?[\d.,]+$")
_THOUSANDS_DOT = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+$")


def parse_decimal(value: object) -> Decimal:
    """A number in a cell, exact. Dutch first: '1.234,5' and '12,5'; '19.097' is 19097."""
    if isinstance(value, bool):
        raise ValueProblem(t("import.value_is_not_a_number", value=value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace("'", "")
    if text.startswith("(") and text.endswith(")"):
        text = "-" + text[1:-1]
    if not _NUMBER_CHARS.match(text) or not any(ch.isdigit() for ch in text):
        raise ValueProblem(t("import.value_is_not_a_number", value=value))
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")  # 1.234,5
        else:
            text = text.replace(",", "")  # 1,234.5
    elif "," in text:
        text = text.replace(",", "") if text.count(",") > 1 else text.replace(",", ".")
    elif text.count(".") > 1 or _THOUSANDS_DOT.match(text):
        if not _THOUSANDS_DOT.match(text):
            raise ValueProblem(t("import.value_is_not_a_number", value=value))
        text = text.replace(".", "")  # 19.097
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueProblem(t("import.value_is_not_a_number", value=value)) from None


def period_code(text: object) -> str:
    """A half-year as the database names it: '2023-2', '2023 – II' and '2023-ii' are '2023-II'."""
    code = str(text).strip().upper().replace("–", "-").replace(" ", "")
    return code[:-2] + "-I" if code.endswith("-1") else code[:-2] + "-II" if code.endswith("-2") else code


def parse_whole(value: object) -> int:
    """A whole number, negative allowed ("-12" for a voorsprong); "1.5" and "1,5" are refused,
    never read as 15."""
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise ValueProblem(
            t("import.value_is_not_a_whole_number", value=value)
        )
    return int(number)


def parse_count(value: object) -> int:
    """A whole, non-negative number of places or persons."""
    number = parse_whole(value)
    if number < 0:
        raise ValueProblem(t("import.negative_number_value_is_not_allowed", value=value))
    return int(number)


def decimal_text(number: Decimal) -> str:
    """Exact plain decimal text: 0.125, -3, 1234.5 (no exponent)."""
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), (3, 2, 1)),
)
_MONTHS = {"jan": 1, "feb": 2, "mrt": 3, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
           "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}


def parse_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for pattern, (y, m, d) in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return dt.date(int(match.group(y)), int(match.group(m)), int(match.group(d)))
            except ValueError:
                break
    words = re.match(r"^(\d{1,2})\s+([a-zA-Z]+)\.?\s+(\d{4})$", text)
    if words and words.group(2)[:3].lower() in _MONTHS:
        try:
            return dt.date(int(words.group(3)), _MONTHS[words.group(2)[:3].lower()], int(words.group(1)))
        except ValueError:
            pass
    raise ValueProblem(
        t("import.value_is_not_a_date_write", value=value)
    )
