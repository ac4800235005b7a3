"""Reading a spreadsheet (.xlsx) or delimited text (.csv) into plain cells with coordinates.

Every refusal is a :class:`TabularError` with a message that names the file; nothing here
writes anywhere. CSV: the delimiter (; , tab |) and the encoding (utf-8, utf-8-sig, cp1252,
latin-1) are detected, and utf-8 text that was once read as cp1252 and saved again
("FryslÃ¢n") is repaired. XLSX: formulas without a cached value and merged cells are flagged
per cell so the importer can name them.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from regietafel.importing.texts import t

MAX_FILE_BYTES = 25 * 1024 * 1024  # a national list is < 1 MB; refuse far larger files unread
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
DELIMITERS = (";", ",", "\t", "|")
ENCODINGS = ("utf-8", "cp1252", "latin-1")
# Two-character sequences that utf-8 text shows when decoded as cp1252.
_MOJIBAKE_MARKS = ("Ã", "Â", "â€")

FORMULA = "formula"  # a formula without a cached value
MERGED = "merged"  # part of a merged range, not its top-left cell


class TabularError(Exception):
    """The file cannot be read at all; the message is for the user."""


@dataclass
class Table:
    """One sheet: ``rows[r][c]`` holds None, str, int, float, date or datetime."""

    path: Path
    sheet: str
    sheets: list[str]
    rows: list[list[object]]
    flags: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) 0-based
    merged_ranges: dict[tuple[int, int], str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. "encoding repaired"

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _check_size(path: Path, limit: int) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TabularError(t("import.file_file_not_found", file=path.name)) from None
    if path.is_dir():
        raise TabularError(t("import.file_is_a_folder_not_a", file=path.name))
    if size > limit:
        raise TabularError(
            t("import.file_is_size_mb_files_above", file=path.name, size=size // (1024 * 1024), limit=limit // (1024 * 1024))
        )
    if size == 0:
        raise TabularError(t("import.file_is_empty", file=path.name))


def read_table(path: Path | str, sheet: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Table:
    """Read one sheet of ``path`` (first sheet when ``sheet`` is None)."""
    path = Path(path)
    _check_size(path, max_bytes)
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise TabularError(
            t("import.file_is_password_protected_encrypted_or", file=path.name)
        )
    if head.startswith(ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    return _read_csv(path)


# --- CSV --------------------------------------------------------------------------------
def _repair_mojibake(text: str) -> str | None:
    if not any(mark in text for mark in _MOJIBAKE_MARKS):
        return None
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return repaired if sum(repaired.count(m) for m in _MOJIBAKE_MARKS) < sum(text.count(m) for m in _MOJIBAKE_MARKS) else None


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # never reached: latin-1 decodes every byte


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (>1) of fields."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ";", (-1, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        common = Counter(c for c in counts if c > 1).most_common(1)
        if not common:
            continue
        width, lines_with_width = common[0]
        score = (lines_with_width, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise TabularError(
            t("import.file_is_not_a_text_csv", file=path.name)
        )
    text, encoding = decode_text(data)
    notes = []
    repaired = _repair_mojibake(text)
    if repaired is not None:
        text = repaired
        notes.append(
            t("import.file_garbled_characters_such_as_for", file=path.name)
        )
    delimiter = detect_delimiter(text)
    rows: list[list[object]] = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([cell if cell.strip() else None for cell in row])
    while rows and not any(cell is not None for cell in rows[-1]):
        rows.pop()
    table = Table(path, path.stem, [path.stem], rows, notes=notes)
    table.notes.append(f"encoding={encoding} delimiter={delimiter!r}")
    return table


# --- XLSX -------------------------------------------------------------------------------
def _corrupt(path: Path, error: Exception) -> TabularError:
    return TabularError(
        t("import.file_is_damaged_or_not_an", file=path.name, reason=type(error).__name__)
    )


def list_sheets(path: Path | str) -> list[str]:
    """Sheet names of a workbook; [stem] for a CSV file."""
    path = Path(path)
    _check_size(path, MAX_FILE_BYTES)
    with path.open("rb") as handle:
        head = handle.read(8)
    if not (head.startswith(ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm")) or head.startswith(OLE_MAGIC):
        return [path.stem]
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged zip
        raise _corrupt(path, error) from error
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    try:
        values_book = load_workbook(path, data_only=True)
    except Exception as error:
        raise _corrupt(path, error) from error
    names = list(values_book.sheetnames)
    if sheet is None:
        sheet = names[0]
    if sheet not in names:
        raise TabularError(
            t("import.file_has_no_sheet_sheet_sheets", file=path.name, sheet=sheet, sheets=", ".join(names))
        )
    worksheet = values_book[sheet]
    rows = [list(row) for row in worksheet.iter_rows(values_only=True)]
    flags: dict[tuple[int, int], str] = {}
    merged_ranges: dict[tuple[int, int], str] = {}
    for merged in worksheet.merged_cells.ranges:
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) != (merged.min_row, merged.min_col):
                    flags[(r - 1, c - 1)] = MERGED
                    merged_ranges[(r - 1, c - 1)] = merged.coord
    values_book.close()

    empty_cells = {(r, c) for r, row in enumerate(rows) for c, value in enumerate(row) if value is None}
    if empty_cells:
        # data_only gives None for a formula the file holds without a cached result.
        formula_book = load_workbook(path, read_only=True, data_only=False)
        try:
            for r, row in enumerate(formula_book[sheet].iter_rows(values_only=True)):
                for c, value in enumerate(row):
                    if isinstance(value, str) and value.startswith("=") and (r, c) in empty_cells:
                        flags[(r, c)] = FORMULA
        finally:
            formula_book.close()
    while rows and not any(value is not None for value in rows[-1]) and not any(
        (len(rows) - 1, c) in flags for c in range(len(rows[-1]))
    ):
        rows.pop()
    return Table(path, sheet, names, rows, flags, merged_ranges)

