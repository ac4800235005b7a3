from regietafel.store import areas
from regietafel.store.overview import province_overview


def test_overview_of_zuid_holland(demo_store):
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        overview = province_overview(session, zh, "2023-II")
    assert set(overview.worksheets) == {"opvang", "huisvesting", "amv_coa", "amv_nidos", "oekraine"}
    assert len(overview.rows) == 50
    assert sum(row.cells["opvang"].opgave for row in overview.rows) == 19_097
    assert sum(row.cells["amv_coa"].opgave for row in overview.rows) == 781
    assert overview.concept


def _figures(data) -> dict:
    """What a factsheet prints of a province: every cell of every gemeente, the sources, the trend."""
    cells = {(row.code, categorie): (cell.opgave, cell.realised, cell.remaining, cell.status, cell.forecast)
             for row in data.overview.rows for categorie, cell in row.cells.items()}
    return {"cells": cells, "sources": data.sources, "trend": data.trend, "stand_per": data.stand_per}


def test_the_whole_country_read_at_once_equals_each_province_read_on_its_own(demo_store):
    """The factsheets of all 342 gemeenten read every province in one unit of work (shared reads,
    the national art. 29 computed once, the first concepts made on the way); the figures are those
    of each province read alone afterwards."""
    import datetime as dt

    from regietafel.store.document_data import collect_country_data, collect_document_data

    today = dt.date(2023, 12, 1)
    country = collect_country_data(demo_store, today=today)
    with demo_store.read() as session:
        provinces = [(p.id, p.naam) for p in areas.provinces(session)]
    assert [data.provincie for data in country] == [naam for _id, naam in provinces]
    assert sum(len(data.overview.rows) for data in country) == 342
    demo_store.cache.clear()  # each province alone computes everything again
    for data, (provincie_id, _naam) in zip(country, provinces, strict=True):
        single = collect_document_data(demo_store, provincie_id, today=today, use_latest_meeting=False, with_trend=True)
        assert _figures(data) == _figures(single), data.provincie


def test_the_national_art29_of_each_half_year_is_its_own(demo_store):
    """The carry-over chain computes art. 29 over the whole country once per half-year for all
    provinces; an earlier half-year (21.200 in the demo) never gets a later one's (27.300)."""
    from regietafel.store.carry_over import taakstelling

    with demo_store.read() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        utrecht = areas.find_province(session, "Utrecht").id
        later = taakstelling(session, "2023-II", zh)
        earlier = taakstelling(session, "2023-I", zh)
        earlier_utrecht = taakstelling(session, "2023-I", utrecht)
    demo_store.cache.clear()
    with demo_store.read() as session:
        assert taakstelling(session, "2023-I", zh) == earlier
        assert taakstelling(session, "2023-I", utrecht) == earlier_utrecht
    assert sum(earlier.values()) < sum(later.values())
    assert not set(earlier) & set(earlier_utrecht)
