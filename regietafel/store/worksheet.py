"""The worksheet of one tab: per gemeente the assigned number, realisation, gap and status,
all "stand per" one date.

A read model for the GUI and the documents: plain dataclasses, no Qt. Figures dated after the
stand-per date are left out; before the end of a half-year the huisvesting status is a forecast.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from regietafel.domain.formatting import format_date, format_int
from regietafel.domain.locations import KINDS_PER_CATEGORY, LocationSpan, in_use_on
from regietafel.domain.periods import HalfYear
from regietafel.domain.sources import is_estimate
from regietafel.domain.supervision import (
    SupervisionPolicy,
    forecast_text,
    is_forecast,
    projection_factor,
)
from regietafel.store import supervision
from regietafel.store.areas import population_dates
from regietafel.store.carry_over import CarryInfo, carry_over
from regietafel.store.carry_over import taakstelling as taakstelling  # re-exported
from regietafel.store.computation import gemeenten, period_code, regio_sources
from regietafel.store.plain_session import is_plain, marks
from regietafel.store.realised import realisation_rows
from regietafel.store.session_memo import REFERENCE, memoized
from regietafel.store.texts import t
from regietafel.store.versions import (
    SCOPE_NATIONAL,
    Computed,
    VerdelingSettings,
    allocations,
    compute,
    national_total,
    provincial_total,
    settings_of,
    versions,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from regietafel.store.models import Opgave, Verdeling

# Persons housed are a flow, summed over the half-year; every other realisation is a stock
# counted on a date (places in use; Nidos places in gemeenten on a peildatum).
FLOW_CATEGORIES = {"huisvesting"}
DEFAULT_THRESHOLDS = {"toezicht_oranje": 75, "toezicht_rood": 50}  # % of gecorrigeerde taakstelling
# Categories whose realisation is derived from the locations (not typed twice).
LOCATION_KINDS = dict(KINDS_PER_CATEGORY)
# amv places are part of another opgave and never added to it (seed letter, bijlage).
PART_OF = {"opvang": "amv_coa", "huisvesting": "amv_nidos"}

@dataclass
class WorksheetRow:
    code: str
    naam: str
    regio: str
    key: Fraction
    quota: Fraction
    assigned: int
    account: str  # the verantwoording of this number
    lock: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    credit: int | None = None
    exchanged: int = 0  # net places received (+) or given (-) through exchanges
    realised: int | None = None
    carried: int = 0  # huisvesting: achterstand (+) or voorsprong (-) from the previous half-year
    status: str = ""  # huisvesting: groen / oranje / rood (a forecast before the half-year ends)
    computed: int | None = None  # what the computation (art. 29, the key) gives: the check
    official: int | None = None  # the Rijk's published figure, where one was imported
    source: str = ""  # the official figure's source, or "berekend"
    repeat: bool = False  # red by the province's "repeatedly behind" criterion
    behind: int = 0  # huisvesting: half-years in a row, just before this one, that it ended behind
    amv: int | None = None  # of the assigned number, amv places (COA in opvang, Nidos in huisvesting)
    plain_quota: Fraction | None = None  # the quota by the key alone, before any agreement (lock, bounds, credit)

    @property
    def deviation(self) -> Fraction | None:
        """How far the number is from the key alone: what all agreements together moved."""
        return None if self.plain_quota is None else self.assigned - self.plain_quota

    @property
    def target(self) -> int:
        """What the gemeente must realise: assigned plus carry-over (gecorrigeerde taakstelling)."""
        return self.assigned + self.carried

    @property
    def gap(self) -> int | None:
        return None if self.realised is None else self.target - self.realised

    @property
    def differs(self) -> bool:
        """The official figure differs from the computation (flagged)."""
        return self.official is not None and self.computed is not None and self.official != self.computed


@dataclass(frozen=True)
class OpgaveSource:
    """The published total a version divides: how many, on which peildatum, from which source."""

    aantal: int
    peildatum: dt.date | None
    bron: str

    def text(self) -> str:
        return t("worksheet.opgave_number_on_date_source_source", number=format_int(self.aantal),
                 date=format_date(self.peildatum) if self.peildatum else "?", source=self.bron or "?")


@dataclass
class Worksheet:
    verdeling: Verdeling
    settings: VerdelingSettings
    computed: Computed
    rows: list[WorksheetRow]
    versions: list[Verdeling]
    notes: list[str] = field(default_factory=list)
    occupancy: dict[str, int] = field(default_factory=dict)
    source: OpgaveSource | None = None  # the published total this version divides, for a source line
    population_note: str = ""  # huisvesting: why the population date is not the one the law names
    stand_per: dt.date = field(default_factory=dt.date.today)
    policy: SupervisionPolicy | None = None  # huisvesting: the province's supervision rule
    forecast: bool = False  # huisvesting: the status is a forecast (the half-year has not ended)
    forecast_note: str = ""
    projection: Fraction = Fraction(1)  # the forecast: realisation so far times this, at the half-year's end
    estimates: list[str] = field(default_factory=list)  # labels: which figures are estimates / demo
    basis: WorksheetBasis | None = None  # what an edit leaves unchanged (see rework)

    @property
    def read_only(self) -> bool:
        return self.verdeling.status != "concept"

    @property
    def assigned_total(self) -> int:
        return sum(row.assigned for row in self.rows)

    @property
    def has_official(self) -> bool:
        return any(row.official is not None for row in self.rows)

    @property
    def status_rule(self) -> str:
        """The supervision rule in force (and how a forecast is made), printed with the status."""
        if self.policy is None:
            return ""
        return " ".join(filter(None, [self.policy.rule_text(), self.forecast_note if self.forecast else ""]))


def _regio_names(session: Session, soort: str, codes: list[str]) -> dict[str, str]:
    """The regio of each gemeente (asked once per session for the same gemeenten: every opgave
    of a province shows the same)."""
    return memoized(session, REFERENCE, ("regio_names", soort, tuple(codes)), lambda: dict(_regio_names_query(
        session, soort, codes)))


def _regio_names_query(session: Session, soort: str, codes: list[str]) -> list[tuple[str, str]]:
    if is_plain(session):
        return session.rows("SELECT g.code, r.naam FROM gemeente g JOIN gemeente_regio gr ON gr.gemeente_id = g.id "
                            f"JOIN regio r ON r.id = gr.regio_id WHERE r.soort = ? AND g.code IN ({marks(codes)})",
                            [soort, *codes])
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, GemeenteRegio, Regio

    return list(session.execute(
        select(Gemeente.code, Regio.naam)
        .join(GemeenteRegio, GemeenteRegio.gemeente_id == Gemeente.id)
        .join(Regio, Regio.id == GemeenteRegio.regio_id)
        .where(Regio.soort == soort, Gemeente.code.in_(codes))
    ).all())


def _names(session: Session, codes: list[str]) -> dict[str, str]:
    """The name of each gemeente: the current ones' from the country's list the computation read."""
    current = {code: naam for code, naam in gemeenten(session, None).values()}
    if all(code in current for code in codes):
        return {code: current[code] for code in codes}
    return memoized(session, REFERENCE, ("gemeente_names", tuple(codes)), lambda: dict(_names_query(session, codes)))


def _names_query(session: Session, codes: list[str]) -> list[tuple[str, str]]:
    if is_plain(session):
        return session.rows(f"SELECT code, naam FROM gemeente WHERE code IN ({marks(codes)})", codes)
    from sqlalchemy import select

    from regietafel.store.models import Gemeente

    return list(session.execute(select(Gemeente.code, Gemeente.naam).where(Gemeente.code.in_(codes))).all())


def _until(periode: str, stand_per: dt.date | None) -> tuple[HalfYear, dt.date]:
    half = HalfYear.parse(periode)
    return half, min(half.end, stand_per or dt.date.today())


def realisation(session: Session, categorie: str, periode: str, codes: list[str],
                stand_per: dt.date | None = None) -> dict[str, int]:
    """Realised per gemeente in a half-year, as of ``stand_per`` (default today): summed for
    flows, the newest count for stocks; figures dated after the stand-per date are left out."""
    half, until = _until(periode, stand_per)
    wanted = set(codes)
    rows = [row for row in realisation_rows(session, categorie, codes) if row[0] in wanted and row[1] <= until]
    result: dict[str, int] = {}
    if categorie in FLOW_CATEGORIES:
        for code, peildatum, aantal, _bron in rows:
            if peildatum >= half.begin:
                result[code] = result.get(code, 0) + aantal
    else:
        for code, _peildatum, aantal, _bron in sorted(rows, key=lambda row: row[1]):
            result[code] = aantal  # the newest peildatum wins
    return result


def last_report(session: Session, categorie: str, periode: str, codes: list[str],
                stand_per: dt.date | None = None) -> dt.date | None:
    """The newest realisation reported in the half-year, up to the stand-per date."""
    half, until = _until(periode, stand_per)
    wanted = set(codes)
    return max((peildatum for code, peildatum, _aantal, _bron in realisation_rows(session, categorie, codes)
                if code in wanted and half.begin <= peildatum <= until), default=None)


def location_totals(session: Session, soorten: tuple[str, ...], codes: list[str], on: dt.date) -> tuple[dict[str, int], dict[str, int]]:
    """Realised capacity and occupancy per gemeente: locations in use on ``on``
    (:func:`regietafel.domain.locations.in_use_on`, the one rule)."""
    capacity: dict[str, int] = {}
    occupancy: dict[str, int] = {}
    for span, _remark in _locations(session, codes):
        if span.soort in soorten and in_use_on(span, on):
            capacity[span.code] = capacity.get(span.code, 0) + span.capaciteit
            occupancy[span.code] = occupancy.get(span.code, 0) + span.bezetting
    return capacity, occupancy


def _locations(session: Session, codes: list[str]) -> list[tuple[LocationSpan, str]]:
    """Every location of the gemeenten with its remark, of every kind: read once per session for
    all the opgaven of a province (each counts its own kinds)."""
    return memoized(session, REFERENCE, ("locations", tuple(codes)), lambda: [
        (LocationSpan(code, capaciteit, begin, einde, status, soort, bezetting), opmerking)
        for code, capaciteit, begin, einde, status, soort, bezetting, opmerking in _locations_query(session, codes)])


def _locations_query(session: Session, codes: list[str]) -> list[tuple]:
    if is_plain(session):
        return session.rows("SELECT g.code, l.capaciteit, l.begindatum, l.einddatum, l.status, l.soort, l.bezetting, "
                            "l.opmerking FROM locatie l JOIN gemeente g ON g.id = l.gemeente_id "
                            f"WHERE g.code IN ({marks(codes)})", codes)
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, Locatie

    return list(session.execute(
        select(Gemeente.code, Locatie.capaciteit, Locatie.begindatum, Locatie.einddatum, Locatie.status,
               Locatie.soort, Locatie.bezetting, Locatie.opmerking)
        .join(Gemeente, Gemeente.id == Locatie.gemeente_id).where(Gemeente.code.in_(codes))).all())


def thresholds(session: Session, provincie_id: int) -> dict[str, int]:
    """The province's thresholds as {"toezicht_oranje": %, "toezicht_rood": %}."""
    rule = supervision.policy(session, provincie_id)
    return {"toezicht_oranje": rule.oranje, "toezicht_rood": rule.rood}


def set_thresholds(session: Session, provincie_id: int, oranje: int, rood: int, herhaald: int | None = None) -> None:
    """Store the province's thresholds (and, when given, its repeatedly-behind criterion)."""
    current = supervision.policy(session, provincie_id)
    rule = SupervisionPolicy(oranje, rood, current.herhaald if herhaald is None else herhaald)
    supervision.set_policy(session, provincie_id, rule)


def supervision_status(target: int, realised: int, limits: dict[str, int]) -> str:
    """groen / oranje / rood by the share realised of the gecorrigeerde taakstelling."""
    return SupervisionPolicy(limits["toezicht_oranje"], limits["toezicht_rood"]).share_status(target, realised)


def part_of(session: Session, categorie: str, periode: str, provincie_id: int | None) -> dict[str, int]:
    """The amv places inside an opgave per gemeente (COA amv in opvang, Nidos in huisvesting):
    the adopted, else the newest version of that amv opgave; empty when there is none."""
    inner = PART_OF.get(categorie)
    if inner is None or provincie_id is None:
        return {}
    chosen = chosen_version(versions(session, inner, periode, provincie_id))
    return {} if chosen is None else allocations(session, chosen.id)


def chosen_version(found: list[Verdeling]) -> Verdeling | None:
    """The version an overview shows of an opgave: the newest adopted one, else the newest."""
    adopted = [v for v in found if v.status == "vastgesteld"]
    return (adopted or found)[-1] if found else None


def unaffected_by_edit(key: tuple, periods: set[str]) -> bool:
    """Whether a cached result (keys below) still holds after the distributions of ``periods``
    changed: population does not depend on them, a taakstelling only on its own half-year, the
    carry-over into a half-year only on the half-years before it."""
    # Reference data, not distributions; a national computation by key (art. 29) reads only them.
    if key[0] in ("population", "gemeenten", "distribution_key", "national_distribution", "national_art29",
                  "official_figures"):
        return True
    from regietafel.store.version_rows import KNOWN_ROWS

    if key[0] == KNOWN_ROWS:  # what an edit wrote: used only at the change number it was written at
        return True
    if key[0] == "taakstelling":
        return key[1] not in periods
    if key[0] == "carry_over":
        start = HalfYear.parse(key[1])
        return all(HalfYear.parse(periode) >= start for periode in periods)
    return False


def _regio_source(given: list[Opgave]) -> OpgaveSource | None:
    """Totals given per regio, summed: one source line for the province's part."""
    if not given:
        return None
    dates = {o.peildatum for o in given if o.peildatum}
    return OpgaveSource(sum(o.aantal for o in given), max(dates) if dates else None,
                        "; ".join(dict.fromkeys(o.bron for o in given if o.bron)))


@dataclass
class WorksheetBasis:
    """What a worksheet shows beside the distribution, stand per one date: names, regio's,
    realisation, carry-over and the supervision rule, the opgave's source, the amv inside it,
    the labels of estimates in the data. A change of the distribution's settings within the same
    scope and grouping leaves it as it is, so an edit re-assembles the worksheet from it without
    reading the database again."""

    periode: str
    bereik: str
    indeling: str | None
    stand_per: dt.date
    names: dict[str, str]
    regios: dict[str, str]
    realised: dict[str, int]
    occupancy: dict[str, int]
    stored: dict[str, int]  # what a vastgesteld version holds (a concept shows its computation)
    amv: dict[str, int]  # of each number, the amv places (COA amv in opvang, Nidos in huisvesting)
    source: OpgaveSource | None  # the published total the version divides (national or provincial)
    regio_source: OpgaveSource | None  # else: totals given per regio, summed
    population_dates: frozenset
    versions: list[Verdeling]
    estimates: list[str]  # labels of the figures the data marks as estimates or demo
    supervision: Supervision | None = None  # huisvesting


@dataclass(frozen=True)
class Supervision:
    """Huisvesting: the carry-over into the half-year and the province's rule, stand per a date."""

    policy: SupervisionPolicy
    carry: CarryInfo
    forecast: bool
    forecast_note: str
    projection: Fraction


def worksheet(session: Session, verdeling_id: int, regio_soort: str = "veiligheidsregio",
              stand_per: dt.date | None = None) -> Worksheet:
    """The worksheet of a version, stand per ``stand_per`` (default: today)."""
    from regietafel.store.models import Verdeling

    return worksheet_of(session, session.get_one(Verdeling, verdeling_id), regio_soort, stand_per)


def worksheet_of(session: Session, verdeling: Verdeling, regio_soort: str = "veiligheidsregio",
                 stand_per: dt.date | None = None) -> Worksheet:
    """:func:`worksheet` of a version already loaded (or, on a plain session, made in memory)."""
    settings = settings_of(session, verdeling)
    computed = compute(session, verdeling, settings)
    basis = _basis(session, verdeling, settings, computed.scope_codes, regio_soort, stand_per or dt.date.today())
    return _assemble(verdeling, settings, computed, basis)


def rework(sheet: Worksheet, settings: VerdelingSettings, computed: Computed, change_number: int) -> Worksheet | None:
    """The worksheet after its version's settings changed to ``settings`` with result ``computed``
    and ``change_number`` (just stored by an edit or an undo), without reading the database; None
    when the change reaches beyond the worksheet's basis (another scope): then load it again."""
    basis = sheet.basis
    if (basis is None or (settings.bereik, settings.indeling) != (basis.bereik, basis.indeling)
            or computed.scope_codes != sheet.computed.scope_codes):
        return None
    # The (detached) version object: its change number is what the next change must expect.
    sheet.verdeling.wijzigingsnummer = change_number
    return _assemble(sheet.verdeling, settings, computed, basis)


def _basis(session: Session, verdeling: Verdeling, settings: VerdelingSettings, codes: list[str],
           regio_soort: str, stand_per: dt.date) -> WorksheetBasis:
    periode = period_code(session, verdeling.periode_id)
    half, until = _until(periode, stand_per)
    occupancy: dict[str, int] = {}
    if verdeling.categorie in LOCATION_KINDS:
        capacity, occupancy = location_totals(session, LOCATION_KINDS[verdeling.categorie], codes, until)
        realised = {code: capacity.get(code, 0) for code in codes}  # no location: nothing realised
    else:
        realised = realisation(session, verdeling.categorie, periode, codes, stand_per)
    opgave = (national_total(session, verdeling.categorie, periode)
              if settings.bereik == SCOPE_NATIONAL or verdeling.provincie_id is None
              else provincial_total(session, verdeling.categorie, periode, verdeling.provincie_id))
    source = None if opgave is None else OpgaveSource(opgave.aantal, opgave.peildatum, opgave.bron or "")
    per_regio = (regio_sources(session, verdeling.categorie, periode, verdeling.provincie_id, settings.indeling)
                 if settings.indeling else [])
    stored = allocations(session, verdeling.id) if verdeling.status != "concept" else {}  # a concept: its computation
    return WorksheetBasis(
        periode=periode, bereik=settings.bereik, indeling=settings.indeling, stand_per=stand_per,
        names=_names(session, codes),
        regios=_regio_names(session, regio_soort, codes), realised=realised, occupancy=occupancy,
        stored=stored, amv=part_of(session, verdeling.categorie, periode, verdeling.provincie_id),
        source=source, regio_source=None if source is not None else _regio_source(per_regio),
        population_dates=frozenset(population_dates(session)),
        versions=versions(session, verdeling.categorie, periode, verdeling.provincie_id),
        estimates=_data_estimates(session, verdeling.categorie, codes, until, source, per_regio),
        supervision=(_supervision(session, periode, verdeling.provincie_id, codes, stand_per)
                     if verdeling.categorie == "huisvesting" and verdeling.provincie_id is not None else None))


def _supervision(session: Session, periode: str, provincie_id: int, codes: list[str], stand_per: dt.date) -> Supervision:
    """Carry-over into the half-year and how the status is judged (a forecast before its end)."""
    policy = supervision.policy(session, provincie_id)
    half = HalfYear.parse(periode)
    reported = last_report(session, "huisvesting", periode, codes, stand_per)
    return Supervision(policy, carry_over(session, periode, provincie_id, codes, stand_per, policy),
                       is_forecast(half, stand_per), forecast_text(half, reported),
                       projection_factor(half, reported, stand_per))


def _assemble(verdeling: Verdeling, settings: VerdelingSettings, computed: Computed, basis: WorksheetBasis) -> Worksheet:
    net: dict[str, int] = {}
    for entry in computed.exchange_log:
        e = entry.exchange
        net[e.from_unit] = net.get(e.from_unit, 0) - e.amount
        net[e.to_unit] = net.get(e.to_unit, 0) + e.amount
    rows = []
    for code in computed.scope_codes:
        line = computed.result.line(code)
        official = computed.official.get(code)
        rows.append(WorksheetRow(
            code=code, naam=basis.names[code], regio=basis.regios.get(code, ""), key=line.key, quota=line.quota,
            # A vastgesteld version shows what was adopted, even if reference data changed since.
            assigned=basis.stored.get(code, computed.final[code]) if verdeling.status != "concept" else computed.final[code],
            account=computed.account(code),
            lock=settings.constraint_value(code, "vast"), minimum=settings.constraint_value(code, "minimum"),
            maximum=settings.constraint_value(code, "maximum"), credit=settings.constraint_value(code, "verrekening"),
            exchanged=net.get(code, 0), realised=basis.realised.get(code), computed=computed.computed_figures.get(code),
            official=official.aantal if official else None,
            source=official.bron if official else t("worksheet.source_computed"), amv=basis.amv.get(code),
            plain_quota=line.plain_quota,
        ))
    notes, population_note = _notes(verdeling, settings, computed, basis)
    sheet = Worksheet(verdeling, settings, computed, rows, basis.versions, notes, basis.occupancy,
                      basis.source or basis.regio_source, population_note, basis.stand_per, basis=basis)
    if basis.supervision is not None:
        _supervise(sheet, basis.supervision)
    sheet.estimates = basis.estimates + _computed_estimates(sheet)
    return sheet


def _supervise(sheet: Worksheet, supervision: Supervision) -> None:
    """Carry-over into the half-year and the status (a forecast before its end), by the province's rule."""
    sheet.policy, sheet.forecast = supervision.policy, supervision.forecast
    sheet.forecast_note, sheet.projection = supervision.forecast_note, supervision.projection
    info = supervision.carry
    for row in sheet.rows:
        row.carried = info.carried.get(row.code, 0)
        row.behind = info.chain.behind.get(row.code, 0)
        expected = (row.realised or 0) * sheet.projection
        row.status, row.repeat = sheet.policy.status(row.target, expected, row.behind)
    sheet.notes += info.notes()


def _notes(verdeling: Verdeling, settings: VerdelingSettings, computed: Computed,
           basis: WorksheetBasis) -> tuple[list[str], str]:
    """What the worksheet says about its numbers, and the population note among them (huisvesting:
    why the population date is not the one the law names)."""
    notes = list(computed.notes)
    source = basis.source
    if source is not None:
        notes.insert(0, source.text())
        if source.aantal != settings.totaal:
            notes.insert(1, t("worksheet.this_version_divides_total_instead", total=format_int(settings.totaal)))
    wanted = HalfYear.parse(basis.periode).population_reference_date
    spec = settings.key_spec
    population_note = ""
    if verdeling.categorie == "huisvesting" and spec.soort in ("inwoners", "ses", "mix") and spec.peildatum != wanted:
        population_note = t("worksheet.huisvestingswet_art_29_counts_inhabitants_on", wanted=format_date(wanted), used=format_date(spec.peildatum) if spec.peildatum else "?", why=t("worksheet.because_that_date_is_not_in")
                            if wanted not in basis.population_dates else "")
        notes.append(population_note)
    return notes, population_note


def _data_estimates(session: Session, categorie: str, codes: list[str], until: dt.date, total: OpgaveSource | None,
                    per_regio: list[Opgave]) -> list[str]:
    """Which figures the data marks as estimates or demo (their source says so:
    :func:`regietafel.domain.sources.is_estimate`), each as a label to print where the figure is
    used: the total divided, the totals per regio, the locations or the realisation."""
    labels = []
    if total is not None and is_estimate(total.bron):
        labels.append(t("estimate.total", source=total.bron))
    if any(is_estimate(o.bron) for o in per_regio):
        labels.append(t("estimate.regio"))
    if categorie in LOCATION_KINDS:
        remarks = {remark for span, remark in _locations(session, codes) if span.soort in LOCATION_KINDS[categorie]}
        if any(is_estimate(r) for r in remarks):
            labels.append(t("estimate.locations"))
    else:
        sources = {bron for _code, peildatum, _aantal, bron in realisation_rows(session, categorie, codes)
                   if peildatum <= until}
        if any(is_estimate(b) for b in sources):
            labels.append(t("estimate.realised"))
    return labels


def _computed_estimates(sheet: Worksheet) -> list[str]:
    """Labels that depend on the version's numbers: Nidos per gemeente without an official
    figure, official figures imported as an estimate."""
    labels = []
    if sheet.verdeling.categorie == "amv_nidos" and not sheet.has_official:
        labels.append(t("estimate.nidos_per_gemeente"))
    if any(figure.estimate for figure in sheet.computed.official.values()):
        labels.append(t("estimate.official"))
    return labels


def durable_credit(session: Session, provincie_id: int, categorie: str, periode: str) -> tuple[dt.date, dict[str, int]]:
    """The day durable places count on (:func:`durable_credit_date`) and the places per gemeente
    that count as its credit then (Spreidingswet)."""
    from regietafel.domain.locations import durable_credit_date
    from regietafel.store.locations import durable_places

    source = provincial_total(session, categorie, periode, provincie_id)
    on = durable_credit_date(source.peildatum if source is not None else None, periode)
    return on, durable_places(session, provincie_id, categorie, on)
