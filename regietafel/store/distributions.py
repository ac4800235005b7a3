"""Distribution versions: create, change, compute, adopt, compare.

The GUI, the CLI and the documents call these. Every change runs inside the caller's
transaction (``store.transaction()``): when the verdeelmotor refuses a change (infeasible
locks, an exchange that would go negative) the exception propagates, the transaction rolls
back and nothing has changed. Every accepted change is written to the change log.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from regietafel.domain.formatting import format_date
from regietafel.store.computation import SCOPE_NATIONAL, Computed, period_code  # noqa: F401 (SCOPE_NATIONAL re-exported)
from regietafel.store.database import EDITED_PERIODS
from regietafel.store.errors import ConflictError
from regietafel.store.models import Periode, Verdeling, Wijziging
from regietafel.store.session_memo import REFERENCE, remember
from regietafel.store.shared_texts import text as shared_text
from regietafel.store.texts import t
from regietafel.store.version_rows import write_allocations, write_rows
from regietafel.store.versions import (  # noqa: F401 (the reads, re-exported: callers import them from here)
    CONSTRAINT_KINDS,
    VerdelingSettings,
    allocations,
    art29_peildatum,
    compute,
    default_settings,
    gemeente_codes,
    national_total,
    period_id,
    provincial_total,
    settings_of,
    versions,
)

CHANGED_VERSIONS = "changed_versions"  # session.info: version id -> the version this session changed


class ReadOnlyError(ValueError):
    """A vastgesteld version cannot change; start a new concept from it."""


def _period_code(session: Session, verdeling: Verdeling) -> str:
    return period_code(session, verdeling.periode_id)


# --- changing ----------------------------------------------------------------------------

def _log(session: Session, verdeling_id: int | None, actie: str, omschrijving: str, reden: str = "") -> None:
    session.execute(_LOG_ENTRY, {"tijdstip": dt.datetime.now().replace(microsecond=0), "verdeling_id": verdeling_id,
                                 "actie": actie, "omschrijving": omschrijving, "reden": reden,
                                 "gebruiker": session.info.get("user", "")})


_LOG_ENTRY = insert(cast(Table, Wijziging.__table__))  # a Core statement, built once: cheaper than the ORM's unit of work


def _for_change(session: Session, verdeling_id: int, expected: int | None) -> Verdeling:
    """The version, locked until the commit (the row on PostgreSQL, the file on SQLite), its
    change number checked against the one the caller loaded (``expected``; None: no check) and
    raised. A second writer who loaded the same number waits for the first, then gets a conflict:
    nothing is silently overwritten.

    One statement (PostgreSQL, SQLite from 3.35): raising the number takes the lock, and RETURNING
    reads the row as it is now (on PostgreSQL a waiting writer's UPDATE sees the newest committed
    number), its period's code beside it. A refused change raises, and its transaction rolls the
    number back."""
    raised = (update(Verdeling).where(Verdeling.id == verdeling_id)
              .values(wijzigingsnummer=Verdeling.wijzigingsnummer + 1))
    if session.get_bind().dialect.update_returning:
        # In the scalar subquery ``id`` is the period's and ``periode_id`` the version's by SQL's
        # scoping (SQLite's RETURNING names columns unqualified); a test checks the code per engine.
        code = select(Periode.code).where(Periode.id == Verdeling.periode_id).scalar_subquery()
        # The returned row refreshes a loaded object (populate_existing); nothing else to synchronize.
        verdeling, periode = session.execute(raised.returning(Verdeling, code), execution_options={
            "populate_existing": True, "synchronize_session": False}).one()
        remember(session, REFERENCE, ("period_code", verdeling.periode_id), periode)
    else:  # SQLite before 3.35 has no RETURNING: the lock first, then the row
        session.execute(raised, execution_options={"synchronize_session": False})
        verdeling = session.get_one(Verdeling, verdeling_id, populate_existing=True)
    # The session holds loaded objects weakly: kept here, the new number needs no query afterwards.
    session.info.setdefault(CHANGED_VERSIONS, {})[verdeling_id] = verdeling
    if expected is not None and verdeling.wijzigingsnummer != expected + 1:
        raise conflict(session, verdeling)
    return verdeling


def change_number(session: Session, verdeling_id: int) -> int:
    """The version's change number now (what the next change of the caller must expect): after
    a change in this session known without asking the database (a rollback expires it)."""
    return session.get_one(Verdeling, verdeling_id).wijzigingsnummer


def conflict(session: Session, verdeling: Verdeling) -> ConflictError:
    """The conflict message: who changed the version last, and when."""
    last = session.scalar(select(Wijziging).where(Wijziging.verdeling_id == verdeling.id)
                          .order_by(Wijziging.id.desc()).limit(1))
    if last is None or not last.gebruiker:
        return ConflictError(shared_text("conflict.unknown", version=verdeling.versie))
    when = last.tijdstip.strftime("%H:%M")
    if last.tijdstip.date() != dt.date.today():
        when = f"{format_date(last.tijdstip.date())} {when}"
    return ConflictError(shared_text("conflict", version=verdeling.versie, who=last.gebruiker, time=when))


def _guard_concept(verdeling: Verdeling) -> None:
    if verdeling.status != "concept":
        raise ReadOnlyError(t("distributions.version_version_is_adopted_and_cannot", version=verdeling.versie))


def apply_settings(session: Session, verdeling_id: int, new: VerdelingSettings, omschrijving: str,
                   reden: str = "", actie: str = "wijziging", expected: int | None = None) -> Computed:
    """Change a concept version to ``new`` settings and recompute; raises without writing.

    ``expected``: the change number the caller's view was loaded with (ConflictError if another
    user changed the version since)."""
    return _store_settings(session, _for_change(session, verdeling_id, expected), new, omschrijving, reden, actie)


def _store_settings(session: Session, verdeling: Verdeling, new: VerdelingSettings, omschrijving: str, reden: str,
                    actie: str, fresh: bool = False) -> Computed:
    """:func:`apply_settings` on a version already locked for the change (``fresh``: just
    inserted in this unit of work, nothing stored for it yet)."""
    _guard_concept(verdeling)
    session.info.setdefault(EDITED_PERIODS, set()).add(_period_code(session, verdeling))
    if new.totaal < 0:
        raise ValueError(t("distributions.the_total_must_not_be_negative"))
    computed = compute(session, verdeling, new)  # refuses before anything is written
    ids = computed.gemeente_ids  # every gemeente a constraint or exchange may name (compute checks)
    data = json.loads(new.sleutel)
    data["bereik"] = new.bereik
    columns = {"totaal": new.totaal, "methode": new.methode, "sleutel": json.dumps(data, sort_keys=True),
               "peildatum": new.key_spec.peildatum, "overschot_beleid": new.overschot_beleid, "indeling": new.indeling}
    for name, value in columns.items():
        if getattr(verdeling, name) != value:  # only a real change makes the version dirty (and flushed)
            setattr(verdeling, name, value)
    exchanges = [(ids[van], ids[naar], aantal, reden_u, dt.date.fromisoformat(datum) if datum else None)
                 for van, naar, aantal, reden_u, datum in new.uitwisselingen]
    write_rows(session, verdeling, computed, {(ids[code], soort): waarde for code, soort, waarde in new.beperkingen},
               exchanges, fresh)
    if not fresh or new.beperkingen or new.uitwisselingen:
        # Written beside the version's collections (the ORM keeps the rows it holds in step): read again.
        session.expire(verdeling, ["beperkingen", "uitwisselingen"])
    _log(session, verdeling.id, actie, omschrijving, reden)
    return computed


def create_concept(session: Session, categorie: str, periode: str, provincie_id: int | None,
                   settings: VerdelingSettings, basis: Verdeling | None = None, reden: str = "") -> Verdeling:
    existing = versions(session, categorie, periode, provincie_id)
    data = json.loads(settings.sleutel)
    data["bereik"] = settings.bereik
    verdeling = Verdeling(
        categorie=categorie, periode_id=period_id(session, periode), provincie_id=provincie_id,
        versie=(existing[-1].versie + 1) if existing else 1, status="concept", totaal=settings.totaal,
        methode=settings.methode, sleutel=json.dumps(data, sort_keys=True), peildatum=settings.key_spec.peildatum,
        overschot_beleid=settings.overschot_beleid, indeling=settings.indeling,
        basis_id=basis.id if basis else None, aangemaakt_op=dt.datetime.now().replace(microsecond=0),
        beperkingen=[], uitwisselingen=[],  # known to be empty: not loaded back from the database
    )
    _insert_version(session, verdeling)
    omschrijving = (t("store.new_from", version=verdeling.versie, base=basis.versie)
                    if basis else t("store.new", version=verdeling.versie))
    # Nobody else can see the new row before the commit: no lock or change number to check.
    _store_settings(session, verdeling, settings, omschrijving, reden, "nieuw", fresh=True)
    return verdeling


def _insert_version(session: Session, verdeling: Verdeling) -> None:
    """Two users starting the same version number at once on a server: one gets it, the other a
    ConflictError (in a savepoint, so their transaction goes on). A SQLite file has one writer,
    and its driver's SAVEPOINT outside a transaction would commit early: a plain insert there."""
    if session.get_bind().dialect.name == "sqlite":
        session.add(verdeling)
        session.flush()
        return
    try:
        with session.begin_nested():
            session.add(verdeling)
            session.flush()
    except IntegrityError as error:
        raise ConflictError(shared_text("conflict.new_version")) from error


def ensure_version(session: Session, categorie: str, periode: str, provincie_id: int) -> Verdeling | None:
    """The newest version, creating a first concept from the known total if there is none
    (not for a user who may only read: then None)."""
    existing = versions(session, categorie, periode, provincie_id)
    if existing:
        return existing[-1]
    settings = default_settings(session, categorie, periode, provincie_id)
    if settings is None or session.info.get("read_only"):
        return None
    try:
        created = create_concept(session, categorie, periode, provincie_id, settings)
        # Its settings were set again after the insert: flushed now (no change to write), the
        # session has nothing pending and the next reader is answered from the session's memo.
        session.flush()
        return created
    except ConflictError:  # another user created the first version just now: show theirs
        return versions(session, categorie, periode, provincie_id)[-1]


def adopt(session: Session, verdeling_id: int, datum: dt.date, vergadering_id: int | None = None,
          reden: str = "", expected: int | None = None) -> None:
    """Mark a concept vastgesteld: from now on read-only history. Atomic for everyone: the
    version is locked and its change number checked, so no one changes it while it is adopted.
    The numbers adopted are the version's numbers now (official figures imported since its last
    change included)."""
    verdeling = _for_change(session, verdeling_id, expected)
    _guard_concept(verdeling)
    write_allocations(session, verdeling, compute(session, verdeling))
    verdeling.status = "vastgesteld"
    verdeling.vastgesteld_op = datum
    verdeling.vergadering_id = vergadering_id
    _log(session, verdeling.id, "vastgesteld",
         t("store.adopted", version=verdeling.versie, date=format_date(datum)), reden)


def new_concept_from(session: Session, verdeling_id: int, reden: str = "") -> Verdeling:
    basis = session.get_one(Verdeling, verdeling_id)
    return create_concept(session, basis.categorie, _period_code(session, basis), basis.provincie_id,
                          settings_of(session, basis), basis=basis, reden=reden)


def change_log(session: Session, verdeling_id: int) -> list[Wijziging]:
    return list(session.scalars(
        select(Wijziging).where(Wijziging.verdeling_id == verdeling_id).order_by(Wijziging.id)
    ))
