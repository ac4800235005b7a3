"""Demo reception locations per province (all labelled demo).

The regular locations open on 1-4-2023 add up *exactly* to the seed letter's "huidige reguliere
opvangplekken" per province (table 1; Zuid-Holland 2.904, total 35.152), so the opvang
worksheet derives its current places from locations instead of typed numbers. A few planned
openings (in voorbereiding) and closings give the forecast something to show; some
noodopvang and crisisnoodopvang (not regular, so not counted) and a doelgroep restriction
show the other kinds and the warning.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from regietafel.domain.keys import population_key
from regietafel.domain.verdeelmotor import DistributionRequest, Method, distribute

DEMO = "demo-schatting (niet gepubliceerd)"
PEILDATUM_HUIDIG = dt.date(2023, 4, 1)
AMV_SHARE = 8  # % of a province's regular places in COA amv (kwv) locations


def _h(*parts: object) -> int:
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:4], "big")


def _split(total: int, weights: dict[str, int]) -> dict[str, int]:
    if total == 0 or not weights:
        return {code: 0 for code in weights}
    return distribute(DistributionRequest(total=total, keys=population_key(weights), method=Method.HAMILTON)).allocations


def _date(year_from: int, year_to: int, *salt: object) -> dt.date:
    span = (dt.date(year_to, 12, 31) - dt.date(year_from, 1, 1)).days
    day = dt.date(year_from, 1, 1) + dt.timedelta(days=_h(*salt) % span)
    return day.replace(day=1)


def demo_locations(province: str, current: int, opgave: int, members: dict[str, tuple[int, str, int]]) -> list[dict]:
    """Location rows (dicts for ``insert(Locatie)``) for one province.

    ``members``: CBS code -> (gemeente id, name, inwoners). Deterministic for the same input.
    """
    ranked = sorted(members, key=lambda code: -members[code][2] * (50 + _h(code, "azc") % 100))
    count = max(3, min(len(ranked), round(current / 320)))
    chosen = ranked[:count]
    amv = current * AMV_SHARE // 100
    regular = _split(current - amv, {code: members[code][2] * (50 + _h(code, "cap") % 100) for code in chosen})
    amv_sites = _split(amv, {code: 1 + _h(code, "amv") % 3 for code in chosen[:2]})
    rows: list[dict] = []

    def add(code, naam, soort, capaciteit, begin, eind=None, status="operationeel", restrictie="", bezetting=None):
        gemeente_id, gemeente, _inwoners = members[code]
        if bezetting is None:
            bezetting = 0 if status != "operationeel" else capaciteit * (85 + _h(code, naam, "bez") % 16) // 100
        rows.append({"gemeente_id": gemeente_id, "naam": f"{naam} {gemeente} (demo)", "soort": soort,
                     "capaciteit": capaciteit, "bezetting": bezetting, "begindatum": begin, "einddatum": eind,
                     "status": status, "doelgroep_restrictie": restrictie, "opmerking": DEMO})

    for index, code in enumerate(chosen):
        capaciteit = regular[code]
        if capaciteit == 0:
            continue
        soort = "kleinschalig" if capaciteit < 100 else "regulier_azc"
        begin = _date(2014, 2022, code, "begin")
        # Every third regular location is temporary and closes after the deadline (forecast drops).
        eind = _date(2024, 2025, code, "eind") if index % 3 == 2 else None
        naam = "AZC" if soort == "regulier_azc" else "Kleinschalige opvang"
        add(code, naam, soort, capaciteit, begin, eind)
    for code, capaciteit in amv_sites.items():
        if capaciteit:
            add(code, "Kleine woonvoorziening amv", "amv_kwv", capaciteit, _date(2018, 2022, code, "kwv"))
    # A location closed before 1-4-2023: it does not count then, its history stays.
    add(ranked[-1], "Voormalig AZC", "regulier_azc", 150 + _h(province, "closed") % 200, dt.date(2016, 1, 1),
        dt.date(2022, 12, 31), status="gesloten", bezetting=0)
    # Planned openings: in voorbereiding, together 30-110 % of the required increase.
    increase = max(opgave - current, 0)
    planned = increase * (30 + _h(province, "planned") % 81) // 100
    openings = sorted(ranked[count // 2: count // 2 + 3] or ranked[:1])
    for (code, capaciteit), month in zip(_split(planned, {c: 1 + _h(c, "new") % 4 for c in openings}).items(),
                                         (9, 11, 3), strict=False):
        if capaciteit:
            year = 2024 if month == 3 else 2023
            add(code, "Nieuw AZC", "regulier_azc", capaciteit, dt.date(year, month, 1), status="in_voorbereiding")
    # Emergency reception (not regular: not in the current places), one with a restriction.
    emergency = ranked[1 % len(ranked)]
    add(emergency, "Noodopvang", "noodopvang", 100 + _h(province, "nood") % 300, dt.date(2022, 10, 1),
        dt.date(2024, 3, 31), restrictie="alleen alleenstaande mannen")
    add(ranked[0], "Crisisnoodopvang", "crisisnoodopvang", 150 + _h(province, "cno") % 100, dt.date(2022, 9, 1),
        dt.date(2023, 12, 31))
    return rows
