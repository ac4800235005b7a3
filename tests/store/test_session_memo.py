"""The per-session memo (store/session_memo.py): a write in the session is seen at once, and
no two sessions share what it remembers."""

from __future__ import annotations

from sqlalchemy import select

from regietafel.store import areas, distributions
from regietafel.store.models import Gemeente, Opgave
from regietafel.store.session_memo import ANY_WRITE, REFERENCE

PERIODE = "2023-II"


def _zh(store) -> int:
    with store.read() as session:
        return areas.find_province(session, "Zuid-Holland").id


def _official_figure(session, zh: int, code: str, aantal: int) -> Opgave:
    gemeente = session.scalar(select(Gemeente).where(Gemeente.code == code))
    return Opgave(categorie="opvang", niveau="gemeente", periode_id=distributions.period_id(session, PERIODE),
                  provincie_id=zh, gemeente_id=gemeente.id, aantal=aantal, bron="test")


def test_a_write_in_the_session_is_seen_by_the_next_question(demo_store):
    zh = _zh(demo_store)
    with demo_store.read() as session:
        before = distributions.versions(session, "opvang", PERIODE, zh)
        version = distributions.ensure_version(session, "opvang", PERIODE, zh)  # writes a first concept
        assert [v.id for v in distributions.versions(session, "opvang", PERIODE, zh)] == [v.id for v in before] + (
            [] if before else [version.id])
        first = distributions.compute(session, version)
        assert distributions.compute(session, version) is first  # asked again: remembered
        code = first.scope_codes[0]
        session.add(_official_figure(session, zh, code, first.final[code] + 7))  # pending, not flushed
        again = distributions.compute(session, version)
        assert again is not first and again.official[code].aantal == first.final[code] + 7
        session.flush()
        assert distributions.compute(session, version).official[code].aantal == first.final[code] + 7


def test_a_changed_setting_is_computed_anew(demo_store):
    zh = _zh(demo_store)
    with demo_store.read() as session:
        version = distributions.ensure_version(session, "opvang", PERIODE, zh)
        first = distributions.compute(session, version)
        code = first.scope_codes[0]
        locked = distributions.settings_of(session, version).with_constraint(code, "vast", first.final[code] + 3)
        assert distributions.compute(session, version, locked).final[code] == first.final[code] + 3


def test_two_sessions_never_share_and_a_session_forgets_when_it_ends(demo_store):
    zh = _zh(demo_store)
    with demo_store.transaction() as writer:
        version = distributions.ensure_version(writer, "opvang", PERIODE, zh)
        first = distributions.compute(writer, version)
        assert writer.info.get(REFERENCE)
    assert not writer.info.get(REFERENCE) and not writer.info.get(ANY_WRITE)
    code = first.scope_codes[0]
    with demo_store.read() as reader:
        distributions.compute(reader, reader.get(type(version), version.id))
        with demo_store.transaction() as other:  # another session starts with nothing remembered
            assert not other.info.get(REFERENCE) and not other.info.get(ANY_WRITE)
            other.add(_official_figure(other, zh, code, first.final[code] + 11))
    with demo_store.read() as later:  # the figure written by the other session is seen
        computed = distributions.compute(later, later.get(type(version), version.id))
        assert computed.official[code].aantal == first.final[code] + 11
