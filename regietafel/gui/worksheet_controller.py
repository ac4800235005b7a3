"""The decisions of one worksheet (one opgave in one province and period), without Qt.

The view (:mod:`regietafel.gui.worksheet_panel`) lays out and binds: it hands what the user did
to this controller and shows what comes back. The controller holds the state (scope, the loaded
worksheet, the chosen version, the numbers before the last change), checks what was typed, and
decides what a change becomes: a :class:`PendingChange` (the settings before and after, and its
name in the Edit menu) that the view stores through an undoable command, or :class:`Refused`
with the sentence to show. It also says what to show: choices, banner, summary, hidden columns,
the account of a number. Tests drive it without a window.

Its sentences go through ``Wording``: the view hands in Qt's translation (context
``WorksheetController``) and the locale's number and date formats; without them they stay in the
English of the source, with the domain's formats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from regietafel.domain import formatting
from regietafel.domain.verdeelmotor import ExchangeError, InfeasibleError, Method, SurplusPolicy
from regietafel.importing.specs import ValueProblem, parse_whole
from regietafel.store import areas, distributions, meetings
from regietafel.store.database import Store
from regietafel.store.distributions import Computed, VerdelingSettings
from regietafel.store.errors import StoreError
from regietafel.store.keys import KeySpec, indicator_names
from regietafel.store.worksheet import Worksheet, WorksheetRow, durable_credit, rework, worksheet

GROUPINGS = (None, "veiligheidsregio", "arbeidsmarktregio", "corop", "eigen")
# Columns that only matter when used: hidden while every row is empty there.
OPTIONAL_COLUMNS = ("previous", "minimum", "maximum", "credit", "exchanged", "carried", "computed", "amv")
# Columns beside the key that only matter while an agreement moves a number away from it.
AGREEMENT_COLUMNS = ("plain_quota", "deviation")


def _source_text(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n))


@dataclass(frozen=True)
class Wording:
    """How the controller's sentences come out: translated (``tr`` as Qt's, with ``%n``), numbers
    and dates as the view writes them."""

    tr: Callable[[str, str | None, int], str] = _source_text
    number: Callable[[int], str] = formatting.format_int
    date: Callable[[dt.date], str] = formatting.format_date
    fraction: Callable[[Fraction, int], str] = formatting.format_fraction


def parse_whole_number(text: str) -> int:
    """A whole number typed in a cell, read as the importer reads one: '1.234' is 1234 (Dutch
    thousands dots), '1.5' and '1,5' are refused (never 15); ValueError with the reason."""
    try:
        return parse_whole(text)
    except ValueProblem as problem:
        raise ValueError(str(problem)) from None


def shows_computed(rows: list[WorksheetRow]) -> bool:
    """The computation stands beside the numbers where official figures (or a re-division) make
    them differ from it: the check."""
    return any(r.official is not None or (r.computed is not None and r.computed != r.assigned) for r in rows)


class Refused(Exception):
    """A change the controller does not make; ``str()`` is the sentence for the user."""


@dataclass(frozen=True)
class PendingChange:
    """A change of the version's settings, to be stored by an undoable command."""

    verdeling_id: int
    before: VerdelingSettings
    after: VerdelingSettings
    description: str  # what the Edit menu calls it
    expected: int  # the version's change number the change is based on


class WorksheetController:
    def __init__(self, categorie: str, store: Callable[[], Store], regio_soort: Callable[[], str],
                 wording: Wording | None = None, stand_per: Callable[[], dt.date] | None = None):
        self.categorie = categorie
        self._store = store
        self._regio_soort = regio_soort
        self._stand_per = stand_per or dt.date.today  # the date every figure stands per
        self.wording = wording or Wording()
        self.provincie_id: int | None = None
        self.periode: str | None = None
        self.sheet: Worksheet | None = None
        self.selected_version: int | None = None  # None: the newest
        self.previous: dict[str, int] = {}  # every gemeente's number before the last change
        self.dates: list[dt.date] = []  # population dates and indicators, as last loaded
        self.indicators: list[str] = []
        self.loaded = False
        self.show_deviation = False  # View > Difference from the key (a column more on a small screen)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.wording.tr(text, disambiguation, n)

    # --- scope and loading ----------------------------------------------------------------
    @property
    def scope(self) -> tuple[int | None, str | None]:
        return self.provincie_id, self.periode

    def set_scope(self, provincie_id: int, periode: str) -> None:
        if (provincie_id, periode) != self.scope:
            self.previous = {}
            self.selected_version = None
        self.provincie_id, self.periode = provincie_id, periode

    def load(self) -> str:
        """Read the chosen version's worksheet (else the newest), stand per the window's date; the
        error sentence, or ""."""
        if self.provincie_id is None or not self.periode:
            return ""
        try:
            with self._store().transaction() as session:
                newest = distributions.ensure_version(session, self.categorie, self.periode, self.provincie_id)
                wanted = self.selected_version or (newest.id if newest is not None else None)
                self.sheet = (None if wanted is None
                              else worksheet(session, wanted, self._regio_soort(), self._stand_per()))
                self.dates = areas.population_dates(session)
                self.indicators = indicator_names(session)
            self.loaded = True
            return ""
        except (InfeasibleError, ExchangeError, ValueError, StoreError) as error:
            self.sheet = None
            return str(error)

    def stored(self, verdeling_id: int, settings: VerdelingSettings, computed: Computed, change_number: int) -> bool:
        """A change (or its undo) was stored: re-assemble the worksheet from what it holds when the
        change stays within it (True); False when it must be loaded again."""
        sheet = self.sheet
        if sheet is None or sheet.verdeling.id != verdeling_id or not self.loaded:
            return False
        reworked = rework(sheet, settings, computed, change_number)
        if reworked is None:
            return False
        self.sheet = reworked
        return True

    def choose_version(self, verdeling_id: int | None) -> None:
        self.selected_version = verdeling_id
        self.previous = {}

    # --- what to show ---------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """An adopted version, or a user who may only read the (shared) database."""
        return self.sheet is None or self.sheet.read_only or self._store().read_only

    @property
    def may_write(self) -> bool:
        return not self._store().read_only

    def rows(self) -> list[WorksheetRow]:
        return self.sheet.rows if self.sheet is not None else []

    def row(self, code: str) -> WorksheetRow | None:
        return next((row for row in self.rows() if row.code == code), None)

    def name(self, code: str) -> str:
        row = self.row(code)
        return row.naam if row is not None else code

    def rows_by_name(self) -> list[WorksheetRow]:
        return sorted(self.rows(), key=lambda row: row.naam)

    def version_label(self, version) -> str:
        if version.status == "vastgesteld":
            return self.tr("Version {n} (adopted {date})").format(
                n=version.versie, date=self.wording.date(version.vastgesteld_op))
        return self.tr("Version {n} (concept)").format(n=version.versie)

    def version_choices(self) -> list[tuple[str, int]]:
        return [(self.version_label(version), version.id) for version in self.sheet.versions] if self.sheet else []

    def key_choices(self) -> list[tuple[str, tuple[str, str | None]]]:
        spec = self.sheet.settings.key_spec if self.sheet else None
        choices = [(self.tr("Population"), ("inwoners", None)), (self.tr("Equal shares"), ("gelijk", None))]
        for name in self.indicators:
            choices.append((self.tr("Population × (1 + {name})").format(name=name), ("ses", name)))
            choices.append((self.tr("Own key: {name}").format(name=name), ("eigen", name)))
        mix = spec.describe() if spec is not None and spec.soort == "mix" else self.tr("Weighted mix…")
        choices.append((mix, ("mix", None)))
        return choices

    def date_choices(self) -> list[tuple[str, str]]:
        return [(self.wording.date(date), date.isoformat()) for date in self.dates]

    def method_choices(self) -> list[tuple[str, str]]:
        return [(self.tr("Largest remainder (Hamilton)"), Method.HAMILTON.value),
                (self.tr("Sainte-Laguë"), Method.SAINTE_LAGUE.value), (self.tr("D'Hondt"), Method.DHONDT.value),
                (self.tr("Round up (Huisvestingswet art. 29)"), Method.CEIL.value)]

    def grouping_choices(self) -> list[tuple[str, str | None]]:
        labels = (self.tr("One level"), self.tr("Via safety regions"), self.tr("Via labour market regions"),
                  self.tr("Via COROP regions"), self.tr("Via own grouping"))
        return list(zip(labels, GROUPINGS, strict=True))

    def policy_choices(self) -> list[tuple[str, str]]:
        return [(self.tr("Surplus kept"), SurplusPolicy.KEEP.value),
                (self.tr("Surplus redistributed"), SurplusPolicy.REDISTRIBUTE.value)]

    def empty_text(self) -> str:
        return self.tr("No total is known for this opgave in this province and period yet. Type it in (Enter "
                       "opgave…) or import the figures (File > Import…).")

    def banner(self) -> str:
        """Why an adopted version cannot be changed ("" for a concept; a read-only role is
        explained by the window)."""
        if self.sheet is None or not self.sheet.read_only:
            return ""
        version = self.sheet.verdeling
        return self.tr("Version {version} was adopted on {date} and is read-only. Start a new concept to make changes."
                       ).format(version=version.versie, date=self.wording.date(version.vastgesteld_op))

    @property
    def can_compare(self) -> bool:
        return self.sheet is not None and len(self.sheet.versions) > 1

    def compare_tip(self) -> str:
        """Why Compare is off ("" while it is on)."""
        return "" if self.can_compare else self.tr(
            "There is one version so far; start a new concept to compare versions.")

    def hides(self, key: str) -> bool:
        """An optional column stays out of sight while no row has a value there; the quota by the
        key and the difference from it while no agreement moves a number (the difference also
        while View > Difference from the key is off)."""
        rows = self.rows()
        if key in AGREEMENT_COLUMNS:
            agreed = any(r.lock is not None or r.minimum is not None or r.maximum is not None or r.credit or r.exchanged
                         for r in rows)
            return not agreed or (key == "deviation" and not self.show_deviation)
        if key not in OPTIONAL_COLUMNS:
            return False
        if key == "previous":
            return all(self.previous.get(row.code) in (None, 0) for row in rows)
        if key == "computed" and not shows_computed(rows):
            return True
        return all(getattr(row, key) in (None, 0) for row in rows)

    def may_fix(self, row: WorksheetRow | None) -> bool:
        return row is not None and row.lock is None and not self.read_only

    def may_release(self, row: WorksheetRow | None) -> bool:
        return row is not None and row.lock is not None and not self.read_only

    def summary_heading(self) -> tuple[str, list[str]]:
        """What the summary says first: the stand-per date, and which figures are estimates."""
        sheet = self.sheet
        if sheet is None:
            return "", []
        return self.tr("Figures as of {date}.").format(date=self.wording.date(sheet.stand_per)), list(sheet.estimates)

    def summary(self) -> str:
        """Under the table, after the heading: what holds the total, the key and method, the
        notes and the supervision rule."""
        sheet = self.sheet
        if sheet is None:
            return ""
        result = sheet.computed.result
        text = self._total_sentence(sheet)
        text += " " + self.tr("Key: {key}. Method: {method}.").format(
            key=result.key_description, method=result.method.label)
        if result.ties:
            text += " " + self.tr("%n tie(s) decided by the tie-break rule.", "", len(result.ties))
        for note in sheet.notes:
            if note != sheet.computed.fixed_note:  # said above in the window's own words
                text += " " + note
        if sheet.status_rule:
            text += " " + sheet.status_rule
        return text

    def _total_sentence(self, sheet: Worksheet) -> str:
        number = self.wording.number
        total, assigned, result = sheet.settings.totaal, sheet.assigned_total, sheet.computed.result
        if sheet.settings.bereik == distributions.SCOPE_NATIONAL:
            text = self.tr(
                "This province's total {assigned} is fixed here: locks, bounds and exchanges move numbers only "
                "between its own municipalities. The national number {total} (divided over all municipalities "
                "of the Netherlands) is context."
            ).format(total=number(total), assigned=number(assigned))
            if result.exceeds_total:
                text += " " + self.tr(
                    "Rounding up makes the national sum {sum}: {excess} more than the national number, as the law prescribes."
                ).format(sum=number(result.allocated_sum), excess=number(result.excess))
            return text
        if sheet.computed.province_fixed:
            return self.tr("This province's total {assigned} is fixed here: locks, bounds and exchanges move "
                           "numbers only between its own municipalities.").format(assigned=number(assigned))
        if result.exceeds_total:
            return self.tr("Total assigned {assigned} exceeds the total {total} by {excess}: every share is rounded up "
                           "(Huisvestingswet art. 29).").format(
                assigned=number(assigned), total=number(total), excess=number(assigned - total))
        return self.tr("Total assigned {assigned} = total {total}.").format(
            assigned=number(assigned), total=number(total))

    def key_text(self, value: Fraction) -> str:
        return self.wording.number(value.numerator) if value.denominator == 1 else self.wording.fraction(value, 4)

    def account(self, code: str) -> list[str]:
        """How a gemeente's number came about, line by line (plain text; the first line names it)."""
        row = self.row(code)
        if row is None or self.sheet is None:
            return []
        line = self.sheet.computed.result.line(code)
        lines = [f"{row.naam} ({row.code})",
                 self.tr("Key value: {value}").format(value=self.key_text(row.key)),
                 self.tr("Exact quota: {exact} ≈ {decimal}").format(
                     exact=_exact(line.quota), decimal=self.wording.fraction(line.quota, 4)),
                 self.tr("Rounding: {text}").format(text=line.rounding)]
        if line.constraint:
            lines.append(self.tr("Constraint: {text}").format(text=line.constraint))
        if line.credit_note:
            lines.append(self.tr("Credit: {text}").format(text=line.credit_note))
        for entry in self.sheet.computed.exchange_log:
            if code in (entry.exchange.from_unit, entry.exchange.to_unit):
                lines.append(self.tr("Exchange: {text}").format(text=entry.text()))
        if row.carried:
            lines.append(self.tr("Carried over from the previous half-year: {n}").format(n=self.wording.number(row.carried)))
        if row.official is not None:
            lines.append(self.tr("Official figure: {n} (source: {source}); computed: {computed}").format(
                n=self.wording.number(row.official), source=row.source,
                computed=self.wording.number(row.computed or 0)))
        else:
            lines.append(self.tr("Source: computed ({n})").format(n=self.wording.number(row.computed or 0)))
        lines.append(self.tr("Result: {n}").format(n=self.wording.number(row.assigned)))
        return lines

    # --- changes of the settings (undoable) --------------------------------------------------
    def change(self, after: VerdelingSettings, description: str) -> PendingChange | None:
        """The change to ``after``; None when there is nothing to change (or nothing may be)."""
        sheet = self.sheet
        if sheet is None or self.read_only or after == sheet.settings:
            return None
        return PendingChange(sheet.verdeling.id, sheet.settings, after, description, sheet.verdeling.wijzigingsnummer)

    def begin(self) -> None:
        """A change is about to be stored: keep every number as it was, to show what moved."""
        self.previous = {row.code: row.assigned for row in self.rows()}

    def failed(self, reason: str) -> str:
        """The change was refused by the engine: nothing moved; the sentence for the user."""
        self.previous = {}
        return self.tr("Not changed: {reason}").format(reason=reason)

    def _whole_number(self, code: str, text: str) -> int:
        """A number typed for a gemeente; Refused with the reason when it is none ("1.5") or negative."""
        naam = self.name(code)
        try:
            value = parse_whole_number(text)
        except ValueError as error:
            raise Refused(self.tr("{name}: not changed, {reason}.").format(name=naam, reason=str(error))) from None
        if value < 0:
            raise Refused(self.tr("{name}: a negative number is not possible.").format(name=naam))
        return value

    def cell_edit(self, code: str, text: str) -> PendingChange | None:
        """A number typed in a gemeente's cell fixes it there; an empty cell releases it."""
        if self.read_only:
            return None
        if not text.strip():
            return self.unlock(code)
        value = self._whole_number(code, text)
        total = self.sheet.computed.province_total if self.sheet else 0  # a province divides its own total only
        if value > total:
            raise Refused(self.tr("{name}: {value} is more than the whole total {total}.").format(
                name=self.name(code), value=self.wording.number(value), total=self.wording.number(total)))
        return self.lock(code, value)

    def lock(self, code: str, value: int) -> PendingChange | None:
        if self.sheet is None:
            return None
        after = self.sheet.settings.with_constraint(code, "vast", value)
        return self.change(after, self.tr("Fix {name} at {value}").format(
            name=self.name(code), value=self.wording.number(value)))

    def unlock(self, code: str) -> PendingChange | None:
        if self.sheet is None:
            return None
        after = self.sheet.settings.with_constraint(code, "vast", None)
        return self.change(after, self.tr("Release {name}").format(name=self.name(code)))

    def bounds(self, code: str, minimum: int | None, maximum: int | None, credit: int | None) -> PendingChange | None:
        if self.sheet is None:
            return None
        after = self.sheet.settings
        for soort, value in (("minimum", minimum), ("maximum", maximum), ("verrekening", credit)):
            after = after.with_constraint(code, soort, value)
        return self.change(after, self.tr("Bounds for {name}").format(name=self.name(code)))

    def bounds_from_texts(self, code: str, texts: dict[str, str]) -> PendingChange | None:
        """Minimum, maximum and credit as typed in the bounds dialog (empty: none)."""
        values = {key: self._whole_number(code, text) if text else None for key, text in texts.items()}
        return self.bounds(code, values["minimum"], values["maximum"], values["verrekening"])

    def setting(self, field: str, value, label: str) -> PendingChange | None:
        """One of the version's settings (total, method, policy, grouping) to ``value``; ``label``
        is how the control shows it."""
        if self.sheet is None:
            return None
        descriptions = {"totaal": self.tr("Total: {value}"), "methode": self.tr("Method: {value}"),
                        "overschot_beleid": self.tr("Credit: {value}"), "indeling": self.tr("Distribution: {value}")}
        return self.change(replace(self.sheet.settings, **{field: value}), descriptions[field].format(value=label))

    def total(self, value: int) -> PendingChange | None:
        if self.sheet is None or value == self.sheet.settings.totaal:
            return None
        return self.setting("totaal", value, self.wording.number(value))

    def key(self, soort: str, indicator: str | None, peildatum: dt.date | None,
            weights: dict[str, str] | None = None) -> PendingChange | None:
        if self.sheet is None:
            return None
        spec = KeySpec(soort, peildatum, indicator, weights or {})
        return self.change(replace(self.sheet.settings, sleutel=spec.to_json()),
                           self.tr("Key: {value}").format(value=spec.describe()))

    def needs_own_grouping(self, soort: str | None) -> bool:
        """A two-level distribution via own grouping needs the grouping first."""
        return soort == "eigen" and not self.own_grouping()

    def exchange(self, van: str, naar: str, aantal: int, reden: str, datum: str | None = None) -> PendingChange | None:
        if van == naar:
            raise Refused(self.tr("An exchange needs two different municipalities."))
        if self.sheet is None:
            return None
        after = replace(self.sheet.settings,
                        uitwisselingen=self.sheet.settings.uitwisselingen + ((van, naar, aantal, reden, datum),))
        return self.change(after, self.tr("Exchange {n} from {source} to {target}").format(
            n=self.wording.number(aantal), source=self.name(van), target=self.name(naar)))

    # --- durable places (opvang) --------------------------------------------------------------
    def durable_places(self) -> tuple[dt.date, dict[str, int]]:
        """The day existing durable places are counted on, and the places per gemeente then (the
        rule and its date are the store's and the domain's)."""
        with self._store().read() as session:
            return durable_credit(session, self.provincie_id, self.categorie, self.periode)

    def durable_listing(self, places: dict[str, int]) -> list[tuple[str, int, int | None]]:
        """What a credit would do, per gemeente with durable places: name, places, credited now."""
        return [(row.naam, places[row.code], row.credit) for row in self.rows_by_name() if places.get(row.code)]

    def durable_credit(self, on: dt.date, places: dict[str, int]) -> PendingChange | None:
        """Durable places count as credit for their gemeente; replaces earlier credits."""
        if self.sheet is None:
            return None
        after = self.sheet.settings
        for row in self.rows_by_name():
            after = after.with_constraint(row.code, "verrekening", places.get(row.code) or None)
        return self.change(after, self.tr("Credit for durable places on {date}: {n} places").format(
            date=self.wording.date(on), n=self.wording.number(sum(places.values()))))

    def durable_outcome(self, places: dict[str, int]) -> str:
        """After the credit: what it credited, and whether any number moved."""
        moved = [row for row in self.rows() if self.previous.get(row.code, row.assigned) != row.assigned]
        text = self.tr("Credited {n} durable places at {m} municipalities (column Credited).").format(
            n=self.wording.number(sum(places.values())), m=len(places))
        if moved:
            return text + " " + self.tr("%n municipality(ies) got another number (marked; the column Previous shows "
                                        "the number before).", "", len(moved))
        return text + " " + self.tr("No municipality got another number: with the surplus kept, the credit counts "
                                    "towards what is still to realise.")

    # --- decisions that are not undone ------------------------------------------------------
    def adoption(self) -> tuple[str, list[tuple[int, dt.date, str]]]:
        """What the adopt dialog names: the version (as the besluitenlijst names it) and the
        province's meetings, newest first; Refused while there is no meeting to adopt it in."""
        with self._store().read() as session:
            choices = [(m.id, m.datum, self.wording.date(m.datum) + (f", {m.plaats}" if m.plaats else ""))
                        for m in reversed(meetings.meetings(session, self.provincie_id))]
            version = meetings.version_label(self.sheet.verdeling, self.periode) if self.sheet else ""
        if not choices:
            raise Refused(self.tr("A version is adopted in a meeting: first record the meeting (Meetings tab), "
                                  "then adopt the version in it."))
        return version[:1].upper() + version[1:], choices

    def adopt(self, meeting_id: int, reason: str = "") -> None:
        """Adoption is a formal decision of a meeting: recorded on its besluitenlijst with the
        meeting's date; not undoable (StoreError when the store refuses, Refused with the reason
        when the meeting may not adopt it)."""
        sheet = self.sheet
        try:
            with self._store().transaction() as session:
                meetings.add_decision(session, meeting_id, reason, sheet.verdeling.id,
                                           expected=sheet.verdeling.wijzigingsnummer)
        except ValueError as error:
            raise Refused(self.tr("Not adopted: {reason}").format(reason=str(error))) from None
        self.previous = {}

    def new_concept(self, reason: str = "") -> None:
        """A new concept from the shown version, shown next (StoreError when refused)."""
        with self._store().transaction() as session:
            created = distributions.new_concept_from(session, self.sheet.verdeling.id, reason)
            self.selected_version = created.id

    def own_grouping(self) -> dict[str, str]:
        with self._store().read() as session:
            return areas.own_grouping(session, self.provincie_id)

    def save_own_grouping(self, groups: dict[str, str]) -> None:
        """ValueError with the reason when the grouping is refused."""
        with self._store().transaction() as session:
            areas.set_own_grouping(session, self.provincie_id, groups)

    def version_to_compare(self) -> int:
        """The newest other version; Refused when there is none."""
        if not self.can_compare:
            raise Refused(self.tr("There is only one version to look at."))
        current = self.sheet.verdeling
        return next(v for v in reversed(self.sheet.versions) if v.id != current.id).id

    def comparison(self, other_id: int) -> tuple[list[str], list[list[object]]]:
        current = self.sheet.verdeling
        with self._store().read() as session:
            ours = distributions.allocations(session, current.id)
            theirs = distributions.allocations(session, other_id)
        other = next(v for v in self.sheet.versions if v.id == other_id)
        headers = [self.tr("CBS code"), self.tr("Municipality"), self.version_label(other),
                   self.version_label(current), self.tr("Difference")]
        rows: list[list[object]] = [
            [r.code, r.naam, theirs.get(r.code, 0), ours.get(r.code, 0), ours.get(r.code, 0) - theirs.get(r.code, 0)]
            for r in self.rows_by_name()]
        return headers, rows

    def change_log(self) -> tuple[list[str], list[list[object]]]:
        entries: list[list[object]] = []
        with self._store().read() as session:
            for version in self.sheet.versions if self.sheet else []:
                for entry in distributions.change_log(session, version.id):
                    entries.append([entry.tijdstip.strftime("%d-%m-%Y %H:%M:%S"), version.versie, entry.gebruiker,
                                    entry.omschrijving, entry.reden])
        return [self.tr("Time"), self.tr("Version"), self.tr("By"), self.tr("Change"), self.tr("Reason")], entries


def _exact(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
