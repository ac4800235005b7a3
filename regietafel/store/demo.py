"""A realistic example database: the seed letter's figures, so every tab shows real numbers.

Published figures carry their source. Where the demo needs a number that was never published
(amv per province apart from Zuid-Holland, per-gemeente numbers), it is derived with the
verdeelmotor and its source says "demo-schatting", so nobody mistakes it for a real figure.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from regietafel.store.models import Opgave, Periode, Provincie, Realisatie

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


def fill_demo(store) -> None:
    """Add the demo figures to a freshly seeded database, in one transaction."""
    with store.transaction() as session:
        periode = session.scalar(select(Periode).where(Periode.code == "2023-II"))
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
        _opgave(session, periode, "amv_coa", "provincie", ZUID_HOLLAND_AMV_COA,
                SEED_LETTER + ", bijlage", provinces["Zuid-Holland"])
        _opgave(session, periode, "amv_nidos", "nationaal", NATIONAL_AMV_NIDOS, SEED_LETTER + ", §2")
        _opgave(session, periode, "huisvesting", "nationaal", NATIONAL_HUISVESTING_2023_II, SEED_LETTER + ", §4")
        _opgave(session, periode, "oekraine", "nationaal", NATIONAL_OEKRAINE,
                "Landelijk doel gemeentelijke opvang ontheemden, begin 2024 (gepubliceerd)")
