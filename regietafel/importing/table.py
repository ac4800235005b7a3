"""A sheet read into plain cells, and the limits every reader keeps to.

The limits make a hostile or broken file a message instead of a machine out of memory: a file of
at most :data:`MAX_FILE_BYTES` is read into memory once (so a file replaced while it is read cannot
tear the reading), and a sheet yields at most :data:`MAX_ROWS` rows, :data:`MAX_COLUMNS` columns
and :data:`MAX_CELLS` filled cells. A national list has 342 rows; the largest real imports (all
locations of the country) a few thousand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from regietafel.importing.texts import t

MAX_FILE_BYTES = 25 * 1024 * 1024  # a national list is < 1 MB; refuse far larger files unread
MAX_ROWS = 100_000
MAX_COLUMNS = 256
MAX_CELLS = 1_000_000
MAX_MERGED_RANGES = 10_000

FORMULA = "formula"  # a formula without a cached value
MERGED = "merged"  # part of a merged range, not its top-left cell


class TabularError(Exception):
    """The file cannot be read at all; the message is for the user."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_name(row: int, column: int) -> str:
    """(0, 0) -> A1."""
    return f"{column_letter(column)}{row + 1}"


@dataclass(frozen=True)
class MergedRange:
    first_row: int  # 0-based, inclusive
    first_column: int
    last_row: int
    last_column: int
    coord: str  # as the sheet names it, e.g. B4:B5

    def covers(self, row: int, column: int) -> bool:
        """True for the cells that the merge hides (all but its top-left cell)."""
        return (self.first_row <= row <= self.last_row and self.first_column <= column <= self.last_column
                and (row, column) != (self.first_row, self.first_column))


class CellFlags:
    """What is special about a cell, ``(row, column) -> FORMULA | MERGED`` (0-based). Merged ranges
    are kept as ranges, indexed by the rows of the sheet they cover (``height`` rows were read):
    one range can span a whole sheet."""

    def __init__(self, formulas: set[tuple[int, int]] | None = None, merged: list[MergedRange] | None = None,
                 height: int = 0):
        self.formulas = formulas or set()
        self.merged = merged or []
        self._by_row: dict[int, list[MergedRange]] = {}
        self._formula_rows: set[int] | None = None
        for found in self.merged:
            for row in range(found.first_row, min(found.last_row, height - 1) + 1):
                self._by_row.setdefault(row, []).append(found)

    @staticmethod
    def index_size(merged: list[MergedRange], height: int) -> int:
        """Rows the index of ``merged`` would hold (a reader bounds it before building it)."""
        return sum(max(0, min(m.last_row, height - 1) - m.first_row + 1) for m in merged)

    def row_flagged(self, row: int) -> bool:
        """True when some cell of ``row`` is a formula without a value or hidden by a merge."""
        if self._formula_rows is None:
            self._formula_rows = {r for r, _c in self.formulas}
        return row in self._formula_rows or any(
            row > m.first_row or m.last_column > m.first_column for m in self._by_row.get(row, ()))

    def merged_range(self, row: int, column: int) -> MergedRange | None:
        return next((m for m in self._by_row.get(row, ()) if m.covers(row, column)), None)

    def get(self, cell: tuple[int, int], default: str | None = None) -> str | None:
        if cell in self.formulas:
            return FORMULA
        return MERGED if self._by_row and self.merged_range(*cell) is not None else default

    def __getitem__(self, cell: tuple[int, int]) -> str:
        flag = self.get(cell)
        if flag is None:
            raise KeyError(cell)
        return flag

    def __contains__(self, cell: object) -> bool:
        return isinstance(cell, tuple) and self.get(cell) is not None

    def __bool__(self) -> bool:
        return bool(self.formulas or self._by_row)


class MergedCoords:
    """``(row, column) -> 'B4:B5'`` for the cells a merge hides."""

    def __init__(self, flags: CellFlags):
        self._flags = flags

    def get(self, cell: tuple[int, int], default: str = "") -> str:
        found = self._flags.merged_range(*cell)
        return found.coord if found is not None else default

    def __getitem__(self, cell: tuple[int, int]) -> str:
        found = self._flags.merged_range(*cell)
        if found is None:
            raise KeyError(cell)
        return found.coord


@dataclass
class Table:
    """One sheet: ``rows[r][c]`` holds None, str, int, float, date or datetime."""

    path: Path
    sheet: str
    sheets: list[str]
    rows: list[list[object]]
    flags: CellFlags = field(default_factory=CellFlags)
    notes: list[str] = field(default_factory=list)  # e.g. "encoding repaired"

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    @property
    def merged_ranges(self) -> MergedCoords:
        return MergedCoords(self.flags)


class CellBudget:
    """Counts what a reader takes in and refuses the file at the first row, column or cell over the
    limits, naming the cell."""

    def __init__(self, path: Path, sheet: str):
        self.path, self.sheet = path, sheet
        self.cells = 0

    def take(self, row: int, column: int) -> None:
        """A filled cell at (row, column), 0-based."""
        if row >= MAX_ROWS or column >= MAX_COLUMNS:
            raise TabularError(t("import.file_value_beyond_the_limits", file=self.path.name, sheet=self.sheet,
                                 cell=cell_name(row, column), rows=f"{MAX_ROWS:,}".replace(",", "."),
                                 columns=MAX_COLUMNS))
        self.cells += 1
        if self.cells > MAX_CELLS:
            raise TabularError(t("import.file_too_many_cells", file=self.path.name, sheet=self.sheet,
                                 cells=f"{MAX_CELLS:,}".replace(",", ".")))


def trimmed(values) -> list[object]:
    """A row without its trailing empty cells."""
    row = list(values)
    while row and row[-1] is None:
        row.pop()
    return row


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, read once; refused when missing, a folder, empty or over ``limit`` (a file
    that says it is larger is refused unread)."""
    try:
        if path.stat().st_size > limit:
            raise TabularError(t("import.file_is_size_mb_files_above", file=path.name,
                                 size=path.stat().st_size // (1024 * 1024), limit=limit // (1024 * 1024)))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise TabularError(t("import.file_file_not_found", file=path.name)) from None
    except IsADirectoryError:
        raise TabularError(t("import.file_is_a_folder_not_a", file=path.name)) from None
    except PermissionError as error:
        if path.is_dir():
            raise TabularError(t("import.file_is_a_folder_not_a", file=path.name)) from None
        raise TabularError(t("import.file_cannot_be_read", file=path.name, reason=error.strerror)) from None
    if len(data) > limit:
        size = max(path.stat().st_size, len(data))
        raise TabularError(t("import.file_is_size_mb_files_above", file=path.name, size=size // (1024 * 1024),
                             limit=limit // (1024 * 1024)))
    if not data:
        raise TabularError(t("import.file_is_empty", file=path.name))
    return data
