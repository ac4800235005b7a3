"""Distribution versions on the demo database: change, refuse, adopt, carry over."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest
from sqlalchemy import select

from regietafel.domain.verdeelmotor import ExchangeError, InfeasibleError
from regietafel.store import areas, distributions
from regietafel.store.models import Base, Gemeente, Inwoners
from regietafel.store.national import national_table
from regietafel.store.worksheet import set_thresholds, supervision_status, worksheet

DELFT, DEN_HAAG, LEIDEN = "GM0503", "GM0518", "GM0546"


def dump(store) -> dict[str, list[tuple]]:
    """Every row of every table, on either engine."""
    with store.read() as session:
        return {table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables}


@pytest.fixture
def demo_store(any_demo_store):
    """These services run on SQLite and on PostgreSQL alike."""
    return any_demo_store


@pytest.fixture
def zh(demo_store):
    with demo_store.read() as session:
        return areas.find_province(session, "Zuid-Holland").id


def opvang(store, zh):
    with store.transaction() as session:
        return distributions.ensure_version(session, "opvang", "2023-II", zh).id


def test_first_concept_divides_the_provincial_opgave(demo_store, zh):
    vid = opvang(demo_store, zh)
    with demo_store.read() as session:
        assigned = distributions.allocations(session, vid)
        log = distributions.change_log(session, vid)
    assert len(assigned) == 50
    assert sum(assigned.values()) == 19_097
    assert [entry.actie for entry in log] == ["nieuw"]


def test_a_first_concept_is_written_without_reading_its_own_rows_back(demo_store, zh):
    """A version made in this unit of work has no constraints, exchanges or allocations stored
    yet: making it reads none of them (the documents make five per province on demand), and a
    change afterwards locks it and finds what was written."""
    from sqlalchemy import event

    read_back = []

    def record(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT") and any(
                f"FROM {table}" in statement for table in ("beperking", "uitwisseling", "toewijzing")):
            read_back.append(statement)

    event.listen(demo_store.engine, "before_cursor_execute", record)
    try:
        vid = opvang(demo_store, zh)
    finally:
        event.remove(demo_store.engine, "before_cursor_execute", record)
    assert read_back == []
    with demo_store.transaction() as session:
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        expected = distributions.change_number(session, vid)
        distributions.apply_settings(session, vid, settings.with_constraint(DELFT, "vast", 600), "Delft vast",
                                     expected=expected)
    with demo_store.read() as session:
        assert distributions.allocations(session, vid)[DELFT] == 600
        assert distributions.change_number(session, vid) == expected + 1


def test_a_lock_redistributes_the_others_and_is_logged(demo_store, zh):
    vid = opvang(demo_store, zh)
    with demo_store.transaction() as session:
        before = distributions.allocations(session, vid)
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        distributions.apply_settings(session, vid, settings.with_constraint(DELFT, "vast", 600), "Delft vast", "aanbod 600")
    with demo_store.read() as session:
        after = distributions.allocations(session, vid)
        log = distributions.change_log(session, vid)
    assert after[DELFT] == 600 and before[DELFT] == 545
    assert sum(after.values()) == 19_097
    assert after[DEN_HAAG] < before[DEN_HAAG]
    assert (log[-1].omschrijving, log[-1].reden) == ("Delft vast", "aanbod 600")


def test_infeasible_locks_change_nothing(demo_store, zh):
    vid = opvang(demo_store, zh)
    before = dump(demo_store)
    with pytest.raises(InfeasibleError, match="Delft.*'s-Gravenhage|'s-Gravenhage.*Delft"), demo_store.transaction() as session:
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        settings = settings.with_constraint(DELFT, "vast", 10_000).with_constraint(DEN_HAAG, "vast", 10_000)
        distributions.apply_settings(session, vid, settings, "te veel")
    assert dump(demo_store) == before


def test_exchange_keeps_the_total_and_a_negative_one_is_refused(demo_store, zh):
    vid = opvang(demo_store, zh)
    with demo_store.transaction() as session:
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        base = distributions.allocations(session, vid)
        exchanged = dataclasses.replace(settings, uitwisselingen=((DELFT, LEIDEN, 100, "afspraak", "2023-09-01"),))
        distributions.apply_settings(session, vid, exchanged, "uitwisseling")
    with demo_store.read() as session:
        after = distributions.allocations(session, vid)
        sheet = worksheet(session, vid)
    assert after[DELFT] == base[DELFT] - 100 and after[LEIDEN] == base[LEIDEN] + 100
    assert sum(after.values()) == 19_097
    rows = {row.code: row for row in sheet.rows}
    assert (rows[DELFT].exchanged, rows[LEIDEN].exchanged) == (-100, 100)
    before = dump(demo_store)
    with pytest.raises(ExchangeError), demo_store.transaction() as session:
        distributions.apply_settings(session, vid, dataclasses.replace(
            exchanged, uitwisselingen=exchanged.uitwisselingen + ((DELFT, LEIDEN, 10_000, "te veel", None),)), "x")
    assert dump(demo_store) == before


def test_adopted_version_is_read_only_and_a_new_concept_starts_from_it(demo_store, zh):
    vid = opvang(demo_store, zh)
    with demo_store.transaction() as session:
        distributions.adopt(session, vid, dt.date(2023, 6, 12))
    with pytest.raises(distributions.ReadOnlyError), demo_store.transaction() as session:
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        distributions.apply_settings(session, vid, settings.with_constraint(DELFT, "vast", 1), "x")
    with demo_store.transaction() as session:
        new = distributions.new_concept_from(session, vid)
        new_id = new.id
        assert (new.versie, new.status, new.basis_id) == (2, "concept", vid)
    with demo_store.read() as session:
        assert distributions.allocations(session, new_id) == distributions.allocations(session, vid)
        assert [v.status for v in distributions.versions(session, "opvang", "2023-II", zh)] == ["vastgesteld", "concept"]


def test_two_level_distribution_is_consistent(demo_store, zh):
    vid = opvang(demo_store, zh)
    with demo_store.transaction() as session:
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        computed = distributions.apply_settings(session, vid, dataclasses.replace(settings, indeling="veiligheidsregio"), "2 niveaus")
    groups = computed.group_result.allocations
    assert sum(groups.values()) == 19_097
    for step in computed.steps:
        assert sum(step.allocations.values()) == step.total
    assert sorted(step.total for step in computed.steps) == sorted(groups.values())


def test_huisvesting_follows_article_29(demo_store, zh):
    with demo_store.transaction() as session:
        vid = distributions.ensure_version(session, "huisvesting", "2023-II", zh).id
        sheet = worksheet(session, vid)
        population = dict(session.execute(select(Gemeente.code, Inwoners.aantal).join(Inwoners)).all())
    national = sum(population.values())
    for row in sheet.rows:
        assert row.assigned == math.ceil(27_300 * population[row.code] / national)
    assert sheet.computed.result.allocated_sum == 27_463  # > 27,300: rounding up is the law
    assert sheet.computed.result.exceeds_total
    assert any("1-1-2022" in note for note in sheet.notes)  # the law's peildatum is not in the data


def test_carry_over_into_the_corrected_taakstelling(demo_store, zh):
    from regietafel.store.worksheet import realisation, taakstelling

    with demo_store.transaction() as session:
        vid = distributions.ensure_version(session, "huisvesting", "2023-II", zh).id
        sheet = worksheet(session, vid)
        codes = [row.code for row in sheet.rows]
        previous = taakstelling(session, "2023-I", zh)
        housed = realisation(session, "huisvesting", "2023-I", codes)
    for row in sheet.rows:
        assert row.carried == previous[row.code] - housed[row.code]
        assert row.target == row.assigned + row.carried
    assert any(row.carried > 0 for row in sheet.rows) and any(row.carried < 0 for row in sheet.rows)


def test_supervision_thresholds_are_per_province(demo_store, zh):
    limits = {"toezicht_oranje": 75, "toezicht_rood": 50}
    assert [supervision_status(100, r, limits) for r in (100, 75, 74, 50, 49)] == ["groen", "groen", "oranje", "oranje", "rood"]
    with demo_store.transaction() as session:
        set_thresholds(session, zh, 90, 60)
        vid = distributions.ensure_version(session, "huisvesting", "2023-II", zh).id
        sheet = worksheet(session, vid)
    for row in sheet.rows:
        share = 100 * (row.realised or 0) / row.target if row.target > 0 else 100
        expected = "groen" if share >= 90 else "oranje" if share >= 60 else "rood"
        assert row.status == expected, row
    with pytest.raises(ValueError), demo_store.transaction() as session:
        set_thresholds(session, zh, 40, 60)


def test_national_table_reproduces_seed_table_1(demo_store):
    with demo_store.read() as session:
        table = national_table(session, "opvang", "2023-II")
    zuid = next(row for row in table.rows if row.provincie == "Zuid-Holland")
    assert (zuid.current, zuid.extra, zuid.previous, zuid.opgave, zuid.increase) == (2904, 504, 18593, 19097, 16193)
    sums = [table.column_sum(c) for c in ("current", "extra", "previous", "opgave")]
    assert sums == [35_152, 1_601, 75_499, 77_100]  # published totals row: 1,600 and 75,500 (see test_cli)
    assert sum(row.increase for row in table.rows) == 41_948
    assert (table.national, table.national_previous) == (77_100, 75_500)


def test_amv_coa_is_part_of_opvang_and_sums_to_the_national_number(demo_store):
    with demo_store.read() as session:
        provinces = areas.provinces(session)
        coa = {p.naam: distributions.provincial_total(session, "amv_coa", "2023-II", p.id).aantal for p in provinces}
        opvang_totals = {p.naam: distributions.provincial_total(session, "opvang", "2023-II", p.id).aantal for p in provinces}
    assert coa["Zuid-Holland"] == 781
    assert sum(coa.values()) == 3_660
    assert all(coa[name] < opvang_totals[name] for name in coa)


def test_weighted_mix_and_ses_keys_from_imported_indicators(demo_store, zh):
    from fractions import Fraction

    from regietafel.store.keys import KeySpec
    from regietafel.store.models import Indicator

    vid = opvang(demo_store, zh)
    with demo_store.transaction() as session:
        gemeenten = session.execute(select(Gemeente.id, Gemeente.code).where(Gemeente.provincie_id == zh)).all()
        for gid, code in gemeenten:
            session.add(Indicator(naam="oppervlakte", gemeente_id=gid, waarde="10" if code == DELFT else "1"))
            session.add(Indicator(naam="ses_woa", gemeente_id=gid, waarde="-0.25" if code == DELFT else "0"))
    with demo_store.transaction() as session:
        settings = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
        peildatum = settings.key_spec.peildatum
        mix = KeySpec("mix", peildatum, None, {"inwoners": "9/10", "oppervlakte": "1/10"})
        computed = distributions.apply_settings(session, vid, dataclasses.replace(settings, sleutel=mix.to_json()), "mix")
        assert computed.result.key_description == "gewogen: 90,0% inwoners + 10,0% oppervlakte (inwoners op 1-1-2024)"
        delft = computed.result.line(DELFT)
        # 0.9 * 109,577 / 3,840,460 + 0.1 * 10 / 59 (Delft has 10 of 49 + 10 = 59 area units)
        assert delft.key == Fraction(9, 10) * Fraction(109_577, 3_840_460) + Fraction(1, 10) * Fraction(10, 59)
        ses = KeySpec("ses", peildatum, "ses_woa")
        computed = distributions.apply_settings(session, vid, dataclasses.replace(settings, sleutel=ses.to_json()), "ses")
        assert computed.result.line(DELFT).key == Fraction(109_577 * 3, 4)
        assert sum(computed.final.values()) == 19_097


def _agreement_writes(store, vid, settings) -> list[tuple[str, str]]:
    """The statements that wrote constraints or exchanges while ``settings`` were applied."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    writes = []

    def record(state):
        table = getattr(state.statement, "table", None)
        if not state.is_select and getattr(table, "name", "") in ("beperking", "uitwisseling"):
            writes.append((table.name, "delete" if state.is_delete else "insert" if state.is_insert else "update"))

    event.listen(Session, "do_orm_execute", record)
    try:
        with store.transaction() as session:
            distributions.apply_settings(session, vid, settings, "t")
    finally:
        event.remove(Session, "do_orm_execute", record)
    return writes


def test_an_edit_writes_only_the_agreements_it_changed(demo_store, zh):
    """Fixing one more number among a version's agreements inserts that one; changing one updates
    it; an exchange added after the others is inserted alone. Read back, the version's settings
    are exactly what was applied, also in the session that read them before the change."""
    vid = opvang(demo_store, zh)
    with demo_store.read() as session:
        base = distributions.settings_of(session, session.get(distributions.Verdeling, vid))
    agreed = base.with_constraint(DELFT, "vast", 600).with_constraint(LEIDEN, "minimum", 300)
    agreed = dataclasses.replace(agreed, uitwisselingen=((DELFT, LEIDEN, 10, "ruil", None),))
    assert len(_agreement_writes(demo_store, vid, agreed)) == 2  # one insert per table
    more = agreed.with_constraint(DEN_HAAG, "vast", 3000)
    assert _agreement_writes(demo_store, vid, more) == [("beperking", "insert")]
    changed = more.with_constraint(DELFT, "vast", 610)
    assert _agreement_writes(demo_store, vid, changed) == [("beperking", "update")]
    exchanged = dataclasses.replace(changed, uitwisselingen=(*changed.uitwisselingen, (LEIDEN, DEN_HAAG, 5, "", "2023-09-01")))
    assert _agreement_writes(demo_store, vid, exchanged) == [("uitwisseling", "insert")]
    released = dataclasses.replace(exchanged.with_constraint(LEIDEN, "minimum", None),
                                   uitwisselingen=exchanged.uitwisselingen[1:])
    assert sorted(_agreement_writes(demo_store, vid, released)) == [
        ("beperking", "delete"), ("uitwisseling", "delete"), ("uitwisseling", "insert")]
    with demo_store.transaction() as session:
        version = session.get(distributions.Verdeling, vid)
        assert distributions.settings_of(session, version) == released
        distributions.apply_settings(session, vid, more, "t")  # its agreements were read in this session
        assert distributions.settings_of(session, version) == more
    with demo_store.read() as session:
        assert distributions.settings_of(session, session.get(distributions.Verdeling, vid)) == more
        assert distributions.allocations(session, vid)[DELFT] == 600 - 10  # fixed at 600, 10 exchanged to Leiden
