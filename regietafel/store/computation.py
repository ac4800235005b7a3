"""Computing a distribution version: the verdeelmotor over the store's keys, official figures
first, and the province's own re-division inside its fixed sum.

Two ways, chosen per version:

* **one step** (a province divides its own total, no official figures per gemeente): the
  verdeelmotor divides the total by key and method with every lock, bound and credit;
* **province fixed** (the version is computed over the whole country, e.g. Huisvestingswet
  art. 29, or the Rijk published figures per gemeente): the computation runs without the
  province's constraints and is the check; each gemeente's basis is its official figure where
  one was imported, else the computed one; the province's sum of those is fixed, and locks,
  bounds and credit re-divide only inside it (:mod:`regietafel.domain.within_province`). Nothing
  the province does changes a number of another province.

Exchanges come on top in both ways and never change the sum.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import TYPE_CHECKING, cast

from regietafel.domain.formatting import format_int
from regietafel.domain.language import get_language
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
from regietafel.domain.within_province import divide_within_province
from regietafel.store.keys import KeySpec, build_key
from regietafel.store.official import OfficialFigure, official_figures, official_first
from regietafel.store.plain_session import NeedsOrm, is_plain, marks
from regietafel.store.session_memo import REFERENCE, memoized
from regietafel.store.texts import t
from regietafel.store.unit_of_work import cached, session_cache

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from regietafel.store.distributions import VerdelingSettings
    from regietafel.store.models import Opgave, Verdeling

SCOPE_PROVINCE, SCOPE_NATIONAL = "provincie", "landelijk"
FIELD_OF = {"vast": "lock", "minimum": "minimum", "maximum": "maximum", "verrekening": "credit"}


@dataclass(frozen=True)
class Computed:
    """A computed version: the engine's account per gemeente, exchanges on top, final numbers.

    ``result`` is the computation by key and method (in the province-fixed way: the check,
    without the province's constraints). ``basis`` is what each gemeente starts from (its
    official figure, else the computed one), ``within`` the re-division inside the province's
    sum when it has constraints.
    """

    result: DistributionResult
    steps: list[DistributionResult]  # one per regio in a two-level distribution, else [result]
    group_result: DistributionResult | None
    final: dict[str, int]  # code -> number after exchanges (what the version assigns)
    exchange_log: list[ExchangeLogEntry]
    scope_codes: list[str]  # the gemeenten this version shows (the province's)
    notes: list[str]
    step_names: list[str] = field(default_factory=list)  # the regio of each step (two-level)
    province_fixed: bool = False
    official: dict[str, OfficialFigure] = field(default_factory=dict)  # code -> imported figure
    computed_figures: dict[str, int] = field(default_factory=dict)  # code -> the computation's number
    basis: dict[str, int] = field(default_factory=dict)  # code -> official, else computed
    within: DistributionResult | None = None
    fixed_note: str = ""  # what the province-fixed way means here (one of ``notes``)
    gemeente_ids: dict[str, int] = field(default_factory=dict)  # code -> id of every gemeente divided over

    @property
    def province_total(self) -> int:
        """What the province divides: the sum over its own gemeenten."""
        return sum(self.final.get(code, 0) for code in self.scope_codes)

    def differences(self) -> dict[str, tuple[int, int]]:
        """code -> (official, computed) where an official figure differs from the computation."""
        return {code: (figure.aantal, self.computed_figures[code]) for code, figure in self.official.items()
                if code in self.computed_figures and figure.aantal != self.computed_figures[code]}

    def account(self, code: str) -> str:
        """How ``code``'s number came about, in one line: the computation's rounding, the
        official figure and its source, the re-division inside the province."""
        line = self.result.line(code)
        parts: list[str | None] = [line.rounding]
        if code in self.official:
            figure = self.official[code]
            parts.append(t("store.account_official", official=format_int(figure.aantal),
                           computed=format_int(self.computed_figures[code]), source=figure.bron))
        elif self.official:  # beside official figures, say which numbers are the computation's
            parts.append(t("store.account_computed"))
        if self.within is None:
            return "; ".join(filter(None, [*parts, line.constraint, line.credit_note]))
        adjusted = self.within.line(code)
        parts += [adjusted.constraint, adjusted.credit_note]
        if adjusted.result != self.basis[code] and not adjusted.constraint:
            parts.append(t("store.account_within", basis=format_int(self.basis[code]), result=format_int(adjusted.result)))
        return "; ".join(filter(None, parts))

    def verantwoording_text(self) -> str:
        parts = []
        if self.group_result is not None:
            parts += [t("store.step1"), "", self.group_result.to_text(), ""]
            for step in self.steps:
                parts += [step.to_text(), ""]
        else:
            parts.append(self.result.to_text())
        if self.official:
            parts += ["", t("store.official_heading")]
            for code in self.scope_codes:
                if code in self.official:
                    figure = self.official[code]
                    parts.append("  " + t("store.official_line", code=code, official=format_int(figure.aantal),
                                          computed=format_int(self.computed_figures.get(code, 0)), source=figure.bron))
        if self.within is not None:
            parts += ["", t("store.within_heading"), "", self.within.to_text()]
        if self.exchange_log:
            parts += ["", t("store.exchanges")] + ["  " + entry.text() for entry in self.exchange_log]
        for note in self.notes:
            parts.append(t("store.note", note=note))
        return "\n".join(parts)


def gemeenten(session: Session, provincie_id: int | None) -> dict[int, tuple[str, str]]:
    """id -> (code, naam) of the current gemeenten of a province (all when None), in code order:
    every province's from one read of the whole country."""
    def load() -> dict[int | None, dict[int, tuple[str, str]]]:
        per_province: dict[int | None, dict[int, tuple[str, str]]] = {None: {}}
        for gid, code, naam, provincie in _current_gemeenten(session):
            per_province[None][gid] = (code, naam)
            per_province.setdefault(provincie, {})[gid] = (code, naam)
        return per_province

    return dict(cached(session, ("gemeenten", "per_province"), load).get(provincie_id, {}))


def _current_gemeenten(session: Session) -> list[tuple[int, str, str, int]]:
    """(id, code, naam, provincie id) of every current gemeente, in code order."""
    if is_plain(session):
        return session.rows("SELECT id, code, naam, provincie_id FROM gemeente WHERE geldig_tot IS NULL "
                            "ORDER BY code")
    from sqlalchemy import select

    from regietafel.store.models import Gemeente

    return list(session.execute(select(
        Gemeente.id, Gemeente.code, Gemeente.naam, Gemeente.provincie_id,
    ).where(Gemeente.geldig_tot.is_(None)).order_by(Gemeente.code)).all())


def _key(session: Session, spec: KeySpec, id_to_code: dict[int, str]) -> dict[str, Fraction]:
    """The distribution key's weights (built from population and indicators, not distributions)."""
    key = ("distribution_key", spec.to_json(), tuple(id_to_code.items()))
    return dict(cached(session, key, lambda: build_key(session, spec, id_to_code)))


def regio_groups(session: Session, soort: str, gemeente_ids) -> tuple[dict[str, list[int]], dict[str, str], dict[str, int]]:
    """The regio's of a kind the gemeenten lie in: (code -> gemeente ids, code -> name, code -> id),
    in code order. Asked once per session for the same gemeenten; callers must not change it."""
    ids = tuple(gemeente_ids)
    return memoized(session, REFERENCE, ("regio_groups", soort, ids), lambda: _regio_groups(session, soort, ids))


def _regio_groups(session: Session, soort: str, gemeente_ids: tuple[int, ...]):
    groups: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    ids: dict[str, int] = {}
    for regio_id, code, naam, gemeente_id in _regio_rows(session, soort, gemeente_ids):
        groups.setdefault(code, []).append(gemeente_id)
        names[code] = naam
        ids[code] = regio_id
    return groups, names, ids


def _regio_rows(session: Session, soort: str, gemeente_ids: tuple[int, ...]) -> list[tuple[int, str, str, int]]:
    """(regio id, code, naam, gemeente id) of the regio's of a kind the gemeenten lie in, in code order."""
    if is_plain(session):
        return session.rows(
            "SELECT regio.id, regio.code, regio.naam, gemeente_regio.gemeente_id FROM regio "
            "JOIN gemeente_regio ON gemeente_regio.regio_id = regio.id "
            f"WHERE regio.soort = ? AND gemeente_regio.gemeente_id IN ({marks(gemeente_ids)}) ORDER BY regio.code",
            [soort, *gemeente_ids])
    from sqlalchemy import select

    from regietafel.store.models import GemeenteRegio, Regio

    return list(session.execute(
        select(Regio.id, Regio.code, Regio.naam, GemeenteRegio.gemeente_id)
        .join(GemeenteRegio, GemeenteRegio.regio_id == Regio.id)
        .where(Regio.soort == soort, GemeenteRegio.gemeente_id.in_(list(gemeente_ids)))
        .order_by(Regio.code)
    ).all())


def _regio_opgaven(session: Session, periode: str) -> list[Opgave]:
    """Every opgave given per regio in a period, in import order: read once for all opgaven and provinces."""
    return memoized(session, REFERENCE, ("regio_opgaven", periode), lambda: _regio_opgaven_query(session, periode))


def _regio_opgaven_query(session: Session, periode: str) -> list[Opgave]:
    if is_plain(session):  # records with the model's column names, read as Opgave objects are
        return cast("list[Opgave]", session.records(
            "SELECT opgave.* FROM opgave JOIN periode ON periode.id = opgave.periode_id "
            "WHERE opgave.niveau = 'regio' AND periode.code = ? ORDER BY opgave.id", [periode]))
    from sqlalchemy import select

    from regietafel.store.models import Opgave, Periode

    return list(session.scalars(
        select(Opgave).join(Periode, Periode.id == Opgave.periode_id)
        .where(Opgave.niveau == "regio", Periode.code == periode).order_by(Opgave.id)))


def regio_sources(session: Session, categorie: str, periode: str, provincie_id: int | None, indeling: str) -> list[Opgave]:
    """The opgaven given per regio (e.g. Oekraïne per veiligheidsregio) for the province's regio's."""
    _groups, _names, regio_ids = regio_groups(session, indeling, gemeenten(session, provincie_id))
    wanted = set(regio_ids.values())
    return [o for o in _regio_opgaven(session, periode) if o.categorie == categorie and o.regio_id in wanted]


def regio_totals(session: Session, categorie: str, periode: str, regio_ids: list[int]) -> dict[int, int]:
    """regio id -> the opgave given for it (the newest import)."""
    wanted = set(regio_ids)
    return {o.regio_id: o.aantal for o in _regio_opgaven(session, periode)
            if o.categorie == categorie and o.regio_id in wanted}


def _constraints(settings: VerdelingSettings, allowed: dict[str, str]) -> dict[str, UnitConstraint]:
    constraints: dict[str, UnitConstraint] = {}
    for code, soort, waarde in settings.beperkingen:
        if code not in allowed:
            raise ValueError(t("distributions.code_is_not_one_of_the", code=code))
        constraints[code] = replace(constraints.get(code, UnitConstraint()), **{FIELD_OF[soort]: waarde})
    return constraints


def period_code(session: Session, periode_id: int) -> str:
    return memoized(session, REFERENCE, ("period_code", periode_id), lambda: _period_code(session, periode_id))


def _period_code(session: Session, periode_id: int) -> str:
    if is_plain(session):
        rows = session.rows("SELECT code FROM periode WHERE id = ?", [periode_id])
        if len(rows) != 1:  # ``.one()``'s error, as the ORM path raises it
            raise NeedsOrm(f"period {periode_id}")
        return rows[0][0]
    from sqlalchemy import select

    from regietafel.store.models import Periode

    return session.scalars(select(Periode.code).where(Periode.id == periode_id)).one()


def compute_version(session: Session, verdeling: Verdeling, settings: VerdelingSettings) -> Computed:
    """Run the verdeelmotor for a version with ``settings``; no writes."""
    periode = period_code(session, verdeling.periode_id)
    scope = gemeenten(session, verdeling.provincie_id)
    national = settings.bereik == SCOPE_NATIONAL
    units = gemeenten(session, None) if national else scope
    scope_codes = [code for code, _naam in scope.values()]
    scope_labels = {code: naam for code, naam in scope.values()}
    official = cached(session, ("official_figures", verdeling.categorie, periode, tuple(scope_codes)),
                      lambda: official_figures(session, verdeling.categorie, periode, scope_codes)
                      ) if verdeling.provincie_id else {}
    fixed = verdeling.provincie_id is not None and (national or bool(official))
    labels = {code: naam for code, naam in units.values()}
    ids = {code: gid for gid, (code, _naam) in units.items()}
    constraints = _constraints(settings, scope_labels if fixed else labels)
    result, steps, group_result, step_names, notes = _by_key_once(
        session, verdeling, settings, periode, units, {} if fixed else constraints)
    policy = SurplusPolicy(settings.overschot_beleid)
    exchanges = [Exchange(v, n, a, r, d) for v, n, a, r, d in settings.uitwisselingen]
    computed_figures = {code: result.allocations[code] for code in scope_codes}
    if not fixed:
        outcome = apply_exchanges(result, exchanges)
        return Computed(result, steps, group_result, outcome.allocations, outcome.log, scope_codes, notes, step_names,
                        computed_figures=computed_figures, basis=dict(computed_figures), gemeente_ids=ids)
    basis = official_first(computed_figures, official)
    within = divide_within_province(basis, constraints, scope_labels, policy) if constraints else None
    outcome = apply_exchanges(within.allocations if within else basis, exchanges)
    fixed_notes = _fixed_notes(result, basis, official, computed_figures, national)
    return Computed(result, steps, group_result, outcome.allocations, outcome.log, scope_codes,
                    [*notes, *fixed_notes], step_names, province_fixed=True, official=official,
                    computed_figures=computed_figures, basis=basis, within=within, fixed_note=fixed_notes[0],
                    gemeente_ids=ids)


def _fixed_notes(result: DistributionResult, basis: dict[str, int], official: dict[str, OfficialFigure],
                 computed_figures: dict[str, int], national: bool) -> list[str]:
    notes = []
    total = sum(basis.values())
    if national:
        key = "store.province_fixed_national_official" if official else "store.province_fixed_national"
        notes.append(t(key, total=format_int(total), national=format_int(result.total)))
    else:
        notes.append(t("store.province_fixed", total=format_int(total)))
    if official:
        sources = sorted({figure.bron for figure in official.values()})
        differing = sum(1 for code, figure in official.items() if figure.aantal != computed_figures[code])
        notes.append(t("store.official_used", count=len(official), of=len(basis), sources="; ".join(sources),
                       differing=differing))
    return notes


def _by_key_once(session: Session, verdeling: Verdeling, settings: VerdelingSettings, periode: str,
                 units: dict[int, tuple[str, str]], constraints: dict[str, UnitConstraint]):
    """:func:`_by_key`; a national computation without constraints (e.g. art. 29, the check
    beside a province's own numbers) is the same for every province with the same total, key,
    method and policy: computed once per unit of work."""
    if settings.bereik != SCOPE_NATIONAL or settings.indeling or constraints:
        return _by_key(session, verdeling, settings, periode, units, constraints)
    key = ("national_distribution", settings.totaal, settings.methode, settings.sleutel, settings.overschot_beleid,
           get_language())
    cache = session_cache(session)
    if key not in cache:
        cache[key] = _by_key(session, verdeling, settings, periode, units, constraints)
    return cache[key]


def _by_key(session: Session, verdeling: Verdeling, settings: VerdelingSettings, periode: str,
            units: dict[int, tuple[str, str]], constraints: dict[str, UnitConstraint]):
    """The verdeelmotor by key and method: (result, steps, group result, step names, notes)."""
    spec = settings.key_spec
    id_to_code = {gid: code for gid, (code, _naam) in units.items()}
    labels = {code: naam for code, naam in units.values()}
    keys = _key(session, spec, id_to_code)
    method = Method(settings.methode)
    policy = SurplusPolicy(settings.overschot_beleid)
    peildatum = spec.peildatum.isoformat() if spec.peildatum else None
    description = spec.describe()
    if not settings.indeling:
        result = distribute(DistributionRequest(
            total=settings.totaal, keys=keys, method=method, constraints=constraints, surplus_policy=policy,
            key_description=description, peildatum=peildatum, labels=labels,
        ))
        return result, [result], None, [], []
    notes: list[str] = []
    group_result = None
    groups, group_names, regio_ids = regio_groups(session, settings.indeling, units)
    code_groups = {g: [id_to_code[i] for i in members] for g, members in groups.items()}
    given = regio_totals(session, verdeling.categorie, periode, list(regio_ids.values()))
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
    return result, steps, group_result, step_names, notes
