"""A realistic example database: the seed letter's figures, so every tab shows real numbers.

Published figures carry their source. Where the demo needs a number that was never published
(amv per province apart from Zuid-Holland, per-gemeente numbers), it is derived with the
verdeelmotor and its source says "demo-schatting", so nobody mistakes it for a real figure.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import insert, select

from regietafel.domain.keys import population_key
from regietafel.domain.verdeelmotor import DistributionRequest, Method, UnitConstraint, distribute
from regietafel.store.demo_locations import demo_locations
from regietafel.store.meetings import add_action_point, add_decision, create_meeting
from regietafel.store.models import (
    Gemeente,
    GemeenteRegio,
    Inwoners,
    Locatie,
    Opgave,
    Periode,
    Provincie,
    Realisatie,
    Regio,
)

SEED_LETTER = "Brief capaciteitsbehoefte asielopvang en taakstelling huisvesting 2023-II (17 april 2023)"
TABLE_1 = SEED_LETTER + ", tabel 1"
PEILDATUM_OPGAVE = dt.date(2024, 1, 1)
PEILDATUM_HUIDIG = dt.date(2023, 4, 1)

# Seed letter table 1 (CBS province names): current regular places on 1-4-2023, extra places
# (weighted), distribution November 2022, provincial opgave 1-1-2024.
SEED_TABLE_1 = {
    "Drenthe": (3416, 20, 3533, 3553),
    "Flevoland": (3034, 17, 3432, 3449),
    "Fryslân": (3073, 30, 3744, 3774),
    "Gelderland": (4735, 136, 7454, 7590),
    "Groningen": (3781, 24, 3827, 3851),
    "Limburg": (2596, 71, 4284, 4355),
    "Noord-Brabant": (4258, 202, 9456, 9658),
    "Noord-Holland": (2518, 358, 11072, 11430),
    "Overijssel": (2396, 80, 4001, 4081),
    "Utrecht": (2101, 112, 4681, 4793),
    "Zeeland": (340, 47, 1422, 1469),
    "Zuid-Holland": (2904, 504, 18593, 19097),
}
NATIONAL_OPVANG = (75500, 77100)  # capaciteitsbesluit: 75,500 raised to 77,100 on 1-1-2024
NATIONAL_AMV_COA = 3660  # part of the 77,100
NATIONAL_AMV_NIDOS = 3200  # counts for huisvesting
ZUID_HOLLAND_AMV_COA = 781  # seed bijlage
NATIONAL_HUISVESTING_2023_II = 27300
NATIONAL_HUISVESTING_2023_I = 21200  # published
ESTIMATE = "demo-schatting (niet gepubliceerd)"
NATIONAL_OEKRAINE = 97000  # published national target, early 2024


def _opgave(session, periode, categorie, niveau, aantal, bron, provincie=None, vorig=None) -> Opgave:
    row = Opgave(
        categorie=categorie,
        niveau=niveau,
        periode_id=periode.id,
        provincie_id=provincie.id if provincie else None,
        peildatum=PEILDATUM_OPGAVE,
        aantal=aantal,
        vorig_aantal=vorig,
        bron=bron,
    )
    session.add(row)
    return row


def _spread(total: int, keys: dict[str, int], locks: dict[str, int] | None = None) -> dict[str, int]:
    constraints = {code: UnitConstraint(lock=value) for code, value in (locks or {}).items()}
    return distribute(DistributionRequest(total=total, keys=population_key(keys), method=Method.HAMILTON,
                                          constraints=constraints)).allocations


def _factor(code: str, salt: str, low: int, high: int) -> int:
    """A stable pseudo-random percentage per gemeente, so the demo is the same every time."""
    digest = hashlib.sha256(f"{code}:{salt}".encode()).digest()
    return low + digest[0] * (high - low) // 255


def fill_demo(store) -> None:
    """Add the demo figures to a freshly seeded database, in one transaction."""
    with store.transaction() as session:
        periode = session.scalar(select(Periode).where(Periode.code == "2023-II"))
        vorige = session.scalar(select(Periode).where(Periode.code == "2023-I"))
        provinces = {p.naam: p for p in session.scalars(select(Provincie))}
        _opgave(session, periode, "opvang", "nationaal", NATIONAL_OPVANG[1],
                "Capaciteitsbesluit COA 2023-I; " + SEED_LETTER, vorig=NATIONAL_OPVANG[0])
        for naam, (huidig, _extra, vorig, opgave) in SEED_TABLE_1.items():
            provincie = provinces[naam]
            _opgave(session, periode, "opvang", "provincie", opgave, TABLE_1, provincie, vorig)
            session.add(Realisatie(categorie="opvang", periode_id=periode.id, provincie_id=provincie.id,
                                   peildatum=PEILDATUM_HUIDIG, aantal=huidig,
                                   bron=TABLE_1 + " (huidige reguliere opvangplekken 1-4-2023)"))
        _opgave(session, periode, "amv_coa", "nationaal", NATIONAL_AMV_COA, SEED_LETTER + ", §2")
        # amv per province: only Zuid-Holland's 781 is published; the rest of the 3,660 is spread
        # over the other provinces in proportion to their opvang opgave (demo estimate).
        amv = _spread(NATIONAL_AMV_COA, {naam: row[3] for naam, row in SEED_TABLE_1.items()},
                      {"Zuid-Holland": ZUID_HOLLAND_AMV_COA})
        for naam, aantal in amv.items():
            bron = SEED_LETTER + ", bijlage" if naam == "Zuid-Holland" else ESTIMATE
            _opgave(session, periode, "amv_coa", "provincie", aantal, bron, provinces[naam])
        _opgave(session, periode, "amv_nidos", "nationaal", NATIONAL_AMV_NIDOS, SEED_LETTER + ", §2")
        _opgave(session, periode, "huisvesting", "nationaal", NATIONAL_HUISVESTING_2023_II, SEED_LETTER + ", §4")
        _opgave(session, vorige, "huisvesting", "nationaal", NATIONAL_HUISVESTING_2023_I,
                "Taakstelling huisvesting vergunninghouders 2023-I (gepubliceerd)")
        _opgave(session, periode, "oekraine", "nationaal", NATIONAL_OEKRAINE,
                "Landelijk doel gemeentelijke opvang ontheemden, begin 2024 (gepubliceerd)")
        _fill_gemeente_figures(session, periode, vorige)
        _fill_meetings(session, provinces)


DEMO_PAST_MEETING = dt.date(2023, 5, 15)
DEMO_NEXT_MEETING = dt.date(2023, 10, 16)


def _fill_meetings(session, provinces: dict) -> None:
    """Per province one past meeting (besluitenlijst, two action points, one still open) and one
    upcoming meeting with the default agenda; every text says it is demo."""
    for naam, provincie in sorted(provinces.items()):
        past = create_meeting(session, provincie.id, DEMO_PAST_MEETING, f"Provinciehuis {naam} (demo)",
                              "Voorzitter (demo); gedeputeerde (demo); burgemeesters en wethouders (demo); "
                              "COA (demo); Nidos (demo); secretaris (demo)")
        add_decision(session, past.id, "De PRT neemt kennis van de brief capaciteitsbehoefte van 17 april 2023 (demo).")
        add_decision(session, past.id, "De secretaris stelt voor de volgende vergadering een concept-verdeling "
                                       "van de opvangopgave over de gemeenten op (demo).")
        add_action_point(session, past.id, "Concept-verdeling opvangopgave per gemeente opstellen (demo)",
                         "Secretaris (demo)", dt.date(2023, 9, 30), "open")
        add_action_point(session, past.id, "Overzicht huisvesting vergunninghouders 2023-I rondsturen (demo)",
                         "Secretaris (demo)", dt.date(2023, 6, 1), "afgerond")
        create_meeting(session, provincie.id, DEMO_NEXT_MEETING, f"Provinciehuis {naam} (demo)",
                       "Voorzitter (demo); gedeputeerde (demo); burgemeesters en wethouders (demo); "
                       "COA (demo); Nidos (demo); secretaris (demo)")


def _fill_gemeente_figures(session, periode, vorige) -> None:
    """Per-gemeente demo figures: regio targets, realisation and GOO locations (all estimates)."""
    population = dict(session.execute(
        select(Gemeente.code, Inwoners.aantal).join(Inwoners, Inwoners.gemeente_id == Gemeente.id)
    ).all())
    gemeente_ids = dict(session.execute(select(Gemeente.code, Gemeente.id)).all())
    province_of = dict(session.execute(select(Gemeente.code, Gemeente.provincie_id)).all())
    vr_of = dict(session.execute(
        select(Gemeente.code, Regio.id).join(GemeenteRegio, GemeenteRegio.gemeente_id == Gemeente.id)
        .join(Regio, Regio.id == GemeenteRegio.regio_id).where(Regio.soort == "veiligheidsregio")
    ).all())
    # Oekraïne: the national target over the 25 veiligheidsregio's by population.
    vr_population: dict[str, int] = {}
    for code, regio_id in vr_of.items():
        vr_population[str(regio_id)] = vr_population.get(str(regio_id), 0) + population[code]
    for regio_id, aantal in _spread(NATIONAL_OEKRAINE, vr_population).items():
        session.add(Opgave(categorie="oekraine", niveau="regio", periode_id=periode.id, regio_id=int(regio_id),
                           peildatum=PEILDATUM_OPGAVE, aantal=aantal, bron=ESTIMATE + ", naar rato inwoners"))
    # Opvang: realised places come from locations; the regular ones open on 1-4-2023 add up
    # exactly to each province's current places (table 1).
    provinces = dict(session.execute(select(Provincie.id, Provincie.naam)).all())
    names = dict(session.execute(select(Gemeente.code, Gemeente.naam)).all())
    realisaties, locaties = [], []
    for provincie_id, naam in provinces.items():
        members = {code: (gemeente_ids[code], names[code], population[code])
                   for code, pid in province_of.items() if pid == provincie_id}
        locaties += demo_locations(naam, SEED_TABLE_1[naam][0], SEED_TABLE_1[naam][3], members)
    # Huisvesting: persons housed per month, 40-120% of a population share of the national number.
    total_population = sum(population.values())
    for half, national, months in ((vorige, NATIONAL_HUISVESTING_2023_I, range(1, 7)),
                                   (periode, NATIONAL_HUISVESTING_2023_II, range(7, 12))):
        for code, inwoners in population.items():
            share = national * inwoners // total_population
            housed = share * _factor(code, half.code, 40, 120) // 100
            for month in months:
                aantal = housed // 6 + (1 if month - months.start < housed % 6 else 0)
                realisaties.append({"categorie": "huisvesting", "periode_id": half.id,
                                    "gemeente_id": gemeente_ids[code], "peildatum": dt.date(2023, month, 28),
                                    "aantal": aantal, "bron": ESTIMATE})
    # Oekraïne: one GOO location per gemeente, capacity 60-110% of a population share.
    for code, inwoners in population.items():
        share = NATIONAL_OEKRAINE * inwoners // total_population
        capacity = share * _factor(code, "goo", 60, 110) // 100
        occupancy = capacity * _factor(code, "bezetting", 70, 100) // 100
        locaties.append({"gemeente_id": gemeente_ids[code], "naam": f"GOO-locaties {code} (demo)",
                         "soort": "goo_oekraine", "capaciteit": capacity, "bezetting": occupancy,
                         "begindatum": dt.date(2022, 4, 1), "status": "operationeel", "opmerking": ESTIMATE})
    session.execute(insert(Realisatie), realisaties)
    session.execute(insert(Locatie), locaties)


def create_demo_database(path) -> None:
    """A new demo database at ``path`` (a file), built beside it and renamed into place when
    complete, under the database's lock: StoreError when another program has it open."""
    from pathlib import Path

    from regietafel.store.database import create_database
    from regietafel.store.errors import StoreError
    from regietafel.store.instance_lock import InstanceLock
    from regietafel.store.texts import t

    path = Path(path).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = InstanceLock(path)
    if not lock.acquire():
        raise StoreError(t("store.path_is_already_open_in_another", path=path))
    try:
        with lock.replacing():
            create_database(path, fill_demo)
    finally:
        lock.release()
