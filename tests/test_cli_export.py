"""``regietafel export``: pack and factsheets on the demo database; clear errors otherwise."""

from __future__ import annotations

from regietafel.cli import main
from tests.system_tools import needs

pytestmark = needs("pdfinfo", "pdftotext")


def test_export_pack_and_factsheets(demo_template, tmp_path, capsys):
    from tests.conftest import _copy_sqlite
    from tests.documents.pdf_helpers import pdf_pages, pdf_text

    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    pack = tmp_path / "pack.pdf"
    assert main(["export", "--db", str(db), "--province", "Friesland", "--pdf", str(pack)]) == 0
    assert "Fryslân" in pdf_text(pack, 1, 1) and "16-10-2023" in pdf_text(pack, 1, 1)
    sheets = tmp_path / "sheets.pdf"
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--period", "2023-II",
                 "--factsheets", str(sheets)]) == 0
    assert pdf_pages(sheets) == 13
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--meeting", "1", "--pdf", str(pack)]) == 1
    assert "regietafel:" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--period", "2099-I", "--pdf", str(pack)]) == 1


def test_xlsx_export_and_unwritable_target(demo_template, tmp_path, capsys):
    import openpyxl

    from tests.conftest import _copy_sqlite

    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    target = tmp_path / "w.xlsx"
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--xlsx", str(target)]) == 0
    assert "Overzicht" in openpyxl.load_workbook(target).sheetnames
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--xlsx", str(tmp_path / "nee" / "w.xlsx")]) == 1
    error = capsys.readouterr().err
    assert error.startswith("regietafel: ") and error.count("\n") == 1


def test_factsheets_per_gemeente(demo_template, tmp_path, capsys):
    """One file per gemeente, named by CBS code and name; each one page whose footer refers to
    its own page (the sources are on it)."""
    from tests.conftest import _copy_sqlite
    from tests.documents.pdf_helpers import pdf_pages, pdf_text

    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    folder = tmp_path / "factsheets"
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--period", "2023-II",
                 "--factsheets-per-gemeente", str(folder)]) == 0
    assert "13" in capsys.readouterr().out
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 13
    assert folder / "GM0654 Borsele.pdf" in files and folder / "GM0687 Middelburg (Z.).pdf" in files
    for path in files[:3]:
        code, name = path.stem.split(" ", 1)
        assert code.startswith("GM") and len(code) == 6
        text = pdf_text(path)
        assert pdf_pages(path) == 1
        assert f"Factsheet {name}" in text and "Bronnen: zie pagina 1" in text and "Grondslag en bronnen" in text


def test_factsheet_file_names_are_safe_on_windows():
    from regietafel.documents.factsheet import file_name

    assert file_name("GM0518", "'s-Gravenhage") == "GM0518 's-Gravenhage.pdf"
    assert file_name("GM9999", 'A/B: "C"?') == "GM9999 A_B_ _C__.pdf"
    assert file_name("GM9998", "Naam.") == "GM9998 Naam.pdf"


def test_factsheets_of_all_provinces(demo_template, tmp_path, capsys):
    from regietafel.exports import write_factsheets
    from regietafel.store.database import open_store
    from tests.conftest import _copy_sqlite
    from tests.documents.pdf_helpers import pdf_pages, pdf_text

    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    assert main(["export", "--db", str(db), "--all-provinces", "--pdf", str(tmp_path / "x.pdf")]) == 1
    assert "--all-provinces" in capsys.readouterr().err
    store = open_store(db)
    try:  # one gemeente of Groningen and one of Limburg: the provinces in one file, in order
        target = tmp_path / "all.pdf"
        write_factsheets(store, None, "2023-II", target, codes=["GM0014", "GM0935"])
    finally:
        store.close()
    text = pdf_text(target)
    assert pdf_pages(target) == 2 and "Factsheets Nederland" in text
    assert text.index("Factsheet Groningen") < text.index("Factsheet Maastricht")


def test_export_runs_without_the_cycle_collector_and_gives_it_back(demo_template, tmp_path, monkeypatch, capsys):
    """A document export switches the cyclic garbage collector off from before the store is
    imported until it is done (speed, issue 16) and back on afterwards, also after a refused
    export: a caller in the same process (the tests, a script) keeps its collector."""
    import gc

    from regietafel.commands import export
    from tests.conftest import _copy_sqlite

    db = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    seen = []
    original = export.run
    monkeypatch.setattr(export, "run", lambda *args: (seen.append(gc.isenabled()), original(*args))[1])
    assert gc.isenabled()
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--xlsx", str(tmp_path / "w.xlsx")]) == 0
    assert main(["export", "--db", str(db), "--province", "Zeeland", "--period", "2099-I",
                 "--pdf", str(tmp_path / "p.pdf")]) == 1
    assert seen == [False, False]
    assert gc.isenabled()
