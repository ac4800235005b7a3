"""The versions' reads and the worksheet's own queries give the same answer on the export's plain
session (sqlite3, no SQLAlchemy) as through the ORM, on the demo database with stored versions
(adopted, with constraints and exchanges: ``rich_template``): every province, period and opgave."""

from __future__ import annotations

import pytest

from regietafel.store import areas, versions, worksheet
from regietafel.store.overview import CATEGORIES
from tests.conftest import both_sessions

VERSION_COLUMNS = ("id", "categorie", "periode_id", "provincie_id", "versie", "status", "totaal", "methode",
                   "sleutel", "peildatum", "overschot_beleid", "indeling", "vastgesteld_op", "toelichting",
                   "wijzigingsnummer", "aangemaakt_op")
OPGAVE_COLUMNS = ("id", "categorie", "niveau", "provincie_id", "aantal", "peildatum", "bron")


@pytest.fixture(scope="module")
def sessions(rich_template):
    with both_sessions(rich_template) as sessions:
        yield sessions


def _columns(record, names):
    return None if record is None else tuple(getattr(record, name) for name in names)


def test_versions_settings_and_allocations_are_the_same(sessions):
    orm, plain = sessions
    assert versions.gemeente_codes(plain) == versions.gemeente_codes(orm)
    compared = 0
    for province in areas.provinces(orm):
        for periode in areas.periods(orm):
            for categorie in CATEGORIES:
                found = versions.versions(orm, categorie, periode, province.id)
                plain_found = versions.versions(plain, categorie, periode, province.id)
                assert [_columns(v, VERSION_COLUMNS) for v in plain_found] == [
                    _columns(v, VERSION_COLUMNS) for v in found]
                for verdeling, record in zip(found, plain_found, strict=True):
                    assert versions.settings_of(plain, record) == versions.settings_of(orm, verdeling)
                    assert versions.allocations(plain, record.id) == versions.allocations(orm, verdeling.id)
                    compared += 1
                assert _columns(versions.provincial_total(plain, categorie, periode, province.id), OPGAVE_COLUMNS) == \
                    _columns(versions.provincial_total(orm, categorie, periode, province.id), OPGAVE_COLUMNS)
                assert versions._official_sum(plain, categorie, periode, province.id) == \
                    versions._official_sum(orm, categorie, periode, province.id)
                assert versions.default_settings(plain, categorie, periode, province.id) == \
                    versions.default_settings(orm, categorie, periode, province.id)
    assert compared > 0
    for periode in areas.periods(orm):
        for categorie in CATEGORIES:
            assert _columns(versions.national_total(plain, categorie, periode), OPGAVE_COLUMNS) == \
                _columns(versions.national_total(orm, categorie, periode), OPGAVE_COLUMNS)


def test_names_regios_and_locations_are_the_same(sessions):
    orm, plain = sessions
    for province in areas.provinces(orm):
        codes = [row.code for row in areas.gemeenten_of_province(orm, province.id, None)]
        assert worksheet._names(plain, codes) == worksheet._names(orm, codes)
        assert worksheet._regio_names(plain, "veiligheidsregio", codes) == worksheet._regio_names(
            orm, "veiligheidsregio", codes)
        assert worksheet._locations(plain, codes) == worksheet._locations(orm, codes)
