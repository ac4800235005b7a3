"""Recalculate the workbook with LibreOffice (headless) and compare with the application.

openpyxl writes formulas without cached values; this is the test that the formulas compute
what the application computes, also after a gemeente edits a number. Skips without LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from regietafel.documents.xlsx_workbook import FIRST_ROW, OVERVIEW_FIRST_ROW
from tests.system_tools import needs

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = needs("soffice")

SHEETS = {"opvang": "Opvang", "huisvesting": "Huisvesting", "amv_coa": "AMV COA", "amv_nidos": "AMV Nidos",
          "oekraine": "Oekraïne"}


def recalculate(path: Path, folder: Path):
    """Open and save ``path`` with LibreOffice, which computes every formula; load the values."""
    out = folder / "recalculated"
    out.mkdir(exist_ok=True)
    profile = (folder / "lo-profile").as_uri()  # a private profile: never clash with a running LibreOffice
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
                    "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    return load_workbook(out / path.name, data_only=True)


def blank(value):
    return None if value in ("", None) else value


def test_recalculated_totals_and_rows_equal_the_application(zh_workbook, tmp_path):
    wb = recalculate(zh_workbook.path, tmp_path)
    overview = zh_workbook.overview
    for categorie, title in SHEETS.items():
        ws = wb[title]
        rows = sorted(overview.worksheets[categorie].rows, key=lambda r: (r.naam, r.code))
        headers = {c.value: c.column_letter for c in ws[FIRST_ROW - 1]}
        opgave = headers["Gecorrigeerde taakstelling" if categorie == "huisvesting" else "Opgave"]
        gap, pct = headers["Nog te realiseren"], headers["% gerealiseerd"]
        for r, row in enumerate(rows, start=FIRST_ROW):
            assert ws[f"{opgave}{r}"].value == row.target
            assert blank(ws[f"{gap}{r}"].value) == row.gap, (title, row.naam)
            if row.realised is not None and row.target:
                assert ws[f"{pct}{r}"].value == pytest.approx(row.realised / row.target)
            if categorie == "huisvesting":
                status = next(letter for name, letter in headers.items() if str(name).startswith("Status"))
                assert ws[f"{status}{r}"].value == row.status, row.naam
        total = FIRST_ROW + len(rows)
        assert ws[f"{opgave}{total}"].value == sum(r.target for r in rows)
        known = [r for r in rows if r.realised is not None]
        assert blank(ws[f"{headers['Gerealiseerd']}{total}"].value) == (sum(r.realised for r in known) if known else None)
        assert blank(ws[f"{gap}{total}"].value) == (sum(r.gap for r in known) if known else None)
    assert wb["Opvang"][f"F{FIRST_ROW + 50}"].value == 19_097
    assert wb["Opvang"][f"H{FIRST_ROW + 50}"].value == 16_193  # the seed letter's required increase

    ws = wb["Overzicht"]
    column = 4
    for categorie in SHEETS:
        for r, row in enumerate(overview.rows, start=OVERVIEW_FIRST_ROW):
            cell = row.cells[categorie]
            got = [blank(ws.cell(r, column + i).value) for i in range(3)]
            assert got == [cell.opgave, cell.realised, cell.remaining], (categorie, row.naam)
            if categorie == "huisvesting":
                assert ws.cell(r, column + 3).value == cell.status
        assert ws.cell(OVERVIEW_FIRST_ROW + 50, column).value == sum(r.cells[categorie].opgave for r in overview.rows)
        column += 4 if categorie == "huisvesting" else 3


def test_a_gemeente_edit_flows_through(zh_workbook, tmp_path):
    """A gemeente types a new realisation on its opgave sheet: gap, totals and Overzicht follow."""
    wb = load_workbook(zh_workbook.path)
    ws = wb["Opvang"]
    assert ws[f"B{FIRST_ROW}"].value == "'s-Gravenhage"
    old = ws[f"G{FIRST_ROW}"].value
    ws[f"G{FIRST_ROW}"].value = old + 100
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    values = recalculate(edited, tmp_path)
    opvang = values["Opvang"]
    assert opvang[f"H{FIRST_ROW}"].value == opvang[f"F{FIRST_ROW}"].value - old - 100
    assert opvang[f"G{FIRST_ROW + 50}"].value == 2_904 + 100
    assert opvang[f"H{FIRST_ROW + 50}"].value == 16_193 - 100
    overzicht = values["Overzicht"]
    assert overzicht[f"B{OVERVIEW_FIRST_ROW}"].value == "'s-Gravenhage"
    assert overzicht[f"E{OVERVIEW_FIRST_ROW}"].value == old + 100
    assert overzicht[f"F{OVERVIEW_FIRST_ROW + 50}"].value == 16_193 - 100
