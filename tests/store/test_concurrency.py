"""Several users at once: optimistic checks on a version (in one process and in two), atomic
adoption, and LISTEN/NOTIFY telling the other programs about a change."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading

import pytest
from sqlalchemy import select

from regietafel.store import areas, distributions
from regietafel.store.database import open_store
from regietafel.store.errors import ConflictError
from regietafel.store.models import Verdeling
from tests.conftest import PG_OWNER

DELFT, LEIDEN = "GM0503", "GM0546"


def first_concept(store) -> tuple[int, int]:
    """The opvang concept of Zuid-Holland 2023-II: its id and change number."""
    with store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        verdeling = distributions.ensure_version(session, "opvang", "2023-II", zh)
        return verdeling.id, verdeling.wijzigingsnummer


def lock(store, vid: int, code: str, value: int, expected: int | None, reason: str = "") -> None:
    with store.transaction() as session:
        settings = distributions.settings_of(session, session.get(Verdeling, vid))
        distributions.apply_settings(session, vid, settings.with_constraint(code, "vast", value),
                                   f"{code} vast op {value}", reason, expected=expected)


def test_a_change_on_an_outdated_view_is_refused_and_names_who_and_when(any_demo_store):
    store = any_demo_store
    vid, loaded = first_concept(store)
    lock(store, vid, DELFT, 600, expected=loaded)  # the first writer
    with store.read() as session:
        before = distributions.allocations(session, vid)
    with pytest.raises(ConflictError) as refused:
        lock(store, vid, LEIDEN, 900, expected=loaded)  # the second still has the old view
    now = dt.datetime.now()
    assert f"gewijzigd door {store.user} om" in str(refused.value)
    assert any(f"{now.hour:02d}:{minute:02d}" in str(refused.value) for minute in (now.minute, (now.minute - 1) % 60))
    with store.read() as session:
        assert distributions.allocations(session, vid) == before
        log = distributions.change_log(session, vid)
    assert log[-1].gebruiker == store.user and "GM0503" in log[-1].omschrijving


def test_adopting_an_outdated_view_is_refused(any_demo_store):
    store = any_demo_store
    vid, loaded = first_concept(store)
    lock(store, vid, DELFT, 600, expected=loaded)
    with pytest.raises(ConflictError), store.transaction() as session:
        distributions.adopt(session, vid, dt.date(2026, 12, 1), expected=loaded)
    with store.read() as session:
        assert session.get(Verdeling, vid).status == "concept"


# --- two processes at once --------------------------------------------------------------------

def _edit_in_another_process(database, code, value, expected, vid, barrier, results) -> None:
    store = open_store(database, lock=False)
    try:
        barrier.wait(timeout=60)
        lock(store, vid, code, value, expected, reason=f"{code} uit proces")
        results.put((code, "saved", store.user))
    except ConflictError as error:
        results.put((code, "conflict", str(error)))
    finally:
        store.close()


def _roles(pg_cluster, url: str) -> tuple[str, str]:
    """Two secretaries with their own roles and write rights on the same database."""
    database = url.rsplit("/", 1)[1]
    for role in ("anna", "bram"):
        if role not in pg_cluster.passwords:
            pg_cluster.add_role(role)
        pg_cluster.sql(f"GRANT {PG_OWNER} TO {role}", database)
    return url.replace(f"{PG_OWNER}@", "anna@"), url.replace(f"{PG_OWNER}@", "bram@")


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_two_processes_edit_the_same_version_one_wins_the_other_is_told(engine, request, tmp_path):
    if engine == "postgresql":
        url = request.getfixturevalue("pg_database")("demo")
        databases = _roles(request.getfixturevalue("pg_cluster"), url)
    else:
        path = tmp_path / "gedeeld.sqlite"
        path.write_bytes(request.getfixturevalue("demo_template").read_bytes())
        databases = (path, path)
    store = open_store(databases[0], lock=False)
    vid, loaded = first_concept(store)
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_edit_in_another_process,
                               args=(database, code, value, loaded, vid, barrier, results))
               for database, code, value in ((databases[0], DELFT, 600), (databases[1], LEIDEN, 900))]
    for worker in workers:
        worker.start()
    outcome = sorted((results.get(timeout=120) for _ in workers), key=lambda r: r[1])
    for worker in workers:
        worker.join(timeout=60)
    (conflict_code, conflict, message), (winner_code, saved, winner) = outcome
    assert (conflict, saved) == ("conflict", "saved")
    assert f"gewijzigd door {winner} om" in message  # the loser is told who, and when
    try:
        with store.read() as session:
            final = distributions.settings_of(session, session.get(Verdeling, vid))
            log = distributions.change_log(session, vid)
        assert final.constraint_value(winner_code, "vast") is not None  # the acknowledged edit is there
        assert final.constraint_value(conflict_code, "vast") is None  # the other was not half-written
        assert [entry.reden for entry in log].count(f"{winner_code} uit proces") == 1
        assert f"{conflict_code} uit proces" not in [entry.reden for entry in log]
        if engine == "postgresql":
            assert {winner, log[-1].gebruiker} <= {"anna", "bram"} and log[-1].gebruiker == winner
    finally:
        store.close()


# --- the others hear about it -----------------------------------------------------------------

def test_a_change_is_announced_to_the_other_programs_not_to_itself(pg_database):
    from regietafel.store.notifications import ChangeListener

    url = pg_database("demo")
    mine, theirs = open_store(url), open_store(url)
    heard: list[str] = []
    arrived = threading.Event()

    def on_change(user: str) -> None:
        heard.append(user)
        arrived.set()

    listener = ChangeListener(mine.url, mine.instance_id, on_change).start()
    try:
        assert listener.listening.wait(10)
        vid, loaded = first_concept(mine)  # my own change: not announced to me
        lock(theirs, vid, DELFT, 600, expected=None)
        assert arrived.wait(2), "no notification within two seconds"
        assert heard == [theirs.user]
        with pytest.raises(RuntimeError), theirs.transaction() as session:  # a rollback announces nothing
            session.add(distributions.Wijziging(tijdstip=dt.datetime.now(), actie="x", omschrijving="x"))
            session.flush()
            raise RuntimeError("stop")
        arrived.clear()
        lock(theirs, vid, LEIDEN, 900, expected=None)
        assert arrived.wait(2)
        assert heard == [theirs.user, theirs.user]
    finally:
        listener.stop()
        mine.close()
        theirs.close()


def test_nothing_is_announced_on_a_laptop_database(demo_store):
    assert not demo_store.shared and not hasattr(demo_store, "instance_id")
    with demo_store.read() as session:
        assert session.scalar(select(Verdeling.id).limit(1)) is None


def test_two_users_starting_the_first_version_at_once_share_one(pg_cluster, pg_database):
    """Both open the tab of an opgave without a version: one creates it, the other waits for
    that and then shows the same version (no second version 1, no error)."""
    url = pg_database("demo")
    database = url.rsplit("/", 1)[1]
    first, second = open_store(url), open_store(url)
    created, go_on, found = threading.Event(), threading.Event(), {}

    def create_and_hold() -> None:
        with first.transaction() as session:
            zh = areas.find_province(session, "Zuid-Holland").id
            found["first"] = distributions.ensure_version(session, "opvang", "2023-II", zh).id
            created.set()
            go_on.wait(30)

    holder = threading.Thread(target=create_and_hold)
    holder.start()
    try:
        assert created.wait(30)

        def release_when_the_second_waits() -> None:
            for _ in range(300):
                if pg_cluster.sql(f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' "
                                  "AND wait_event_type = 'Lock'", database)[0][0]:
                    break
                threading.Event().wait(0.05)
            go_on.set()

        threading.Thread(target=release_when_the_second_waits).start()
        with second.transaction() as session:
            zh = areas.find_province(session, "Zuid-Holland").id
            found["second"] = distributions.ensure_version(session, "opvang", "2023-II", zh).id
        holder.join(30)
        assert found["first"] == found["second"]
        with second.read() as session:
            assert [v.versie for v in distributions.versions(session, "opvang", "2023-II", zh)] == [1]
    finally:
        go_on.set()
        holder.join(30)
        first.close()
        second.close()
