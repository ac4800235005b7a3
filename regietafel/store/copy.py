"""Copy a whole Regietafel database between engines: a laptop file to the shared server and
back (a snapshot to take to a meeting without a network).

Every table is copied row for row with its ids, in one transaction on the target; the counts of
every table are compared before the commit, so a copy is complete or the target is unchanged.
Both databases are opened through ``open_store``: the source must be at this program's schema,
the target is created (file) or set up (empty server database) by the same migrations.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from regietafel.store.database import Store, open_store
from regietafel.store.database_url import is_url
from regietafel.store.errors import StoreError
from regietafel.store.models import Base
from regietafel.store.shared_texts import text as message

CHUNK = 5000


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    counts: dict[str, int]  # table -> rows, equal in source and target

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def counts(session: Session) -> dict[str, int]:
    return {table.name: session.scalar(select(func.count()).select_from(table)) for table in Base.metadata.sorted_tables}


def copy_database(source, target, *, replace: bool = False) -> CopyResult:
    """Copy ``source`` into ``target`` (paths or URLs); StoreError without writing when refused."""
    if not is_url(source) and not Path(source).expanduser().exists():
        raise StoreError(message("copy.source_missing", source=source))
    source_store = open_store(source, seed=False)
    try:
        target_store = _open_target(source_store, target)
        try:
            copied = _copy(source_store, target_store, replace)
        finally:
            target_store.close()
    finally:
        source_store.close()
    return CopyResult(source_store.location, target_store.location, copied)


def _open_target(source_store: Store, target) -> Store:
    if not is_url(target) and source_store.path is not None and Path(target).expanduser().resolve() == source_store.path:
        raise StoreError(message("copy.same"))
    target_store = open_store(target, seed=False, create=True)  # a new file is made for the copy
    if target_store.location == source_store.location:
        target_store.close()
        raise StoreError(message("copy.same"))
    return target_store


def _copy(source_store: Store, target_store: Store, replace: bool) -> dict[str, int]:
    with source_store.read() as reading:
        expected = counts(reading)
        with target_store.transaction() as writing:
            present = sum(counts(writing).values())
            if present and not replace:
                raise StoreError(message("copy.target_not_empty", target=target_store.location, rows=present))
            for table in reversed(Base.metadata.sorted_tables):
                writing.execute(delete(table))
            for table in Base.metadata.sorted_tables:
                _copy_table(reading, writing, table)
            _restart_sequences(writing)
            _check_counts(expected, counts(writing))
    with target_store.read() as session:  # and once more as committed
        _check_counts(expected, counts(session))
    return expected


def _copy_table(reading: Session, writing: Session, table: Table) -> None:
    """All rows with their ids; a column pointing into its own table (a gemeente's successor,
    a version's base) is filled in after every row exists."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    key = list(table.primary_key.columns)
    result = reading.execute(select(table).order_by(*key).execution_options(yield_per=CHUNK))
    later: list[dict] = []
    for part in result.partitions():
        rows = [dict(row._mapping) for row in part]
        if own:
            later += [row for row in rows if any(row[name] is not None for name in own)]
            rows = [{**row, **{name: None for name in own}} for row in rows]
        writing.execute(insert(table), rows)
    for row in later:
        writing.execute(update(table).where(*(column == row[column.name] for column in key))
                        .values({name: row[name] for name in own}))


def _restart_sequences(session: Session) -> None:
    """PostgreSQL hands out ids from sequences: move each past the copied ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.columns and table.columns["id"].primary_key:
            session.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _check_counts(expected: dict[str, int], found: dict[str, int]) -> None:
    for table, number in expected.items():
        if found.get(table) != number:
            raise StoreError(message("copy.count_mismatch", table=table, source=number, target=found.get(table)))
