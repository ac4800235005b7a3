"""Verdeelsleutels from the store: the key spec of a distribution turned into key weights.

A key spec is stored as JSON on the distribution, so every number can be traced back to the
key, its peildatum and the indicators used.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from regietafel.domain.formatting import format_date, format_fraction
from regietafel.domain.keys import custom_key, equal_key, population_key, ses_key, weighted_mix_key
from regietafel.store.plain_session import is_plain, marks
from regietafel.store.texts import t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

KEY_KINDS = ("inwoners", "gelijk", "mix", "ses", "eigen")
POPULATION = "inwoners"  # the name of population inside a weighted mix


@dataclass(frozen=True)
class KeySpec:
    """How the key is made. ``weights`` (mix) maps indicator name -> exact fraction text."""

    soort: str = "inwoners"
    peildatum: dt.date | None = None
    indicator: str | None = None  # ses: the score indicator; eigen: the custom key indicator
    weights: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({
            "soort": self.soort,
            "peildatum": self.peildatum.isoformat() if self.peildatum else None,
            "indicator": self.indicator,
            "gewichten": self.weights,
        }, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KeySpec:
        data = json.loads(text)
        peildatum = data.get("peildatum")
        return cls(
            soort=data.get("soort", "inwoners"),
            peildatum=dt.date.fromisoformat(peildatum) if peildatum else None,
            indicator=data.get("indicator"),
            weights=dict(data.get("gewichten") or {}),
        )

    def describe(self) -> str:
        """Description for the verantwoording in the current language, e.g. 'inwoners op 1-1-2024'
        or 'population on 1 Jan 2024'."""
        date = t("keyspec.on", date=format_date(self.peildatum)) if self.peildatum else ""
        if self.soort in ("inwoners", "gelijk"):
            return t(f"keyspec.{self.soort}", date=date) if self.soort == "inwoners" else t("keyspec.gelijk")
        if self.soort in ("ses", "eigen"):
            return t(f"keyspec.{self.soort}", date=date, indicator=self.indicator)
        parts = [f"{format_fraction(Fraction(w) * 100, 1)}% {t('keyspec.population') if name == POPULATION else name}"
                 for name, w in self.weights.items()]
        return t("keyspec.mix", parts=" + ".join(parts)) + (
            t("keyspec.mix_population", date=date) if POPULATION in self.weights else "")


def _population(session: Session, gemeente_ids: dict[int, str], peildatum: dt.date | None) -> dict[str, int]:
    rows = dict(_population_rows(session, gemeente_ids, peildatum))
    missing = [code for gid, code in gemeente_ids.items() if gid not in rows]
    if missing:
        date = format_date(peildatum) if peildatum else "?"
        raise ValueError(t("keys.no_population_on_date_for_codes", date=date, codes=", ".join(sorted(missing)[:10]) + (" …" if len(missing) > 10 else "")))
    return {code: rows[gid] for gid, code in gemeente_ids.items()}


def _population_rows(session: Session, gemeente_ids: dict[int, str], peildatum: dt.date | None) -> list[tuple[int, int]]:
    """(gemeente id, inwoners) on ``peildatum`` (none stored without a date: ``IS NULL`` as the ORM asks)."""
    if is_plain(session):
        ids = list(gemeente_ids)
        on_date, parameters = ("= ?", [peildatum.isoformat()]) if peildatum else ("IS NULL", [])
        return session.rows(f"SELECT gemeente_id, aantal FROM inwoners WHERE peildatum {on_date} "
                            f"AND gemeente_id IN ({marks(ids)})", [*parameters, *ids])
    from sqlalchemy import select

    from regietafel.store.models import Inwoners

    return list(session.execute(
        select(Inwoners.gemeente_id, Inwoners.aantal).where(
            Inwoners.peildatum == peildatum, Inwoners.gemeente_id.in_(gemeente_ids)
        )
    ).all())


def _indicator(session: Session, gemeente_ids: dict[int, str], name: str) -> dict[str, str]:
    rows = dict(_indicator_rows(session, gemeente_ids, name))  # the newest peildatum wins
    missing = [code for gid, code in gemeente_ids.items() if gid not in rows]
    if missing:
        raise ValueError(t("keys.indicator_name_has_no_value_for", name=name, codes=", ".join(sorted(missing)[:10]) + (" …" if len(missing) > 10 else "")))
    return {code: rows[gid] for gid, code in gemeente_ids.items()}


def _indicator_rows(session: Session, gemeente_ids: dict[int, str], name: str) -> list[tuple[int, str]]:
    """(gemeente id, waarde) of an indicator, oldest peildatum first."""
    if is_plain(session):
        ids = list(gemeente_ids)
        return session.rows(f"SELECT gemeente_id, waarde FROM indicator WHERE naam = ? "
                            f"AND gemeente_id IN ({marks(ids)}) ORDER BY peildatum", [name, *ids])
    from sqlalchemy import select

    from regietafel.store.models import Indicator

    return list(session.execute(
        select(Indicator.gemeente_id, Indicator.waarde).where(
            Indicator.naam == name, Indicator.gemeente_id.in_(gemeente_ids)
        ).order_by(Indicator.peildatum)
    ).all())


def build_key(session: Session, spec: KeySpec, gemeente_ids: dict[int, str]) -> dict[str, Fraction]:
    """Key weights per gemeente code for ``gemeente_ids`` (id -> code); ValueError if incomplete."""
    if spec.soort == "inwoners":
        return population_key(_population(session, gemeente_ids, spec.peildatum))
    if spec.soort == "gelijk":
        return equal_key(gemeente_ids.values())
    if spec.soort == "ses":
        return ses_key(_population(session, gemeente_ids, spec.peildatum),
                       _indicator(session, gemeente_ids, spec.indicator or ""))
    if spec.soort == "eigen":
        return custom_key(_indicator(session, gemeente_ids, spec.indicator or ""))
    if spec.soort == "mix":
        indicators = {
            name: (_population(session, gemeente_ids, spec.peildatum) if name == POPULATION
                   else _indicator(session, gemeente_ids, name))
            for name in spec.weights
        }
        return weighted_mix_key(indicators, {name: Fraction(w) for name, w in spec.weights.items()})
    raise ValueError(t("keys.unknown_key_kind_kind", kind=spec.soort))


def indicator_names(session: Session) -> list[str]:
    from sqlalchemy import select  # the GUI's key editor only

    from regietafel.store.models import Indicator

    return list(session.scalars(select(Indicator.naam).distinct().order_by(Indicator.naam)))
