"""One worksheet edit on the store's side (what the GUI's undoable command does): few statements,
one transaction, and never a stale figure. Statements are counted, never timed."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from regietafel.store import areas, distributions
from regietafel.store.database import open_store
from regietafel.store.errors import ConflictError
from regietafel.store.models import Gemeente, Opgave, Periode, Verdeling

DELFT, LEIDEN = "GM0503", "GM0546"


@contextmanager
def statements_of(store):
    """The SQL statements ``store`` sends meanwhile (white space made single), in order."""
    sent: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        sent.append(" ".join(statement.split()))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def concept(store, categorie: str = "opvang") -> tuple[int, int, distributions.VerdelingSettings]:
    """The Zuid-Holland concept of 2023-II: id, change number, settings."""
    with store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        verdeling = distributions.ensure_version(session, categorie, "2023-II", zh)
        return verdeling.id, verdeling.wijzigingsnummer, distributions.settings_of(session, verdeling)


def edit(store, vid: int, settings, expected: int | None) -> int:
    """As ``ChangeVerdelingCommand._write``: one transaction, the new change number back."""
    with store.transaction() as session:
        distributions.apply_settings(session, vid, settings, "edit", expected=expected)
        return distributions.change_number(session, vid)


def allocations(store, vid: int) -> dict[str, int]:
    with store.read() as session:
        return distributions.allocations(session, vid)


@pytest.mark.parametrize("categorie", ["opvang", "huisvesting"])
def test_an_edit_and_its_undo_send_a_handful_of_statements(any_demo_store, categorie):
    """Locked, checked and numbered in one UPDATE … RETURNING; the rows written last time known
    (SQLite keeps them between units of work; a shared database reads them again, as it reads
    reference data again: colleagues may have changed them); only changed rows written; the log."""
    store = any_demo_store
    vid, number, before = concept(store, categorie)
    number = edit(store, vid, before.with_constraint(DELFT, "vast", 500), number)  # warms the caches
    number = edit(store, vid, before, number)
    with statements_of(store) as sent:
        number = edit(store, vid, before.with_constraint(LEIDEN, "vast", 700), number)
    with statements_of(store) as undone:
        edit(store, vid, before, number)
    for statements in (sent, undone):
        locks = [s for s in statements if s.startswith("UPDATE verdeling")]
        assert len(locks) == 1 and locks[0].startswith("UPDATE verdeling SET wijzigingsnummer=(verdeling.wijzigingsnummer +")
        assert " RETURNING " in locks[0]
        assert sum(s.startswith("INSERT INTO wijziging") for s in statements) == 1
        assert not [s for s in statements if s.startswith("SELECT") and ("FROM verdeling" in s or "FROM periode" in s)]
        if not store.shared:
            assert statements[0] == "BEGIN IMMEDIATE"
            assert len(statements) == 5, statements  # begin, lock, the constraint, the changed allocations, log
            assert not [s for s in statements if s.startswith("SELECT")]
        else:  # the reference data of the computation, and what is stored, read in the unit of work
            assert len(statements) <= 12, statements
    assert allocations(store, vid)[LEIDEN] != 700


def test_the_period_and_the_new_number_come_with_the_lock(any_demo_store):
    """The lock's RETURNING names the version's period (its subquery on either engine's SQL) and
    the raised number; neither is asked again."""
    store = any_demo_store
    vid, number, before = concept(store)
    with store.transaction() as session:
        distributions.apply_settings(session, vid, before.with_constraint(DELFT, "vast", 500), "edit", expected=number)
        with statements_of(store) as sent:
            verdeling = session.get_one(Verdeling, vid)
            period, new_number = distributions._period_code(session, verdeling), distributions.change_number(session, vid)
        assert sent == []
        assert period == session.scalar(select(Periode.code).where(Periode.id == verdeling.periode_id)) == "2023-II"
    assert new_number == number + 1
    with store.read() as session:
        assert distributions.change_number(session, vid) == number + 1


def test_a_refused_change_leaves_the_number_and_the_rows(any_demo_store):
    store = any_demo_store
    vid, number, before = concept(store)
    shown = allocations(store, vid)
    with pytest.raises(ValueError):
        edit(store, vid, before.with_constraint("GM9999", "vast", 5), number)  # not a gemeente of the province
    with store.read() as session:
        assert distributions.change_number(session, vid) == number
    assert allocations(store, vid) == shown
    number = edit(store, vid, before.with_constraint(DELFT, "vast", 500), number)
    assert allocations(store, vid)[DELFT] == 500


def _second_store(store):
    return open_store(store.url) if store.shared else open_store(store.path, lock=False)


def test_a_change_by_another_program_is_read_not_taken_from_the_cache(any_demo_store):
    """What this store wrote last is reused only at the change number it wrote: after another
    program's change the rows are read again, and an edit without a check (expected None) still
    makes the database exactly what its settings say."""
    store = any_demo_store
    vid, number, before = concept(store)
    mine = before.with_constraint(DELFT, "vast", 500)
    number = edit(store, vid, mine, number)
    other = _second_store(store)
    try:
        edit(other, vid, mine.with_constraint(LEIDEN, "vast", 900), number)  # their lock on Leiden
    finally:
        other.close()
    edit(store, vid, mine.with_constraint(DELFT, "vast", 450), None)  # my settings, without Leiden
    with store.read() as session:
        settings = distributions.settings_of(session, session.get_one(Verdeling, vid))
        stored = distributions.allocations(session, vid)
        computed = distributions.compute(session, session.get_one(Verdeling, vid)).final
    assert settings.constraint_value(LEIDEN, "vast") is None
    assert settings.constraint_value(DELFT, "vast") == 450
    assert stored == computed


def test_an_official_figure_written_in_the_unit_of_work_is_computed_with(demo_store):
    """The store's cache of reference data is passed by once the unit of work wrote any (an
    import), so a computation after it in the same unit of work sees the new figure."""
    vid, number, before = concept(demo_store, "huisvesting")
    with demo_store.transaction() as session:
        verdeling = session.get_one(Verdeling, vid)
        first = distributions.compute(session, verdeling, before)
        assert DELFT not in first.official
        delft = session.scalar(select(Gemeente.id).where(Gemeente.code == DELFT))
        session.add(Opgave(categorie="huisvesting", niveau="gemeente", periode_id=verdeling.periode_id,
                           gemeente_id=delft, aantal=first.final[DELFT] + 40, bron="taakstelling test"))
        session.flush()
        again = distributions.compute(session, verdeling, before.with_constraint(LEIDEN, "minimum", 0))
        assert again.official[DELFT].aantal == first.final[DELFT] + 40


def test_a_changed_total_and_method_are_stored_with_the_raised_number(any_demo_store):
    """A change of the version's own columns is written beside the raised number (the ORM's
    check of the number in its UPDATE holds), and the next change expects the number returned."""
    import dataclasses

    store = any_demo_store
    vid, number, before = concept(store)
    changed = dataclasses.replace(before, totaal=before.totaal + 10, methode="dhondt")
    with statements_of(store) as sent:
        number = edit(store, vid, changed, number)
    assert sum(s.startswith("UPDATE verdeling SET ") for s in sent) == 2  # the lock, the columns
    number = edit(store, vid, changed.with_constraint(DELFT, "vast", 500), number)
    with store.read() as session:
        verdeling = session.get_one(Verdeling, vid)
        assert (verdeling.totaal, verdeling.methode, verdeling.wijzigingsnummer) == (before.totaal + 10, "dhondt", number)
        assert sum(distributions.allocations(session, vid).values()) == before.totaal + 10


def test_without_returning_the_lock_and_the_check_still_hold(demo_store, monkeypatch):
    """SQLite before 3.35 has no RETURNING: the number is raised, then the row read."""
    monkeypatch.setattr(demo_store.engine.dialect, "update_returning", False)
    vid, number, before = concept(demo_store)
    with statements_of(demo_store) as sent:
        new_number = edit(demo_store, vid, before.with_constraint(DELFT, "vast", 500), number)
    assert new_number == number + 1
    assert not [s for s in sent if " RETURNING " in s]
    with pytest.raises(ConflictError):
        edit(demo_store, vid, before.with_constraint(LEIDEN, "vast", 900), number)  # an outdated view
    assert allocations(demo_store, vid)[DELFT] == 500
    assert edit(demo_store, vid, before, new_number) == number + 2
