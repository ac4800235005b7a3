"""Imports end to end: plan, write in one transaction, and bad files that change nothing."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from regietafel.importing.importer import ImportOptions
from regietafel.store import backups
from regietafel.store.imports import (
    ImportRefused,
    apply_plan,
    merge_opgaven_into_successor,
    plan_import,
)
from regietafel.store.models import Gemeente, Indicator, Inwoners, Locatie, Opgave, Realisatie
from tests.documents.helpers import dump, english_messages, gemeenten_2024, write_csv, write_xlsx

P = ImportOptions


@pytest.fixture(autouse=True)
def _english(qapp):
    yield from english_messages(qapp)


def taakstelling_rows():
    return [["Gemeente", "CBS-code", "Taakstelling"]] + [[r["naam"], r["code"], int(r["inwoners"]) // 1000] for r in gemeenten_2024()]


def test_national_taakstelling_xlsx(store, tmp_path):
    path = write_xlsx(tmp_path / "bijlage.xlsx", [["Bijlage: taakstelling 2024-I"], []] + taakstelling_rows())
    plan = plan_import(store, path, "taakstelling", P(period="2024-I"))
    assert plan.ok, [str(p) for p in plan.problems]
    assert plan.header_row == 2 and plan.rows_read == 342 and plan.gemeenten_matched == 342
    result = apply_plan(store, plan)
    assert result.written == 342 and result.backup.exists()
    with store.read() as session:
        total = session.scalar(select(func.sum(Opgave.aantal)).where(Opgave.categorie == "huisvesting", Opgave.niveau == "gemeente"))
    assert total == sum(int(r["inwoners"]) // 1000 for r in gemeenten_2024())
    # Importing again replaces, it does not add.
    assert apply_plan(store, plan_import(store, path, "taakstelling", P(period="2024-I"))).replaced == 342


def _assert_refused(store, path, kind, options, *fragments):
    before = dump(store.path)
    plan = plan_import(store, path, kind, options)
    assert not plan.ok
    text = "\n".join(str(p) for p in plan.errors)
    for fragment in fragments:
        assert fragment in text, text
    with pytest.raises(ImportRefused):
        apply_plan(store, plan)
    assert dump(store.path) == before
    return plan


def test_all_problems_at_once_and_nothing_written(store, tmp_path):
    rows = [["Gemeente", "Aantal"], ["Ede", "12"], ["Atlantis", "3"], ["Epe", "abc"], ["Elburg", "-4"],
            ["Ermelo", "12,5"], ["Ede", "1"], ["Bergen", "2"], ["Den Haag", "10"]]
    path = write_csv(tmp_path / "fout.csv", rows)
    plan = _assert_refused(store, path, "taakstelling", P(period="2024-I"),
                           "row 3, column A (Gemeente): unknown municipality 'Atlantis'",
                           "row 4, column B (Aantal): 'abc' is not a number",
                           "row 5, column B (Aantal): negative number",
                           "row 6, column B (Aantal): '12,5' is not a whole number",
                           "Ede appears twice (rows 2 and 7)",
                           "'Bergen' fits more than one municipality")
    assert len(plan.errors) == 6
    assert all(p.file == "fout.csv" and p.sheet == "fout" for p in plan.errors)


def test_missing_column_names_what_was_found(store, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [["Gemeente", "Inwoners"], ["Ede", 5]])
    _assert_refused(store, path, "taakstelling", P(period="2024-I"),
                    "required column 'Number' not found", "headers found: A: Gemeente, B: Inwoners")


def test_empty_sheet(store, tmp_path):
    path = write_xlsx(tmp_path / "leeg.xlsx", [])
    _assert_refused(store, path, "taakstelling", P(period="2024-I"), "the sheet is empty")


def test_formula_without_value_and_merged_cells(store, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(["Gemeente", "Taakstelling"])
    ws.append(["Ede", 5])
    ws.append(["Epe", "=B2*2"])
    ws.append(["Elburg", 4])
    ws.append(["Ermelo", None])
    ws.merge_cells("B4:B5")
    book.save(tmp_path / "f.xlsx")
    _assert_refused(store, tmp_path / "f.xlsx", "taakstelling", P(period="2024-I"),
                    "row 3, column B (Taakstelling): formula without a calculated value",
                    "row 5, column B (Taakstelling): cell is part of merged cells B4:B5")


@pytest.mark.parametrize("content", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), b"PK\x03\x04broken" * 40])
def test_encrypted_or_corrupt(store, tmp_path, content):
    path = tmp_path / "f.xlsx"
    path.write_bytes(content)
    _assert_refused(store, path, "taakstelling", P(period="2024-I"), "f.xlsx")


def test_huge_file(store, tmp_path):
    path = tmp_path / "groot.xlsx"
    subprocess.run(["truncate", "-s", "100M", str(path)], check=True)
    _assert_refused(store, path, "taakstelling", P(period="2024-I"), "groot.xlsx is 100 MB")


def test_cp1252_csv_and_mojibake(store, tmp_path):
    path = write_csv(tmp_path / "w.csv", [["Gemeente", "Aantal"], ["Súdwest-Fryslân", "3"]], encoding="cp1252")
    assert plan_import(store, path, "taakstelling", P(period="2024-I")).ok
    mojibake = tmp_path / "m.csv"
    mojibake.write_text("Gemeente;Aantal\nSúdwest-Fryslân;3\n".encode().decode("cp1252"), encoding="utf-8")
    plan = plan_import(store, mojibake, "taakstelling", P(period="2024-I"))
    assert plan.ok and plan.records[0]["gemeente_code"] == "GM1900"
    assert plan.warnings


def test_merged_gemeenten_are_summed_into_the_successor(store, tmp_path):
    path = write_csv(tmp_path / "oud.csv", [["Gemeente", "Aantal"], ["Brielle", "10"], ["Hellevoetsluis", "20"],
                                           ["Westvoorne", "5"], ["Weesp", "3"]])
    plan = plan_import(store, path, "taakstelling", P(period="2024-I"))
    assert plan.ok
    assert {r["gemeente_code"]: r["aantal"] for r in plan.records} == {"GM1992": 35, "GM0363": 3}
    assert any("Weesp has merged into Amsterdam" in str(p) for p in plan.warnings)


def test_no_period(store, tmp_path):
    path = write_csv(tmp_path / "f.csv", [["Gemeente", "Aantal"], ["Ede", "1"]])
    _assert_refused(store, path, "taakstelling", P(), "choose the period")


def test_realisatie_inwoners_indicator_locaties(store, tmp_path):
    real = write_csv(tmp_path / "r.csv", [["Gemeentecode", "Gerealiseerd", "Peildatum"], ["GM0228", "12", "1-3-2024"],
                                          ["0200", "7", "2024-03-01"]])
    apply_plan(store, plan_import(store, real, "realisatie", P(categorie="huisvesting")))
    inw = write_csv(tmp_path / "i.csv", [["Gemeente", "Inwoners"], ["Ede", "122.000"]], delimiter=",")
    apply_plan(store, plan_import(store, inw, "inwoners", P(peildatum=dt.date(2025, 1, 1))))
    ind = write_xlsx(tmp_path / "ses.xlsx", [["Code", "Gemeente", "SES-WOA score", "Oppervlakte"],
                                            ["GM0228", "Ede", -0.031, "318,6"], ["GM0200", "Apeldoorn", "0,125", 341]])
    plan = plan_import(store, ind, "indicator", P(peildatum=dt.date(2022, 1, 1)))
    assert plan.ok, [str(p) for p in plan.problems]
    apply_plan(store, plan)
    loc = write_xlsx(tmp_path / "loc.xlsx", [["Gemeente", "Locatie", "Soort", "Capaciteit", "Begindatum"],
                                            ["Ede", "AZC Ede", "regulier azc", 600, dt.datetime(2020, 1, 1)]])
    apply_plan(store, plan_import(store, loc, "locaties"))
    with store.read() as session:
        assert session.scalar(select(func.sum(Realisatie.aantal))) == 19
        assert session.scalar(select(Inwoners.aantal).where(Inwoners.peildatum == dt.date(2025, 1, 1))) == 122000
        values = dict(session.execute(select(Indicator.naam, Indicator.waarde).join(Gemeente).where(Gemeente.code == "GM0228")).all())
        assert values == {"SES-WOA score": "-0.031", "Oppervlakte": "318.6"}
        location = session.scalar(select(Locatie))
        assert (location.naam, location.capaciteit, location.begindatum) == ("AZC Ede", 600, dt.date(2020, 1, 1))


def test_opgave_levels(store, tmp_path):
    path = write_csv(tmp_path / "o.csv", [["Provincie", "Opgave", "Vorig aantal"], ["Friesland", "3.774", "3.744"],
                                          ["Zuid-Holland", "19.097", "18.593"]])
    plan = plan_import(store, path, "opgave", P(period="2024-I", categorie="opvang"))
    assert plan.ok, [str(p) for p in plan.problems]
    apply_plan(store, plan)
    with store.read() as session:
        assert session.scalar(select(func.sum(Opgave.aantal)).where(Opgave.niveau == "provincie")) == 22871


def test_herindeling_list(store, tmp_path):
    rows = [r for r in gemeenten_2024() if r["code"] not in ("GM0228", "GM0200")]
    header = list(rows[0].keys())
    data = [header] + [[r[h] for h in header] for r in rows]
    new = dict(gemeenten_2024()[0])
    new.update(code="GM2000", naam="Ede-Apeldoorn", inwoners="300000")
    data.append([new[h] for h in header] + ["GM0228;GM0200"])
    data[0] = header + ["voorgangers"]
    path = write_csv(tmp_path / "gemeenten_2025.csv", data, delimiter=",")
    taak = write_csv(tmp_path / "t.csv", [["Gemeente", "Aantal"], ["Ede", "10"], ["Apeldoorn", "20"]])
    apply_plan(store, plan_import(store, taak, "taakstelling", P(period="2024-II")))
    plan = plan_import(store, path, "gemeenten", P(peildatum=dt.date(2025, 1, 1)))
    assert plan.ok, [str(p) for p in plan.problems[:5]]
    apply_plan(store, plan)
    with store.read() as session:
        ede = session.scalar(select(Gemeente).where(Gemeente.code == "GM0228"))
        assert ede.geldig_tot == dt.date(2025, 1, 1)
        assert session.get(Gemeente, ede.opvolger_id).code == "GM2000"
        assert session.scalar(select(func.count()).select_from(Inwoners).where(Inwoners.gemeente_id == ede.id)) == 1
    assert merge_opgaven_into_successor(store, "2024-II", "huisvesting") == {"GM2000": 30}
    assert merge_opgaven_into_successor(store, "2024-II", "huisvesting") == {}
    # Later files naming Ede now count for the successor.
    later = plan_import(store, taak, "taakstelling", P(period="2025-I"))
    assert {r["gemeente_code"] for r in later.records} == {"GM2000"}


def test_herindeling_without_successor_is_refused(store, tmp_path):
    rows = [r for r in gemeenten_2024() if r["code"] != "GM0228"]
    header = list(rows[0].keys())
    path = write_csv(tmp_path / "g.csv", [header] + [[r[h] for h in header] for r in rows], delimiter=",")
    before = dump(store.path)
    plan = plan_import(store, path, "gemeenten", P(peildatum=dt.date(2025, 1, 1)))
    with pytest.raises(ImportRefused, match="Ede"):
        apply_plan(store, plan, backup=False)
    assert dump(store.path) == before


def test_backups_rotate_list_and_restore(store, tmp_path):
    for _ in range(4):
        backups.make_backup(store.path, "test", keep=3)
    assert len(backups.list_backups(store.path)) == 3
    assert backups.daily_backup(store.path) is None  # there is one today already
    path = write_csv(tmp_path / "t.csv", [["Gemeente", "Aantal"], ["Ede", "10"]])
    chosen = backups.list_backups(store.path)[0]
    apply_plan(store, plan_import(store, path, "taakstelling", P(period="2024-I")))
    restored = backups.restore(store, chosen.path)
    try:
        with restored.read() as session:
            assert session.scalar(select(func.count()).select_from(Opgave)) == 0
        assert any(b.reason.startswith("voor-herstel") for b in backups.list_backups(restored.path))
    finally:
        restored.close()
