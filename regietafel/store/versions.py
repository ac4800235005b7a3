"""Distribution versions as read: a version's settings, its computation, the totals it divides,
the stored allocations, and the first concept's settings. The GUI, the imports and the documents
read through these; changing a version is :mod:`regietafel.store.distributions`.

Every read here also answers the export's plain session (:mod:`regietafel.store.plain_session`)
with the same result; that path imports no SQLAlchemy, so neither does this module.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from regietafel.domain.language import get_language
from regietafel.domain.periods import HalfYear
from regietafel.domain.verdeelmotor import Method, SurplusPolicy
from regietafel.store import areas
from regietafel.store.computation import (
    SCOPE_NATIONAL,
    SCOPE_PROVINCE,
    Computed,
    compute_version,
    regio_groups,
    regio_totals,
)
from regietafel.store.computation import gemeenten as _gemeenten
from regietafel.store.keys import KeySpec
from regietafel.store.plain_session import is_plain, marks
from regietafel.store.session_memo import ANY_WRITE, REFERENCE, memoized
from regietafel.store.texts import t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from regietafel.store.models import Opgave, Verdeling

CONSTRAINT_KINDS = ("vast", "minimum", "maximum", "verrekening")
CONCEPTS_IN_MEMORY = "concepts_in_memory"  # a plain session's info: concept id -> its allocations

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


def period_id(session: Session, code: str) -> int:
    found = memoized(session, REFERENCE, ("period_id", code), lambda: _period_id(session, code))
    if found is None:
        raise ValueError(t("distributions.unknown_period_code", code=code))
    return found


def _period_id(session: Session, code: str) -> int | None:
    if is_plain(session):
        return next((row[0] for row in session.rows("SELECT id FROM periode WHERE code = ?", [code])), None)
    from sqlalchemy import select

    from regietafel.store.models import Periode

    return session.scalar(select(Periode.id).where(Periode.code == code))


def versions(session: Session, categorie: str, periode: str, provincie_id: int | None) -> list[Verdeling]:
    return list(_versions_of_province(session, periode, provincie_id).get(categorie, ()))


def _versions_of_province(session: Session, periode: str, provincie_id: int | None) -> dict[str, list[Verdeling]]:
    """Every version of a province (None: the national ones) and period, per category in version
    order: one query answers each opgave's list (a document asks all five, some several times)."""
    def load() -> dict[str, list[Verdeling]]:
        found: dict[str, list[Verdeling]] = {}
        for verdeling in _versions_query(session, period_id(session, periode), provincie_id):
            found.setdefault(verdeling.categorie, []).append(verdeling)
        return found

    return memoized(session, ANY_WRITE, ("versions", periode, provincie_id), load)


def _versions_query(session: Session, periode_id: int, provincie_id: int | None) -> list[Verdeling]:
    """The versions of a province (None: the national ones) in one period, in version order; on a
    plain session as records with their constraints and exchanges (the ORM's relationships)."""
    if not is_plain(session):
        from sqlalchemy import select

        from regietafel.store.models import Verdeling

        return list(session.scalars(select(Verdeling).where(
            Verdeling.periode_id == periode_id,
            Verdeling.provincie_id.is_(None) if provincie_id is None else Verdeling.provincie_id == provincie_id,
        ).order_by(Verdeling.versie, Verdeling.id)))
    found = session.records("SELECT * FROM verdeling WHERE periode_id = ? AND provincie_id IS ? "
                            "ORDER BY versie, id", [periode_id, provincie_id])
    ids = [verdeling.id for verdeling in found]
    constraints = session.records(f"SELECT * FROM beperking WHERE verdeling_id IN ({marks(ids)})", ids)
    exchanges = session.records(f"SELECT * FROM uitwisseling WHERE verdeling_id IN ({marks(ids)})", ids)
    for verdeling in found:
        verdeling.beperkingen = [row for row in constraints if row.verdeling_id == verdeling.id]
        verdeling.uitwisselingen = [row for row in exchanges if row.verdeling_id == verdeling.id]
    return found


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
        for opgave in _totals_query(session, period_id(session, periode)):  # the newest (highest id) last: it wins
            found[(opgave.categorie, opgave.niveau, opgave.provincie_id if opgave.niveau == "provincie" else None)] = opgave
        return found

    return memoized(session, REFERENCE, ("totals", periode), load)


def _totals_query(session: Session, periode_id: int) -> list[Opgave]:
    if is_plain(session):
        return session.records("SELECT * FROM opgave WHERE niveau IN ('provincie', 'nationaal') AND periode_id = ? "
                               "ORDER BY id", [periode_id])
    from sqlalchemy import select

    from regietafel.store.models import Opgave

    return list(session.scalars(select(Opgave).where(
        Opgave.niveau.in_(("provincie", "nationaal")), Opgave.periode_id == periode_id).order_by(Opgave.id)))


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
    return dict(memoized(session, REFERENCE, ("gemeente_codes",), lambda: dict(_gemeente_codes(session))))


def _gemeente_codes(session: Session) -> list[tuple[int, str]]:
    if is_plain(session):
        return session.rows("SELECT id, code FROM gemeente")
    from sqlalchemy import select

    from regietafel.store.models import Gemeente

    return list(session.execute(select(Gemeente.id, Gemeente.code)).all())


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
    if is_plain(session):
        sql = ("SELECT sum(o.aantal) FROM opgave o JOIN gemeente g ON g.id = o.gemeente_id WHERE o.categorie = ? "
               "AND o.niveau = 'gemeente' AND o.periode_id = ?")
        parameters = [categorie, period_id(session, periode)]
        if provincie_id is not None:
            sql, parameters = sql + " AND g.provincie_id = ?", [*parameters, provincie_id]
        return session.rows(sql, parameters)[0][0] or 0
    from sqlalchemy import func, select

    from regietafel.store.models import Gemeente, Opgave

    query = select(func.sum(Opgave.aantal)).join(Gemeente, Gemeente.id == Opgave.gemeente_id).where(
        Opgave.categorie == categorie, Opgave.niveau == "gemeente", Opgave.periode_id == period_id(session, periode))
    if provincie_id is not None:
        query = query.where(Gemeente.provincie_id == provincie_id)
    return session.scalar(query) or 0


def first_concept(session: Session, categorie: str, periode: str, provincie_id: int) -> Verdeling | None:
    """On a plain session, which never writes: the first concept ``distributions.ensure_version``
    would create and store, made in memory (a negative id) and known to the session's later reads
    as if stored: among the province's versions, its allocations its computation's numbers."""
    settings = default_settings(session, categorie, periode, provincie_id)
    if settings is None:
        return None
    data = json.loads(settings.sleutel)
    data["bereik"] = settings.bereik
    made = session.info.setdefault(CONCEPTS_IN_MEMORY, {})
    # A record with the model's columns, standing in for one (as the plain session's records do).
    verdeling: Any = SimpleNamespace(
        id=-(len(made) + 1), categorie=categorie, periode_id=period_id(session, periode), provincie_id=provincie_id,
        opgave_id=None, versie=1, status="concept", totaal=settings.totaal, methode=settings.methode,
        sleutel=json.dumps(data, sort_keys=True), peildatum=settings.key_spec.peildatum,
        overschot_beleid=settings.overschot_beleid, indeling=settings.indeling, basis_id=None,
        vastgesteld_op=None, vergadering_id=None, aangemaakt_op=dt.datetime.now().replace(microsecond=0),
        toelichting="", wijzigingsnummer=1, beperkingen=[], uitwisselingen=[])
    computed = compute(session, verdeling, settings)
    made[verdeling.id] = {code: computed.final[code] for code in computed.scope_codes}
    _versions_of_province(session, periode, provincie_id).setdefault(categorie, []).append(verdeling)
    return verdeling


def allocations(session: Session, verdeling_id: int) -> dict[str, int]:
    if verdeling_id < 0:  # a concept made in memory (first_concept): what it would have stored
        return dict(session.info[CONCEPTS_IN_MEMORY][verdeling_id])
    if is_plain(session):
        return dict(session.rows("SELECT g.code, t.aantal FROM toewijzing t JOIN gemeente g ON g.id = t.gemeente_id "
                                 "WHERE t.verdeling_id = ?", [verdeling_id]))
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, Toewijzing

    return dict(session.execute(
        select(Gemeente.code, Toewijzing.aantal).join(Gemeente, Gemeente.id == Toewijzing.gemeente_id)
        .where(Toewijzing.verdeling_id == verdeling_id)
    ).all())
