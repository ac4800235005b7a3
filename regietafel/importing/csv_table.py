"""Reading delimited text (.csv, .txt) into a :class:`~regietafel.importing.table.Table`.

The encoding is detected: a byte-order mark (utf-8, utf-16 and utf-32 in either byte order: Excel's
"Unicode text" is utf-16le with tabs), utf-16/32 without one from the pattern of zero bytes, else
utf-8, cp1252 or latin-1; utf-8 text that was once read as cp1252 and saved again ("FryslÃ¢n") is
repaired. The delimiter (; , tab |) is detected. A NUL character is refused (binary data, or a
damaged file), and so are a quote that is never closed and a cell longer than the csv module's
field limit — each with the line it starts on.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from pathlib import Path

from regietafel.importing.table import MAX_COLUMNS, CellBudget, Table, TabularError, trimmed
from regietafel.importing.texts import t

DELIMITERS = (";", ",", "\t", "|")
ENCODINGS = ("utf-8", "cp1252", "latin-1")
# Longest BOM first: utf-32-le's starts with utf-16-le's.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Two-character sequences that utf-8 text shows when decoded as cp1252.
_MOJIBAKE_MARKS = ("Ã", "Â", "â€")


def _repair_mojibake(text: str) -> str | None:
    if not any(mark in text for mark in _MOJIBAKE_MARKS):
        return None
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return repaired if sum(repaired.count(m) for m in _MOJIBAKE_MARKS) < sum(text.count(m) for m in _MOJIBAKE_MARKS) else None


def _wide_encoding(head: bytes) -> str | None:
    """utf-16/32 without a byte-order mark: mostly-ASCII text has zero bytes in fixed places."""
    if b"\x00" not in head or len(head) < 8:
        return None
    head = head[: len(head) // 4 * 4]

    def zero_share(step: int, offset: int) -> float:
        part = head[offset::step]
        return part.count(0) / len(part)

    if all(zero_share(4, i) > 0.9 for i in (1, 2, 3)) and zero_share(4, 0) < 0.5:
        return "utf-32-le"
    if all(zero_share(4, i) > 0.9 for i in (0, 1, 2)) and zero_share(4, 3) < 0.5:
        return "utf-32-be"
    if zero_share(2, 1) > 0.6 and zero_share(2, 0) < 0.3:
        return "utf-16-le"
    if zero_share(2, 0) > 0.6 and zero_share(2, 1) < 0.3:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with (see the module's description)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding.removesuffix("-sig"), errors="replace"), encoding
    wide = _wide_encoding(data[:4096])
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass  # not what it looked like: read as 8-bit below, where the NUL is refused
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
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:  # e.g. a field over the limit: the full read names it
            continue
        common = Counter(c for c in counts if c > 1).most_common(1)
        if not common:
            continue
        width, lines_with_width = common[0]
        score = (lines_with_width, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _refuse_nul(path: Path, text: str) -> None:
    position = text.find("\x00")
    if position >= 0:
        raise TabularError(t("import.file_contains_a_nul_character", file=path.name,
                             line=text.count("\n", 0, position) + 1))


def _rows(path: Path, text: str, delimiter: str) -> list[list[object]]:
    """Parse strictly first (it notices an unclosed quote at the end of the file); a file that is
    only untidy (a quote inside a field) is parsed leniently as spreadsheet programs do."""
    try:
        return _parse(path, text, delimiter, strict=True)
    except csv.Error:
        return _parse(path, text, delimiter, strict=False)


def _parse(path: Path, text: str, delimiter: str, strict: bool) -> list[list[object]]:
    budget = CellBudget(path, path.stem)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows: list[list[object]] = []
    start = 1
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                budget.take(len(rows), len(row) - 1)
            cells = trimmed(cell if cell.strip() else None for cell in row)
            for column, cell in enumerate(cells):
                if cell is not None:
                    budget.take(len(rows), column)
            rows.append(cells)
            start = reader.line_num + 1
    except csv.Error as error:
        message = str(error)
        if "field larger" in message:
            raise TabularError(t("import.file_cell_too_long", file=path.name, line=start,
                                 limit=f"{csv.field_size_limit():,}".replace(",", "."))) from None
        if "unexpected end of data" in message:
            raise TabularError(t("import.file_quote_never_closed", file=path.name, line=start)) from None
        if strict:
            raise
        raise TabularError(t("import.file_cannot_be_read_at_line", file=path.name, line=start, reason=message)) from None
    while rows and not rows[-1]:
        rows.pop()
    return rows


def read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode_text(data)
    _refuse_nul(path, text)
    notes = []
    repaired = _repair_mojibake(text)
    if repaired is not None:
        text = repaired
        notes.append(t("import.file_garbled_characters_such_as_for", file=path.name))
    delimiter = detect_delimiter(text)
    table = Table(path, path.stem, [path.stem], _rows(path, text, delimiter), notes=notes)
    table.notes.append(f"encoding={encoding} delimiter={delimiter!r}")
    return table
