"""Text that looks like a formula stays text; numbers and formulas get their formats."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from regietafel.documents import xlsx_style as st

DANGEROUS = ['=HYPERLINK("http://example.org/x","klik hier")', "+31 6 12345678", "@user", "-1+2", "=1+1"]


def test_write_text_never_writes_a_formula(tmp_path):
    wb = Workbook()
    ws = wb.active
    for row, value in enumerate(DANGEROUS, start=1):
        st.write_text(ws.cell(row, 1), value)
    st.write_text(ws.cell(10, 1), None)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    back = load_workbook(path).active
    for row, value in enumerate(DANGEROUS, start=1):
        cell = back.cell(row, 1)
        assert cell.data_type == "s"
        assert cell.value == value
        assert cell.quotePrefix  # Excel keeps it text when someone edits the cell
    assert back.cell(10, 1).value in (None, "")


def test_number_and_formula_helpers_refuse_wrong_input():
    ws = Workbook().active
    with pytest.raises(TypeError):
        st.write_number(ws["A1"], "12")
    with pytest.raises(ValueError):
        st.write_formula(ws["A1"], "SUM(A1:A2)")
    assert st.write_formula(ws["A2"], "=SUM(A3:A4)").number_format == st.INT_FORMAT


def test_sheet_references_are_quoted():
    assert st.sheet_ref("AMV COA", "F6") == "'AMV COA'!F6"
    assert st.sheet_ref("Gemeente's", "A1") == "'Gemeente''s'!A1"


def _formats(cell) -> tuple:
    parts = (cell.font, cell.fill, cell.border, cell.alignment, cell.protection)
    return (*map(repr, parts), cell.number_format, cell.quotePrefix)  # repr: every field


def test_style_gives_what_assigning_the_parts_gives():
    """A combination is registered once per workbook; every later cell, whatever format it had
    before, ends up as if its parts had been assigned one by one, also in a second workbook."""
    edge = st.Border(left=st.THIN)
    combinations = [dict(font=st.BOLD, fill=st.HEADER_FILL, border=st.HEADER_BORDER, alignment=st.HEADER_ALIGNMENT),
                    dict(alignment=st.CENTERED), dict(border=edge), dict(font=st.NOTE_FONT, fill=st.TOTAL_FILL)]
    for _workbook in range(2):
        styled, assigned = Workbook().active, Workbook().active
        assigned.cell(99, 9).font = st.MONO_FONT  # registered first here: other table indices
        for row, parts in enumerate(combinations * 2, start=1):
            for column, before in enumerate([None, st.PERCENT_FORMAT, st.DATE_FORMAT], start=1):
                for ws in (styled, assigned):
                    cell = ws.cell(row, column)
                    if before:
                        cell.number_format = before
                    if ws is styled:
                        st.style(cell, **parts)
                    else:
                        for name, part in parts.items():
                            setattr(cell, name, part)
                assert _formats(styled.cell(row, column)) == _formats(assigned.cell(row, column))
