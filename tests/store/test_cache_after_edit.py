"""The store's cache of derived results keeps what a unit of work cannot have changed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from regietafel.store import areas, distributions
from regietafel.store.models import Gemeente, Realisatie, Toewijzing
from regietafel.store.worksheet import carry_over, taakstelling, worksheet


def _zh(store) -> int:
    with store.read() as session:
        return areas.find_province(session, "Zuid-Holland").id


def _housing_sheet(store, zh, periode):
    """The huisvesting worksheet of ``periode`` (its version made if needed), with the cache filled
    with a carry-over and two taakstellingen."""
    with store.transaction() as session:
        version = distributions.ensure_version(session, "huisvesting", periode, zh)
        sheet = worksheet(session, version.id)
    _fill(store, zh, [row.code for row in sheet.rows])
    return version, sheet, [row.code for row in sheet.rows]


def _fill(store, zh, codes):
    with store.transaction() as session:
        carry_over(session, "2023-II", zh, codes)
        taakstelling(session, "2023-I", zh)
        taakstelling(session, "2023-II", zh)


def test_edit_keeps_what_it_cannot_change_and_a_read_keeps_everything(demo_store):
    zh = _zh(demo_store)
    version, sheet, codes = _housing_sheet(demo_store, zh, "2023-II")
    kept = set(demo_store.cache)
    with demo_store.transaction() as session:  # reading only: nothing changed
        distributions.versions(session, "huisvesting", "2023-II", zh)
    assert set(demo_store.cache) == kept
    with demo_store.transaction() as session:  # an edit in 2023-II
        after = sheet.settings.with_constraint(codes[0], "vast", 40)
        distributions.apply_settings(session, version.id, after, "test")
    keys = {key[:2] for key in demo_store.cache}
    assert ("carry_over", "2023-II") in keys and ("taakstelling", "2023-I") in keys
    assert ("taakstelling", "2023-II") not in keys  # the edited half-year's own taakstelling goes
    with demo_store.transaction() as session:  # the carry-over is still right
        assert carry_over(session, "2023-II", zh, codes) == verdelingen_fresh(demo_store, zh, codes)


def verdelingen_fresh(store, zh, codes):
    store.cache.clear()
    with store.read() as session:
        return carry_over(session, "2023-II", zh, codes)


def test_edit_of_an_earlier_half_year_or_other_writes_clear_what_depends_on_them(demo_store):
    zh = _zh(demo_store)
    earlier, sheet, codes = _housing_sheet(demo_store, zh, "2023-I")
    with demo_store.transaction() as session:
        distributions.apply_settings(session, earlier.id, sheet.settings.with_constraint(codes[0], "vast", 30), "t")
    keys = {key[:2] for key in demo_store.cache}
    assert ("carry_over", "2023-II") not in keys  # it depended on 2023-I
    assert ("carry_over", "2023-I") in keys  # the carry-over into 2023-I did not
    _fill(demo_store, zh, codes)
    with demo_store.transaction() as session:  # a realisation: anything may depend on it
        gemeente = session.scalar(select(Gemeente.id).where(Gemeente.code == codes[0]))
        session.add(Realisatie(categorie="huisvesting", periode_id=distributions.period_id(session, "2023-II"),
                               gemeente_id=gemeente, peildatum=dt.date(2023, 12, 1), aantal=3, bron="test"))
    assert demo_store.cache == {}


def test_the_national_computation_outlives_an_edit_and_stays_right(demo_store):
    """Art. 29 over the whole country reads no distribution: an edit of a province's version keeps
    it, the next province's worksheet uses it, and it equals a computation from scratch."""
    zh = _zh(demo_store)
    version, sheet, codes = _housing_sheet(demo_store, zh, "2023-II")
    with demo_store.transaction() as session:
        distributions.apply_settings(session, version.id, sheet.settings.with_constraint(codes[0], "vast", 40), "t")
    assert any(key[0] == "national_distribution" for key in demo_store.cache)
    with demo_store.read() as session:
        utrecht = areas.find_province(session, "Utrecht").id
        other = distributions.ensure_version(session, "huisvesting", "2023-II", utrecht)
        kept = worksheet(session, other.id)
    demo_store.cache.clear()
    with demo_store.read() as session:
        other = distributions.ensure_version(session, "huisvesting", "2023-II", utrecht)
        fresh = worksheet(session, other.id)
    assert [(r.code, r.assigned, r.computed, r.account) for r in kept.rows] == [
        (r.code, r.assigned, r.computed, r.account) for r in fresh.rows]


def test_only_changed_allocations_are_written(demo_store):
    zh = _zh(demo_store)
    with demo_store.transaction() as session:
        version = distributions.ensure_version(session, "huisvesting", "2023-II", zh)
        sheet = worksheet(session, version.id)
    statements = []
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    def count(state):
        if (state.is_update or state.is_insert or state.is_delete) and state.statement.table.name == "toewijzing":
            statements.append(state.statement)

    event.listen(Session, "do_orm_execute", count)
    try:
        with demo_store.transaction() as session:
            code = sheet.rows[0].code
            distributions.apply_settings(session, version.id, sheet.settings.with_constraint(code, "vast", 41), "t")
            changed = session.scalar(select(func.count()).select_from(Toewijzing)
                                     .where(Toewijzing.verdeling_id == version.id))
    finally:
        event.remove(Session, "do_orm_execute", count)
    assert changed == 50  # every gemeente of the province keeps its row
    assert len(statements) == 1  # one bulk update of the rows that changed, no delete and re-insert
    with demo_store.read() as session:
        stored = distributions.allocations(session, version.id)
    assert stored[code] == 41
