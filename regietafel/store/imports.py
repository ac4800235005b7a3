"""Writing an import: a validated :class:`ImportPlan` goes into the store in ONE transaction.

A plan with errors is refused before anything is touched. Before writing, the database file
is backed up (``store/backups``). Re-importing the same figures replaces them (same gemeente,
period/peildatum, category or indicator name), so an import can be repeated safely.
Also the herindeling services: loading a new CBS gemeente list and summing the opgaven of
merged gemeenten into their successor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import CursorResult, Result, delete, insert, select, update
from sqlalchemy.orm import Session

from regietafel.domain.formatting import format_date, format_int
from regietafel.domain.gemeente_matching import HERINDELINGEN, GemeenteRef
from regietafel.domain.huisvesting import art29_taakstelling
from regietafel.domain.locations import normalize_soort, normalize_status
from regietafel.domain.periods import HalfYear
from regietafel.importing.importer import (
    WARNING,
    ImportContext,
    ImportOptions,
    ImportPlan,
    Problem,
    plan_file,
)
from regietafel.store import backups
from regietafel.store.distributions import art29_peildatum, national_total
from regietafel.store.errors import StoreError
from regietafel.store.models import (
    CATEGORIEEN,
    NIVEAUS,
    Beginstand,
    Gemeente,
    GemeenteRegio,
    Indicator,
    Inwoners,
    Locatie,
    Opgave,
    Periode,
    Provincie,
    Realisatie,
    Regio,
)
from regietafel.store.texts import t


class ImportRefused(StoreError):
    """The plan has errors (or nothing to write); nothing was written."""


@dataclass(frozen=True)
class ImportResult:
    kind: str
    written: int
    replaced: int
    backup: Path | None


def load_context(session: Session) -> ImportContext:
    rows = session.execute(
        select(Gemeente.id, Gemeente.code, Gemeente.naam, Provincie.naam, Gemeente.geldig_tot, Gemeente.opvolger_id)
        .join(Provincie, Provincie.id == Gemeente.provincie_id)
    ).all()
    codes = {gid: code for gid, code, *_ in rows}
    gemeenten = [GemeenteRef(code, naam, provincie, tot, codes.get(opvolger) if opvolger else None) for _gid, code, naam, provincie, tot, opvolger in rows]
    provinces = list(session.scalars(select(Provincie.naam).order_by(Provincie.naam)))
    periods = {code: (begin, eind) for code, begin, eind in session.execute(select(Periode.code, Periode.begin, Periode.eind))}
    return ImportContext(gemeenten, provinces, periods, CATEGORIEEN, NIVEAUS)


def import_source(file_name: str, today: dt.date | None = None) -> str:
    """The source every imported figure carries: the file and the day it was imported."""
    return t("import.import_of_file", file=file_name, date=format_date(today or dt.date.today()))


def plan_import(store, path: Path | str, kind: str, options: ImportOptions | None = None,
                sheet: str | None = None, mapping: dict[str, int] | None = None) -> ImportPlan:
    """Read and validate ``path``; writes nothing."""
    with store.read() as session:
        context = load_context(session)
    options = options or ImportOptions()
    if not options.bron:
        options.bron = import_source(Path(path).name)
    plan = plan_file(path, kind, context, options, sheet, mapping)
    with store.read() as session:
        flag_against_computation(session, plan)
    return plan


def flag_against_computation(session: Session, plan: ImportPlan) -> None:
    """An imported taakstelling is the official figure and is imported as it is; where it
    differs from the Huisvestingswet art. 29 computation, each row gets a warning (a flag,
    never a refusal)."""
    if plan.kind != "taakstelling" or plan.errors:
        return
    column = plan.mapping.get("aantal")
    name = plan.headers[column] if column is not None and column < len(plan.headers) else ""
    periods: set[str] = {record["periode"] for record in plan.records if record.get("periode")}
    for periode in sorted(periods):
        computed = art29_figures(session, periode)
        if computed is None:
            continue
        for record, row in zip(plan.records, plan.record_rows, strict=True):
            expected = computed.get(record["gemeente_code"])
            if record.get("periode") == periode and expected is not None and expected != record["aantal"]:
                plan.problems.append(Problem(plan.file, plan.sheet, row, column, name, t(
                    "import.differs_from_art29", official=format_int(record["aantal"]),
                    computed=format_int(expected), periode=periode), WARNING))


def art29_figures(session: Session, periode: str) -> dict[str, int] | None:
    """Huisvestingswet art. 29 per gemeente of a half-year (None without a national number)."""
    national = national_total(session, "huisvesting", periode)
    if national is None:
        return None
    peildatum = art29_peildatum(session, HalfYear.parse(periode))
    population = dict(session.execute(
        select(Gemeente.code, Inwoners.aantal).join(Inwoners, Inwoners.gemeente_id == Gemeente.id)
        .where(Inwoners.peildatum == peildatum, Gemeente.geldig_tot.is_(None))).all())
    return art29_taakstelling(national.aantal, population) if population else None


def enter_opgave(store, categorie: str, periode: str, aantal: int, peildatum: dt.date | None,
                 provincie: str | None, bron: str = "",
                 before_write: Callable[[], None] | None = None) -> ImportResult:
    """An opgave typed in the app: of ``provincie`` (its name), or the national number when
    None. Checked and written exactly as one row of an opgave import (the same messages, the
    same backup, replacing an earlier number of that level, category and period; ``before_write``
    as in :func:`apply_plan`)."""
    from regietafel.domain.formatting import format_date
    from regietafel.importing.importer import plan_table
    from regietafel.importing.tabular import Table

    header: list[object] = ["niveau", "provincie", "categorie", "aantal", "peildatum"]
    row: list[object] = ["provincie" if provincie else "nationaal", provincie, categorie, aantal, peildatum]
    table = Table(Path(t("import.typed_opgave")), "", [], [header, row])
    with store.read() as session:
        context = load_context(session)
    options = ImportOptions(period=periode, peildatum=peildatum, categorie=categorie,
                            bron=bron or t("import.typed_in_the_app", date=format_date(dt.date.today())))
    plan = plan_table(table, "opgave", context, options)
    if plan.errors:  # what was typed is wrong: say what, not which row of which file
        raise ImportRefused(" ".join(problem.reason for problem in plan.errors))
    return apply_plan(store, plan, before_write=before_write)


def apply_plan(store, plan: ImportPlan, backup: bool = True, keep: int | None = None,
               before_write: Callable[[], None] | None = None) -> ImportResult:
    """Write ``plan`` in one transaction (after a backup); ImportRefused when it has errors.
    ``before_write`` is called between the backup and the transaction (the GUI's last chance to
    cancel: an exception from it writes nothing)."""
    if plan.errors:
        raise ImportRefused(t("import.file_not_imported_count_problem_s", file=plan.file, count=len(plan.errors)))
    if not plan.records:
        raise ImportRefused(t("import.file_no_rows_to_import", file=plan.file))
    # A shared database is backed up by the server's owner, not into a folder of ours.
    backup_path = backups.make_backup(store.path, f"voor-import-{plan.kind}", keep) if backup and not store.shared else None
    if before_write is not None:
        before_write()
    writer = _WRITERS[plan.kind]
    with store.transaction() as session:
        written, replaced = writer(session, plan)
    return ImportResult(plan.kind, written, replaced, backup_path)


# --- writers ----------------------------------------------------------------------------
def _ids(session: Session) -> tuple[dict[str, int], dict[int, int]]:
    rows = session.execute(select(Gemeente.code, Gemeente.id, Gemeente.provincie_id)).all()
    return {code: gid for code, gid, _p in rows}, {gid: pid for _c, gid, pid in rows}


def _period_id(session: Session, code: str | None) -> int | None:
    if code is None:
        return None
    period_id = session.scalar(select(Periode.id).where(Periode.code == code))
    if period_id is None:
        raise ImportRefused(t("import.unknown_period_period_known_known", period=code, known="–"))
    return period_id


def _period_containing(session: Session, day: dt.date) -> int | None:
    return session.scalar(select(Periode.id).where(Periode.begin <= day, Periode.eind >= day))


def _write_opgave(session: Session, plan: ImportPlan) -> tuple[int, int]:
    ids, province_of = _ids(session)
    provinces = dict(session.execute(select(Provincie.naam, Provincie.id)).all())
    categorie_default = "huisvesting" if plan.kind == "taakstelling" else plan.options.categorie
    rows, replaced = [], 0
    for record in plan.records:
        periode_id = _period_id(session, record.get("periode") or plan.options.period)
        gemeente_id = ids.get(record["gemeente_code"]) if record.get("gemeente_code") else None
        niveau = "gemeente" if plan.kind == "taakstelling" else record["niveau"]
        provincie_id = provinces.get(record["provincie"]) if record.get("provincie") else None
        if gemeente_id is not None and provincie_id is None:
            provincie_id = province_of[gemeente_id]
        categorie = record.get("categorie") or categorie_default
        condition = [Opgave.categorie == categorie, Opgave.niveau == niveau, Opgave.periode_id == periode_id]
        if niveau == "gemeente":
            condition.append(Opgave.gemeente_id == gemeente_id)
        elif niveau == "provincie":
            condition.append(Opgave.provincie_id == provincie_id)
        replaced += _rowcount(session.execute(delete(Opgave).where(*condition)))
        rows.append({
            "categorie": categorie, "niveau": niveau, "periode_id": periode_id,
            "provincie_id": provincie_id if niveau != "nationaal" else None, "gemeente_id": gemeente_id,
            "peildatum": record.get("peildatum") or (plan.options.peildatum if plan.kind == "opgave" else None),
            "aantal": record["aantal"], "vorig_aantal": record.get("vorig_aantal"),
            "bron": plan.options.bron, "toelichting": record.get("toelichting") or "",
        })
    session.execute(insert(Opgave), rows)
    return len(rows), replaced


def _rowcount(result: Result) -> int:
    """Rows a DELETE or UPDATE touched (its result is a CursorResult; typed as a plain Result)."""
    return cast(CursorResult, result).rowcount or 0


def _write_beginstand(session: Session, plan: ImportPlan) -> tuple[int, int]:
    """Opening balances of the carry-over: one per gemeente and half-year, replaced on re-import."""
    ids, _ = _ids(session)
    rows, replaced = [], 0
    for record in plan.records:
        periode_id = _period_id(session, record.get("periode") or plan.options.period)
        gemeente_id = ids[record["gemeente_code"]]
        replaced += _rowcount(session.execute(delete(Beginstand).where(
            Beginstand.periode_id == periode_id, Beginstand.gemeente_id == gemeente_id)))
        rows.append({"periode_id": periode_id, "gemeente_id": gemeente_id, "aantal": record["aantal"],
                     "bron": plan.options.bron, "toelichting": record.get("toelichting") or ""})
    session.execute(insert(Beginstand), rows)
    return len(rows), replaced


def _delete_in_chunks(session: Session, make_delete, ids: list[int]) -> int:
    total = 0
    for start in range(0, len(ids), 500):
        total += _rowcount(session.execute(make_delete(ids[start:start + 500])))
    return total


def _write_realisatie(session: Session, plan: ImportPlan) -> tuple[int, int]:
    ids, province_of = _ids(session)
    replaced = 0
    groups: dict[tuple[str, dt.date], list[int]] = {}
    rows = []
    for record in plan.records:
        gemeente_id = ids[record["gemeente_code"]]
        groups.setdefault((record["categorie"], record["peildatum"]), []).append(gemeente_id)
        rows.append({
            "categorie": record["categorie"], "periode_id": _period_containing(session, record["peildatum"]),
            "provincie_id": province_of[gemeente_id], "gemeente_id": gemeente_id,
            "peildatum": record["peildatum"], "aantal": record["aantal"], "bron": plan.options.bron,
        })
    for (categorie, peildatum), gemeente_ids in groups.items():
        replaced += _delete_in_chunks(session, lambda chunk, c=categorie, p=peildatum: delete(Realisatie).where(
            Realisatie.categorie == c, Realisatie.peildatum == p, Realisatie.gemeente_id.in_(chunk)), gemeente_ids)
    session.execute(insert(Realisatie), rows)
    return len(rows), replaced


def _write_inwoners(session: Session, plan: ImportPlan) -> tuple[int, int]:
    ids, _ = _ids(session)
    replaced = 0
    groups: dict[dt.date, list[int]] = {}
    rows = []
    for record in plan.records:
        gemeente_id = ids[record["gemeente_code"]]
        groups.setdefault(record["peildatum"], []).append(gemeente_id)
        rows.append({"gemeente_id": gemeente_id, "peildatum": record["peildatum"], "aantal": record["aantal"],
                     "bron": plan.options.bron})
    for peildatum, gemeente_ids in groups.items():
        replaced += _delete_in_chunks(session, lambda chunk, p=peildatum: delete(Inwoners).where(
            Inwoners.peildatum == p, Inwoners.gemeente_id.in_(chunk)), gemeente_ids)
    session.execute(insert(Inwoners), rows)
    return len(rows), replaced


def _write_indicator(session: Session, plan: ImportPlan) -> tuple[int, int]:
    ids, _ = _ids(session)
    replaced = 0
    groups: dict[tuple[str, dt.date | None], list[int]] = {}
    rows = []
    for record in plan.records:
        gemeente_id = ids[record["gemeente_code"]]
        groups.setdefault((record["naam"], record["peildatum"]), []).append(gemeente_id)
        rows.append({"naam": record["naam"], "gemeente_id": gemeente_id, "peildatum": record["peildatum"],
                     "waarde": record["waarde"], "bron": plan.options.bron})
    for (naam, peildatum), gemeente_ids in groups.items():
        date_condition = Indicator.peildatum.is_(None) if peildatum is None else Indicator.peildatum == peildatum
        replaced += _delete_in_chunks(session, lambda chunk, n=naam, d=date_condition: delete(Indicator).where(
            Indicator.naam == n, d, Indicator.gemeente_id.in_(chunk)), gemeente_ids)
    session.execute(insert(Indicator), rows)
    return len(rows), replaced


def _write_locaties(session: Session, plan: ImportPlan) -> tuple[int, int]:
    ids, _ = _ids(session)
    existing = {(gid, naam): lid for lid, gid, naam in session.execute(select(Locatie.id, Locatie.gemeente_id, Locatie.naam))}
    rows, stale = [], []
    for record in plan.records:
        gemeente_id = ids[record["gemeente_code"]]
        if (gemeente_id, record["naam"]) in existing:
            stale.append(existing[(gemeente_id, record["naam"])])
        rows.append({
            "gemeente_id": gemeente_id, "naam": record["naam"], "soort": normalize_soort(record.get("soort")),
            "capaciteit": record["capaciteit"], "bezetting": record.get("bezetting") or 0,
            "begindatum": record.get("begindatum"), "einddatum": record.get("einddatum"),
            "status": normalize_status(record.get("status")),
            "doelgroep_restrictie": record.get("doelgroep_restrictie") or "", "opmerking": record.get("opmerking") or "",
        })
    replaced = _delete_in_chunks(session, lambda chunk: delete(Locatie).where(Locatie.id.in_(chunk)), stale)
    session.execute(insert(Locatie), rows)
    return len(rows), replaced


def _write_gemeenten(session: Session, plan: ImportPlan) -> tuple[int, int]:
    """A new CBS gemeente list: add new gemeenten, end the vanished ones with a successor."""
    ingang = plan.options.peildatum
    provinces = dict(session.execute(select(Provincie.naam, Provincie.id)).all())
    current = {code: (gid, naam) for gid, code, naam in session.execute(
        select(Gemeente.id, Gemeente.code, Gemeente.naam).where(Gemeente.geldig_tot.is_(None)))}
    all_codes = dict(session.execute(select(Gemeente.code, Gemeente.id)).all())
    listed = [r for r in plan.records if not r.get("opvolger")]
    ending = {r["gemeente_code"]: r["opvolger"] for r in plan.records if r.get("opvolger")}
    for record in listed:  # "voorgangers" on the new gemeente's row: GM0501;GM0530
        for part in str(record.get("voorgangers") or "").replace(",", ";").split(";"):
            from regietafel.domain.names import normalize_gemeente_code

            old = normalize_gemeente_code(part) if part.strip() else None
            if old:
                ending.setdefault(old, record["gemeente_code"])
    builtin = {h.code: h.opvolger for h in HERINDELINGEN}
    listed_codes = {r["gemeente_code"] for r in listed}
    added = 0
    for record in listed:
        code = record["gemeente_code"]
        if code in all_codes:
            session.execute(update(Gemeente).where(Gemeente.code == code).values(naam=record["gemeente"]))
            continue
        if not record.get("provincie"):
            raise ImportRefused(t("import.code_a_new_municipality_needs_a", code=code))
        gemeente = Gemeente(code=code, naam=record["gemeente"], provincie_id=provinces[record["provincie"]], geldig_vanaf=ingang)
        session.add(gemeente)
        session.flush()
        all_codes[code] = gemeente.id
        added += 1
        _link_regios(session, gemeente.id, plan, record)
    missing = []
    ended = 0
    for code, (gid, naam) in current.items():
        if code in listed_codes:
            continue
        successor = ending.get(code) or builtin.get(code)
        if successor is None or successor not in all_codes:
            missing.append(f"{naam} ({code})")
            continue
        session.execute(update(Gemeente).where(Gemeente.id == gid).values(geldig_tot=ingang, opvolger_id=all_codes[successor]))
        ended += 1
    if missing:
        raise ImportRefused(t("import.file_these_municipalities_are_not_in", file=plan.file, names=", ".join(missing)))
    population = [{"gemeente_id": all_codes[r["gemeente_code"]], "peildatum": ingang, "aantal": r["inwoners"],
                   "bron": plan.options.bron} for r in listed if r.get("inwoners") is not None]
    if population:
        session.execute(delete(Inwoners).where(Inwoners.peildatum == ingang,
                                               Inwoners.gemeente_id.in_([p["gemeente_id"] for p in population])))
        session.execute(insert(Inwoners), population)
    return added + ended, ended


def _link_regios(session: Session, gemeente_id: int, plan: ImportPlan, record: dict) -> None:
    """Copy regio memberships from the CBS-style columns (veiligheidsregio_code, ...), if present."""
    headers = {h.strip().casefold(): i for i, h in enumerate(plan.headers) if h}
    row = plan.table.rows[plan.record_rows[plan.records.index(record)] - 1] if plan.table else []
    for soort in ("veiligheidsregio", "arbeidsmarktregio", "corop"):
        code_index, name_index = headers.get(f"{soort}_code"), headers.get(soort)
        if code_index is None or code_index >= len(row) or row[code_index] is None:
            continue
        code = str(row[code_index]).strip()
        regio_id = session.scalar(select(Regio.id).where(Regio.soort == soort, Regio.code == code))
        if regio_id is None:
            naam = str(row[name_index]).strip() if name_index is not None and name_index < len(row) and row[name_index] else code
            regio = Regio(soort=soort, code=code, naam=naam)
            session.add(regio)
            session.flush()
            regio_id = regio.id
        session.execute(insert(GemeenteRegio).values(gemeente_id=gemeente_id, regio_id=regio_id))


_WRITERS = {
    "opgave": _write_opgave,
    "taakstelling": _write_opgave,
    "beginstand": _write_beginstand,
    "realisatie": _write_realisatie,
    "inwoners": _write_inwoners,
    "indicator": _write_indicator,
    "locaties": _write_locaties,
    "gemeenten": _write_gemeenten,
}


# --- herindeling ------------------------------------------------------------------------
def merge_opgaven_into_successor(store, periode: str, categorie: str) -> dict[str, int]:
    """Sum the gemeente opgaven of merged (ended) gemeenten into their successor for one period.

    The old rows stay (history). The successor's row is raised by their sum and its
    toelichting names what was added, so running it twice adds nothing the second time.
    Returns successor code -> amount added.
    """
    added: dict[str, int] = {}
    with store.transaction() as session:
        periode_id = _period_id(session, periode)
        olds = session.execute(
            select(Gemeente.id, Gemeente.code, Gemeente.naam, Gemeente.opvolger_id, Opgave.aantal)
            .join(Opgave, Opgave.gemeente_id == Gemeente.id)
            .where(Gemeente.opvolger_id.is_not(None), Opgave.periode_id == periode_id,
                   Opgave.categorie == categorie, Opgave.niveau == "gemeente")
        ).all()
        by_successor: dict[int, list[tuple[str, str, int]]] = {}
        for _gid, code, naam, opvolger_id, aantal in olds:
            by_successor.setdefault(opvolger_id, []).append((code, naam, aantal))
        for successor_id, parts in by_successor.items():
            successor = session.get_one(Gemeente, successor_id)
            row = session.scalar(select(Opgave).where(
                Opgave.gemeente_id == successor_id, Opgave.periode_id == periode_id,
                Opgave.categorie == categorie, Opgave.niveau == "gemeente"))
            if row is None:
                row = Opgave(categorie=categorie, niveau="gemeente", periode_id=periode_id,
                             provincie_id=successor.provincie_id, gemeente_id=successor_id, aantal=0,
                             bron=t("import.herindeling"), toelichting="")
                session.add(row)
            total = 0
            for code, naam, aantal in parts:
                marker = f"[+{code}]"
                if marker in (row.toelichting or ""):
                    continue
                row.aantal += aantal
                row.toelichting = ((row.toelichting or "") + f" {marker} {naam} {aantal}").strip()
                total += aantal
            if total:
                added[successor.code] = total
    return added
