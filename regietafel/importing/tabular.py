"""Reading a spreadsheet (.xlsx) or delimited text (.csv) into plain cells with coordinates.

Every refusal is a :class:`TabularError` with a message that names the file; nothing here
writes anywhere. The file is read into memory once, within :data:`MAX_FILE_BYTES`, and the sheet
within the limits of :mod:`regietafel.importing.table`; :mod:`~regietafel.importing.csv_table`
reads text (encodings, delimiters), :mod:`~regietafel.importing.xlsx_table` workbooks (formulas
without a cached value and merged cells are flagged per cell so the importer can name them).
"""

from __future__ import annotations

from pathlib import Path

from regietafel.importing.csv_table import read_csv
from regietafel.importing.table import (
    FORMULA,
    MAX_FILE_BYTES,
    MERGED,
    Table,
    TabularError,
    column_letter,
    read_bounded,
)
from regietafel.importing.texts import t
from regietafel.importing.xlsx_table import read_xlsx, sheet_names

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

__all__ = ["FORMULA", "MERGED", "Table", "TabularError", "column_letter", "list_sheets", "read_table"]


def _is_workbook(path: Path, data: bytes) -> bool:
    if data.startswith(OLE_MAGIC):
        raise TabularError(t("import.file_is_password_protected_encrypted_or", file=path.name))
    return data.startswith(ZIP_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm")


def read_table(path: Path | str, sheet: str | None = None, max_bytes: int = MAX_FILE_BYTES) -> Table:
    """Read one sheet of ``path`` (first sheet when ``sheet`` is None)."""
    path = Path(path)
    data = read_bounded(path, max_bytes)
    if _is_workbook(path, data):
        return read_xlsx(path, data, sheet)
    return read_csv(path, data)


def list_sheets(path: Path | str) -> list[str]:
    """Sheet names of a workbook; [stem] for a CSV file."""
    path = Path(path)
    data = read_bounded(path)
    if _is_workbook(path, data):
        return sheet_names(path, data)
    return [path.stem]
