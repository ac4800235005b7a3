"""The uitvraag workbook: stable header, locked reference cells, unlocked validated input cells."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from regietafel.documents.xlsx_uitvraag import (
    FIRST_ROW,
    FORMAT_VERSION,
    HEADER,
    HEADER_ROW,
    META_PROPERTY,
    META_SHEET,
)
from regietafel.exports import write_uitvraag
from regietafel.store import areas
from regietafel.store.models import Gemeente


def _zh(store) -> int:
    with store.read() as session:
        return areas.find_province(session, "Zuid-Holland").id


@pytest.fixture
def uitvraag(demo_store, tmp_path):
    path = tmp_path / "uitvraag.xlsx"
    write_uitvraag(demo_store, _zh(demo_store), "2023-II", "huisvesting", path)
    return load_workbook(path)


def test_header_and_rows(uitvraag, demo_store):
    ws = uitvraag["Realisatie"]
    assert uitvraag.sheetnames[0] == "Realisatie"
    assert tuple(c.value for c in ws[HEADER_ROW]) == HEADER == (
        "CBS-code", "Gemeente", "Peildatum", "Gerealiseerd", "Toelichting")
    with demo_store.read() as session:
        expected = [(g.code, g.naam) for g in areas.gemeenten_of_province(session, _zh(demo_store), None)]
    rows = [(ws[f"A{r}"].value, ws[f"B{r}"].value) for r in range(FIRST_ROW, FIRST_ROW + len(expected) + 1)]
    assert rows[:-1] == expected and rows[-1] == (None, None)
    assert len(expected) == 50
    texts = " ".join(str(ws[f"A{r}"].value) for r in range(1, HEADER_ROW))
    assert "Zuid-Holland" in texts and "2023-II" in texts and "1-7-2023 t/m 31-12-2023" in texts
    assert "gehuisvest" in texts  # huisvesting counts persons housed in the period


def test_protection_and_input_cells(uitvraag):
    ws = uitvraag["Realisatie"]
    assert ws.protection.sheet
    assert uitvraag.security.lockStructure
    last = FIRST_ROW + 49
    for r in range(FIRST_ROW, last + 1):
        assert ws[f"A{r}"].protection.locked and ws[f"B{r}"].protection.locked
        for column in "CDE":
            cell = ws[f"{column}{r}"]
            assert not cell.protection.locked
            assert cell.fill.fgColor.rgb.endswith("FFF2CC")
    assert ws["A5"].fill.fgColor.rgb.endswith("FFF2CC") and "invulveld" in ws["B5"].value  # the legend
    assert ws[f"C{FIRST_ROW}"].number_format == "d-m-yyyy"
    assert ws[f"E{FIRST_ROW}"].number_format == "@"
    assert ws.freeze_panes == f"C{FIRST_ROW}"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"


def test_data_validation(uitvraag):
    ws = uitvraag["Realisatie"]
    last = FIRST_ROW + 49
    found = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    aantal = found[f"D{FIRST_ROW}:D{last}"]
    assert (aantal.type, aantal.operator, aantal.formula1) == ("whole", "greaterThanOrEqual", "0")
    assert aantal.showErrorMessage and aantal.error
    datum = found[f"C{FIRST_ROW}:C{last}"]
    assert (datum.type, datum.operator) == ("date", "between")
    begin = dt.date(1899, 12, 30) + dt.timedelta(days=int(datum.formula1))
    end = dt.date(1899, 12, 30) + dt.timedelta(days=int(datum.formula2))
    assert (begin, end) == (dt.date(2023, 7, 1), dt.date(2023, 12, 31))
    assert found[f"E{FIRST_ROW}:E{last}"].type == "textLength"


def test_recognisable_by_the_importer(uitvraag):
    meta = uitvraag[META_SHEET]
    assert meta.sheet_state == "hidden"
    pairs = {meta.cell(r, 1).value: meta.cell(r, 2).value for r in range(1, meta.max_row + 1)}
    assert pairs["soort"] == "uitvraag" and pairs["versie"] == FORMAT_VERSION
    assert (pairs["categorie"], pairs["periode"], pairs["provincie"]) == ("huisvesting", "2023-II", "Zuid-Holland")
    assert pairs["provincie_code"].startswith("PV") and pairs["gemeente_code"] in ("", None)
    assert (pairs["telwijze"], pairs["kopregel"], pairs["eerste_rij"]) == ("stroom", HEADER_ROW, FIRST_ROW)
    props = {p.name: p.value for p in uitvraag.custom_doc_props.props}
    assert "categorie=huisvesting" in props[META_PROPERTY] and "periode=2023-II" in props[META_PROPERTY]
    assert uitvraag.properties.creator == "Regietafel"


def test_one_gemeente_and_dangerous_names(demo_store, tmp_path):
    with demo_store.transaction() as session:
        session.scalar(select(Gemeente).where(Gemeente.code == "GM0518")).naam = "=HYPERLINK(\"http://x\",\"@user\")"
    path = tmp_path / "een.xlsx"
    write_uitvraag(demo_store, _zh(demo_store), "2023-II", "opvang", path, gemeente_code="518")
    wb = load_workbook(path)
    ws = wb["Realisatie"]
    assert ws[f"A{FIRST_ROW}"].value == "GM0518"
    name = ws[f"B{FIRST_ROW}"]
    assert name.data_type == "s" and name.value == "=HYPERLINK(\"http://x\",\"@user\")"
    assert ws[f"A{FIRST_ROW + 1}"].value is None
    meta = wb[META_SHEET]
    pairs = {meta.cell(r, 1).value: meta.cell(r, 2).value for r in range(1, meta.max_row + 1)}
    assert pairs["gemeente_code"] == "GM0518" and pairs["telwijze"] == "stand"


def test_refuses_unknown_category_and_foreign_gemeente(demo_store, tmp_path):
    with pytest.raises(ValueError):
        write_uitvraag(demo_store, _zh(demo_store), "2023-II", "parkeren", tmp_path / "x.xlsx")
    with pytest.raises(ValueError):
        write_uitvraag(demo_store, _zh(demo_store), "2023-II", "opvang", tmp_path / "x.xlsx", gemeente_code="GM0363")
    assert not (tmp_path / "x.xlsx").exists()
