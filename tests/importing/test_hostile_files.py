"""Items 6, 7, 8 and 10 of issue 12 and the text encodings: hostile, broken and unusual import files
give one clear message (or import), never a traceback or a machine out of memory."""

from __future__ import annotations

import datetime as dt
import threading

import openpyxl
import pytest

from regietafel.importing import table as table_module
from regietafel.importing.importer import ImportOptions, plan_file
from regietafel.importing.tabular import MERGED, TabularError, read_table
from tests import processes
from tests.importing import hostile


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("builder", "message"), [
    (hostile.far_cell, "XFD1048576"),
    (hostile.far_merge, "A3:XFD1048576"),
    (hostile.zip_bomb, "uitgepakt"),
    (hostile.lying_bomb, "beschadigd"),
    (hostile.wide_row, "IW1"),
    (hostile.billion_laughs, "beschadigd"),
    (hostile.external_entity, "beschadigd"),
])
def test_hostile_workbooks_are_refused_with_a_message(tmp_path, builder, message):
    with pytest.raises(TabularError, match=message):
        read_table(write(tmp_path, "vijandig.xlsx", builder()))


def test_a_declared_huge_sheet_is_read_as_what_it_holds(tmp_path):
    table = read_table(write(tmp_path, "groot.xlsx", hostile.huge_dimension_only()))
    assert table.rows == [["Gemeente", "Aantal"], ["Nergenshuizen", 12]]


def test_the_cell_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(table_module, "MAX_CELLS", 500)
    with pytest.raises(TabularError, match="500"):
        read_table(write(tmp_path, "veel.xlsx", hostile.many_cells(rows=100, columns=10)))
    with pytest.raises(TabularError, match="500"):
        read_table(write(tmp_path, "veel.csv", b"1;2;3;4;5;6;7;8;9;10\n" * 100))


def test_a_merged_range_is_kept_as_a_range(tmp_path):
    data = hostile.workbook_bytes(hostile.sheet_xml(
        hostile.HEADER_ROWS, after='<mergeCells count="1"><mergeCell ref="B2:D99999"/></mergeCells>'))
    table = read_table(write(tmp_path, "samengevoegd.xlsx", data))
    assert len(table.rows) == 99999 and table.flags[(50_000, 2)] == MERGED
    assert table.merged_ranges[(50_000, 2)] == "B2:D99999" and (1, 1) not in table.flags


def test_hostile_workbooks_stay_within_a_few_hundred_megabytes(tmp_path):
    """The memory of the issue's files, bounded in a child process: the old reader needed > 8 GB."""
    files = [write(tmp_path, f"{builder.__name__}.xlsx", builder())
             for builder in (hostile.far_cell, hostile.far_merge, hostile.huge_dimension_only, hostile.zip_bomb)]
    code = ("import sys\nfrom regietafel.importing.tabular import read_table, TabularError\n"
            "for name in sys.argv[1:]:\n    try: read_table(name)\n    except TabularError: pass\n")
    finished = processes.python(["-c", code, *map(str, files)], memory_mb=512)
    assert finished.returncode == 0, finished.stderr[-1000:]
    assert finished.peak_mb < 300


@pytest.mark.parametrize(("builder", "line"), [(hostile.huge_csv_cell, 2), (hostile.unclosed_quote, 2),
                                               (hostile.csv_with_nul, 2)])
def test_broken_csv_names_the_line(tmp_path, builder, line):
    with pytest.raises(TabularError, match=f"regel {line}"):
        read_table(write(tmp_path, "kapot.csv", builder()))


def test_a_file_replaced_while_it_is_read(tmp_path):
    """Another program saves over the file again and again: every read is whole or one message."""
    path = tmp_path / "wisselt.xlsx"
    good, other = hostile.workbook_bytes(hostile.sheet_xml(hostile.HEADER_ROWS)), hostile.far_cell()
    path.write_bytes(good)
    stop = threading.Event()

    def replace():
        while not stop.is_set():
            for data in (other, good[: len(good) // 2], good):
                with open(path, "wb") as handle:  # deliberately not atomic: a torn file is possible
                    handle.write(data)

    writer = threading.Thread(target=replace)
    writer.start()
    outcomes = set()
    try:
        for _ in range(200):
            try:
                outcomes.add(len(read_table(path).rows))
            except TabularError as error:
                outcomes.add(str(error).split(" ")[1][:10])
    finally:
        stop.set()
        writer.join()
    assert outcomes  # no other exception escaped


EXCEL_UNICODE_TEXT = "Gemeente\tAantal\r\nSúdwest-Fryslân\t12\r\n's-Gravenhage\t7\r\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"])
def test_unicode_text_imports(tmp_path, encoding):
    """Excel's "Unicode text" is utf-16le with a byte-order mark and tabs."""
    table = read_table(write(tmp_path, "unicode.txt", EXCEL_UNICODE_TEXT.encode(encoding)))
    assert table.rows == [["Gemeente", "Aantal"], ["Súdwest-Fryslân", "12"], ["'s-Gravenhage", "7"]]


def test_a_nul_anywhere_is_refused(tmp_path):
    text = ("Gemeente;Aantal\n" + "Ede;1\n" * 5000 + "Epe;\x002\n").encode()
    with pytest.raises(TabularError, match="NUL.*regel 5002"):
        read_table(write(tmp_path, "nul.csv", text))


def test_control_characters_are_removed_with_a_warning(tmp_path):
    from regietafel.domain.gemeente_matching import GemeenteRef
    from regietafel.importing.importer import ImportContext

    path = write(tmp_path, "gemeenten.csv", b"Code;Naam;Provincie\nGM0228;Ede\x0b;Gelderland\n")
    context = ImportContext([GemeenteRef("GM0228", "Ede", "Gelderland")], ["Gelderland"], {}, ("opvang",))
    plan = plan_file(path, "gemeenten", context, ImportOptions(peildatum=dt.date(2025, 1, 1)))
    assert plan.ok and plan.records[0]["gemeente"] == "Ede"
    assert [p.column for p in plan.warnings] == [1] and "stuurtekens" in str(plan.warnings[0])


def test_openpyxl_parses_with_defusedxml():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_formulas_and_merges_of_a_real_workbook(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Gemeente", "Aantal"])
    sheet.append(["Ede", "=1+1"])
    sheet.merge_cells("A3:B3")
    book.save(tmp_path / "echt.xlsx")
    table = read_table(tmp_path / "echt.xlsx")
    assert table.flags.get((1, 1)) == "formula" and table.flags.get((2, 1)) == MERGED and (2, 0) not in table.flags


def test_cells_without_references_follow_the_one_before(tmp_path):
    rows = ('<row r="1"><c><v>1</v></c><c r="C1"><v>2</v></c><c s="1"/><c><v>3</v></c></row>'
            '<row><c r="B2"><f>A1*2</f><v></v></c></row>')
    table = read_table(write(tmp_path, "zonder.xlsx", hostile.workbook_bytes(hostile.sheet_xml(rows))))
    assert table.rows[0] == [1, None, 2, None, 3]
    assert table.flags.get((1, 1)) == "formula" and len(table.rows) == 2
