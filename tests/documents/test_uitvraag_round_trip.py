"""Round trip: the uitvraag workbook that Regietafel sends out is read back by the import."""

from __future__ import annotations

import datetime as dt

import openpyxl
from sqlalchemy import func, select

from regietafel.exports import write_uitvraag
from regietafel.importing.importer import ImportOptions
from regietafel.store import areas
from regietafel.store.imports import apply_plan, plan_import
from regietafel.store.models import Realisatie


def test_filled_in_uitvraag_imports_and_empty_rows_are_skipped(demo_store, tmp_path):
    with demo_store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
    sent = tmp_path / "uitvraag.xlsx"
    write_uitvraag(demo_store, zh, "2023-II", "huisvesting", sent)
    workbook = openpyxl.load_workbook(sent)
    sheet = workbook["Realisatie"]
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "CBS-code")
    filled = {}
    for row in range(header_row + 1, header_row + 4):  # three gemeenten answer, the rest does not
        sheet.cell(row, 3).value = dt.date(2023, 12, 31)
        sheet.cell(row, 4).value = 7
        filled[sheet.cell(row, 1).value] = 7
    returned = tmp_path / "ingevuld.xlsx"
    workbook.save(returned)

    with demo_store.read() as session:
        before = session.scalar(select(func.count()).select_from(Realisatie))
    plan = plan_import(demo_store, returned, "realisatie", ImportOptions(period="2023-II", categorie="huisvesting"))
    assert plan.errors == []
    assert len(plan.records) == 3
    assert len(plan.warnings) == 47  # the gemeenten that did not answer, named row by row
    apply_plan(demo_store, plan, backup=False)
    with demo_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Realisatie)) == before + 3
