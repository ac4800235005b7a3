"""Tables for the PDF documents: header repeated on every page, totals row, greys for B/W."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from regietafel.documents.pdf_style import BLACK, DARK, FONT, FONT_BOLD, LIGHT, PALE, esc, styles
from regietafel.domain.formatting import format_int

NUMBER, TEXT = "number", "text"


def number(value: int | None) -> str:
    """Dutch whole number (19.097); a dash when unknown."""
    return "–" if value is None else format_int(value)


def cell(value: object, style: str = "cell") -> Paragraph:
    """A wrapping table cell holding (escaped) user or reference text."""
    return Paragraph(esc(value), styles()[style])


def data_table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               kinds: Sequence[str], total: Sequence[object] | None = None,
               group_header: Sequence[tuple[str, int, int]] | None = None, font_size: float = 7.5,
               head_style: str = "head", notes: Sequence[str] = ()) -> Table:
    """A table of ``rows`` (plain values; text columns wrap) with one header row (or a group row
    above it, ``(label, first_col, last_col)``) repeated across pages and an optional bold totals
    row. Numbers are right-aligned; every other row has a pale grey band. ``notes`` are lines
    under the table (what a mark means, the rule behind a column): they stay with its last rows."""
    sheet = styles()
    head_rows: list[list[object]] = []
    if group_header:
        top: list[object] = [""] * len(headers)
        for label, first, _last in group_header:
            top[first] = Paragraph(esc(label), sheet["head"])
        head_rows.append(top)
    head_rows.append([Paragraph(esc(h), sheet[f"{head_style}_right" if k == NUMBER else head_style])
                      for h, k in zip(headers, kinds, strict=True)])
    body: list[list[object]] = []
    for row in rows:
        body.append([
            value if not isinstance(value, str) or kind == NUMBER else cell(value)
            for value, kind in zip(row, kinds, strict=True)
        ])
    if total is not None:
        body.append([value if not isinstance(value, str) or kind == NUMBER else cell(value, "cell_bold")
                     for value, kind in zip(total, kinds, strict=True)])
    repeat = len(head_rows)
    under = [[Paragraph(esc(note), sheet["source"])] + [""] * (len(headers) - 1) for note in notes]
    end = -1 - len(under)  # the totals row (or the last row of figures), counted from the end: a split keeps it
    table = Table(head_rows + body + under, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.25),  # a province's 50-odd gemeenten on one portrait page
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.25),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
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
    for offset in range(1, len(body), 2):
        commands.append(("BACKGROUND", (0, repeat + offset), (-1, repeat + offset), PALE))
    if group_header:
        for _label, first, last in group_header:
            commands.append(("SPAN", (first, 0), (last, 0)))
            if first > 0:
                commands.append(("LINEBEFORE", (first, 0), (first, -1), 0.5, DARK))
    if NUMBER in kinds:  # rows of figures are one line each; long text rows must stay free to break
        commands += _keep_together(repeat, len(body), total is not None, len(under))
    if total is not None:
        commands += [
            ("FONT", (0, end), (-1, end), FONT_BOLD, font_size),
            ("LINEABOVE", (0, end), (-1, end), 0.8, BLACK),
            ("BACKGROUND", (0, end), (-1, end), LIGHT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def fitted_widths(headers: Sequence[str], kinds: Sequence[str], width: float, flexible: dict[int, float],
                  head_style: str = "head_small", least: float = 40.0) -> list[float]:
    """Column widths that fill ``width``: every column but the ``flexible`` ones just wide enough
    for its header on at most two lines (wrapping between words, never inside one; at least
    ``least``), the flexible columns (index -> share) sharing the rest."""
    style = styles()[head_style]

    def measure(text: str) -> float:
        return stringWidth(text, style.fontName, style.fontSize)

    def two_lines(header: str) -> float:
        words = header.split()
        splits = [max(measure(" ".join(words[:i])), measure(" ".join(words[i:]))) for i in range(1, len(words))]
        return min(splits, default=measure(header))

    padding = 2 * 2.5 + 1
    widths = [0.0 if index in flexible else max(least, two_lines(header) + padding)
              for index, header in enumerate(headers)]
    rest = width - sum(widths)
    for index, share in flexible.items():
        widths[index] = rest * share
    return widths


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
    table = Table([[Paragraph(esc(k), sheet["cell_bold"]), Paragraph(esc(v), sheet["cell"])] for k, v in pairs],
                  colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),  # reportlab's default is Helvetica, which is not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table
