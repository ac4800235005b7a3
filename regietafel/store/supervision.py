"""The province's supervision policy (interbestuurlijk toezicht), stored with the data per
province: thresholds and the optional "repeatedly behind" criterion (:mod:`regietafel.domain.supervision`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from regietafel.domain.supervision import SupervisionPolicy
from regietafel.store.plain_session import is_plain, marks

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULTS = {"toezicht_oranje": 75, "toezicht_rood": 50, "toezicht_herhaald": 0}


def policy(session: Session, provincie_id: int | None) -> SupervisionPolicy:
    """The province's rule in force (the defaults where it chose none)."""
    if provincie_id is None:
        return SupervisionPolicy()
    stored = dict(_stored(session, provincie_id))
    values = {key: int(stored.get(key, default)) for key, default in DEFAULTS.items()}
    return SupervisionPolicy(values["toezicht_oranje"], values["toezicht_rood"], values["toezicht_herhaald"])


def _stored(session: Session, provincie_id: int) -> list[tuple[str, str]]:
    """(sleutel, waarde) of the province's supervision settings."""
    if is_plain(session):
        return session.rows(f"SELECT sleutel, waarde FROM instelling WHERE provincie_id = ? "
                            f"AND sleutel IN ({marks(DEFAULTS)})", [provincie_id, *DEFAULTS])
    from sqlalchemy import select

    from regietafel.store.models import Instelling

    return list(session.execute(select(Instelling.sleutel, Instelling.waarde).where(
        Instelling.provincie_id == provincie_id, Instelling.sleutel.in_(DEFAULTS)
    )).all())


def set_policy(session: Session, provincie_id: int, rule: SupervisionPolicy) -> None:
    """Store the province's rule (validated when ``rule`` was made)."""
    from sqlalchemy import select

    from regietafel.store.models import Instelling

    for key, value in (("toezicht_oranje", rule.oranje), ("toezicht_rood", rule.rood),
                       ("toezicht_herhaald", rule.herhaald)):
        row = session.scalar(select(Instelling).where(Instelling.provincie_id == provincie_id, Instelling.sleutel == key))
        if row is None:
            session.add(Instelling(provincie_id=provincie_id, sleutel=key, waarde=str(value)))
        else:
            row.waarde = str(value)
