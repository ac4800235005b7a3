"""Other windows see a change at once: PostgreSQL LISTEN/NOTIFY on a shared database.

Every transaction that wrote something sends one notification when it commits (NOTIFY is
delivered only on commit, never for a rollback). A :class:`ChangeListener` in each running
program holds its own connection, listens, and calls back for changes made by others; after a
lost connection it reconnects and reports a change (something may have happened meanwhile).
No Qt here: the GUI turns the callback into a signal.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable

from sqlalchemy import event, text
from sqlalchemy.engine import URL

CHANNEL = "regietafel_changes"
RECONNECT_SECONDS = 3.0


def announce_commits(store) -> None:
    """Make every writing transaction of ``store`` notify the other programs on commit."""
    store.instance_id = uuid.uuid4().hex
    sessions = store._sessions

    @event.listens_for(sessions, "after_flush")
    def _wrote(session, _context):
        session.info["wrote"] = True

    @event.listens_for(sessions, "do_orm_execute")
    def _wrote_by_statement(state):  # an INSERT, UPDATE or DELETE statement writes without a flush
        if state.is_insert or state.is_update or state.is_delete:
            state.session.info["wrote"] = True

    @event.listens_for(sessions, "before_commit")
    def _notify(session):
        if session.info.pop("wrote", False):
            payload = json.dumps({"sender": store.instance_id, "user": store.user})
            session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})

    @event.listens_for(sessions, "after_rollback")
    def _forget(session):
        session.info.pop("wrote", None)


class ChangeListener:
    """Calls ``on_change(user)`` (on its own thread) when another program commits a change."""

    def __init__(self, url: URL, own_id: str, on_change: Callable[[str], None]):
        from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

        args, kwargs = PGDialect_psycopg().create_connect_args(url)
        self._conninfo = (args, {**kwargs, "connect_timeout": 10, "application_name": "Regietafel (listener)"})
        self._own_id = own_id
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="regietafel-listener", daemon=True)
        self.listening = threading.Event()  # set while LISTEN is active (tests wait on it)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                args, kwargs = self._conninfo
                with psycopg.connect(*args, autocommit=True, **kwargs) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if not first:
                        self._on_change("")  # reconnected: changes may have been missed
                    first = False
                    self._listen(connection)
            except psycopg.Error:
                self.listening.clear()
                self._stop.wait(RECONNECT_SECONDS)

    def _listen(self, connection) -> None:
        while not self._stop.is_set():
            for notification in connection.notifies(timeout=0.5, stop_after=64):
                try:
                    payload = json.loads(notification.payload)
                except ValueError:
                    payload = {}
                if payload.get("sender") != self._own_id:
                    self._on_change(str(payload.get("user", "")))
