"""``regietafel export`` reads a database file with plain SQL (``store/plain_session.py``): the
process imports no SQLAlchemy, and every document is the same as through the ORM, byte for byte
(PDFs made invariant) or cell for cell (workbooks). Checked on the demo database and on a copy
with the cases the demo lacks: an adopted version and a newer concept from it, locks, bounds and
exchanges, an official figure per gemeente; at two stand-per dates. What the plain path cannot
read falls back to the ORM, with the same result."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest

from regietafel.cli import build_parser
from regietafel.commands import export
from regietafel.store import areas
from regietafel.store.database import open_snapshot
from regietafel.store.plain_session import NeedsOrm, open_plain_snapshot
from tests.conftest import _copy_sqlite


def _export(database, arguments: list[str], target, plain: bool) -> None:
    args = build_parser().parse_args(["export", "--db", str(database), *arguments, str(target)])
    store = open_plain_snapshot(database) if plain else open_snapshot(database)
    try:
        export._export(args, store)
    finally:
        store.close()


def _cells(path) -> list:
    book = openpyxl.load_workbook(path)
    return [(name, [[cell.value for cell in row] for row in book[name].iter_rows()]) for name in book.sheetnames]


def _same_documents(database, arguments: list[str], suffix: str, tmp_path) -> None:
    plain, orm = tmp_path / f"plain{suffix}", tmp_path / f"orm{suffix}"
    _export(database, arguments, plain, plain=True)
    _export(database, arguments, orm, plain=False)
    if suffix == ".xlsx":
        assert _cells(plain) == _cells(orm), arguments
    else:
        assert plain.read_bytes() == orm.read_bytes(), arguments


@pytest.fixture
def invariant_pdfs(monkeypatch):
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.parametrize("which", ["demo", "rich"])
def test_every_workbook_is_the_same_through_plain_sql(which, demo_template, rich_template, tmp_path):
    database = demo_template if which == "demo" else rich_template
    with open_snapshot(database).read() as session:
        names = [province.naam for province in areas.provinces(session)]
    for name in names:
        for stand_per in ("16-10-2023", "1-1-2024"):
            _same_documents(database, ["--province", name, "--stand-per", stand_per, "--xlsx"], ".xlsx", tmp_path)


@pytest.mark.parametrize("which", ["demo", "rich"])
def test_packs_and_factsheets_are_the_same_through_plain_sql(which, demo_template, rich_template, tmp_path,
                                                              invariant_pdfs):
    database = demo_template if which == "demo" else rich_template
    # Noord-Brabant: the most gemeenten (56), whose opgave chart once did not fit a page.
    for name in ("Zuid-Holland", "Utrecht", "Fryslân", "Noord-Brabant"):
        _same_documents(database, ["--province", name, "--pdf"], ".pdf", tmp_path)
        _same_documents(database, ["--province", name, "--period", "2023-I", "--stand-per", "1-7-2023", "--pdf"],
                        ".pdf", tmp_path)
    _same_documents(database, ["--province", "Utrecht", "--factsheets"], ".pdf", tmp_path)
    _same_documents(database, ["--all-provinces", "--stand-per", "1-1-2024", "--factsheets"], ".pdf", tmp_path)


def test_the_export_process_imports_no_sqlalchemy(demo_template, tmp_path):
    database = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    for flag, target in (("--xlsx", "w.xlsx"), ("--pdf", "p.pdf"), ("--factsheets", "f.pdf")):
        code = ("import sys; from regietafel.cli import main; "
                f"code = main(['export', '--db', {str(database)!r}, '--province', 'Zeeland', {flag!r}, "
                f"{str(tmp_path / target)!r}]); "
                "print(code, 'sqlalchemy' in sys.modules)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert result.stdout.split()[-2:] == ["0", "False"], (flag, result.stdout, result.stderr)
        assert (tmp_path / target).stat().st_size > 0


def test_what_plain_sql_cannot_read_is_read_through_the_orm(demo_template, tmp_path, monkeypatch, capsys):
    """A read without a plain query (here: the realisations, made to ask the ORM) falls back to
    the ORM path, and the workbook is the same."""
    from regietafel.cli import main
    from regietafel.store import realised

    database = _copy_sqlite(demo_template, tmp_path / "demo.sqlite")
    _export(database, ["--province", "Zeeland", "--xlsx"], tmp_path / "orm.xlsx", plain=False)
    asked = []

    def no_plain_query(session, *args):
        asked.append(type(session).__name__)
        if type(session).__name__ == "PlainSession":
            raise NeedsOrm("realisations")
        return original(session, *args)

    original = realised.realisation_rows
    for module in [m for m in list(sys.modules.values()) if getattr(m, "realisation_rows", None) is original]:
        monkeypatch.setattr(module, "realisation_rows", no_plain_query)
    assert main(["export", "--db", str(database), "--province", "Zeeland", "--xlsx", str(tmp_path / "w.xlsx")]) == 0
    assert "PlainSession" in asked and "Session" in asked
    assert _cells(tmp_path / "w.xlsx") == _cells(tmp_path / "orm.xlsx")


def test_a_file_at_an_older_schema_is_read_through_the_orm_untouched(tmp_path):
    """Its copy needs a migration, which only the ORM path runs; the file stays as it was."""
    import hashlib
    from pathlib import Path

    from regietafel.cli import main

    database = _copy_sqlite(Path(__file__).parent / "fixtures" / "schema_0002.sqlite", tmp_path / "old.sqlite")
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    with pytest.raises(NeedsOrm):
        open_plain_snapshot(database)
    assert main(["export", "--db", str(database), "--province", "Utrecht", "--xlsx", str(tmp_path / "w.xlsx")]) == 0
    assert "Overzicht" in openpyxl.load_workbook(tmp_path / "w.xlsx").sheetnames
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("table", ["locatie", "actiepunt"])
def test_a_database_missing_a_table_is_refused_as_damaged(table, demo_template, tmp_path, capsys):
    """Also a table the workbook does not read (actiepunt): the same refusal as every other opening."""
    import sqlite3

    from regietafel.cli import main

    database = _copy_sqlite(demo_template, tmp_path / "kapot.sqlite")
    with sqlite3.connect(database) as connection:
        connection.execute(f"DROP TABLE {table}")
    connection.close()
    target = tmp_path / "w.xlsx"
    assert main(["export", "--db", str(database), "--province", "Utrecht", "--xlsx", str(target)]) == 1
    error = capsys.readouterr().err
    assert "beschadigd" in error and table in error
    assert not target.exists()


def test_a_date_not_written_as_sqlalchemy_writes_it_is_left_to_the_orm(demo_template, tmp_path, capsys):
    """A date with a time after it (not what this program writes): the plain session's conversion
    refuses it and the ORM path reads the file instead, so the user gets what the ORM path gives
    (here the same one-line refusal as before this path existed)."""
    import sqlite3

    from regietafel.cli import main

    database = _copy_sqlite(demo_template, tmp_path / "datums.sqlite")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE inwoners SET peildatum = peildatum || ' 00:00:00'")
    connection.close()
    with pytest.raises(NeedsOrm):
        _export(database, ["--province", "Zeeland", "--xlsx"], tmp_path / "plain.xlsx", plain=True)
    with pytest.raises(ValueError) as through_the_orm:
        _export(database, ["--province", "Zeeland", "--xlsx"], tmp_path / "orm.xlsx", plain=False)
    assert main(["export", "--db", str(database), "--province", "Zeeland", "--xlsx", str(tmp_path / "w.xlsx")]) == 1
    assert capsys.readouterr().err == f"regietafel: {through_the_orm.value}\n"
