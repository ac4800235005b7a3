"""Bundled CBS reference data: provinces, gemeenten, regio's and population (1-1-2024).

Loaded once into a new database. Source and licence: regietafel/resources/SOURCES.md ("Bron: CBS").
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select

from regietafel.paths import resources_dir
from regietafel.store.areas import ensure_default_periods
from regietafel.store.models import Gemeente, GemeenteRegio, Inwoners, Provincie, Regio

REFERENCE_CSV = "gemeenten_2024.csv"
REFERENCE_PEILDATUM = dt.date(2024, 1, 1)
REFERENCE_SOURCE = "CBS, Gebieden in Nederland 2024 (inwoners 1-1-2024)"
CLASSIFICATION_START = dt.date(2023, 1, 1)  # 2023 and 2024 share the same 342 codes


@dataclass(frozen=True)
class GemeenteRecord:
    code: str
    naam: str
    provincie_code: str
    provincie: str
    inwoners: int
    regios: tuple[tuple[str, str, str], ...]  # (soort, code, naam)


def read_reference_csv(path: Path | None = None) -> list[GemeenteRecord]:
    path = path or resources_dir() / REFERENCE_CSV
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            GemeenteRecord(
                code=row["code"],
                naam=row["naam"],
                provincie_code=row["provincie_code"],
                provincie=row["provincie"],
                inwoners=int(row["inwoners"]),
                regios=(
                    ("veiligheidsregio", row["veiligheidsregio_code"], row["veiligheidsregio"]),
                    ("arbeidsmarktregio", row["arbeidsmarktregio_code"], row["arbeidsmarktregio"]),
                    ("corop", row["corop_code"], row["corop"]),
                ),
            )
            for row in csv.DictReader(handle)
        ]


def seed_reference_data(store) -> bool:
    """Fill an empty database with the reference data in one transaction; True if seeded."""
    with store.transaction() as session:
        if session.scalar(select(func.count()).select_from(Provincie)):
            return False
        records = read_reference_csv()
        provinces = sorted({(r.provincie_code, r.provincie) for r in records})
        session.execute(insert(Provincie), [{"code": c, "naam": n} for c, n in provinces])
        province_ids = dict(session.execute(select(Provincie.code, Provincie.id)).all())

        regios = sorted({regio for r in records for regio in r.regios})
        session.execute(insert(Regio), [{"soort": s, "code": c, "naam": n} for s, c, n in regios])
        regio_ids = {(s, c): i for s, c, i in session.execute(select(Regio.soort, Regio.code, Regio.id))}

        session.execute(
            insert(Gemeente),
            [
                {
                    "code": r.code,
                    "naam": r.naam,
                    "provincie_id": province_ids[r.provincie_code],
                    "geldig_vanaf": CLASSIFICATION_START,
                }
                for r in records
            ],
        )
        gemeente_ids = dict(session.execute(select(Gemeente.code, Gemeente.id)).all())
        session.execute(
            insert(GemeenteRegio),
            [
                {"gemeente_id": gemeente_ids[r.code], "regio_id": regio_ids[(s, c)]}
                for r in records
                for s, c, _n in r.regios
            ],
        )
        session.execute(
            insert(Inwoners),
            [
                {
                    "gemeente_id": gemeente_ids[r.code],
                    "peildatum": REFERENCE_PEILDATUM,
                    "aantal": r.inwoners,
                    "bron": REFERENCE_SOURCE,
                }
                for r in records
            ],
        )
        ensure_default_periods(session)
    return True
