"""Distribution versions: create, change, compute, adopt, compare.

The GUI, the CLI and the documents call these. Every change runs inside the caller's
transaction (``store.transaction()``): when the verdeelmotor refuses a change (infeasible
locks, an exchange that would go negative) the exception propagates, the transaction rolls
back and nothing has changed. Every accepted change is written to the change log.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from fractions import Fraction

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from regietafel.domain.formatting import format_date
from regietafel.domain.language import get_language
from regietafel.domain.periods import HalfYear
from regietafel.domain.verdeelmotor import (
    DistributionRequest,
    DistributionResult,
    Exchange,
    ExchangeLogEntry,
    Method,
    SurplusPolicy,
    UnitConstraint,
    apply_exchanges,
    distribute,
    distribute_two_level,
)
from regietafel.store import areas
from regietafel.store.database import EDITED_PERIODS, session_cache
from regietafel.store.errors import ConflictError
from regietafel.store.models import (
    Beperking,
    Gemeente,
    GemeenteRegio,
    Inwoners,
    Opgave,
    Periode,
    Regio,
    Toewijzing,
    Uitwisseling,
    Verdeling,
    Wijziging,
)
from regietafel.store.shared_texts import text as shared_text
from regietafel.store.sleutels import KeySpec, build_key
from regietafel.store.texts import t

CONSTRAINT_KINDS = ("vast", "minimum", "maximum", "verrekening")
SCOPE_PROVINCE, SCOPE_NATIONAL = "provincie", "landelijk"


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


@dataclass(frozen=True)
class Computed:
    """A computed version: the engine's account per gemeente, exchanges on top, final numbers."""

    result: DistributionResult
    steps: list[DistributionResult]  # one per regio in a two-level distribution, else [result]
    group_result: DistributionResult | None
    final: dict[str, int]  # code -> number after exchanges (what the version assigns)
    exchange_log: list[ExchangeLogEntry]
    scope_codes: list[str]  # the gemeenten this version shows (the province's)
    notes: list[str]
    step_names: list[str] = field(default_factory=list)  # the regio of each step (two-level)

    def verantwoording_text(self) -> str:
        parts = []
        if self.group_result is not None:
            parts += [t("store.step1"), "", self.group_result.to_text(), ""]
            for step in self.steps:
                parts += [step.to_text(), ""]
        else:
            parts.append(self.result.to_text())
        if self.exchange_log:
            parts += ["", t("store.exchanges")] + ["  " + entry.text() for entry in self.exchange_log]
        for note in self.notes:
            parts.append(t("store.note", note=note))
        return "\n".join(parts)


# --- reading -----------------------------------------------------------------------------

def period_id(session: Session, code: str) -> int:
    found = session.scalar(select(Periode.id).where(Periode.code == code))
    if found is None:
        raise ValueError(t("distributions.unknown_period_code", code=code))
    return found


def versions(session: Session, categorie: str, periode: str, provincie_id: int | None) -> list[Verdeling]:
    return list(session.scalars(
        select(Verdeling).where(
            Verdeling.categorie == categorie,
            Verdeling.periode_id == period_id(session, periode),
            Verdeling.provincie_id.is_(None) if provincie_id is None else Verdeling.provincie_id == provincie_id,
        ).order_by(Verdeling.versie)
    ))


def settings_of(session: Session, verdeling: Verdeling) -> VerdelingSettings:
    codes = dict(session.execute(select(Gemeente.id, Gemeente.code)).all())
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
    return session.scalar(select(Opgave).where(
        Opgave.categorie == categorie, Opgave.niveau == "provincie",
        Opgave.periode_id == period_id(session, periode), Opgave.provincie_id == provincie_id,
    ).order_by(Opgave.id.desc()).limit(1))


def national_total(session: Session, categorie: str, periode: str) -> Opgave | None:
    return session.scalar(select(Opgave).where(
        Opgave.categorie == categorie, Opgave.niveau == "nationaal",
        Opgave.periode_id == period_id(session, periode),
    ).order_by(Opgave.id.desc()).limit(1))


def regio_sources(session: Session, categorie: str, periode: str, provincie_id: int, indeling: str) -> list[Opgave]:
    """The opgaven given per regio (e.g. Oekraïne per veiligheidsregio) for the province's regio's."""
    _groups, _names, regio_ids = _regio_groups(session, indeling, _gemeenten(session, provincie_id))
    return list(session.scalars(select(Opgave).where(
        Opgave.categorie == categorie, Opgave.niveau == "regio",
        Opgave.periode_id == period_id(session, periode), Opgave.regio_id.in_(list(regio_ids.values())),
    ).order_by(Opgave.id)))


def regio_totals(session: Session, categorie: str, periode: str, regio_ids: list[int]) -> dict[int, int]:
    return dict(session.execute(select(Opgave.regio_id, Opgave.aantal).where(
        Opgave.categorie == categorie, Opgave.niveau == "regio",
        Opgave.periode_id == period_id(session, periode), Opgave.regio_id.in_(regio_ids),
    )).all())


# --- computing ---------------------------------------------------------------------------

def _gemeenten(session: Session, provincie_id: int | None) -> dict[int, tuple[str, str]]:
    """The current gemeenten (id -> code, name) of a province, or of the Netherlands (None)."""
    key = ("gemeenten", provincie_id)
    cache = session_cache(session)
    if key not in cache:
        query = select(Gemeente.id, Gemeente.code, Gemeente.naam).where(Gemeente.geldig_tot.is_(None))
        if provincie_id is not None:
            query = query.where(Gemeente.provincie_id == provincie_id)
        cache[key] = {gid: (code, naam) for gid, code, naam in session.execute(query.order_by(Gemeente.code))}
    return dict(cache[key])


def _key(session: Session, spec: KeySpec, id_to_code: dict[int, str]) -> dict[str, Fraction]:
    """The distribution key's weights (built from population and indicators, not distributions)."""
    key = ("distribution_key", spec.to_json(), tuple(id_to_code.items()))
    cache = session_cache(session)
    if key not in cache:
        cache[key] = build_key(session, spec, id_to_code)
    return dict(cache[key])


def _regio_groups(session: Session, soort: str, gemeente_ids) -> tuple[dict[str, list[int]], dict[str, str], dict[str, int]]:
    rows = session.execute(
        select(Regio.id, Regio.code, Regio.naam, GemeenteRegio.gemeente_id)
        .join(GemeenteRegio, GemeenteRegio.regio_id == Regio.id)
        .where(Regio.soort == soort, GemeenteRegio.gemeente_id.in_(list(gemeente_ids)))
        .order_by(Regio.code)
    ).all()
    groups: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    ids: dict[str, int] = {}
    for regio_id, code, naam, gemeente_id in rows:
        groups.setdefault(code, []).append(gemeente_id)
        names[code] = naam
        ids[code] = regio_id
    return groups, names, ids


def compute(session: Session, verdeling: Verdeling, settings: VerdelingSettings | None = None) -> Computed:
    """Run the verdeelmotor for a version (or for proposed ``settings`` of it); no writes.

    A national distribution (every gemeente of the Netherlands, e.g. art. 29) is the same for
    every province with the same settings: computed once per unit of work, each province keeps
    its own gemeenten of it."""
    settings = settings or settings_of(session, verdeling)
    if settings.bereik == SCOPE_NATIONAL and not settings.indeling:
        key = ("national_distribution", settings, get_language())
        cache = session_cache(session)
        if key not in cache:
            cache[key] = _compute(session, verdeling, settings)
        scope = [code for code, _naam in _gemeenten(session, verdeling.provincie_id).values()]
        return replace(cache[key], scope_codes=scope)
    return _compute(session, verdeling, settings)


def _compute(session: Session, verdeling: Verdeling, settings: VerdelingSettings) -> Computed:
    spec = settings.key_spec
    scope = _gemeenten(session, verdeling.provincie_id)
    units = _gemeenten(session, None) if settings.bereik == SCOPE_NATIONAL else scope
    id_to_code = {gid: code for gid, (code, _naam) in units.items()}
    labels = {code: naam for code, naam in units.values()}
    keys = _key(session, spec, id_to_code)
    constraints: dict[str, UnitConstraint] = {}
    field_of = {"vast": "lock", "minimum": "minimum", "maximum": "maximum", "verrekening": "credit"}
    for code, soort, waarde in settings.beperkingen:
        if code not in labels:
            raise ValueError(t("distributions.code_is_not_one_of_the", code=code))
        constraints[code] = replace(constraints.get(code, UnitConstraint()), **{field_of[soort]: waarde})
    method = Method(settings.methode)
    policy = SurplusPolicy(settings.overschot_beleid)
    peildatum = spec.peildatum.isoformat() if spec.peildatum else None
    description = spec.describe()
    notes: list[str] = []
    group_result = None
    if settings.indeling:
        groups, group_names, regio_ids = _regio_groups(session, settings.indeling, units)
        code_groups = {g: [id_to_code[i] for i in members] for g, members in groups.items()}
        given = regio_totals(session, verdeling.categorie, _period_code(session, verdeling), list(regio_ids.values()))
        if given and all(regio_ids[g] in given for g in groups):
            # Targets given per regio (e.g. Oekraïne per veiligheidsregio): divide each as given.
            steps = [
                distribute(DistributionRequest(
                    total=given[regio_ids[g]], keys={c: keys[c] for c in members}, method=method,
                    constraints={c: constraints[c] for c in members if c in constraints},
                    surplus_policy=policy, key_description=t("store.key_regio", key=description, regio=group_names[g]),
                    peildatum=peildatum, labels={c: labels[c] for c in members},
                ))
                for g, members in code_groups.items()
            ]
            notes.append(t("store.per_regio"))
            step_names = [group_names[g] for g in code_groups]
        else:
            two = distribute_two_level(
                settings.totaal, code_groups, keys, method, constraints, policy,
                key_description=description, peildatum=peildatum, labels=labels, group_labels=group_names,
            )
            group_result = two.group_result
            steps = list(two.unit_results.values())
            step_names = [group_names[g] for g in two.unit_results]
        lines = [line for step in steps for line in step.lines]
        allocations = {line.unit: line.result for line in lines}
        result = DistributionResult(
            total=sum(step.total for step in steps), method=method, allocations=allocations, lines=lines,
            ties=[tie for step in steps for tie in step.ties], allocated_sum=sum(allocations.values()),
            exceeds_total=any(step.exceeds_total for step in steps), key_description=description,
            peildatum=peildatum, surplus_policy=policy, excess=sum(step.excess for step in steps), labels=labels,
        )
    else:
        result = distribute(DistributionRequest(
            total=settings.totaal, keys=keys, method=method, constraints=constraints, surplus_policy=policy,
            key_description=description, peildatum=peildatum, labels=labels,
        ))
        steps = [result]
        step_names = []
    exchanges = [Exchange(v, n, a, r, d) for v, n, a, r, d in settings.uitwisselingen]
    outcome = apply_exchanges(result, exchanges)
    scope_codes = [code for code, _naam in scope.values()]
    return Computed(result, steps, group_result, outcome.allocations, outcome.log, scope_codes, notes, step_names)


def _period_code(session: Session, verdeling: Verdeling) -> str:
    return session.scalar(select(Periode.code).where(Periode.id == verdeling.periode_id))


def _write_toewijzingen(session: Session, verdeling: Verdeling, computed: Computed) -> None:
    """Store the result per gemeente: only the rows that changed are written (a lock in a national
    distribution of 342 gemeenten changes a handful), in bulk statements by primary key."""
    ids = {code: gid for gid, code in session.execute(select(Gemeente.id, Gemeente.code))}
    moved: dict[str, list[str]] = {}
    for entry in computed.exchange_log:
        e = entry.exchange
        moved.setdefault(e.from_unit, []).append(t("store.moved_out", amount=e.amount, unit=e.to_unit, reason=e.reason))
        moved.setdefault(e.to_unit, []).append(t("store.moved_in", amount=e.amount, unit=e.from_unit, reason=e.reason))
    wanted: dict[int, tuple[int, str, str, str]] = {}
    for code in computed.scope_codes:
        line = computed.result.line(code)
        text = "; ".join(filter(None, [line.rounding, line.constraint, line.credit_note, *moved.get(code, [])]))
        wanted[ids[code]] = (computed.final[code], _exact(line.key), _exact(line.quota), text)
    columns = (Toewijzing.gemeente_id, Toewijzing.aantal, Toewijzing.sleutelwaarde, Toewijzing.quotum,
               Toewijzing.verantwoording)
    stored = {row[0]: tuple(row[1:]) for row in session.execute(
        select(*columns).where(Toewijzing.verdeling_id == verdeling.id))}
    gone = set(stored) - set(wanted)
    if gone:
        session.execute(delete(Toewijzing).where(Toewijzing.verdeling_id == verdeling.id,
                                                 Toewijzing.gemeente_id.in_(gone)))
    rows = {"new": [], "changed": []}
    for gemeente_id, (aantal, sleutel, quotum, text) in wanted.items():
        if stored.get(gemeente_id) != (aantal, sleutel, quotum, text):
            rows["changed" if gemeente_id in stored else "new"].append({
                "verdeling_id": verdeling.id, "gemeente_id": gemeente_id, "aantal": aantal,
                "sleutelwaarde": sleutel, "quotum": quotum, "verantwoording": text})
    if rows["new"]:
        session.execute(insert(Toewijzing), rows["new"])
    if rows["changed"]:
        session.execute(update(Toewijzing), rows["changed"])
    session.expire(verdeling, ["regels"])


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
    verdeling = session.get(Verdeling, verdeling_id, populate_existing=True)
    if expected is not None and verdeling.wijzigingsnummer != expected:
        raise conflict(session, verdeling)
    verdeling.wijzigingsnummer += 1
    return verdeling


def change_number(session: Session, verdeling_id: int) -> int:
    """The version's change number now (what the next change of the caller must expect)."""
    return session.get(Verdeling, verdeling_id).wijzigingsnummer


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
    verdeling = _for_change(session, verdeling_id, expected)
    _guard_concept(verdeling)
    session.info.setdefault(EDITED_PERIODS, set()).add(_period_code(session, verdeling))
    if new.totaal < 0:
        raise ValueError(t("distributions.the_total_must_not_be_negative"))
    computed = compute(session, verdeling, new)  # refuses before anything is written
    ids = {code: gid for gid, code in session.execute(select(Gemeente.id, Gemeente.code))}
    verdeling.totaal = new.totaal
    verdeling.methode = new.methode
    data = json.loads(new.sleutel)
    data["bereik"] = new.bereik
    verdeling.sleutel = json.dumps(data, sort_keys=True)
    verdeling.peildatum = new.key_spec.peildatum
    verdeling.overschot_beleid = new.overschot_beleid
    verdeling.indeling = new.indeling
    verdeling.beperkingen.clear()
    verdeling.uitwisselingen.clear()
    session.flush()
    for code, soort, waarde in new.beperkingen:
        verdeling.beperkingen.append(Beperking(gemeente_id=ids[code], soort=soort, waarde=waarde))
    for van, naar, aantal, reden_u, datum in new.uitwisselingen:
        verdeling.uitwisselingen.append(Uitwisseling(
            van_gemeente_id=ids[van], naar_gemeente_id=ids[naar], aantal=aantal, reden=reden_u,
            datum=dt.date.fromisoformat(datum) if datum else None,
        ))
    _write_toewijzingen(session, verdeling, computed)
    _log(session, verdeling.id, actie, omschrijving, reden)
    return computed


def default_settings(session: Session, categorie: str, periode: str, provincie_id: int) -> VerdelingSettings | None:
    """What a new concept starts with, or None when no total is known yet."""
    half = HalfYear.parse(periode)
    latest = areas.latest_population_date(session)
    if categorie == "huisvesting":
        opgave = national_total(session, categorie, periode)
        if opgave is None:
            return None
        # Huisvestingswet art. 29: inwoners of 1 January of the preceding calendar year.
        wanted = half.population_reference_date
        has_wanted = session.scalar(select(func.count()).select_from(Inwoners).where(Inwoners.peildatum == wanted))
        peildatum = wanted if has_wanted else latest
        return VerdelingSettings(opgave.aantal, Method.CEIL.value, KeySpec("inwoners", peildatum).to_json(),
                                 bereik=SCOPE_NATIONAL)
    if categorie == "oekraine":
        groups, _names, regio_ids = _regio_groups(session, "veiligheidsregio", _gemeenten(session, provincie_id))
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
        return None
    return VerdelingSettings(opgave.aantal, Method.HAMILTON.value, KeySpec("inwoners", latest).to_json())


def create_concept(session: Session, categorie: str, periode: str, provincie_id: int,
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
    )
    _insert_version(session, verdeling)
    omschrijving = (t("store.new_from", version=verdeling.versie, base=basis.versie)
                    if basis else t("store.new", version=verdeling.versie))
    apply_settings(session, verdeling.id, settings, omschrijving, reden, actie="nieuw")
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
        return create_concept(session, categorie, periode, provincie_id, settings)
    except ConflictError:  # another user created the first version just now: show theirs
        return versions(session, categorie, periode, provincie_id)[-1]


def adopt(session: Session, verdeling_id: int, datum: dt.date, vergadering_id: int | None = None,
          reden: str = "", expected: int | None = None) -> None:
    """Mark a concept vastgesteld: from now on read-only history. Atomic for everyone: the
    version is locked and its change number checked, so no one changes it while it is adopted."""
    verdeling = _for_change(session, verdeling_id, expected)
    _guard_concept(verdeling)
    verdeling.status = "vastgesteld"
    verdeling.vastgesteld_op = datum
    verdeling.vergadering_id = vergadering_id
    _log(session, verdeling.id, "vastgesteld",
         t("store.adopted", version=verdeling.versie, date=format_date(datum)), reden)


def new_concept_from(session: Session, verdeling_id: int, reden: str = "") -> Verdeling:
    basis = session.get(Verdeling, verdeling_id)
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
