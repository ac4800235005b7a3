"""The rows a version stores beside its settings (constraints, exchanges, the allocation per
gemeente), written by difference: only rows that changed are touched, in bulk statements.

What a change wrote is what the version holds at its new change number: the store's cache keeps
it (one entry per version), so the next change of the same version compares with it instead of
reading the rows again (an edit and its undo, one after the other). The entry is used only for
the change number it was written at: every other change of the version (another program's, an
adoption) raises the number first (``distributions._for_change``), and then the rows are read.
Rolled back, or beside any write of other data, the store's cache is emptied anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import cast

from sqlalchemy import Table, Update, bindparam, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from regietafel.store.computation import Computed
from regietafel.store.database import session_cache
from regietafel.store.models import Beperking, Toewijzing, Uitwisseling, Verdeling
from regietafel.store.texts import t

_EXCHANGES = cast(Table, Uitwisseling.__table__)  # Core statements on the table (see _write_changed)
KNOWN_ROWS = "version_rows"  # the store cache's key: (KNOWN_ROWS, version id) -> (change number, VersionRows)


@dataclass(frozen=True)
class VersionRows:
    """A version's rows as the writers compare them (ids of gemeenten, values as stored)."""

    constraints: dict[tuple[int, str], tuple[int]]  # (gemeente id, soort) -> (waarde,)
    exchanges: list[tuple]  # (van id, naar id, aantal, reden, datum), in the order of their ids
    allocations: dict[tuple[int], tuple[int, str, str, str]]  # (gemeente id,) -> (aantal, sleutelwaarde, quotum, verantwoording)


NONE_YET = VersionRows({}, [], {})


def write_rows(session: Session, verdeling: Verdeling, computed: Computed, constraints: dict[tuple[int, str], int],
               exchanges: list[tuple], fresh: bool = False) -> None:
    """Store a version's constraints ((gemeente id, kind) -> value), exchanges (van, naar, aantal,
    reden, datum; in this order) and ``computed`` result; ``fresh``: none stored yet. Its change
    number must be the new one (raised for this change, or 1 for a new version)."""
    known = NONE_YET if fresh else _known(session, verdeling)
    written = VersionRows(
        _write_constraints(session, verdeling.id, {key: (waarde,) for key, waarde in constraints.items()},
                           None if known is None else known.constraints),
        _write_exchanges(session, verdeling.id, exchanges, None if known is None else known.exchanges),
        write_allocations(session, verdeling, computed, None if known is None else known.allocations),
    )
    session_cache(session)[(KNOWN_ROWS, verdeling.id)] = (verdeling.wijzigingsnummer, written)


def _known(session: Session, verdeling: Verdeling) -> VersionRows | None:
    """The rows written by the version's previous change, if this store wrote them."""
    entry = session_cache(session).get((KNOWN_ROWS, verdeling.id))
    return entry[1] if entry is not None and entry[0] == verdeling.wijzigingsnummer - 1 else None


def write_allocations(session: Session, verdeling: Verdeling, computed: Computed,
                      stored: dict[tuple[int], tuple] | None = None) -> dict[tuple[int], tuple]:
    """Store the result per gemeente (``stored``: what is stored now, None: read it); only the
    rows that changed are written (a lock in a national distribution of 342 gemeenten changes a
    handful). Returns what is stored now."""
    ids = computed.gemeente_ids
    moved: dict[str, list[str]] = {}
    for entry in computed.exchange_log:
        e = entry.exchange
        moved.setdefault(e.from_unit, []).append(t("store.moved_out", amount=e.amount, unit=e.to_unit, reason=e.reason))
        moved.setdefault(e.to_unit, []).append(t("store.moved_in", amount=e.amount, unit=e.from_unit, reason=e.reason))
    wanted: dict[tuple[int], tuple[int, str, str, str]] = {}
    for code in computed.scope_codes:
        line = computed.result.line(code)
        text = "; ".join(filter(None, [computed.account(code), *moved.get(code, [])]))
        wanted[(ids[code],)] = (computed.final[code], exact(line.key), exact(line.quota), text)
    if stored is None:
        stored = {(row[0],): tuple(row[1:]) for row in session.execute(
            select(Toewijzing.gemeente_id, Toewijzing.aantal, Toewijzing.sleutelwaarde, Toewijzing.quotum,
                   Toewijzing.verantwoording).where(Toewijzing.verdeling_id == verdeling.id))}
    _write_changed(session, Toewijzing, verdeling.id, ("gemeente_id",),
                   ("aantal", "sleutelwaarde", "quotum", "verantwoording"), stored, wanted)
    session.expire(verdeling, ["regels"])
    return wanted


def _write_constraints(session: Session, verdeling_id: int, wanted: dict[tuple[int, str], tuple[int]],
                       stored: dict[tuple[int, str], tuple[int]] | None) -> dict[tuple[int, str], tuple[int]]:
    """Only the constraints that changed are written (an edit fixes one number among a version's
    agreements); ``stored``: None, read them."""
    if stored is None:
        stored = {(gemeente_id, soort): (waarde,) for gemeente_id, soort, waarde in session.execute(
            select(Beperking.gemeente_id, Beperking.soort, Beperking.waarde).where(Beperking.verdeling_id == verdeling_id))}
    _write_changed(session, Beperking, verdeling_id, ("gemeente_id", "soort"), ("waarde",), stored, wanted)
    return wanted


def _write_changed(session: Session, model, verdeling_id: int, keys: tuple[str, ...], values: tuple[str, ...],
                   stored: dict[tuple, tuple], wanted: dict[tuple, tuple]) -> None:
    """Bring a version's rows of ``model`` from ``stored`` to ``wanted`` (key columns -> value
    columns, both as tuples in the order of ``keys`` and ``values``): rows gone are deleted, new
    ones inserted, changed ones updated by primary key, in bulk; unchanged rows are not touched.
    Core statements on the table: the ORM's bulk machinery costs more Python than the rows."""
    table = model.__table__
    gone = [key for key in stored if key not in wanted]
    if gone:
        session.execute(delete(table).where(table.c.verdeling_id == verdeling_id,
                                            tuple_(*(table.c[name] for name in keys)).in_(gone)))
    new = [key for key in wanted if key not in stored]
    if new:
        session.execute(insert(table), [{"verdeling_id": verdeling_id, **dict(zip(keys, key, strict=True)),
                                         **dict(zip(values, wanted[key], strict=True))} for key in new])
    changed = [key for key, value in wanted.items() if key in stored and stored[key] != value]
    if changed:
        session.execute(_update_by_key(table, keys, values), [
            {"key_verdeling_id": verdeling_id, **{f"key_{name}": part for name, part in zip(keys, key, strict=True)},
             **{f"new_{name}": part for name, part in zip(values, wanted[key], strict=True)}} for key in changed])


@cache
def _update_by_key(table: Table, keys: tuple[str, ...], values: tuple[str, ...]) -> Update:
    """UPDATE of ``values`` by the version and ``keys``, built once. Bound names differ from the
    columns' (SQLAlchemy keeps those for the SET clause)."""
    return update(table).where(table.c.verdeling_id == bindparam("key_verdeling_id"),
                               *(table.c[name] == bindparam(f"key_{name}") for name in keys)
                               ).values({name: bindparam(f"new_{name}") for name in values})


def _write_exchanges(session: Session, verdeling_id: int, wanted: list[tuple], stored: list[tuple] | None) -> list[tuple]:
    """New exchanges are added after those stored, else all are written again (their order is
    their ids'); ``stored``: None, read them."""
    if stored is None:
        stored = [tuple(row) for row in session.execute(
            select(Uitwisseling.van_gemeente_id, Uitwisseling.naar_gemeente_id, Uitwisseling.aantal,
                   Uitwisseling.reden, Uitwisseling.datum)
            .where(Uitwisseling.verdeling_id == verdeling_id).order_by(Uitwisseling.id))]
    if wanted[:len(stored)] != stored:
        session.execute(delete(_EXCHANGES).where(_EXCHANGES.c.verdeling_id == verdeling_id))
        stored = []
    added = [dict(zip(("van_gemeente_id", "naar_gemeente_id", "aantal", "reden", "datum"), exchange, strict=True),
                  verdeling_id=verdeling_id) for exchange in wanted[len(stored):]]
    if added:
        session.execute(insert(_EXCHANGES), added)
    return list(wanted)


def exact(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
