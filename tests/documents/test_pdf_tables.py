"""Tables of figures break across pages only where a reader can follow them: at least a few rows
under the header on the first page, and never the totals row alone under a repeated header."""

from __future__ import annotations

from regietafel.documents.pdf_tables import KEEP_ROWS, NUMBER, TEXT, data_table


def _table(rows: int):
    body = [[f"Gemeente {i}", str(i)] for i in range(rows)]
    return data_table(["Gemeente", "Opgave"], body, [200, 80], [TEXT, NUMBER], total=["Totaal", str(rows)])


def test_every_break_keeps_rows_with_header_and_totals():
    for rows in (3, 9, 10, 30):
        table = _table(rows)
        _width, height = table.wrap(280, 10_000)
        for available in range(20, int(height), 3):
            pieces = _table(rows).split(280, available)
            if not pieces:
                continue
            first, second = pieces
            first_rows = len(first._cellvalues) - 1  # without the header
            second_rows = len(second._cellvalues) - 1 - 1  # without the repeated header and the totals
            assert first_rows >= KEEP_ROWS, (rows, available, first_rows)
            assert second_rows >= KEEP_ROWS, (rows, available, second_rows)


def test_a_short_table_is_never_broken():
    table = _table(KEEP_ROWS * 2)
    _width, height = table.wrap(280, 10_000)
    assert table.split(280, height - 5) == []


def test_text_tables_stay_free_to_break():
    """Rows of long meeting text may be taller than a page: they are not held together."""
    long = [["1.", "woord " * 400], ["2.", "woord " * 400]]
    table = data_table(["Nr.", "Besluit"], long, [30, 400], [TEXT, TEXT])
    table.wrap(430, 700)
    assert table.split(430, 700)
