"""Reading one sheet of an Excel workbook (.xlsx) into a :class:`~regietafel.importing.table.Table`,
in bounded memory whatever the file claims.

A workbook is a zip of XML parts. Before anything is unpacked the sizes the zip declares are
checked (a 2 MB "zip bomb" can unpack to gigabytes; Python's zip reader never returns more than a
part declares). The sheet is then read in two streaming passes over the same bytes in memory:

1. a scan of the sheet's XML (no grid is built, every row is dropped once counted) that finds the
   last filled row and column, the formulas without a cached value and the merged ranges, and
   refuses a value beyond :data:`MAX_ROWS` x :data:`MAX_COLUMNS` or more than :data:`MAX_CELLS`
   filled cells — a sheet that declares XFD1048576 costs nothing;
2. openpyxl in read-only mode, asked for exactly the rows and columns the scan found.

No XML part may declare entities: the scan refuses a document type declaration, and openpyxl parses
with defusedxml's protections (no entity expansion, no external entities).
Any other failure of a damaged file (a part missing, a zip that changes while it is read) is one
message naming the file.
"""

from __future__ import annotations

import io
import xml.parsers.expat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from regietafel.importing.table import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_MERGED_RANGES,
    MAX_ROWS,
    CellBudget,
    CellFlags,
    MergedRange,
    Table,
    TabularError,
    trimmed,
)
from regietafel.importing.texts import t

MAX_PARTS = 2_000
MAX_SHEET_BYTES = 64 * 1024 * 1024  # unpacked XML of one sheet (streamed)
MAX_STRINGS_BYTES = 32 * 1024 * 1024  # the shared strings, which openpyxl keeps in memory
MAX_PART_BYTES = 8 * 1024 * 1024  # any other XML part (styles, workbook), parsed whole
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_CELLS_PER_ROW = 16_384  # Excel's own limit (column XFD)


def _damaged(path: Path, error: Exception) -> TabularError:
    return TabularError(t("import.file_is_damaged_or_not_an", file=path.name, reason=type(error).__name__))


def _megabytes(size: int) -> int:
    return max(1, size // (1024 * 1024))


def _limit_of(name: str) -> int:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return MAX_SHEET_BYTES
    if name == "xl/sharedStrings.xml":
        return MAX_STRINGS_BYTES
    if name.endswith((".xml", ".rels")):
        return MAX_PART_BYTES
    return MAX_UNPACKED_BYTES  # pictures and the like: never unpacked, the total bounds them


def check_archive(path: Path, data: bytes) -> None:
    """Refuse a zip whose parts would unpack beyond the limits, before unpacking anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except Exception as error:  # not a zip, or one Python cannot read (e.g. NotImplementedError)
        raise _damaged(path, error) from error
    if len(parts) > MAX_PARTS:
        raise TabularError(t("import.file_too_many_parts", file=path.name, parts=len(parts)))
    total = 0
    for part in parts:
        total += part.file_size
        limit = _limit_of(part.filename)
        if part.file_size > limit or total > MAX_UNPACKED_BYTES:
            raise TabularError(t("import.file_unpacks_too_large", file=path.name, part=part.filename,
                                 size=_megabytes(max(part.file_size, total)),
                                 limit=_megabytes(min(limit, MAX_UNPACKED_BYTES))))


# --- pass 1: the scan -----------------------------------------------------------------------------
def _cell_position(reference: str | None, row: int, previous_column: int) -> tuple[int, int]:
    """(row, column) 1-based of a cell from its reference ("B7"), or the next one in its row."""
    if not reference:
        return row, previous_column + 1
    letters = reference.rstrip("0123456789")
    column = 0
    for letter in letters.upper():
        if not "A" <= letter <= "Z":
            raise ValueError(f"bad cell reference {reference!r}")
        column = column * 26 + ord(letter) - 64
    digits = reference[len(letters):]
    return (int(digits) if digits else row), column


def _range(reference: str) -> MergedRange:
    first, _, last = reference.partition(":")
    (row1, col1), (row2, col2) = _cell_position(first, 0, 0), _cell_position(last or first, 0, 0)
    return MergedRange(min(row1, row2) - 1, min(col1, col2) - 1, max(row1, row2) - 1, max(col1, col2) - 1, reference)


@dataclass
class SheetScan:
    last_row: int = 0  # 1-based; 0: nothing filled
    last_column: int = 0
    formulas: set[tuple[int, int]] = field(default_factory=set)  # 0-based, without a cached value
    merged: list[MergedRange] = field(default_factory=list)


class _Scanner:
    """Expat callbacks for the start of each element and for text, none for their ends (the
    cheapest way through a large sheet): a cell is settled when the next cell, row or merge begins
    or the sheet ends. An empty (formatted) cell costs one call: its position is worked out only
    if a later cell of its row has no reference of its own."""

    def __init__(self, path: Path, sheet: str):
        self.budget = CellBudget(path, sheet)
        self.path, self.sheet = path, sheet
        self.scan = SheetScan()
        self.row = self.cells_in_row = 0
        self.anchor: str | None = None  # the last cell reference seen in this row ...
        self.after_anchor = 0  # ... and the cells since it
        self.in_value = False
        self.cell: list | None = None  # [reference, type, has value, has formula] of the open cell
        self._handlers = {"c": self.start_cell, "row": self.start_row, "v": self.start_value,
                          "is": self.start_inline, "f": self.start_formula, "mergeCell": self.merge}
        self._by_name: dict[str, object] = {}

    def start(self, name: str, attributes: dict) -> None:
        handler = self._by_name.get(name)
        if handler is None:  # "c", or "x:c" in a workbook that prefixes its namespace
            handler = self._by_name[name] = self._handlers.get(name.rpartition(":")[2], False)
        self.in_value = False
        if handler:
            handler(attributes)

    def text(self, data: str) -> None:
        """Text in a <v> element: the cell has a value (Excel writes an empty <v/> for a formula whose
        result it did not keep)."""
        if self.in_value and self.cell is not None and data.strip():
            self.cell[2] = True

    def start_row(self, attributes: dict) -> None:
        self.settle()
        reference = attributes.get("r")
        self.row = int(reference) if reference and reference.isdigit() else self.row + 1
        self.cells_in_row = self.after_anchor = 0
        self.anchor = None

    def start_cell(self, attributes: dict) -> None:
        if self.cell is not None:
            self.settle()
        self.cells_in_row += 1
        if self.cells_in_row > MAX_CELLS_PER_ROW:
            raise ValueError("more cells in a row than Excel allows")
        self.cell = [attributes.get("r"), attributes.get("t"), False, False]

    def start_value(self, _attributes: dict) -> None:
        self.in_value = True

    def start_inline(self, _attributes: dict) -> None:
        if self.cell is not None and self.cell[1] == "inlineStr":
            self.cell[2] = True

    def start_formula(self, _attributes: dict) -> None:
        if self.cell is not None:
            self.cell[3] = True

    def settle(self) -> None:
        """Count the open cell if it holds something: an empty cell is never read, wherever it is."""
        if self.cell is None:
            return
        reference, _type, has_value, has_formula = self.cell
        self.cell = None
        if reference:
            self.anchor, self.after_anchor = reference, 0
        else:
            self.after_anchor += 1
        if not (has_value or has_formula):
            return
        row, column = _cell_position(self.anchor, self.row, 0) if self.anchor else (self.row, 0)
        column += self.after_anchor
        self.budget.take(row - 1, column - 1)
        if has_formula and not has_value:
            self.scan.formulas.add((row - 1, column - 1))
        self.scan.last_row = max(self.scan.last_row, row)
        self.scan.last_column = max(self.scan.last_column, column)

    def merge(self, attributes: dict) -> None:
        self.settle()
        if len(self.scan.merged) >= MAX_MERGED_RANGES:
            raise TabularError(t("import.file_too_many_merged_ranges", file=self.path.name, sheet=self.sheet,
                                 limit=MAX_MERGED_RANGES))
        reference = attributes.get("ref")
        if not reference:
            return
        merged = _range(reference)
        if merged.last_row >= MAX_ROWS or merged.last_column >= MAX_COLUMNS:
            raise TabularError(t("import.file_merged_beyond_the_limits", file=self.path.name, sheet=self.sheet,
                                 range=reference, rows=f"{MAX_ROWS:,}".replace(",", "."), columns=MAX_COLUMNS))
        self.scan.merged.append(merged)
        self.scan.last_row = max(self.scan.last_row, merged.last_row + 1)  # its hidden cells are reported


def _forbidden(*_args) -> None:
    raise ValueError("DTDs and entity declarations are not allowed in a workbook")


def scan_sheet(source, path: Path, sheet: str) -> SheetScan:
    """Pass 1 over the sheet's XML ``source`` (see the module's description). Expat refuses any
    document type declaration, so no entity can be declared, expanded or fetched."""
    scanner = _Scanner(path, sheet)
    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _forbidden
    parser.EntityDeclHandler = _forbidden
    parser.UnparsedEntityDeclHandler = _forbidden
    parser.ExternalEntityRefHandler = _forbidden
    parser.StartElementHandler = scanner.start
    parser.CharacterDataHandler = scanner.text
    parser.buffer_text = True
    parser.ParseFile(source)
    scanner.settle()
    return scanner.scan


# --- pass 2: the values ---------------------------------------------------------------------------
def _open(data: bytes, data_only: bool = True):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)


def sheet_names(path: Path, data: bytes) -> list[str]:
    check_archive(path, data)
    try:
        workbook = _open(data)
    except Exception as error:  # openpyxl raises many kinds for a damaged zip
        raise _damaged(path, error) from error
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _scan(workbook, data: bytes, path: Path, sheet: str) -> SheetScan:
    # openpyxl knows which part of the zip holds the sheet (a private attribute, stable in 3.1).
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(workbook[sheet]._worksheet_path) as source:
        return scan_sheet(source, path, sheet)


def _values(workbook, sheet: str, scan: SheetScan) -> list[list[object]]:
    if scan.last_row == 0:
        return []
    if scan.last_column == 0:  # merged cells only; never let openpyxl fall back to the declared size
        return [[] for _ in range(scan.last_row)]
    worksheet = workbook[sheet]
    rows = [trimmed(row) for row in worksheet.iter_rows(min_row=1, max_row=scan.last_row, min_col=1,
                                                          max_col=scan.last_column, values_only=True)]
    return rows + [[] for _ in range(scan.last_row - len(rows))]  # down to the last merged row


def read_xlsx(path: Path, data: bytes, sheet: str | None) -> Table:
    check_archive(path, data)
    try:
        workbook = _open(data)
    except Exception as error:
        raise _damaged(path, error) from error
    try:
        names = list(workbook.sheetnames)
        if sheet is None:
            sheet = names[0]
        if sheet not in names:
            raise TabularError(t("import.file_has_no_sheet_sheet_sheets", file=path.name, sheet=sheet,
                                 sheets=", ".join(names)))
        scan = _scan(workbook, data, path, sheet)
        rows = _values(workbook, sheet, scan)
    except TabularError:
        raise
    except Exception as error:  # a part missing or malformed, a zip torn while read, ...
        raise _damaged(path, error) from error
    finally:
        workbook.close()
    height = len(rows)
    if CellFlags.index_size(scan.merged, height) > MAX_CELLS:
        raise TabularError(t("import.file_too_many_merged_ranges", file=path.name, sheet=sheet,
                             limit=MAX_MERGED_RANGES))
    return Table(path, sheet, names, rows, CellFlags(scan.formulas, scan.merged, height))

