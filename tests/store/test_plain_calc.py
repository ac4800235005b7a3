"""The computation's reads (gemeenten, regio's, keys, official figures, opening balances,
realisations, the carry-over chain, the supervision policy) give the same answer on the export's
plain session (sqlite3, no SQLAlchemy) as through the ORM: on the demo database with what it
lacks added (indicators, a second population date, a former gemeente, official figures per
gemeente, opening balances, a policy, versions concept and adopted), every province and period."""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from regietafel.store import (
    areas,
    carry_over,
    computation,
    keys,
    official,
    realised,
    supervision,
    versions,
)
from regietafel.store.database import open_store
from regietafel.store.keys import KeySpec
from regietafel.store.overview import CATEGORIES
from tests.conftest import both_sessions

OPGAVE_COLUMNS = ("id", "categorie", "niveau", "periode_id", "provincie_id", "regio_id", "gemeente_id",
                  "peildatum", "aantal", "vorig_aantal", "bron", "toelichting")
SOURCE = "Demo-import (test)"


def _add_data(path) -> None:
    """What the demo lacks, written as the imports write it (dates as ISO text)."""
    db = sqlite3.connect(path)
    gemeenten = db.execute("SELECT id, provincie_id FROM gemeente ORDER BY id").fetchall()
    periods = dict(db.execute("SELECT code, id FROM periode"))
    # A former gemeente (not current) with a population: left out everywhere.
    db.execute("INSERT INTO gemeente (id, code, naam, provincie_id, geldig_tot) "
               "VALUES (9999, 'GM9999', 'Opgeheven', 9, '2019-01-01')")
    db.execute("INSERT INTO inwoners VALUES (9999, '2024-01-01', 5000, ?)", [SOURCE])
    for gid, _provincie in gemeenten:
        db.execute("INSERT INTO inwoners VALUES (?, '2023-01-01', ?, ?)", [gid, 1000 + gid * 37 % 900, SOURCE])
        # Two dates of one indicator (the newest wins), scores tying between gemeenten.
        db.execute("INSERT INTO indicator (naam, gemeente_id, peildatum, waarde, bron) VALUES ('ses', ?, '2022-01-01', ?, ?)",
                   [gid, str(gid % 3), SOURCE])
        db.execute("INSERT INTO indicator (naam, gemeente_id, peildatum, waarde, bron) VALUES ('ses', ?, '2023-01-01', ?, ?)",
                   [gid, f"{gid % 5}/4", SOURCE])
        if gid % 7 == 0:  # official figures of the Rijk per gemeente, one imported twice
            for aantal in (10 + gid % 11, 12 + gid % 13) if gid % 14 == 0 else (10 + gid % 11,):
                db.execute("INSERT INTO opgave (categorie, niveau, periode_id, gemeente_id, aantal, bron, toelichting) "
                           "VALUES ('huisvesting', 'gemeente', ?, ?, ?, ?, '')", [periods["2024-I"], gid, aantal, SOURCE])
        if gid % 5 == 0:  # opening balances of two half-years
            for code in ("2023-I", "2024-I"):
                db.execute("INSERT INTO beginstand (periode_id, gemeente_id, aantal, bron, toelichting) "
                           "VALUES (?, ?, ?, ?, '')", [periods[code], gid, gid % 9 - 4, SOURCE])
    db.execute("INSERT INTO instelling (provincie_id, sleutel, waarde) VALUES (9, 'toezicht_oranje', '80')")
    db.execute("INSERT INTO instelling (provincie_id, sleutel, waarde) VALUES (9, 'toezicht_herhaald', '2')")
    db.execute("INSERT INTO instelling (provincie_id, sleutel, waarde) VALUES (9, 'iets_anders', 'x')")
    db.commit()
    db.close()


@pytest.fixture(scope="module")
def database(demo_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("plain_calc") / "demo.sqlite"
    source, target = sqlite3.connect(demo_template), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    _add_data(path)
    store = open_store(path)
    try:  # versions of the huisvesting taakstelling: concepts, one adopted
        from regietafel.store import distributions

        with store.transaction() as session:
            for provincie_id in (7, 9):
                for periode in ("2023-I", "2023-II", "2024-I"):
                    distributions.ensure_version(session, "huisvesting", periode, provincie_id)
            adopted = distributions.versions(session, "huisvesting", "2023-I", 9)[-1]
            distributions.adopt(session, adopted.id, dt.date(2023, 3, 1))
    finally:
        store.close()
    return path


@pytest.fixture
def sessions(database):
    """Fresh sessions per test: each reads from the database, not from another test's memo."""
    with both_sessions(database) as sessions:
        yield sessions


def _outcome(function, *arguments):
    """The result, or the error's type and text (a missing population is a ValueError for both)."""
    try:
        return function(*arguments)
    except ValueError as error:
        return type(error), str(error)


def _columns(record):
    return tuple(getattr(record, name) for name in OPGAVE_COLUMNS)


def test_gemeenten_regios_and_periods_are_the_same(sessions):
    orm, plain = sessions
    provinces = [None, *(province.id for province in areas.provinces(orm))]
    for provincie_id in provinces:
        found = computation.gemeenten(orm, provincie_id)
        assert list(computation.gemeenten(plain, provincie_id).items()) == list(found.items())
        for soort in ("veiligheidsregio", "corop", "arbeidsmarktregio", "geen"):
            assert computation._regio_groups(plain, soort, tuple(found)) == computation._regio_groups(orm, soort, tuple(found))
    assert "GM9999" not in [code for code, _naam in computation.gemeenten(plain, None).values()]
    assert computation._regio_groups(plain, "corop", ()) == computation._regio_groups(orm, "corop", ()) == ({}, {}, {})
    for periode in areas.periods(orm):
        assert [_columns(o) for o in computation._regio_opgaven(plain, periode)] == [
            _columns(o) for o in computation._regio_opgaven(orm, periode)]
        pid = versions.period_id(orm, periode)
        assert computation.period_code(plain, pid) == computation.period_code(orm, pid) == periode
    assert any(computation._regio_opgaven(plain, periode) for periode in areas.periods(orm))


def test_keys_are_the_same(sessions):
    orm, plain = sessions
    specs = [KeySpec("inwoners", dt.date(2024, 1, 1)), KeySpec("inwoners", dt.date(2023, 1, 1)),
             KeySpec("inwoners", dt.date(2020, 1, 1)), KeySpec("inwoners", None), KeySpec("gelijk"),
             KeySpec("ses", dt.date(2024, 1, 1), "ses"), KeySpec("eigen", None, "ses"),
             KeySpec("eigen", None, "onbekend"),
             KeySpec("mix", dt.date(2023, 1, 1), weights={"inwoners": "1/2", "ses": "1/2"})]
    for provincie_id in [None, *(province.id for province in areas.provinces(orm))]:
        ids = {gid: code for gid, (code, _naam) in computation.gemeenten(orm, provincie_id).items()}
        for spec in specs:
            assert _outcome(keys.build_key, plain, spec, ids) == _outcome(keys.build_key, orm, spec, ids)
        assert keys._indicator(plain, ids, "ses") == keys._indicator(orm, ids, "ses")
    assert keys.build_key(plain, KeySpec("inwoners", dt.date(2024, 1, 1)), {}) == {}


def test_official_figures_and_opening_balances_are_the_same(sessions):
    orm, plain = sessions
    periods = areas.periods(orm)
    codes = [code for code, _naam in computation.gemeenten(orm, None).values()]
    for periode in periods:
        for categorie in CATEGORIES:
            assert official._official_figures(plain, categorie, periode) == official._official_figures(orm, categorie, periode)
    assert official._official_figures(plain, "huisvesting", "2024-I")
    assert official.opening_balances(plain, periods, codes) == official.opening_balances(orm, periods, codes)
    assert official.opening_balances(plain, ["2024-I"], codes)
    assert official.opening_balances(plain, [], codes) == official.opening_balances(orm, [], codes) == {}


def test_realisations_and_policy_are_the_same(sessions):
    orm, plain = sessions
    for provincie_id in [None, *(province.id for province in areas.provinces(orm))]:
        codes = [code for code, _naam in computation.gemeenten(orm, provincie_id).values()]
        for categorie in CATEGORIES:
            assert realised.realisation_rows(plain, categorie, codes) == realised.realisation_rows(orm, categorie, codes)
        assert supervision.policy(plain, provincie_id) == supervision.policy(orm, provincie_id)
    assert supervision.policy(plain, 9).oranje == 80
    rows = realised.realisation_rows(plain, "huisvesting", codes)
    assert rows and all(isinstance(row[1], dt.date) for row in rows)


def test_versions_taakstelling_and_carry_over_are_the_same(sessions):
    orm, plain = sessions
    seen: dict[str, int] = {"national": 0, "taakstelling": 0, "version": 0, "opening": 0, "carried": 0}
    for provincie_id in (province.id for province in areas.provinces(orm)):
        codes = [code for code, _naam in computation.gemeenten(orm, provincie_id).values()]
        for periode in areas.periods(orm):
            national = carry_over._national_art29(plain, periode, provincie_id)
            assert national == carry_over._national_art29(orm, periode, provincie_id)
            assigned = _outcome(carry_over._taakstelling, plain, periode, provincie_id)
            assert assigned == _outcome(carry_over._taakstelling, orm, periode, provincie_id)
            seen["national"] += national is not None
            seen["taakstelling"] += isinstance(assigned, dict)
            for verdeling, record in zip(versions.versions(orm, "huisvesting", periode, provincie_id),
                                         versions.versions(plain, "huisvesting", periode, provincie_id), strict=True):
                computed, plain_computed = versions.compute(orm, verdeling), versions.compute(plain, record)
                assert plain_computed.final == computed.final
                assert plain_computed.verantwoording_text() == computed.verantwoording_text()
                seen["version"] += 1
        for periode in ("2023-II", "2024-I", "2024-II"):
            policy = supervision.policy(orm, provincie_id)
            for stand_per in (dt.date(2023, 6, 30), dt.date(2024, 12, 31)):
                info = carry_over.carry_over(orm, periode, provincie_id, codes, stand_per, policy)
                plain_info = carry_over.carry_over(plain, periode, provincie_id, codes, stand_per, policy)
                assert plain_info.chain == info.chain
                assert plain_info.opening_sources == info.opening_sources
                assert plain_info.notes() == info.notes()
                seen["opening"] += bool(info.opening_sources)
                seen["carried"] += any(info.carried.values())
    assert all(seen.values()), seen


def _module_imports(path: Path) -> set[str]:
    """What a module imports when it is imported (not in functions, not for the type checker)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", ["computation", "keys", "official", "realised", "carry_over", "supervision", "national"])
def test_the_modules_import_no_sqlalchemy(module):
    imported = _module_imports(Path(computation.__file__).with_name(f"{module}.py"))
    assert not {name for name in imported if name.split(".")[0] == "sqlalchemy" or name in (
        "regietafel.store.models", "regietafel.store.database", "regietafel.store.distributions")}
