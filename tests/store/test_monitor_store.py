"""Locations in the store: demo figures, worksheet realisation from locations, edits, forecast."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from regietafel.domain.locations import REGULAR_OPVANG
from regietafel.store import areas, monitor
from regietafel.store.demo import SEED_TABLE_1
from regietafel.store.locations import (
    LocationError,
    LocationInput,
    close_location,
    province_locations,
    save_location,
)
from regietafel.store.models import Gemeente, Provincie, Realisatie
from regietafel.store.overview import province_overview
from regietafel.store.worksheet import location_totals


def test_demo_locations_sum_exactly_to_seed_table_1(demo_store):
    with demo_store.read() as session:
        total = 0
        for provincie in session.scalars(select(Provincie)):
            codes = [g.code for g in provincie.gemeenten]
            capacity, _ = location_totals(session, REGULAR_OPVANG, codes, dt.date(2023, 4, 1))
            assert sum(capacity.values()) == SEED_TABLE_1[provincie.naam][0], provincie.naam
            total += sum(capacity.values())
            rows = province_locations(session, provincie.id)
            assert all("(demo)" in r.naam for r in rows)
            assert any(r.status == "in_voorbereiding" for r in rows)  # planned openings
            assert any(r.restricted for r in rows)
        assert total == 35_152
        # The per-gemeente opvang Realisatie rows are gone; the provincial ones of table 1 stay.
        per_gemeente = session.scalar(select(Realisatie.id).where(Realisatie.categorie == "opvang",
                                                                  Realisatie.gemeente_id.is_not(None)))
        assert per_gemeente is None
        assert len(session.scalars(select(Realisatie).where(Realisatie.categorie == "opvang")).all()) == 12


def test_worksheet_current_places_follow_the_locations(demo_store):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        overview = province_overview(session, zh, "2023-II")
        rows = province_locations(session, zh)
        codes = [r.code for r in overview.rows]
        capacity, _ = location_totals(session, REGULAR_OPVANG, codes, dt.date(2023, 12, 31))
        assert {r.code: r.cells["opvang"].realised for r in overview.rows} == {c: capacity.get(c, 0) for c in codes}
        target = next(r for r in rows if r.soort == "regulier_azc" and r.status == "operationeel" and r.einddatum is None)
        before = next(r for r in overview.rows if r.code == target.code).cells["opvang"].realised
        close_location(session, target.id, dt.date(2023, 10, 1))
        after = province_overview(session, zh, "2023-II")
        assert next(r for r in after.rows if r.code == target.code).cells["opvang"].realised == before - target.capaciteit


def test_save_location_validates_and_writes_in_one_transaction(demo_store):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        count = len(province_locations(session, zh))
    bad = LocationInput("GM0599", "Nieuwe locatie", "regulier_azc", capaciteit=-5, begindatum=dt.date(2024, 1, 1),
                        einddatum=dt.date(2023, 1, 1))
    with pytest.raises(LocationError) as raised, demo_store.transaction() as session:
        save_location(session, bad)
    assert {p.field for p in raised.value.problems} == {"capaciteit", "einddatum"}
    good = LocationInput("GM0599", "Nieuwe locatie", "AZC", capaciteit=250, bezetting=300,  # warning only
                         begindatum=dt.date(2023, 9, 1))
    with demo_store.transaction() as session:
        new_id = save_location(session, good)
    with demo_store.read() as session:
        rows = province_locations(session, zh)
        assert len(rows) == count + 1
        added = next(r for r in rows if r.id == new_id)
        assert (added.soort, added.capaciteit, added.duurzaam) == ("regulier_azc", 250, True)
        assert session.scalar(select(Gemeente.naam).where(Gemeente.code == added.code)) == "Rotterdam"


def test_forecast_service_and_trends(demo_store):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        result = monitor.province_forecast(session, zh, "2023-II", today=dt.date(2030, 1, 1))
        assert result.deadline == dt.date(2024, 1, 1) and result.target == 19_097
        assert result.reference == dt.date(2023, 7, 1)
        assert result.at_deadline > result.now  # planned openings in the autumn of 2023
        assert not result.makes_it and result.short
        months = monitor.realisation_over_time(session, zh)
        assert [m.day.month for m in months][:6] == [1, 2, 3, 4, 5, 6]
        assert months[5].cumulative == sum(m.realised for m in months[:6])
        trend = monitor.achterstand_trend(session, zh)
        assert [t.periode for t in trend] == ["2023-I", "2023-II"]
        assert trend[1].carried == trend[0].net
        values = monitor.province_values(session, "2023-II", "opvang", "percentage")
        assert len(values) == 12 and all(v is not None for v in values.values())
