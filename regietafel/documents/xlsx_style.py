"""Shared look and safety for the Excel exports: formats, fonts, fills, widths, print setup.

``write_text`` is the one way to put user or reference text into a cell: openpyxl turns any
string that starts with ``=`` into a formula, and spreadsheet programs treat ``+``, ``-`` and
``@`` at the start of typed input as formula starts too. Text written with it is always
stored as a string (data type ``s``), with Excel's quote prefix when it could be mistaken for
a formula, so a gemeente name or a reason like ``=HYPERLINK(...)`` stays inert text; control
characters, which a workbook (XML 1.0) cannot hold, are replaced by a space.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from copy import copy
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from regietafel.documents.xlsx_texts import text
from regietafel.domain.printable import printable

INT_FORMAT = "#,##0"  # Excel shows 19.097 on a Dutch system
DECIMAL_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "d-m-yyyy"
FORMULA_STARTS = ("=", "+", "-", "@")

TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, size=9, color="595959")
MONO_FONT = Font(name="Courier New", size=9)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
GROUP_FILL = PatternFill("solid", fgColor="B8CCE4")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # light yellow: cells to fill in
STATUS_FILLS = {
    "groen": PatternFill("solid", fgColor="C6EFCE"),
    "oranje": PatternFill("solid", fgColor="FFE0B2"),
    "rood": PatternFill("solid", fgColor="FFC7CE"),
}
THIN = Side(style="thin", color="808080")
HEADER_BORDER = Border(bottom=THIN)
HAIR = Side(style="hair", color="A6A6A6")
INPUT_BORDER = Border(left=HAIR, right=HAIR, top=HAIR, bottom=HAIR)
TOTAL_BORDER = Border(top=THIN, bottom=Side(style="double", color="808080"))
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
# One object per style, shared by every cell that has it: openpyxl hashes each one it is given.
CENTERED = Alignment(horizontal="center")
ACCOUNT_ALIGNMENT = Alignment(indent=1, wrap_text=True)


# Per workbook: (the cell's format before, the parts given by identity) -> the format after, and
# the parts themselves (kept alive, so their ids stay theirs).
_FORMATS: WeakKeyDictionary[Workbook, dict[tuple, tuple[StyleArray, tuple]]] = WeakKeyDictionary()


def style(cell: Cell, **parts: object) -> Cell:
    """Give ``cell`` the named format parts (font, fill, border, alignment, protection, number_format).

    openpyxl looks every part up in the workbook's tables by hashing it field by field, which
    thousands of cells add up to a third of building the workbook, while a table repeats a few
    combinations. So each combination is applied once the ordinary way and later cells copy the
    resulting table indices (as openpyxl's own sheet copier does): what assigning the parts gives.
    Parts are identified by object, so pass the shared constants and never change them."""
    formats = _FORMATS.setdefault(cell.parent.parent, {})
    key = (tuple(cell._style or ()), *((name, id(part)) for name, part in parts.items()))
    known = formats.get(key)
    if known is None:
        for name, part in parts.items():
            setattr(cell, name, part)
        formats[key] = (copy(cell._style), tuple(parts.values()))
    else:
        cell._style = copy(known[0])
    return cell


def write_text(cell: Cell, value: object) -> Cell:
    """Store ``value`` as text, never as a formula, whatever it starts with or holds."""
    value = "" if value is None else printable(str(value))
    cell.value = value
    cell.data_type = "s"  # openpyxl made it "f" if it starts with "="
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # Excel keeps it text when the user edits the cell
    return cell


def write_number(cell: Cell, value: int | float | None, number_format: str = INT_FORMAT) -> Cell:
    """A plain number (or an empty cell for None) with a number format."""
    if value is not None and not isinstance(value, (int, float)):
        raise TypeError(f"not a number: {value!r}")
    cell.value = value
    cell.number_format = number_format
    return cell


def write_formula(cell: Cell, formula: str, number_format: str = INT_FORMAT) -> Cell:
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell.value = formula
    cell.number_format = number_format
    return cell


def write_date(cell: Cell, value: dt.date | None) -> Cell:
    cell.value = value
    cell.number_format = DATE_FORMAT
    return cell


def sheet_ref(sheet_title: str, coordinate: str) -> str:
    """A reference to a cell on another sheet, quoted so any sheet name works ('AMV COA'!F6)."""
    return "'" + sheet_title.replace("'", "''") + "'!" + coordinate


def header_row(ws: Worksheet, row: int, labels: Sequence[str], first_column: int = 1) -> None:
    for offset, label in enumerate(labels):
        cell = write_text(ws.cell(row=row, column=first_column + offset), label)
        style(cell, font=BOLD, fill=HEADER_FILL, border=HEADER_BORDER, alignment=HEADER_ALIGNMENT)


def total_style(ws: Worksheet, row: int, first_column: int, last_column: int) -> None:
    for column in range(first_column, last_column + 1):
        style(ws.cell(row=row, column=column), font=BOLD, fill=TOTAL_FILL, border=TOTAL_BORDER)


def title_block(ws: Worksheet, lines: Iterable[tuple[str, Font | None]]) -> int:
    """Write title lines from row 1 down; returns the next free row."""
    row = 1
    for line, font in lines:
        cell = write_text(ws.cell(row=row, column=1), line)
        if font is not None:
            cell.font = font
        row += 1
    return row


def text_width(values: Iterable[object]) -> float:
    """An estimated column width (in Excel character units) for the longest of ``values``."""
    longest = max((len(str(v)) for v in values if v is not None), default=0)
    return longest * 1.1 + 2


def set_widths(ws: Worksheet, widths: Sequence[float], first_column: int = 1) -> None:
    for offset, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(first_column + offset)].width = round(width, 1)


def print_setup(ws: Worksheet, *, landscape: bool, title_rows: str | None, header: str, footer: str,
                fit_height: bool = False, centered: bool = True) -> None:
    """A4, fit to page width (any number of pages down), repeated header rows, page numbers."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if fit_height else 0
    if title_rows:
        ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.print_options.horizontalCentered = centered
    ws.oddHeader.center.text = header.replace("&", "&&")
    ws.oddHeader.center.size = 9
    ws.oddFooter.left.text = footer.replace("&", "&&")
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = text("page")
    ws.oddFooter.right.size = 8
