"""Distribution versions: create, change, compute, adopt, compare.

The GUI, the CLI and the documents call these. Every change runs inside the caller's
transaction (``store.transaction()``): when the verdeelmotor refuses a change (infeasible
locks, an exchange that would go negative) the exception propagates, the transaction rolls
back and nothing has changed. Every accepted change is written to the change log.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from fractions import Fraction

from sqlalchemy import delete, func, insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from regietafel.domain.formatting import format_date
from regietafel.domain.language import get_language
from regietafel.domain.periods import HalfYear
from regietafel.domain.verdeelmotor import (
    Method,
    SurplusPolicy,
)
from regietafel.store import areas
from regietafel.store.computation import (
    SCOPE_NATIONAL,
    SCOPE_PROVINCE,
    Computed,
    compute_version,
    period_code,
    regio_groups,
    regio_totals,
)
from regietafel.store.computation import gemeenten as _gemeenten
from regietafel.store.database import EDITED_PERIODS
from regietafel.store.errors import ConflictError
from regietafel.store.keys import KeySpec
from regietafel.store.models import (
    Beperking,
    Gemeente,
    Opgave,
    Periode,
    Toewijzing,
    Uitwisseling,
    Verdeling,
    Wijziging,
)
from regietafel.store.session_memo import ANY_WRITE, REFERENCE, memoized
from regietafel.store.shared_texts import text as shared_text
from regietafel.store.texts import t

CONSTRAINT_KINDS = ("vast", "minimum", "maximum", "verrekening")


class ReadOnlyError(ValueError):
    """A vastgesteld version cannot change; start a new concept from it."""


@dataclass(frozen=True)
class VerdelingSettings:
    """Everything a user can change about a version: one snapshot for undo/redo and the log.

    Gemeenten are named by CBS code so a snapshot reads well in the change log.
    """

    totaal: int
    methode: str
    sleutel: str
    overschot_beleid: str = SurplusPolicy.KEEP.value
    indeling: str | None = None
    bereik: str = SCOPE_PROVINCE
    beperkingen: tuple[tuple[str, str, int], ...] = ()  # (code, soort, waarde), sorted
    uitwisselingen: tuple[tuple[str, str, int, str, str | None], ...] = ()  # van, naar, aantal, reden, datum

    @property
    def key_spec(self) -> KeySpec:
        return KeySpec.from_json(self.sleutel)

    def constraint_value(self, code: str, soort: str) -> int | None:
        return next((w for c, s, w in self.beperkingen if c == code and s == soort), None)

    def with_constraint(self, code: str, soort: str, waarde: int | None) -> VerdelingSettings:
        rest = [(c, s, w) for c, s, w in self.beperkingen if not (c == code and s == soort)]
        if waarde is not None:
            rest.append((code, soort, waarde))
        return replace(self, beperkingen=tuple(sorted(rest)))

    def without_constraints(self, code: str) -> VerdelingSettings:
        return replace(self, beperkingen=tuple(b for b in self.beperkingen if b[0] != code))

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True, default=list)


# --- reading -----------------------------------------------------------------------------

def period_id(session: Session, code: str) -> int:
    found = memoized(session, REFERENCE, ("period_id", code),
                     lambda: session.scalar(select(Periode.id).where(Periode.code == code)))
    if found is None:
        raise ValueError(t("distributions.unknown_period_code", code=code))
    return found


def versions(session: Session, categorie: str, periode: str, provincie_id: int | None) -> list[Verdeling]:
    return list(_versions_of_province(session, periode, provincie_id).get(categorie, ()))


def _versions_of_province(session: Session, periode: str, provincie_id: int | None) -> dict[str, list[Verdeling]]:
    """Every version of a province (None: the national ones) and period, per category in version
    order: one query answers each opgave's list (a document asks all five, some several times)."""
    def load() -> dict[str, list[Verdeling]]:
        found: dict[str, list[Verdeling]] = {}
        for verdeling in session.scalars(select(Verdeling).where(
            Verdeling.periode_id == period_id(session, periode),
            Verdeling.provincie_id.is_(None) if provincie_id is None else Verdeling.provincie_id == provincie_id,
        ).order_by(Verdeling.versie, Verdeling.id)):
            found.setdefault(verdeling.categorie, []).append(verdeling)
        return found

    return memoized(session, ANY_WRITE, ("versions", periode, provincie_id), load)


def settings_of(session: Session, verdeling: Verdeling) -> VerdelingSettings:
    codes = gemeente_codes(session)
    spec = KeySpec.from_json(verdeling.sleutel)
    data = json.loads(verdeling.sleutel)
    return VerdelingSettings(
        totaal=verdeling.totaal,
        methode=verdeling.methode,
        sleutel=spec.to_json(),
        overschot_beleid=verdeling.overschot_beleid,
        indeling=verdeling.indeling,
        bereik=data.get("bereik", SCOPE_PROVINCE),
        beperkingen=tuple(sorted((codes[b.gemeente_id], b.soort, b.waarde) for b in verdeling.beperkingen)),
        uitwisselingen=tuple(
            (codes[u.van_gemeente_id], codes[u.naar_gemeente_id], u.aantal, u.reden,
             u.datum.isoformat() if u.datum else None)
            for u in sorted(verdeling.uitwisselingen, key=lambda u: u.id or 0)
        ),
    )


def provincial_total(session: Session, categorie: str, periode: str, provincie_id: int) -> Opgave | None:
    return _totals(session, periode).get((categorie, "provincie", provincie_id))


def national_total(session: Session, categorie: str, periode: str) -> Opgave | None:
    return _totals(session, periode).get((categorie, "nationaal", None))


def _totals(session: Session, periode: str) -> dict[tuple[str, str, int | None], Opgave]:
    """The national and provincial totals of a period by (categorie, niveau, provincie; None for
    a national one), the newest import of each: read once for every opgave and province."""
    def load() -> dict[tuple[str, str, int | None], Opgave]:
        found: dict[tuple[str, str, int | None], Opgave] = {}
        for opgave in session.scalars(select(Opgave).where(
            Opgave.niveau.in_(("provincie", "nationaal")), Opgave.periode_id == period_id(session, periode),
        ).order_by(Opgave.id)):  # the newest (highest id) last: it wins
            found[(opgave.categorie, opgave.niveau, opgave.provincie_id if opgave.niveau == "provincie" else None)] = opgave
        return found

    return memoized(session, REFERENCE, ("totals", periode), load)


# --- computing ---------------------------------------------------------------------------

def compute(session: Session, verdeling: Verdeling, settings: VerdelingSettings | None = None) -> Computed:
    """Run the verdeelmotor for a version (or for proposed ``settings`` of it); no writes.
    See :mod:`regietafel.store.computation` (official figures, the province's fixed sum).

    Computed once per session for the same version and settings (a new concept is computed when
    it is made, and again for its worksheet): the result depends on nothing else but reference
    data, whose change forgets it (:mod:`regietafel.store.session_memo`)."""
    settings = settings or settings_of(session, verdeling)
    if verdeling.id is None:
        return compute_version(session, verdeling, settings)
    key = ("computed", verdeling.id, verdeling.categorie, verdeling.periode_id, verdeling.provincie_id, settings,
           get_language())
    return memoized(session, REFERENCE, key, lambda: compute_version(session, verdeling, settings))


def gemeente_codes(session: Session) -> dict[int, str]:
    """id -> CBS code of every gemeente (also those merged away: old versions name them)."""
    return dict(memoized(session, REFERENCE, ("gemeente_codes",),
                         lambda: dict(session.execute(select(Gemeente.id, Gemeente.code)).all())))


def _period_code(session: Session, verdeling: Verdeling) -> str:
    return period_code(session, verdeling.periode_id)


def _write_toewijzingen(session: Session, verdeling: Verdeling, computed: Computed, fresh: bool = False) -> None:
    """Store the result per gemeente: only the rows that changed are written (a lock in a national
    distribution of 342 gemeenten changes a handful), in bulk statements by primary key."""
    ids = _gemeente_ids(session)
    moved: dict[str, list[str]] = {}
    for entry in computed.exchange_log:
        e = entry.exchange
        moved.setdefault(e.from_unit, []).append(t("store.moved_out", amount=e.amount, unit=e.to_unit, reason=e.reason))
        moved.setdefault(e.to_unit, []).append(t("store.moved_in", amount=e.amount, unit=e.from_unit, reason=e.reason))
    wanted: dict[int, tuple[int, str, str, str]] = {}
    for code in computed.scope_codes:
        line = computed.result.line(code)
        text = "; ".join(filter(None, [computed.account(code), *moved.get(code, [])]))
        wanted[ids[code]] = (computed.final[code], _exact(line.key), _exact(line.quota), text)
    columns = (Toewijzing.gemeente_id, Toewijzing.aantal, Toewijzing.sleutelwaarde, Toewijzing.quotum,
               Toewijzing.verantwoording)
    stored = {} if fresh else {(row[0],): tuple(row[1:]) for row in session.execute(
        select(*columns).where(Toewijzing.verdeling_id == verdeling.id))}
    _write_changed(session, Toewijzing, verdeling.id, ("gemeente_id",), ("aantal", "sleutelwaarde", "quotum", "verantwoording"),
                   stored, {(gemeente_id,): values for gemeente_id, values in wanted.items()})
    session.expire(verdeling, ["regels"])


def _gemeente_ids(session: Session) -> dict[str, int]:
    return {code: gid for gid, code in gemeente_codes(session).items()}


def _write_constraints(session: Session, verdeling_id: int, wanted: dict[tuple[int, str], int],
                       fresh: bool = False) -> None:
    """Store a version's constraints ((gemeente id, kind) -> value): only those that changed are
    written (an edit fixes one number among a version's agreements); ``fresh``: none stored yet."""
    stored = {} if fresh else {(gemeente_id, soort): (waarde,) for gemeente_id, soort, waarde in session.execute(
        select(Beperking.gemeente_id, Beperking.soort, Beperking.waarde).where(Beperking.verdeling_id == verdeling_id))}
    _write_changed(session, Beperking, verdeling_id, ("gemeente_id", "soort"), ("waarde",), stored,
                   {key: (waarde,) for key, waarde in wanted.items()})


def _write_changed(session: Session, model, verdeling_id: int, keys: tuple[str, ...], values: tuple[str, ...],
                   stored: dict[tuple, tuple], wanted: dict[tuple, tuple]) -> None:
    """Bring a version's rows of ``model`` from ``stored`` to ``wanted`` (key columns -> value
    columns, both as tuples in the order of ``keys`` and ``values``): rows gone are deleted, new
    ones inserted, changed ones updated by primary key, in bulk; unchanged rows are not touched."""
    gone = [key for key in stored if key not in wanted]
    if gone:
        key_columns = [getattr(model, name) for name in keys]
        session.execute(delete(model).where(model.verdeling_id == verdeling_id, tuple_(*key_columns).in_(gone)))
    rows: dict[str, list[dict]] = {"new": [], "changed": []}
    for key, value in wanted.items():
        if stored.get(key) != value:
            rows["changed" if key in stored else "new"].append(
                {"verdeling_id": verdeling_id, **dict(zip(keys, key, strict=True)), **dict(zip(values, value, strict=True))})
    if rows["new"]:
        session.execute(insert(model), rows["new"])
    if rows["changed"]:
        session.execute(update(model), rows["changed"])


def _write_exchanges(session: Session, verdeling_id: int, wanted: list[tuple], fresh: bool = False) -> None:
    """Store a version's exchanges (van, naar, aantal, reden, datum; in this order): new ones
    added after those stored, else all written again (their order is their ids'); ``fresh``:
    none stored yet."""
    columns = (Uitwisseling.van_gemeente_id, Uitwisseling.naar_gemeente_id, Uitwisseling.aantal,
               Uitwisseling.reden, Uitwisseling.datum)
    stored = [] if fresh else [tuple(row) for row in session.execute(
        select(*columns).where(Uitwisseling.verdeling_id == verdeling_id).order_by(Uitwisseling.id))]
    if wanted[:len(stored)] != stored:
        session.execute(delete(Uitwisseling).where(Uitwisseling.verdeling_id == verdeling_id))
        stored = []
    added = [dict(zip(("van_gemeente_id", "naar_gemeente_id", "aantal", "reden", "datum"), exchange, strict=True),
                  verdeling_id=verdeling_id) for exchange in wanted[len(stored):]]
    if added:
        session.execute(insert(Uitwisseling), added)


def _exact(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


# --- changing ----------------------------------------------------------------------------

def _log(session: Session, verdeling_id: int | None, actie: str, omschrijving: str, reden: str = "") -> None:
    session.add(Wijziging(tijdstip=dt.datetime.now().replace(microsecond=0), verdeling_id=verdeling_id,
                          actie=actie, omschrijving=omschrijving, reden=reden,
                          gebruiker=session.info.get("user", "")))


def _for_change(session: Session, verdeling_id: int, expected: int | None) -> Verdeling:
    """The version, locked until the commit (the row on PostgreSQL, the file on SQLite), its
    change number checked against the one the caller loaded (``expected``; None: no check) and
    raised. A second writer who loaded the same number waits for the first, then gets a conflict:
    nothing is silently overwritten."""
    # A write that changes nothing takes the lock first (PostgreSQL: this row; SQLite: the
    # database), so the number read next is the newest committed one.
    session.execute(update(Verdeling).where(Verdeling.id == verdeling_id)
                    .values(wijzigingsnummer=Verdeling.wijzigingsnummer))
    verdeling = session.get_one(Verdeling, verdeling_id, populate_existing=True)
    if expected is not None and verdeling.wijzigingsnummer != expected:
        raise conflict(session, verdeling)
    verdeling.wijzigingsnummer += 1
    return verdeling


def change_number(session: Session, verdeling_id: int) -> int:
    """The version's change number now (what the next change of the caller must expect)."""
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
    ids = _gemeente_ids(session)
    verdeling.totaal = new.totaal
    verdeling.methode = new.methode
    data = json.loads(new.sleutel)
    data["bereik"] = new.bereik
    verdeling.sleutel = json.dumps(data, sort_keys=True)
    verdeling.peildatum = new.key_spec.peildatum
    verdeling.overschot_beleid = new.overschot_beleid
    verdeling.indeling = new.indeling
    _write_constraints(session, verdeling.id, {(ids[code], soort): waarde for code, soort, waarde in new.beperkingen},
                       fresh)
    _write_exchanges(session, verdeling.id, [
        (ids[van], ids[naar], aantal, reden_u, dt.date.fromisoformat(datum) if datum else None)
        for van, naar, aantal, reden_u, datum in new.uitwisselingen], fresh)
    if not fresh or new.beperkingen or new.uitwisselingen:
        # Written beside the version's collections (the ORM keeps the rows it holds in step): read again.
        session.expire(verdeling, ["beperkingen", "uitwisselingen"])
    _write_toewijzingen(session, verdeling, computed, fresh)
    _log(session, verdeling.id, actie, omschrijving, reden)
    return computed


def art29_peildatum(session: Session, half: HalfYear) -> dt.date | None:
    """Huisvestingswet art. 29: inwoners of 1 January of the preceding calendar year; the newest
    known date when that one is not in the database (the worksheet says so)."""
    wanted = half.population_reference_date
    return wanted if wanted in areas.population_dates(session) else areas.latest_population_date(session)


def default_settings(session: Session, categorie: str, periode: str, provincie_id: int) -> VerdelingSettings | None:
    """What a new concept starts with, or None when no total is known yet."""
    half = HalfYear.parse(periode)
    latest = areas.latest_population_date(session)
    if categorie == "huisvesting":
        opgave = national_total(session, categorie, periode)
        # Without a national number, the Rijk's taakstellingen per gemeente (if imported) stand on
        # their own; the art. 29 check then divides their national sum.
        total = opgave.aantal if opgave is not None else _official_sum(session, categorie, periode, None)
        if not total:
            return None
        return VerdelingSettings(total, Method.CEIL.value, KeySpec("inwoners", art29_peildatum(session, half)).to_json(),
                                 bereik=SCOPE_NATIONAL)
    if categorie == "oekraine":
        groups, _names, regio_ids = regio_groups(session, "veiligheidsregio", _gemeenten(session, provincie_id))
        given = regio_totals(session, categorie, periode, list(regio_ids.values()))
        if not given:
            opgave = provincial_total(session, categorie, periode, provincie_id)
            return None if opgave is None else VerdelingSettings(
                opgave.aantal, Method.HAMILTON.value, KeySpec("inwoners", latest).to_json())
        return VerdelingSettings(sum(given.values()), Method.HAMILTON.value, KeySpec("inwoners", latest).to_json(),
                                 indeling="veiligheidsregio")
    opgave = provincial_total(session, categorie, periode, provincie_id)
    if opgave is None:
        if categorie == "amv_nidos" and (national := national_total(session, categorie, periode)):
            return VerdelingSettings(national.aantal, Method.HAMILTON.value, KeySpec("inwoners", latest).to_json(),
                                     bereik=SCOPE_NATIONAL)
        # Only an official figure per gemeente (e.g. a verdeelbesluit): the province's sum of them.
        total = _official_sum(session, categorie, periode, provincie_id)
        return VerdelingSettings(total, Method.HAMILTON.value, KeySpec("inwoners", latest).to_json()) if total else None
    return VerdelingSettings(opgave.aantal, Method.HAMILTON.value, KeySpec("inwoners", latest).to_json())


def _official_sum(session: Session, categorie: str, periode: str, provincie_id: int | None) -> int:
    """The sum of the imported figures per gemeente (of a province, or of the country)."""
    query = select(func.sum(Opgave.aantal)).join(Gemeente, Gemeente.id == Opgave.gemeente_id).where(
        Opgave.categorie == categorie, Opgave.niveau == "gemeente", Opgave.periode_id == period_id(session, periode))
    if provincie_id is not None:
        query = query.where(Gemeente.provincie_id == provincie_id)
    return session.scalar(query) or 0


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
    _write_toewijzingen(session, verdeling, compute(session, verdeling))
    verdeling.status = "vastgesteld"
    verdeling.vastgesteld_op = datum
    verdeling.vergadering_id = vergadering_id
    _log(session, verdeling.id, "vastgesteld",
         t("store.adopted", version=verdeling.versie, date=format_date(datum)), reden)


def new_concept_from(session: Session, verdeling_id: int, reden: str = "") -> Verdeling:
    basis = session.get_one(Verdeling, verdeling_id)
    return create_concept(session, basis.categorie, _period_code(session, basis), basis.provincie_id,
                          settings_of(session, basis), basis=basis, reden=reden)


def allocations(session: Session, verdeling_id: int) -> dict[str, int]:
    return dict(session.execute(
        select(Gemeente.code, Toewijzing.aantal).join(Gemeente, Gemeente.id == Toewijzing.gemeente_id)
        .where(Toewijzing.verdeling_id == verdeling_id)
    ).all())


def change_log(session: Session, verdeling_id: int) -> list[Wijziging]:
    return list(session.scalars(
        select(Wijziging).where(Wijziging.verdeling_id == verdeling_id).order_by(Wijziging.id)
    ))
