"""The export's plain session (``store/plain_session.py``) gets the same answers as the ORM from
the reads of areas, meetings and reporting: the same rows in the same order, with the same types
(records with the models' column names where the ORM gives objects)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from regietafel.store import areas, meetings, reporting
from regietafel.store.errors import StoreError
from regietafel.store.plain_session import NeedsOrm
from tests.conftest import both_sessions


def _values(item):
    """A model object's or a record's columns, as a dict (None stays None)."""
    if item is None:
        return None
    if hasattr(item, "__table__"):
        return {column.key: getattr(item, column.key) for column in item.__table__.columns}
    return vars(item)


def _typed(value):
    """A value with its type, so 1 == True or a date == its text cannot pass unnoticed."""
    if isinstance(value, dict):
        return {key: _typed(v) for key, v in value.items()}
    if isinstance(value, list | tuple):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _same(orm, plain):
    assert _typed(plain) == _typed(orm)


@pytest.fixture
def edited_demo(demo_store):
    """The demo with what the demo lacks: two meetings of a province on one day (ordered by id),
    action points with and without deadline or owner, an agenda item with an explanation."""
    with demo_store.transaction() as session:
        zh = areas.find_province(session, "Zuid-Holland").id
        first = meetings.create_meeting(session, zh, dt.date(2023, 10, 16), plaats="Delft")
        second = meetings.create_meeting(session, zh, dt.date(2023, 10, 16), with_default_agenda=False)
        meetings.add_agenda_item(session, second.id, "Extra punt", "met toelichting", position=0)
        meetings.add_action_point(session, first.id, "Zonder eigenaar")
        meetings.add_action_point(session, first.id, "Met deadline", "Gemeente Delft", dt.date(2023, 12, 1))
        meetings.add_action_point(session, second.id, "Afgerond", status="afgerond")
        meetings.add_decision(session, first.id, "Een besluit")
    return demo_store.path


def test_areas_answer_a_plain_session_as_the_orm(edited_demo):
    with both_sessions(edited_demo) as (orm, plain):
        _same(areas.provinces(orm), areas.provinces(plain))
        _same(areas.periods(orm), areas.periods(plain))
        _same(areas.default_period(orm), areas.default_period(plain))
        _same(areas.population_dates(orm), areas.population_dates(plain))
        dates = [None, *areas.population_dates(orm), dt.date(2000, 1, 1), dt.date(2099, 1, 1)]
        for day in dates:
            _same(areas.latest_population_date(orm, day), areas.latest_population_date(plain, day))
        for typed in ("Zuid-Holland", "Friesland", "fryslân", "Noord Brabant", "utrecht"):
            _same(areas.find_province(orm, typed), areas.find_province(plain, typed))
        for session in (orm, plain):
            with pytest.raises(StoreError):
                areas.find_province(session, "Atlantis")
        for provincie_id in [row.id for row in areas.provinces(orm)] + [0, 999]:
            _same(areas.get_province(orm, provincie_id), areas.get_province(plain, provincie_id))


def test_the_default_period_of_a_database_without_opgaven(store):
    with both_sessions(store.path) as (orm, plain):
        for today in (dt.date(2023, 3, 1), dt.date(2024, 9, 1), dt.date(2099, 1, 1)):
            _same(areas.default_period(orm, today), areas.default_period(plain, today))


def test_meetings_answer_a_plain_session_as_the_orm(edited_demo):
    with both_sessions(edited_demo) as (orm, plain):
        for provincie_id in [row.id for row in areas.provinces(orm)]:
            found = meetings.meetings(orm, provincie_id)
            _same([_values(m) for m in found], [_values(m) for m in meetings.meetings(plain, provincie_id)])
            _same(_values(meetings.latest_meeting(orm, provincie_id)),
                  _values(meetings.latest_meeting(plain, provincie_id)))
            _same(meetings.default_stand_per(orm, provincie_id), meetings.default_stand_per(plain, provincie_id))
            for meeting in found:
                _same(meetings.default_stand_per(orm, provincie_id, meeting.id),
                      meetings.default_stand_per(plain, provincie_id, meeting.id))
                mirror = meetings.get_meeting(plain, meeting.id)
                _same(_values(meeting), _values(mirror))
                _same(_values(meetings.previous_meeting(orm, meeting)),
                      _values(meetings.previous_meeting(plain, mirror)))
                for read in (meetings.agenda, meetings.decisions, meetings.action_points):
                    _same([_values(i) for i in read(orm, meeting.id)], [_values(i) for i in read(plain, meeting.id)])
                _same([_values(p) for p in meetings.carried_action_points(orm, meeting)],
                      [_values(p) for p in meetings.carried_action_points(plain, mirror)])
                _same(_pack(meetings.pack_data(orm, meeting)), _pack(meetings.pack_data(plain, mirror)))
        _same(_pack(meetings.pack_data(orm, None)), _pack(meetings.pack_data(plain, None)))
        for session in (orm, plain):
            with pytest.raises(ValueError):
                meetings.get_meeting(session, 999)


def test_carried_action_points_come_from_meetings_before_on_the_same_day(edited_demo):
    with both_sessions(edited_demo) as (_orm, plain):
        zh = areas.find_province(plain, "Zuid-Holland").id
        *_, first, second = meetings.meetings(plain, zh)
        assert first.datum == second.datum and first.id < second.id
        carried = [p.omschrijving for p in meetings.carried_action_points(plain, second)]
        assert {"Zonder eigenaar", "Met deadline"} <= set(carried)
        assert "Afgerond" not in carried


def _pack(data):
    return {
        "meeting": _values(data.meeting), "previous": _values(data.previous),
        **{name: [_values(i) for i in getattr(data, name)]
           for name in ("agenda", "previous_decisions", "carried_actions", "previous_actions")},
    }


def test_reporting_answers_a_plain_session_as_the_orm(edited_demo):
    with both_sessions(edited_demo) as (orm, plain):
        provinces = areas.provinces(orm)
        for periode in areas.periods(orm):
            for province in provinces:
                _same(reporting.opgave_sources(orm, province.id, periode),
                      reporting.opgave_sources(plain, province.id, periode))
        for province in provinces:
            codes = [code for code, _naam in areas.current_gemeenten(orm, province.id)]
            for until in (dt.date(2023, 6, 30), dt.date(2099, 1, 1)):
                expected = reporting.monthly_realisation(orm, "huisvesting", codes, until)
                try:
                    _same(expected, reporting.monthly_realisation(plain, "huisvesting", codes, until))
                except NeedsOrm:  # realised.py's own read: not converted in this module
                    pytest.skip("store/realised.py has no plain query yet")


def test_the_meeting_reads_import_no_sqlalchemy():
    modules = ["regietafel.store.areas", "regietafel.store.meetings", "regietafel.commands.export"]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('sqlalchemy' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                            env={**os.environ, "PYTHONPATH": str(root)})
    assert result.stdout.strip() == "False"
