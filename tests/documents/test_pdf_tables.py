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


def _with_notes(rows: int, groups: bool = False):
    body = [[f"Gemeente {i}", str(i)] for i in range(rows)]
    return data_table(["Gemeente", "Opgave"], body, [200, 80], [TEXT, NUMBER], total=["Totaal", str(rows)],
                      group_header=[("Opvang", 1, 1)] if groups else None,
                      notes=["* Officieel cijfer wijkt af van de berekening.", "Toezichtsregel: groen vanaf 75%."])


def test_notes_under_a_table_stay_with_its_last_rows():
    """The lines under a table (what a star means, the status rule) never start a page alone."""
    table = _with_notes(30)
    _width, height = table.wrap(280, 10_000)
    for available in range(40, int(height), 7):
        pieces = _with_notes(30).split(280, available)
        if not pieces:
            continue
        second = pieces[1]._cellvalues
        assert len(second) - 1 - 1 - 2 >= KEEP_ROWS, available  # rows besides header, totals and notes
        assert "Totaal" in str(second[-3][0]), available


def test_a_split_styles_only_the_totals_row_as_totals():
    """The totals row is found from the end of the table, whatever the group header or the notes."""
    for notes in (False, True):
        table = _with_notes(30, groups=True) if notes else data_table(
            ["Gemeente", "Opgave"], [[f"G{i}", str(i)] for i in range(30)], [200, 80], [TEXT, NUMBER],
            total=["Totaal", "30"], group_header=[("Opvang", 1, 1)])
        table.wrap(280, 10_000)
        first, second = table.split(280, 200)
        assert not [i for i, row in enumerate(first._cellStyles) if row[1].fontname.endswith("Bold")]
        total_row = len(second._cellvalues) - 1 - (2 if notes else 0)
        assert second._cellStyles[total_row][1].fontname.endswith("Bold")


def test_fitted_columns_hold_every_header_word_on_at_most_two_lines():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from regietafel.documents.pdf_style import styles
    from regietafel.documents.pdf_tables import fitted_widths

    headers = ["Gemeente", "Regio", "Taakstelling", "Berekend", "Corrected housing task", "Status (prognose)"]
    kinds = [TEXT, TEXT, NUMBER, NUMBER, NUMBER, TEXT]
    widths = fitted_widths(headers, kinds, 490, {0: 0.5, 1: 0.5})
    assert abs(sum(widths) - 490) < 0.01
    style = styles()["head_small"]
    for header, width in list(zip(headers, widths, strict=True))[2:]:
        words = header.split()
        assert all(stringWidth(w, style.fontName, style.fontSize) < width for w in words), header
        assert stringWidth(header, style.fontName, style.fontSize) < 2 * width, header


def test_a_fitted_column_is_as_wide_as_its_widest_figure():
    """A quota of 1.020,3262 (Rotterdam's in a verantwoording) under the short header 'Quotum'
    never runs into the key beside it: the column is measured by its values too."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from regietafel.documents.pdf_style import FONT_BOLD
    from regietafel.documents.pdf_tables import CELL_PADDING, fitted_widths

    headers, kinds = ["Gemeente", "Sleutel", "Quotum", "Toelichting"], [TEXT, NUMBER, NUMBER, TEXT]
    rows = [["Rotterdam", "670.610", "1.020,3262", "quotum 1.020,33 → 1.021"], ["Totaal", "", "", ""]]
    by_header = fitted_widths(headers, kinds, 490, {0: 0.35, 3: 0.65}, "head", 36)
    by_values = fitted_widths(headers, kinds, 490, {0: 0.35, 3: 0.65}, "head", 36, rows=rows)
    needed = stringWidth("1.020,3262", FONT_BOLD, 7.5) + CELL_PADDING
    assert by_header[2] < needed <= by_values[2] and abs(sum(by_values) - 490) < 0.01


def test_every_cell_is_styled_as_the_whole_table_commands_would_style_it():
    """The house settings of every cell (font, top alignment, paddings) come from the cells' class
    instead of commands over the whole table: the same values, also where a later command (a
    number column's alignment, the bold totals row) changes some of them; and after a split."""
    from reportlab.platypus import Table, TableStyle

    from regietafel.documents.pdf_style import FONT, FONT_BOLD

    def values(style) -> dict:
        return {name: getattr(style, name) for name in dir(style) if not name.startswith("_") and name != "name"
                and not callable(getattr(style, name))}

    for font_size in (7.5, 8):
        ours = data_table(["Gemeente", "Opgave"], [[f"G{i}", str(i)] for i in range(12)], [200, 80], [TEXT, NUMBER],
                          total=["Totaal", "12"], font_size=font_size)
        house = [("FONT", (0, 0), (-1, -1), FONT, font_size), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.25), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.25),
                 ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
        theirs = Table(ours._cellvalues, colWidths=[200, 80])
        theirs.setStyle(TableStyle(house + [c for c in ours._bkgrndcmds + ours._spanCmds]
                                   + [("ALIGN", (1, 1), (1, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), FONT_BOLD, font_size)]))
        assert [[values(s) for s in row] for row in ours._cellStyles] == \
               [[values(s) for s in row] for row in theirs._cellStyles]
        assert values(ours._cellStyles[-1][1])["alignment"] == "RIGHT"
        assert values(ours._cellStyles[-1][0])["fontname"] == FONT_BOLD
        first, second = ours.split(280, 80)
        assert [[values(s) for s in row] for row in second._cellStyles][-1] == \
               [values(s) for s in theirs._cellStyles[-1]]


def test_a_table_of_fixed_widths_is_laid_out_once_per_height_offered(monkeypatch):
    from reportlab.platypus import Table

    from regietafel.documents.pdf_tables import DataTable

    calls = []
    original = Table._calc
    monkeypatch.setattr(Table, "_calc", lambda self, w, h: calls.append(h) or original(self, w, h))
    table = _table(30)
    fresh = _table(30)
    size = table.wrap(280, 10_000)
    assert table.wrap(300, 10_000) == table.wrap(290.5, 10_000) == size  # other widths: the same rows
    assert calls == [10_000]
    pieces = table.split(280, 200)  # another height: laid out for it
    assert calls == [10_000, 200] and len(pieces) == 2
    assert table.wrap(280, 10_000) == fresh.wrap(280, 10_000)
    assert table._rowHeights == fresh._rowHeights and table._rowpositions == fresh._rowpositions
    loose = DataTable([["a", "b"]], colWidths=[None, 80])  # a width left open depends on the width offered
    loose.wrap(280, 100)
    loose.wrap(280, 100)
    assert calls[-2:] == [100, 100]
