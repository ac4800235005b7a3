"""The worksheet of one tab: per gemeente the assigned number, realisation, gap and status.

A read model for the GUI and the documents: plain dataclasses, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from regietafel.domain.formatting import format_date, format_int
from regietafel.domain.huisvesting import art29_taakstelling
from regietafel.domain.locations import KINDS_PER_CATEGORY
from regietafel.domain.periods import HalfYear
from regietafel.store.areas import population_dates
from regietafel.store.database import session_cache
from regietafel.store.models import (
    Gemeente,
    GemeenteRegio,
    Instelling,
    Inwoners,
    Locatie,
    Periode,
    Realisatie,
    Regio,
    Verdeling,
)
from regietafel.store.texts import t
from regietafel.store.verdelingen import (
    SCOPE_NATIONAL,
    Computed,
    VerdelingSettings,
    allocations,
    compute,
    default_settings,
    national_total,
    provincial_total,
    regio_sources,
    settings_of,
    versions,
)

# Stocks are counted on a peildatum (places in use); flows are summed over the period (persons housed).
FLOW_CATEGORIES = {"huisvesting", "amv_nidos"}
DEFAULT_THRESHOLDS = {"toezicht_oranje": 75, "toezicht_rood": 50}  # % of gecorrigeerde taakstelling


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
    status: str = ""  # huisvesting: groen / oranje / rood
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
    basis: WorksheetBasis | None = None  # what an edit leaves unchanged (see rework)

    @property
    def read_only(self) -> bool:
        return self.verdeling.status != "concept"

    @property
    def assigned_total(self) -> int:
        return sum(row.assigned for row in self.rows)


def _regio_names(session: Session, soort: str, codes: list[str]) -> dict[str, str]:
    return dict(session.execute(
        select(Gemeente.code, Regio.naam)
        .join(GemeenteRegio, GemeenteRegio.gemeente_id == Gemeente.id)
        .join(Regio, Regio.id == GemeenteRegio.regio_id)
        .where(Regio.soort == soort, Gemeente.code.in_(codes))
    ).all())


def realisation(session: Session, categorie: str, periode: str, codes: list[str]) -> dict[str, int]:
    """Realised per gemeente in a half-year: summed for flows, latest count for stocks."""
    half = HalfYear.parse(periode)
    base = (
        select(Gemeente.code, Realisatie.peildatum, Realisatie.aantal)
        .join(Gemeente, Gemeente.id == Realisatie.gemeente_id)
        .where(Realisatie.categorie == categorie, Gemeente.code.in_(codes), Realisatie.peildatum <= half.end)
    )
    result: dict[str, int] = {}
    if categorie in FLOW_CATEGORIES:
        for code, _peildatum, aantal in session.execute(base.where(Realisatie.peildatum >= half.begin)):
            result[code] = result.get(code, 0) + aantal
    else:
        for code, _peildatum, aantal in session.execute(base.order_by(Realisatie.peildatum)):
            result[code] = aantal  # the newest peildatum wins
    return result


# Categories whose realisation is derived from the locations (not typed twice): the opvang
# worksheet's current places are the regular reception locations open on the period's end.
LOCATION_KINDS = dict(KINDS_PER_CATEGORY)


def location_totals(session: Session, soorten: tuple[str, ...], codes: list[str], on: dt.date) -> tuple[dict[str, int], dict[str, int]]:
    """Realised capacity and occupancy per gemeente: locations in use on ``on``.

    The rule of :func:`regietafel.domain.locations.counts_on` (begin ≤ on ≤ end; a closed
    location with an end date counts up to that date), but a location still *in voorbereiding*
    is planned, not realised: it counts in the forecast, not here.
    """
    capacity: dict[str, int] = {}
    occupancy: dict[str, int] = {}
    rows = session.execute(
        select(Gemeente.code, Locatie.capaciteit, Locatie.bezetting).join(Gemeente, Gemeente.id == Locatie.gemeente_id)
        .where(Locatie.soort.in_(soorten), Gemeente.code.in_(codes), Locatie.status != "in_voorbereiding",
               (Locatie.status != "gesloten") | Locatie.einddatum.is_not(None),
               (Locatie.begindatum.is_(None)) | (Locatie.begindatum <= on),
               (Locatie.einddatum.is_(None)) | (Locatie.einddatum >= on))
    )
    for code, cap, occ in rows:
        capacity[code] = capacity.get(code, 0) + cap
        occupancy[code] = occupancy.get(code, 0) + occ
    return capacity, occupancy


def thresholds(session: Session, provincie_id: int) -> dict[str, int]:
    stored = dict(session.execute(select(Instelling.sleutel, Instelling.waarde).where(
        Instelling.provincie_id == provincie_id, Instelling.sleutel.in_(DEFAULT_THRESHOLDS)
    )).all())
    return {key: int(stored.get(key, default)) for key, default in DEFAULT_THRESHOLDS.items()}


def set_thresholds(session: Session, provincie_id: int, oranje: int, rood: int) -> None:
    if not 0 <= rood <= oranje <= 100:
        raise ValueError("0 ≤ rood ≤ oranje ≤ 100")
    for key, value in (("toezicht_oranje", oranje), ("toezicht_rood", rood)):
        row = session.scalar(select(Instelling).where(Instelling.provincie_id == provincie_id, Instelling.sleutel == key))
        if row is None:
            session.add(Instelling(provincie_id=provincie_id, sleutel=key, waarde=str(value)))
        else:
            row.waarde = str(value)


def supervision_status(target: int, realised: int, limits: dict[str, int]) -> str:
    """groen / oranje / rood by the share realised of the gecorrigeerde taakstelling."""
    if target <= 0 or realised >= target:
        return "groen"
    percentage = Fraction(100 * realised, target)
    if percentage >= limits["toezicht_oranje"]:
        return "groen"
    return "oranje" if percentage >= limits["toezicht_rood"] else "rood"


def unaffected_by_edit(key: tuple, periods: set[str]) -> bool:
    """Whether a cached result (keys below) still holds after the distributions of ``periods``
    changed: population does not depend on them, a taakstelling only on its own half-year, the
    carry-over into a half-year only on the half-years before it."""
    if key[0] in ("population", "gemeenten", "distribution_key"):  # reference data, not distributions
        return True
    if key[0] == "taakstelling":
        return key[1] not in periods
    if key[0] == "carry_over":
        start = HalfYear.parse(key[1])
        return all(HalfYear.parse(periode) >= start for periode in periods)
    return False


def taakstelling(session: Session, periode: str, provincie_id: int) -> dict[str, int] | None:
    """The huisvesting taakstelling per gemeente of a half-year: the adopted version, else the
    newest concept, else what the default (art. 29) computation gives; None if no number is known."""
    key = ("taakstelling", periode, provincie_id)
    cache = session_cache(session)
    if key not in cache:
        cache[key] = _taakstelling(session, periode, provincie_id)
    return None if cache[key] is None else dict(cache[key])


def _population_on(session: Session, peildatum: dt.date | None) -> dict[str, int]:
    key = ("population", peildatum)
    cache = session_cache(session)
    if key not in cache:
        cache[key] = dict(session.execute(
            select(Gemeente.code, Inwoners.aantal).join(Inwoners, Inwoners.gemeente_id == Gemeente.id)
            .where(Inwoners.peildatum == peildatum, Gemeente.geldig_tot.is_(None))
        ).all())
    return cache[key]


def _taakstelling(session: Session, periode: str, provincie_id: int) -> dict[str, int] | None:
    found = versions(session, "huisvesting", periode, provincie_id)
    adopted = [v for v in found if v.status == "vastgesteld"]
    chosen = (adopted or found)[-1] if found else None
    if chosen is not None:
        return allocations(session, chosen.id)
    settings = default_settings(session, "huisvesting", periode, provincie_id)
    if settings is None:
        return None
    # The default is art. 29 over the population of all gemeenten (Method.CEIL, national scope).
    population = _population_on(session, settings.key_spec.peildatum)
    ours = set(session.scalars(select(Gemeente.code).where(Gemeente.provincie_id == provincie_id,
                                                           Gemeente.geldig_tot.is_(None))))
    return {code: n for code, n in art29_taakstelling(settings.totaal, population).items() if code in ours}


def carry_over(session: Session, periode: str, provincie_id: int, codes: list[str], depth: int = 12) -> dict[str, int]:
    """Achterstand (+) / voorsprong (-) per gemeente at the end of the half-year before ``periode``.

    The chain of earlier half-years (at most ``depth``), oldest first: each one's gecorrigeerde
    taakstelling (its taakstelling plus what the half-year before it carried) minus what was
    realised. The chain starts at the oldest half-year with a known taakstelling.
    """
    key = ("carry_over", periode, provincie_id, tuple(codes), depth)
    cache = session_cache(session)
    if key not in cache:
        cache[key] = _carry_over(session, periode, provincie_id, codes, depth)
    return dict(cache[key])


def _carry_over(session: Session, periode: str, provincie_id: int, codes: list[str], depth: int) -> dict[str, int]:
    chain: list[tuple[HalfYear, dict[str, int]]] = []  # newest first
    half = HalfYear.parse(periode).previous()
    while len(chain) < depth:
        try:
            assigned = taakstelling(session, half.code, provincie_id)
        except ValueError:  # the period does not exist
            break
        if assigned is None:
            break
        chain.append((half, assigned))
        half = half.previous()
    if not chain:
        return {}
    # Everything housed in the chain's half-years, in one query.
    housed: dict[tuple[HalfYear, str], int] = {}
    for code, peildatum, aantal in session.execute(
        select(Gemeente.code, Realisatie.peildatum, Realisatie.aantal).join(Gemeente, Gemeente.id == Realisatie.gemeente_id)
        .where(Realisatie.categorie == "huisvesting", Gemeente.code.in_(codes),
               Realisatie.peildatum >= chain[-1][0].begin, Realisatie.peildatum <= chain[0][0].end)
    ):
        bucket = (HalfYear.containing(peildatum), code)
        housed[bucket] = housed.get(bucket, 0) + aantal
    carried: dict[str, int] = {}
    for half, assigned in reversed(chain):
        carried = {code: assigned.get(code, 0) + carried.get(code, 0) - housed.get((half, code), 0)
                   for code in codes if code in assigned}
    return carried


def _regio_source(session: Session, categorie: str, periode: str, provincie_id: int, indeling: str) -> OpgaveSource | None:
    """Totals given per regio, summed: one source line for the province's part."""
    given = regio_sources(session, categorie, periode, provincie_id, indeling)
    if not given:
        return None
    dates = {o.peildatum for o in given if o.peildatum}
    return OpgaveSource(sum(o.aantal for o in given), max(dates) if dates else None,
                        "; ".join(dict.fromkeys(o.bron for o in given if o.bron)))


@dataclass
class WorksheetBasis:
    """What a worksheet shows beside the distribution: names, regio's, realisation, carry-over,
    thresholds, the opgave's source. A change of the distribution's settings within the same
    scope and grouping leaves it as it is, so an edit re-assembles the worksheet from it without
    reading the database again."""

    periode: str
    bereik: str
    indeling: str | None
    names: dict[str, str]
    regios: dict[str, str]
    realised: dict[str, int]
    occupancy: dict[str, int]
    carried: dict[str, int]
    limits: dict[str, int]
    stored: dict[str, int]  # what a vastgesteld version holds
    source: OpgaveSource | None  # the published total the version divides (national or provincial)
    regio_source: OpgaveSource | None  # else: totals given per regio, summed
    population_dates: frozenset
    versions: list[Verdeling]


def worksheet(session: Session, verdeling_id: int, regio_soort: str = "veiligheidsregio") -> Worksheet:
    verdeling = session.get_one(Verdeling, verdeling_id)
    settings = settings_of(session, verdeling)
    computed = compute(session, verdeling, settings)
    return _assemble(verdeling, settings, computed, _basis(session, verdeling, settings, computed.scope_codes, regio_soort))


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
           regio_soort: str) -> WorksheetBasis:
    periode = session.scalars(select(Periode.code).where(Periode.id == verdeling.periode_id)).one()
    occupancy: dict[str, int] = {}
    if verdeling.categorie in LOCATION_KINDS:
        capacity, occupancy = location_totals(session, LOCATION_KINDS[verdeling.categorie], codes,
                                              HalfYear.parse(periode).end)
        realised = {code: capacity.get(code, 0) for code in codes}  # no location: nothing realised
    else:
        realised = realisation(session, verdeling.categorie, periode, codes)
    carried = (carry_over(session, periode, verdeling.provincie_id, codes)
               if verdeling.categorie == "huisvesting" and verdeling.provincie_id is not None else {})
    opgave = (national_total(session, verdeling.categorie, periode)
              if settings.bereik == SCOPE_NATIONAL or verdeling.provincie_id is None
              else provincial_total(session, verdeling.categorie, periode, verdeling.provincie_id))
    source = None if opgave is None else OpgaveSource(opgave.aantal, opgave.peildatum, opgave.bron or "")
    regio_source = None
    if source is None and settings.indeling and verdeling.provincie_id is not None:
        regio_source = _regio_source(session, verdeling.categorie, periode, verdeling.provincie_id, settings.indeling)
    return WorksheetBasis(
        periode=periode, bereik=settings.bereik, indeling=settings.indeling, regio_source=regio_source,
        names=dict(session.execute(select(Gemeente.code, Gemeente.naam).where(Gemeente.code.in_(codes))).all()),
        regios=_regio_names(session, regio_soort, codes), realised=realised, occupancy=occupancy, carried=carried,
        limits=thresholds(session, verdeling.provincie_id) if verdeling.provincie_id else DEFAULT_THRESHOLDS,
        stored=allocations(session, verdeling.id), source=source,
        population_dates=frozenset(population_dates(session)),
        versions=versions(session, verdeling.categorie, periode, verdeling.provincie_id))


def _assemble(verdeling: Verdeling, settings: VerdelingSettings, computed: Computed, basis: WorksheetBasis) -> Worksheet:
    net: dict[str, int] = {}
    for entry in computed.exchange_log:
        e = entry.exchange
        net[e.from_unit] = net.get(e.from_unit, 0) - e.amount
        net[e.to_unit] = net.get(e.to_unit, 0) + e.amount
    rows = []
    for code in computed.scope_codes:
        line = computed.result.line(code)
        row = WorksheetRow(
            code=code, naam=basis.names[code], regio=basis.regios.get(code, ""), key=line.key, quota=line.quota,
            # A vastgesteld version shows what was adopted, even if reference data changed since.
            assigned=basis.stored.get(code, computed.final[code]) if verdeling.status != "concept" else computed.final[code],
            account="; ".join(filter(None, [line.rounding, line.constraint, line.credit_note])),
            lock=settings.constraint_value(code, "vast"), minimum=settings.constraint_value(code, "minimum"),
            maximum=settings.constraint_value(code, "maximum"), credit=settings.constraint_value(code, "verrekening"),
            exchanged=net.get(code, 0), realised=basis.realised.get(code), carried=basis.carried.get(code, 0),
            plain_quota=line.plain_quota,
        )
        if verdeling.categorie == "huisvesting":
            row.status = supervision_status(row.target, row.realised or 0, basis.limits)
        rows.append(row)
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
    if source is None:  # totals given per regio
        source = basis.regio_source
    return Worksheet(verdeling, settings, computed, rows, basis.versions, notes, basis.occupancy, source,
                     population_note, basis)


def durable_credit(session: Session, provincie_id: int, categorie: str, periode: str) -> tuple[dt.date, dict[str, int]]:
    """The day durable places count on (:func:`durable_credit_date`) and the places per gemeente
    that count as its credit then (Spreidingswet)."""
    from regietafel.domain.locations import durable_credit_date
    from regietafel.store.locaties import durable_places

    source = provincial_total(session, categorie, periode, provincie_id)
    on = durable_credit_date(source.peildatum if source is not None else None, periode)
    return on, durable_places(session, provincie_id, categorie, on)
