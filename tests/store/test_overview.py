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
