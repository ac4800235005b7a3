"""The documents' reads answer repeated questions from one read per session (the session's memo,
``store/realised.py``): a province's versions, the totals of a period, the official figures, the
opgaven per regio, the locations and the realisations. Never a stale figure: what the same session
writes is read at once, pending or flushed."""

import datetime as dt
from contextlib import contextmanager

from sqlalchemy import event, select

from regietafel.store import areas, distributions
from regietafel.store.computation import gemeenten, regio_groups, regio_totals
from regietafel.store.locations import LocationInput, save_location
from regietafel.store.models import Gemeente, Opgave, Periode, Realisatie
from regietafel.store.official import official_figures
from regietafel.store.overview import CATEGORIES, province_overview
from regietafel.store.reporting import monthly_realisation
from regietafel.store.worksheet import LOCATION_KINDS, last_report, location_totals, realisation

PERIODE = "2023-II"
STAND_PER = dt.date(2023, 11, 1)


@contextmanager
def _statements(engine):
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _province(session, name="Zuid-Holland"):
    provincie_id = areas.find_province(session, name).id
    codes = [code for code, _naam in gemeenten(session, provincie_id).values()]
    return provincie_id, codes


def test_the_overview_reads_a_provinces_versions_of_a_period_at_once(demo_store):
    with demo_store.transaction() as session:  # the first concepts are made
        zh, _codes = _province(session)
        made = province_overview(session, zh, PERIODE, stand_per=STAND_PER)
    with _statements(demo_store.engine) as seen, demo_store.read() as session:
        overview = province_overview(session, zh, PERIODE, stand_per=STAND_PER)
        # every worksheet's version list is the province's, per opgave
        for categorie, sheet in overview.worksheets.items():
            assert [v.id for v in sheet.versions] == [
                v.id for v in distributions.versions(session, categorie, PERIODE, zh)]
    assert list(overview.worksheets) == list(made.worksheets) == list(CATEGORIES)
    version_reads = [s for s in seen if "FROM verdeling" in s]
    # this half-year once for all five opgaven; the carry-over's earlier half-years once each
    assert len(version_reads) < len(CATEGORIES), version_reads


def test_totals_and_official_figures_written_in_the_session_are_read_at_once(demo_store):
    with demo_store.transaction() as session:
        zh, codes = _province(session)
        periode_id = session.scalar(select(Periode.id).where(Periode.code == PERIODE))
        gemeente_id = session.scalar(select(Gemeente.id).where(Gemeente.code == codes[0]))
        before = distributions.provincial_total(session, "opvang", PERIODE, zh)
        national = distributions.national_total(session, "opvang", PERIODE)
        session.add(Opgave(categorie="opvang", niveau="provincie", periode_id=periode_id, provincie_id=zh,
                           aantal=before.aantal + 5, bron="herzien"))
        assert distributions.provincial_total(session, "opvang", PERIODE, zh).aantal == before.aantal + 5  # pending
        assert distributions.national_total(session, "opvang", PERIODE) is national
        assert official_figures(session, "huisvesting", PERIODE, codes) == {}
        for aantal, bron in ((12, "eerste"), (14, "tweede")):  # the newest import wins
            session.add(Opgave(categorie="huisvesting", niveau="gemeente", periode_id=periode_id,
                               gemeente_id=gemeente_id, aantal=aantal, bron=bron))
            session.flush()
            figures = official_figures(session, "huisvesting", PERIODE, codes)
            assert (figures[codes[0]].aantal, figures[codes[0]].bron) == (aantal, bron)
        assert official_figures(session, "huisvesting", PERIODE, codes[1:]) == {}


def test_regio_opgaven_written_in_the_session_are_read_at_once(demo_store):
    with demo_store.transaction() as session:
        zh, _codes = _province(session)
        _groups, _names, regio_ids = regio_groups(session, "veiligheidsregio", gemeenten(session, zh))
        ids = list(regio_ids.values())
        before = regio_totals(session, "oekraine", PERIODE, ids)
        assert before and set(before) <= set(ids)
        periode_id = session.scalar(select(Periode.id).where(Periode.code == PERIODE))
        session.add(Opgave(categorie="oekraine", niveau="regio", periode_id=periode_id, regio_id=ids[0], aantal=7,
                           bron="nieuw"))
        assert regio_totals(session, "oekraine", PERIODE, ids) == {**before, ids[0]: 7}
        assert regio_totals(session, "opvang", PERIODE, ids) == {}


def test_realisations_and_locations_written_in_the_session_are_read_at_once(demo_store):
    with demo_store.transaction() as session:
        zh, codes = _province(session)
        code = codes[0]
        housed = realisation(session, "huisvesting", PERIODE, codes, STAND_PER)
        trend = monthly_realisation(session, "huisvesting", codes, STAND_PER)
        gemeente_id = session.scalar(select(Gemeente.id).where(Gemeente.code == code))
        late = dt.date(2023, 10, 31)
        session.add(Realisatie(categorie="huisvesting", gemeente_id=gemeente_id, peildatum=late, aantal=3, bron="x"))
        session.add(Realisatie(categorie="huisvesting", gemeente_id=gemeente_id, peildatum=dt.date(2023, 12, 31),
                               aantal=100, bron="x"))  # after the stand-per date: left out
        after = realisation(session, "huisvesting", PERIODE, codes, STAND_PER)
        assert after == {**housed, code: housed.get(code, 0) + 3}
        assert last_report(session, "huisvesting", PERIODE, codes, STAND_PER) == late
        october = dt.date(2023, 10, 1)
        months = dict(monthly_realisation(session, "huisvesting", codes, STAND_PER)[code])
        assert months[october] == dict(trend.get(code, [])).get(october, 0) + 3
        kinds = LOCATION_KINDS["opvang"]
        capacity, occupancy = location_totals(session, kinds, codes, STAND_PER)
        save_location(session, LocationInput(code, "Nieuw azc", kinds[0], 40, 10, dt.date(2023, 1, 1)))
        assert location_totals(session, kinds, codes, STAND_PER) == (
            {**capacity, code: capacity.get(code, 0) + 40}, {**occupancy, code: occupancy.get(code, 0) + 10})
