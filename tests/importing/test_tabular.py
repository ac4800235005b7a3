"""Reading csv/xlsx: delimiters, encodings, mojibake, merged cells, formulas, bad files."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from openpyxl import Workbook

from regietafel.importing import specs
from regietafel.importing.tabular import FORMULA, MERGED, TabularError, column_letter, read_table
from tests.documents.helpers import english_messages, write_csv, write_xlsx


@pytest.fixture(autouse=True)
def _english(qapp):
    yield from english_messages(qapp)


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_csv_delimiters_and_encodings(tmp_path, delimiter, encoding):
    path = write_csv(tmp_path / "f.csv", [["Gemeente", "Aantal"], ["Súdwest-Fryslân", "1.234,5"], ["Den Haag", "7"]],
                     delimiter, encoding)
    table = read_table(path)
    assert table.rows == [["Gemeente", "Aantal"], ["Súdwest-Fryslân", "1.234,5"], ["Den Haag", "7"]]
    assert table.sheet == "f"


def test_mojibake_is_repaired(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Gemeente;Aantal\nSúdwest-Fryslân;3\n".encode().decode("cp1252"), encoding="utf-8")
    table = read_table(path)
    assert table.rows[1][0] == "Súdwest-Fryslân"
    assert any("repaired" in note or "hersteld" in note for note in table.notes)


def test_xlsx_merged_and_formula_cells(tmp_path):
    book = Workbook()
    ws = book.active
    ws.append(["Gemeente", "Aantal"])
    ws.append(["Ede", 5])
    ws.append(["Epe", "=B2*2"])  # no cached value: openpyxl writes none
    ws.append(["Elburg", None])
    ws.append([None, None])
    ws.merge_cells("B4:B5")
    book.save(tmp_path / "f.xlsx")
    table = read_table(tmp_path / "f.xlsx")
    assert table.flags[(2, 1)] == FORMULA
    assert table.flags[(4, 1)] == MERGED
    assert table.merged_ranges[(4, 1)] == "B4:B5"


def test_sheet_choice(tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", [["a"]], extra_sheets={"Tweede": [["b"]]})
    assert read_table(path, "Tweede").rows == [["b"]]
    assert read_table(path).sheets == ["Blad1", "Tweede"]
    with pytest.raises(TabularError, match="Tweede"):
        read_table(path, "Derde")


def test_encrypted_ole_file_is_refused(tmp_path):
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    with pytest.raises(TabularError, match="geheim.xlsx"):
        read_table(path)


def test_corrupt_zip_is_refused(tmp_path):
    path = tmp_path / "kapot.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"garbage" * 100)
    with pytest.raises(TabularError, match="kapot.xlsx"):
        read_table(path)


def test_huge_file_is_refused_unread(tmp_path):
    path = tmp_path / "groot.csv"
    subprocess.run(["truncate", "-s", "100M", str(path)], check=True)  # sparse: no disk used
    with pytest.raises(TabularError, match="100 MB"):
        read_table(path)


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


@pytest.mark.parametrize(("text", "value"), [
    ("19.097", Decimal(19097)), ("1.234,5", Decimal("1234.5")), ("12,5", Decimal("12.5")), ("1,234.5", Decimal("1234.5")),
    ("0.125", Decimal("0.125")), ("-0,031", Decimal("-0.031")), ("1.234.567", Decimal(1234567)), (" 7 ", Decimal(7)),
    (3, Decimal(3)), (0.1, Decimal("0.1")), ("1 234", Decimal(1234)),
])
def test_dutch_numbers(text, value):
    assert specs.parse_decimal(text) == value


@pytest.mark.parametrize("text", ["abc", "12,5", "-3", "1.5"])
def test_bad_counts(text):
    with pytest.raises(specs.ValueProblem):
        specs.parse_count(text)
