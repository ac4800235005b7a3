"""Build a large database for the monitor benchmark: all 342 gemeenten, 10 years of half-yearly
periods (2015-I … 2024-II), every opgave in every period, monthly huisvesting realisation for
10 years and 5,000 locations. Deterministic.

    python benchmarks/generate_scale.py [PATH]      (default: /tmp/regietafel-scale.sqlite)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, insert, select  # noqa: E402

from regietafel.domain.locations import SOORTEN  # noqa: E402
from regietafel.domain.periods import HalfYear, half_years  # noqa: E402
from regietafel.store import areas  # noqa: E402
from regietafel.store.database import open_store  # noqa: E402
from regietafel.store.demo import SEED_TABLE_1, fill_demo  # noqa: E402
from regietafel.store.models import (  # noqa: E402
    Gemeente,
    Inwoners,
    Locatie,
    Opgave,
    Periode,
    Provincie,
    Realisatie,
    Regio,
)

DEFAULT = Path(tempfile.gettempdir()) / "regietafel-scale.sqlite"
LOCATIONS = 5000
FIRST, LAST = HalfYear(2015, 1), HalfYear(2024, 2)


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:4], "big")


def generate(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path, create=True)
    fill_demo(store)
    with store.transaction() as session:
        areas.ensure_periods(session, half_years(FIRST, LAST))
        periods = {p.code: p for p in session.scalars(select(Periode))}
        provinces = {p.naam: p.id for p in session.scalars(select(Provincie))}
        gemeenten = session.execute(select(Gemeente.id, Gemeente.code, Gemeente.provincie_id)).all()
        population = dict(session.execute(select(Inwoners.gemeente_id, Inwoners.aantal)).all())
        total_population = sum(population.values())
        regios = list(session.scalars(select(Regio.id).where(Regio.soort == "veiligheidsregio")))
        existing = {(o.categorie, o.periode_id, o.niveau) for o in session.scalars(select(Opgave))}
        opgaven, realisaties = [], []
        for half in half_years(FIRST, LAST):
            periode = periods[half.code]
            scale = 0.5 + (half.year - 2015) * 0.1
            peil = half.next().begin
            if ("opvang", periode.id, "provincie") not in existing:
                opgaven.append({"categorie": "opvang", "niveau": "nationaal", "periode_id": periode.id,
                                "peildatum": peil, "aantal": int(77100 * scale), "bron": "schaaltest"})
                for naam, row in SEED_TABLE_1.items():
                    opgaven.append({"categorie": "opvang", "niveau": "provincie", "periode_id": periode.id,
                                    "provincie_id": provinces[naam], "peildatum": peil,
                                    "aantal": int(row[3] * scale), "bron": "schaaltest"})
                    opgaven.append({"categorie": "amv_coa", "niveau": "provincie", "periode_id": periode.id,
                                    "provincie_id": provinces[naam], "peildatum": peil,
                                    "aantal": int(row[3] * scale * 0.05), "bron": "schaaltest"})
                for categorie, aantal in (("huisvesting", 27300), ("amv_nidos", 3200), ("oekraine", 97000),
                                          ("amv_coa", 3660)):
                    opgaven.append({"categorie": categorie, "niveau": "nationaal", "periode_id": periode.id,
                                    "peildatum": peil, "aantal": int(aantal * scale), "bron": "schaaltest"})
                for regio_id in regios:
                    opgaven.append({"categorie": "oekraine", "niveau": "regio", "periode_id": periode.id,
                                    "regio_id": regio_id, "peildatum": peil, "aantal": int(3880 * scale),
                                    "bron": "schaaltest"})
            if half.year == 2023:
                continue  # the demo has 2023's monthly figures
            national = int(27300 * scale)
            for gemeente_id, code, _pid in gemeenten:
                housed = national * population[gemeente_id] // total_population * (40 + _h(code, half.code) % 80) // 100
                months = range(1, 7) if half.half == 1 else range(7, 13)
                for month in months:
                    realisaties.append({"categorie": "huisvesting", "periode_id": periode.id, "gemeente_id": gemeente_id,
                                        "peildatum": dt.date(half.year, month, 28), "aantal": housed // 6,
                                        "bron": "schaaltest"})
        session.execute(insert(Opgave), opgaven)
        session.execute(insert(Realisatie), realisaties)
        # 5,000 locations in total: replace the demo's with a spread over every gemeente.
        session.execute(delete(Locatie))
        soorten = list(SOORTEN)
        rows = []
        for index in range(LOCATIONS):
            gemeente_id, code, _pid = gemeenten[index % len(gemeenten)]
            begin = dt.date(2014 + _h(index, "b") % 11, 1 + _h(index, "m") % 12, 1)
            end = None if _h(index, "e") % 3 else dt.date(begin.year + 1 + _h(index, "y") % 6, begin.month, 1)
            status = ("operationeel", "operationeel", "in_voorbereiding", "gesloten")[_h(index, "s") % 4]
            capaciteit = 20 + _h(index, "c") % 600
            rows.append({"gemeente_id": gemeente_id, "naam": f"Locatie {index} (schaaltest)",
                         "soort": soorten[_h(index, "k") % len(soorten)], "capaciteit": capaciteit,
                         "bezetting": capaciteit * (60 + _h(index, "o") % 40) // 100, "begindatum": begin,
                         "einddatum": end if status != "gesloten" else (end or dt.date(2023, 1, 1)), "status": status,
                         "doelgroep_restrictie": "alleen gezinnen" if _h(index, "r") % 20 == 0 else "",
                         "opmerking": "schaaltest"})
        session.execute(insert(Locatie), rows)
    store.close()
    connection = sqlite3.connect(path)  # fold the WAL in and compact, so the size is the real one
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")
    connection.close()
    return path


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    generate(path)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
