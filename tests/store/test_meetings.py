"""Meetings: default agenda, decisions that adopt a version, action points that carry over."""

from __future__ import annotations

import datetime as dt

import pytest

from regietafel.store import areas, distributions, meetings
from regietafel.store.models import Verdeling


def _zh(session) -> int:
    return areas.find_province(session, "Zuid-Holland").id


def test_new_meeting_has_the_default_agenda(store):
    with store.transaction() as session:
        meeting = meetings.create_meeting(session, _zh(session), dt.date(2024, 2, 1), "Den Haag")
        titles = [item.titel for item in meetings.agenda(session, meeting.id)]
    assert titles[:3] == ["Opening", "Vaststellen agenda en verslag vorige vergadering", "Actualiteiten"]
    assert titles[-2:] == ["Rondvraag", "Sluiting"]
    assert "Huisvesting vergunninghouders" in titles and "Opvang ontheemden uit Oekraïne" in titles


def test_agenda_items_insert_move_and_renumber(store):
    with store.transaction() as session:
        meeting = meetings.create_meeting(session, _zh(session), dt.date(2024, 2, 1), with_default_agenda=False)
        a = meetings.add_agenda_item(session, meeting.id, "A")
        meetings.add_agenda_item(session, meeting.id, "B")
        meetings.add_agenda_item(session, meeting.id, "C", position=0)
        meetings.move_agenda_item(session, a.id, 5)
        items = meetings.agenda(session, meeting.id)
        assert [(i.volgorde, i.titel) for i in items] == [(1, "C"), (2, "B"), (3, "A")]
        meetings.remove_agenda_item(session, items[1].id)
        assert [(i.volgorde, i.titel) for i in meetings.agenda(session, meeting.id)] == [(1, "C"), (2, "A")]
        with pytest.raises(ValueError):
            meetings.add_agenda_item(session, meeting.id, "  ")


def test_open_action_points_carry_over_to_the_next_meeting(store):
    with store.transaction() as session:
        zh = _zh(session)
        first = meetings.create_meeting(session, zh, dt.date(2024, 1, 10))
        second = meetings.create_meeting(session, zh, dt.date(2024, 3, 10))
        third = meetings.create_meeting(session, zh, dt.date(2024, 5, 10))
        done = meetings.add_action_point(session, first.id, "Klaar", "Secretaris", status="afgerond")
        still = meetings.add_action_point(session, first.id, "Nog open", "Gemeente X", dt.date(2024, 4, 1))
        later = meetings.add_action_point(session, second.id, "Van de tweede")
        own = meetings.add_action_point(session, third.id, "Van de derde zelf")
        other = meetings.create_meeting(session, areas.find_province(session, "Utrecht").id, dt.date(2024, 1, 1))
        meetings.add_action_point(session, other.id, "Andere provincie")
        carried = meetings.carried_action_points(session, third)
        assert [p.id for p in carried] == [still.id, later.id]
        assert done.id not in [p.id for p in carried] and own.id not in [p.id for p in carried]
        meetings.update_action_point(session, still.id, status="afgerond")
        assert [p.id for p in meetings.carried_action_points(session, third)] == [later.id]
        assert meetings.previous_meeting(session, third).id == second.id
        assert meetings.previous_meeting(session, first) is None
        with pytest.raises(ValueError):
            meetings.update_action_point(session, later.id, status="bezig")


def test_a_decision_adopts_a_version_in_the_meeting(demo_store):
    with demo_store.transaction() as session:
        zh = _zh(session)
        version = distributions.ensure_version(session, "opvang", "2023-II", zh)
        meeting = meetings.create_meeting(session, zh, dt.date(2023, 11, 20), "Den Haag")
        assert version.id in [v.id for v in meetings.adoptable_versions(session, zh, "2023-II")]
        decision = meetings.add_decision(session, meeting.id, "", version.id)
        assert "wordt vastgesteld" in decision.tekst and "19.097" in decision.tekst
        adopted = session.get(Verdeling, version.id)
        assert adopted.status == "vastgesteld"
        assert adopted.vastgesteld_op == dt.date(2023, 11, 20) and adopted.vergadering_id == meeting.id
        assert version.id not in [v.id for v in meetings.adoptable_versions(session, zh, "2023-II")]
        with pytest.raises(ValueError):  # the decision is history now
            meetings.remove_decision(session, decision.id)
        with pytest.raises(ValueError):
            meetings.delete_meeting(session, meeting.id)
        with pytest.raises(distributions.ReadOnlyError):  # adopting twice is refused
            meetings.add_decision(session, meeting.id, "nogmaals", version.id)


def test_a_version_of_another_province_cannot_be_adopted(demo_store):
    with demo_store.transaction() as session:
        utrecht = areas.find_province(session, "Utrecht").id
        version = distributions.ensure_version(session, "opvang", "2023-II", utrecht)
        meeting = meetings.create_meeting(session, _zh(session), dt.date(2023, 11, 20))
        with pytest.raises(ValueError):
            meetings.add_decision(session, meeting.id, "", version.id)
        assert session.get(Verdeling, version.id).status == "concept"


def test_demo_has_a_past_and_an_upcoming_meeting_per_province(demo_store):
    with demo_store.read() as session:
        for province in areas.provinces(session):
            found = meetings.meetings(session, province.id)
            assert [m.datum for m in found] == [dt.date(2023, 5, 15), dt.date(2023, 10, 16)]
            assert "(demo)" in found[0].aanwezigen
            assert len(meetings.decisions(session, found[0].id)) == 2
            carried = meetings.carried_action_points(session, found[1])
            assert len(carried) == 1 and carried[0].status == "open"
            assert len(meetings.agenda(session, found[1].id)) == 9


def test_an_action_point_toggles_between_open_and_done(store):
    with store.transaction() as session:
        meeting = meetings.create_meeting(session, _zh(session), dt.date(2024, 2, 1), with_default_agenda=False)
        point = meetings.add_action_point(session, meeting.id, "Locaties inventariseren")
        assert meetings.toggle_action_point(session, point.id).status == "afgerond"
        assert meetings.toggle_action_point(session, point.id).status == "open"


def test_figures_stand_per_the_meetings_date_else_the_newest_meeting_else_today(store):
    """The default "stand per": the date of the meeting whose documents are made; without one
    named, the province's newest meeting; a province without meetings, today."""
    with store.transaction() as session:
        zh, utrecht = _zh(session), areas.find_province(session, "Utrecht").id
        assert meetings.default_stand_per(session, zh) == dt.date.today()
        first = meetings.create_meeting(session, zh, dt.date(2024, 1, 10))
        meetings.create_meeting(session, zh, dt.date(2024, 3, 10))
        meetings.create_meeting(session, utrecht, dt.date(2024, 6, 1))  # another province's meeting
        assert meetings.default_stand_per(session, zh, first.id) == dt.date(2024, 1, 10)
        assert meetings.default_stand_per(session, zh) == dt.date(2024, 3, 10)
