"""Tables for the PDF documents: header repeated on every page, totals row, greys for B/W."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.tables import CellStyle

from regietafel.documents.pdf_style import (
    BLACK,
    DARK,
    FONT,
    FONT_BOLD,
    LIGHT,
    PALE,
    Paragraph,
    esc,
    styles,
)
from regietafel.domain.formatting import format_int
from regietafel.domain.printable import printable

NUMBER, TEXT = "number", "text"


def number(value: int | None) -> str:
    """Dutch whole number (19.097); a dash when unknown."""
    return "–" if value is None else format_int(value)


# A table row never grows taller than this: longer text (a decision of 6.000 characters) continues
# in the rows below it, which break over pages like any other row. A single row taller than a page
# cannot be placed at all (reportlab's LayoutError).
ROW_LIMIT = 240.0  # points, a third of a page
CELL_PADDING = 5.0  # left + right padding of a cell: the text is narrower than its column


def cell(value: object, style: str = "cell") -> Paragraph:
    """A wrapping table cell holding (escaped) user or reference text."""
    return Paragraph(esc(value), styles()[style])


def cell_parts(value: object, width: float, style: str = "cell") -> list[Paragraph]:
    """The cell's text in pieces of at most :data:`ROW_LIMIT` high at ``width`` (one piece for
    ordinary text), split between lines as a page would split it."""
    paragraph = cell(value, style)
    parts = []
    while paragraph.wrap(width - CELL_PADDING, 1e9)[1] > ROW_LIMIT:
        pieces = paragraph.split(width - CELL_PADDING, ROW_LIMIT)
        if len(pieces) < 2:
            break
        parts.append(pieces[0])
        paragraph = pieces[1]
    return parts + [paragraph]


def continued_rows(values: Sequence[object], widths: Sequence[float], text_columns: Sequence[bool],
                   style: str = "cell") -> list[list[object]]:
    """One row of values as table rows: text columns as cells, a long text continued in the rows
    below (the other columns empty there)."""
    columns = [_text_parts(value, width, style) if is_text and isinstance(value, str) else [value]
               for value, width, is_text in zip(values, widths, text_columns, strict=True)]
    height = max(len(parts) for parts in columns)
    return [[parts[i] if i < len(parts) else "" for parts in columns] for i in range(height)]


def _one_line(value: str, width: float, style: str) -> str | None:
    """The text as plain text when it fits on one line of the column (drawn as is, in the table's
    font: most names and numbers need no paragraph), else None."""
    sheet = styles()[style]
    plain = printable(value)
    if "\n" not in plain and stringWidth(plain, sheet.fontName, sheet.fontSize) <= width - CELL_PADDING:
        return plain
    return None


def _text_parts(value: str, width: float, style: str) -> list[str | Paragraph]:
    """A text cell: one line as plain text, else a wrapping paragraph in pieces (:func:`cell_parts`)."""
    plain = _one_line(value, width, style)
    return [plain] if plain is not None else cell_parts(value, width, style)


def _total_cell(value: str, width: float) -> str | Paragraph:
    plain = _one_line(value, width, "cell_bold")
    return plain if plain is not None else cell(value, "cell_bold")


def data_table(headers: Sequence[object], rows: Sequence[Sequence[object]], widths: Sequence[float],
               kinds: Sequence[str], total: Sequence[object] | None = None,
               group_header: Sequence[tuple[str, int, int]] | None = None, font_size: float = 7.5,
               head_style: str = "head", notes: Sequence[str] = ()) -> Table:
    """A table of ``rows`` (plain values; text columns wrap) with one header row (or a group row
    above it, ``(label, first_col, last_col)``) repeated across pages and an optional bold totals
    row. Numbers are right-aligned; every other row has a pale grey band. A header or cell that
    is already a flowable (e.g. made once for many factsheets) is used as it is. ``notes`` are
    lines under the table (what a mark means, the rule behind a column): they stay with its last
    rows."""
    sheet = styles()
    head_rows = _head_rows(headers, kinds, group_header, head_style)
    body, banded = _body_rows(rows, widths, kinds)
    continued = len(body) > len(rows)
    if total is not None:
        body.append([value if not isinstance(value, str) or kind == NUMBER else _total_cell(value, width)
                     for value, kind, width in zip(total, kinds, widths, strict=True)])
    repeat = len(head_rows)
    under = [[Paragraph(esc(note), sheet["source"])] + [""] * (len(headers) - 1) for note in notes]
    end = -1 - len(under)  # the totals row (or the last row of figures), counted from the end: a split keeps it
    cells = head_rows + body + under
    table = DataTable(cells, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT",
                      cellStyles=[[_cell_style(font_size)(repr((i, j))) for j in range(len(widths))] for i in range(len(cells))])
    commands = [
        ("BACKGROUND", (0, 0), (-1, repeat - 1), LIGHT),
        ("LINEBELOW", (0, repeat - 1), (-1, repeat - 1), 0.8, BLACK),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLACK),
        ("LINEBELOW", (0, end), (-1, end), 0.8, BLACK),
    ]
    for index in range(end + 1, 0):
        commands.append(("SPAN", (0, index), (-1, index)))
    for index, kind in enumerate(kinds):
        if kind == NUMBER:
            commands.append(("ALIGN", (index, repeat), (index, -1), "RIGHT"))
    for offset in banded:
        commands.append(("BACKGROUND", (0, repeat + offset), (-1, repeat + offset), PALE))
    if group_header:
        for _label, first, last in group_header:
            commands.append(("SPAN", (first, 0), (last, 0)))
            if first > 0:
                commands.append(("LINEBEFORE", (first, 0), (first, -1), 0.5, DARK))
    if NUMBER in kinds and not continued:  # rows of figures are one line each; long text must stay free to break
        commands += _keep_together(repeat, len(body), total is not None, len(under))
    if total is not None:
        commands += [
            ("FONT", (0, end), (-1, end), FONT_BOLD, font_size),
            ("LINEABOVE", (0, end), (-1, end), 0.8, BLACK),
            ("BACKGROUND", (0, end), (-1, end), LIGHT),
        ]
    table.setStyle(TableStyle(commands))
    return table


class DataTable(Table):
    """A table whose columns have fixed widths: its layout (row heights, positions, spans) then
    depends only on the height offered, so it is worked out once per height. A factsheet's page
    is wrapped three times at three widths (KeepInFrame: as is, shrunk, then drawn), and working
    out a table's rows is most of what wrapping it costs. A split or a new height works it out
    anew; cells that are flowables are wrapped again when drawn, as before."""

    _laid_out_for: float | None = None

    def _calc(self, availWidth, availHeight):  # noqa: N803 (reportlab's API)
        if availHeight == self._laid_out_for and self._fixed_widths():
            return
        super()._calc(availWidth, availHeight)
        self._laid_out_for = availHeight

    def _fixed_widths(self) -> bool:
        return all(isinstance(width, (int, float)) for width in self._argW)


@cache
def _cell_style(font_size: float) -> type[CellStyle]:
    """A data table's cell: what reportlab's commands FONT (the house font, ``font_size``),
    VALIGN TOP and the paddings over the whole table would set in every cell, as the class's
    defaults (a command walks every cell of the table; a class is looked up once)."""
    return type("DataCell", (CellStyle,), {
        "fontname": FONT, "fontsize": font_size, "leading": font_size * 1.2,  # FONT's leading without one given
        "valign": "TOP",
        "topPadding": 1.25, "bottomPadding": 1.25,  # a province's 50-odd gemeenten on one portrait page
        "leftPadding": 2.5, "rightPadding": 2.5,
    })


def _head_rows(headers: Sequence[object], kinds: Sequence[str], group_header: Sequence[tuple[str, int, int]] | None,
               head_style: str) -> list[list[object]]:
    """The header row, under a group row where columns are grouped."""
    sheet = styles()
    head_rows: list[list[object]] = []
    if group_header:
        top: list[object] = [""] * len(headers)
        for label, first, _last in group_header:
            top[first] = Paragraph(esc(label), sheet["head"])
        head_rows.append(top)
    head_rows.append([Paragraph(esc(h), sheet[f"{head_style}_right" if k == NUMBER else head_style])
                      if isinstance(h, str) else h  # a header made once for many tables
                      for h, k in zip(headers, kinds, strict=True)])
    return head_rows


def fitted_widths(headers: Sequence[str], kinds: Sequence[str], width: float, flexible: dict[int, float],
                  head_style: str = "head_small", least: float = 40.0, rows: Sequence[Sequence[object]] = (),
                  font_size: float = 7.5) -> list[float]:
    """Column widths that fill ``width``: every column but the ``flexible`` ones just wide enough
    for its header on at most two lines (wrapping between words, never inside one; at least
    ``least``) and for the widest of its values in ``rows`` (a quota of 1.020,3262 never runs
    into the column beside it), the flexible columns (index -> share) sharing the rest."""
    style = styles()[head_style]

    def measure(text: str) -> float:
        return stringWidth(text, style.fontName, style.fontSize)

    def two_lines(header: str) -> float:
        words = header.split()
        splits = [max(measure(" ".join(words[:i])), measure(" ".join(words[i:]))) for i in range(1, len(words))]
        return min(splits, default=measure(header))

    def widest_value(index: int) -> float:  # in bold: the totals row is the widest of a column's figures
        return max((stringWidth(row[index], FONT_BOLD, font_size) for row in rows if isinstance(row[index], str)),
                   default=0.0)

    padding = CELL_PADDING + 1
    widths = [0.0 if index in flexible else max(least, two_lines(header) + padding, widest_value(index) + padding)
              for index, header in enumerate(headers)]
    rest = width - sum(widths)
    for index, share in flexible.items():
        widths[index] = rest * share
    return widths


def _body_rows(rows: Sequence[Sequence[object]], widths: Sequence[float],
               kinds: Sequence[str]) -> tuple[list[list[object]], list[int]]:
    """The table rows of ``rows`` (long text continued below, see :func:`continued_rows`) and the
    rows on a grey band: every other row of ``rows``, with its continuations."""
    body: list[list[object]] = []
    banded: list[int] = []
    text_columns = [kind != NUMBER for kind in kinds]
    for index, row in enumerate(rows):
        lines = continued_rows(row, widths, text_columns)
        if index % 2:
            banded += range(len(body), len(body) + len(lines))
        body += lines
    return body, banded


KEEP_ROWS = 4  # a table never breaks closer than this to its start or its end


def _keep_together(head: int, body: int, total: bool, notes: int = 0) -> list[tuple]:
    """Never a page with only a header, or only the totals row under a repeated header: the
    header keeps the first rows with it, and the last rows stay with the totals row (and the
    notes under the table)."""
    rows = head + body + notes
    tail = KEEP_ROWS + (1 if total else 0) + notes
    if body + notes <= KEEP_ROWS + tail:
        return [("NOSPLIT", (0, 0), (-1, -1))]
    return [("NOSPLIT", (0, 0), (-1, head + KEEP_ROWS - 1)), ("NOSPLIT", (0, rows - tail), (-1, -1))]


def key_value_table(pairs: Sequence[tuple[str, str]], widths: Sequence[float]) -> Table:
    """Label / value lines (e.g. the head of a verantwoording); values are escaped."""
    sheet = styles()
    lines = []
    for label, value in pairs:
        lines += continued_rows([Paragraph(esc(label), sheet["cell_bold"]), value], widths, [False, True])
    table = Table(lines, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),  # reportlab's default is Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
