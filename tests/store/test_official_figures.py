"""Published figures win: an imported taakstelling and an opening achterstand are the numbers
used in the worksheet, the carry-over, the status, the workbook and the PDF; the computation
stays beside them as a check. One province's worksheet never moves another province's numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from regietafel.exports import write_factsheets, write_meeting_pack, write_workbook
from regietafel.importing.importer import ImportOptions
from regietafel.store import areas, distributions
from regietafel.store.carry_over import taakstelling
from regietafel.store.distributions import SCOPE_NATIONAL
from regietafel.store.imports import ImportRefused, apply_plan, plan_import
from regietafel.store.worksheet import realisation, worksheet
from tests.documents.helpers import dump, write_csv
from tests.documents.pdf_helpers import needs_poppler, pdf_text

DEN_HAAG, ALBLASSERDAM, DELFT, UTRECHT = "GM0518", "GM0482", "GM0503", "GM0344"
STAND = dt.date(2023, 12, 31)  # the end of 2023-II: every demo report counts, the status is final


def _zh(store) -> int:
    with store.read() as session:
        return areas.find_province(session, "Zuid-Holland").id


def _import(store, tmp_path, kind: str, rows: list[list], **options):
    path = write_csv(tmp_path / f"{kind}.csv", rows)
    plan = plan_import(store, path, kind, ImportOptions(**options))
    assert plan.ok, [str(p) for p in plan.problems]
    apply_plan(store, plan, backup=False)
    return plan


def _sheet(store, zh, periode="2023-II", stand_per=STAND):
    with store.transaction() as session:
        vid = distributions.ensure_version(session, "huisvesting", periode, zh).id
    with store.read() as session:
        return worksheet(session, vid, stand_per=stand_per)


def _row(sheet, code):
    return next(row for row in sheet.rows if row.code == code)


def test_an_imported_taakstelling_is_the_number_everywhere(demo_store, tmp_path):
    zh = _zh(demo_store)
    before = _sheet(demo_store, zh)
    assert (_row(before, DEN_HAAG).assigned, _row(before, ALBLASSERDAM).assigned) == (862, 31)  # art. 29
    plan = _import(demo_store, tmp_path, "taakstelling", [["Gemeente", "Taakstelling"], ["Den Haag", 900],
                                                          ["Alblasserdam", 40]], period="2023-II")
    # Imported as the official figure, and flagged where it differs from art. 29.
    flags = [str(p) for p in plan.warnings]
    assert any("900" in f and "862" in f and "art. 29" in f for f in flags), flags
    sheet = _sheet(demo_store, zh)
    den_haag, alblasserdam = _row(sheet, DEN_HAAG), _row(sheet, ALBLASSERDAM)
    assert (den_haag.assigned, den_haag.computed, den_haag.official) == (900, 862, 900)
    assert (alblasserdam.assigned, alblasserdam.computed) == (40, 31)
    assert den_haag.differs and "taakstelling.csv" in den_haag.source and dt.date.today().strftime("%Y") in den_haag.source
    assert "taakstelling.csv" in den_haag.account and "862" in den_haag.account
    assert _row(sheet, DELFT).source == "berekend" and not _row(sheet, DELFT).differs
    assert sheet.assigned_total == before.assigned_total + (900 - 862) + (40 - 31)  # the official figures count
    # Status rests on the official figure.
    housed = den_haag.realised
    assert den_haag.target == 900 + den_haag.carried and den_haag.gap == den_haag.target - housed
    # The workbook and the PDF print it, with the check and the source.
    xlsx = tmp_path / "werkmap.xlsx"
    write_workbook(demo_store, zh, "2023-II", xlsx, stand_per=STAND)
    hv = load_workbook(xlsx)["Huisvesting"]
    headers = {c.value: c.column_letter for c in hv[5]}
    line = next(r for r in range(6, 60) if hv[f"A{r}"].value == DEN_HAAG)
    assert hv[f"{headers['Taakstelling']}{line}"].value == 900
    assert hv[f"{headers['Berekend (controle)']}{line}"].value == 862
    assert "taakstelling.csv" in hv[f"{headers['Toelichting']}{line}"].value


def _pack_after_import(store, tmp_path, kind: str, rows: list[list]) -> str:
    """Import ``rows`` for 2023-II, make Zuid-Holland's pack and return its text on one line."""
    _import(store, tmp_path, kind, rows, period="2023-II")
    pdf = tmp_path / "pack.pdf"
    write_meeting_pack(store, _zh(store), "2023-II", pdf, stand_per=STAND)
    return " ".join(pdf_text(pdf).split())


@needs_poppler
def test_the_pack_prints_the_official_figure_and_its_source(demo_store, tmp_path):
    text = _pack_after_import(demo_store, tmp_path, "taakstelling", [["Gemeente", "Taakstelling"], ["Den Haag", 900]])
    assert "'s-Gravenhage * Haaglanden 900 862" in text  # official, flagged, the computation beside it
    assert "officieel 900 (bron: import van taakstelling.csv op" in text
    assert "Officiële cijfers voor 1 van de 50 gemeenten" in text
    # The section's total says what it is made of: the official figure and the computed rest.
    assert "totaal 5.903: de officiële cijfers van 1 gemeenten en voor de andere hun deel in het landelijke totaal " \
           "27.300 (berekend voor de hele provincie: 5.865)" in text
    assert "(de officiële cijfers en voor de andere gemeenten hun deel in de landelijke berekening)" in text


@needs_poppler
def test_a_factsheet_names_its_official_figure_and_the_computation(demo_store, tmp_path):
    _import(demo_store, tmp_path, "taakstelling", [["Gemeente", "Taakstelling"], ["Den Haag", 900]], period="2023-II")
    pdf = tmp_path / "factsheets.pdf"
    write_factsheets(demo_store, _zh(demo_store), "2023-II", pdf, [DEN_HAAG, DELFT], stand_per=STAND)
    pages = [" ".join(pdf_text(pdf, page, page).split()) for page in (1, 2)]
    den_haag = next(page for page in pages if "Factsheet 's-Gravenhage" in page)
    delft = next(page for page in pages if "Factsheet Delft" in page)
    assert "Voor 's-Gravenhage geldt het officiële cijfer 900 (bron: import van taakstelling.csv op" in den_haag
    assert "de berekening geeft 862." in den_haag
    assert "officiële cijfer" not in delft


def test_a_taakstelling_of_the_previous_half_year_carries_over(demo_store, tmp_path):
    zh = _zh(demo_store)
    _import(demo_store, tmp_path, "taakstelling", [["Gemeente", "Taakstelling"], ["Den Haag", 700]], period="2023-I")
    with demo_store.read() as session:
        assert taakstelling(session, "2023-I", zh)[DEN_HAAG] == 700
        housed = realisation(session, "huisvesting", "2023-I", [DEN_HAAG], STAND)[DEN_HAAG]
    assert _row(_sheet(demo_store, zh), DEN_HAAG).carried == 700 - housed


def test_an_opening_achterstand_starts_the_chain(demo_store, tmp_path):
    zh = _zh(demo_store)
    sheet = _sheet(demo_store, zh)
    # Without an opening balance the chain starts at zero in 2023-I, and the worksheet says so.
    assert any("begint de keten bij 0 in 2023-I" in note for note in sheet.notes), sheet.notes
    _import(demo_store, tmp_path, "beginstand", [["Gemeente", "Achterstand"], ["Den Haag", 250], ["Delft", -12]],
            period="2023-II")
    sheet = _sheet(demo_store, zh)
    assert (_row(sheet, DEN_HAAG).carried, _row(sheet, DELFT).carried) == (250, -12)
    assert _row(sheet, DEN_HAAG).target == _row(sheet, DEN_HAAG).assigned + 250
    assert any("beginstand" in note and "beginstand.csv" in note for note in sheet.notes)
    assert any("48 gemeenten begint de keten bij 0 in 2023-I" in note for note in sheet.notes)
    xlsx = tmp_path / "werkmap.xlsx"
    write_workbook(demo_store, zh, "2023-II", xlsx, stand_per=STAND)
    hv = load_workbook(xlsx)["Huisvesting"]
    line = next(r for r in range(6, 60) if hv[f"A{r}"].value == DEN_HAAG)
    assert hv[f"G{line}"].value == 250  # Overloop vorig halfjaar


@needs_poppler
def test_the_pack_says_where_the_carry_over_starts(demo_store, tmp_path):
    text = _pack_after_import(demo_store, tmp_path, "beginstand", [["Gemeente", "Achterstand"], ["Den Haag", 250]])
    assert "1 gemeenten begint de keten bij de geïmporteerde beginstand (bron: import van beginstand.csv" in text
    assert "49 gemeenten begint de keten bij 0 in 2023-I" in text


def test_locking_a_gemeente_moves_no_number_of_another_province(demo_store):
    zh = _zh(demo_store)
    with demo_store.read() as session:
        others = {p.id: taakstelling(session, "2023-II", p.id) for p in areas.provinces(session) if p.id != zh}
    sheet = _sheet(demo_store, zh)
    assert sheet.settings.bereik == SCOPE_NATIONAL and sheet.assigned_total == 5_865
    with demo_store.transaction() as session:
        settings = sheet.settings.with_constraint(DELFT, "vast", 150)
        distributions.apply_settings(session, sheet.verdeling.id, settings, "Delft op 150")
    after = _sheet(demo_store, zh)
    assert _row(after, DELFT).assigned == 150 and after.assigned_total == 5_865  # the province's sum stays
    assert after.computed.result.allocated_sum == sheet.computed.result.allocated_sum  # the national check too
    with demo_store.read() as session:
        assert {p: taakstelling(session, "2023-II", p) for p in others} == others
    # Exchanges stay inside the province: a gemeente elsewhere is not one of its units.
    with pytest.raises(ValueError), demo_store.transaction() as session:
        settings = after.settings.with_constraint(UTRECHT, "vast", 10)
        distributions.apply_settings(session, after.verdeling.id, settings, "Utrecht")


def test_the_decision_names_the_provinces_total(demo_store):
    from regietafel.store import meetings

    zh = _zh(demo_store)
    sheet = _sheet(demo_store, zh)
    with demo_store.transaction() as session:
        meeting = meetings.meetings(session, zh)[-1]
        decision = meetings.add_decision(session, meeting.id, "", sheet.verdeling.id)
        text, datum = decision.tekst, meeting.datum
    assert "Zuid-Holland 5.865" in text and "27.300" not in text
    with demo_store.read() as session:
        adopted = session.get(distributions.Verdeling, sheet.verdeling.id)
        assert (adopted.status, adopted.vastgesteld_op) == ("vastgesteld", datum)


def test_a_row_outside_the_province_or_an_unknown_period_is_refused(demo_store, tmp_path):
    before = dump(demo_store.path)
    path = write_csv(tmp_path / "taak.csv", [["Gemeente", "Taakstelling", "Periode"], ["Delft", 150, "2023-II"],
                                              ["Utrecht", 400, "2023-II"], ["Leiden", 120, "2031-I"]])
    plan = plan_import(demo_store, path, "taakstelling", ImportOptions(provincie="Zuid-Holland"))
    errors = [str(p) for p in plan.errors]
    assert any("rij 3" in e and "Utrecht ligt in Utrecht, niet in Zuid-Holland" in e for e in errors), errors
    assert any("rij 4" in e and "onbekende periode '2031-I'" in e for e in errors), errors
    with pytest.raises(ImportRefused):
        apply_plan(demo_store, plan)
    assert dump(demo_store.path) == before


def test_an_opening_balance_is_whole_and_may_be_negative(demo_store, tmp_path):
    path = write_csv(tmp_path / "stand.csv", [["Gemeente", "Achterstand"], ["Delft", "-12"], ["Leiden", "1.5"]])
    plan = plan_import(demo_store, path, "beginstand", ImportOptions(period="2023-II"))
    errors = [str(p) for p in plan.errors]
    assert len(errors) == 1 and "rij 3" in errors[0] and "'1.5' is geen geheel getal" in errors[0]


def test_nidos_places_are_counted_on_a_date_and_shown_inside_huisvesting(demo_store):
    from regietafel.store.models import Gemeente, Realisatie

    zh = _zh(demo_store)
    with demo_store.transaction() as session:
        delft = session.scalar(select(Gemeente.id).where(Gemeente.code == DELFT))
        for day, places in ((dt.date(2023, 8, 1), 12), (dt.date(2023, 9, 1), 15), (dt.date(2023, 11, 1), 20)):
            session.add(Realisatie(categorie="amv_nidos", gemeente_id=delft, provincie_id=zh, peildatum=day,
                                   aantal=places, bron="Nidos"))
        nidos = distributions.ensure_version(session, "amv_nidos", "2023-II", zh).id
    with demo_store.read() as session:
        sheet = worksheet(session, nidos, stand_per=dt.date(2023, 10, 16))
        # Places on the stand-per date: the newest count before it, never a sum over the half-year.
        assert _row(sheet, DELFT).realised == 15
        assert any("Indicatief" in label for label in sheet.estimates)
        nidos_part = _row(sheet, DELFT).assigned
    huisvesting = _sheet(demo_store, zh)
    assert _row(huisvesting, DELFT).amv == nidos_part  # of which Nidos: part of the taakstelling, not added
    assert huisvesting.assigned_total == 5_865


def test_an_imported_opgave_per_gemeente_wins_in_its_provinces_worksheet(demo_store, tmp_path):
    """A Spreidingswet verdeelbesluit: the opgave per gemeente is the number; the province's key
    and method give the check beside it, and a lock moves places only inside the province's sum."""
    zh = _zh(demo_store)
    _import(demo_store, tmp_path, "opgave", [["Gemeente", "Opgave"], ["Delft", 600], ["Rotterdam", 2500]],
            period="2023-II", categorie="opvang")
    with demo_store.transaction() as session:
        vid = distributions.ensure_version(session, "opvang", "2023-II", zh).id
    with demo_store.read() as session:
        sheet = worksheet(session, vid, stand_per=STAND)
    delft = _row(sheet, DELFT)
    assert (delft.assigned, delft.official) == (600, 600) and delft.computed != 600 and delft.differs
    assert "opgave.csv" in delft.source and sheet.computed.province_fixed
    total = sheet.assigned_total
    with demo_store.transaction() as session:
        distributions.apply_settings(session, vid, sheet.settings.with_constraint(DELFT, "vast", 650), "Delft 650")
    with demo_store.read() as session:
        after = worksheet(session, vid, stand_per=STAND)
    assert _row(after, DELFT).assigned == 650 and after.assigned_total == total
