"""Verdeelsleutels: functions that turn indicators into key weights per unit.

Every function returns ``dict[str, Fraction]`` (unit id -> non-negative weight) in the order
of its input. Weights need not sum to 1; the verdeelmotor divides by their sum. All inputs are
converted exactly (``int``, ``Fraction``, ``Decimal``, ``str``; see :mod:`._rational`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction

from ._rational import to_fraction
from .texts import t

__all__ = ["population_key", "equal_key", "weighted_mix_key", "ses_key", "custom_key"]


def _non_negative(unit: str, value: object, what: str) -> Fraction:
    f = to_fraction(value, t("key.of", what=what, unit=unit))
    if f < 0:
        raise ValueError(t("key.negative", what=what, unit=unit, value=value))
    return f


def population_key(inwoners: Mapping[str, int]) -> dict[str, Fraction]:
    """Key proportional to population (inwoners at a peildatum). Counts must be whole, >= 0."""
    result: dict[str, Fraction] = {}
    for unit, value in inwoners.items():
        f = _non_negative(unit, value, t("key.population"))
        if f.denominator != 1:
            raise ValueError(t("key.population_whole", unit=unit, value=value))
        result[unit] = f
    return result


def equal_key(units: Iterable[str]) -> dict[str, Fraction]:
    """Equal shares: weight 1 for every unit (duplicates are an error)."""
    result: dict[str, Fraction] = {}
    for unit in units:
        if unit in result:
            raise ValueError(t("key.duplicate", unit=unit))
        result[unit] = Fraction(1)
    return result


def custom_key(mapping: Mapping[str, object]) -> dict[str, Fraction]:
    """A key imported as given numbers per unit (any exact number >= 0)."""
    return {unit: _non_negative(unit, value, t("key.value")) for unit, value in mapping.items()}


def weighted_mix_key(
    indicators: Mapping[str, Mapping[str, object]],
    weights: Mapping[str, object],
) -> dict[str, Fraction]:
    """Weighted mix of indicators, e.g. 90% inwoners + 10% oppervlakte (NRW).

    Each indicator is first normalised to shares of its own total (so units of measure do not
    matter), then ``key[u] = sum_i weight_i * value_i[u] / total_i``. Weights must be given for
    exactly the indicators present, be >= 0 and sum to exactly 1. Every indicator must cover the
    same units and have a positive total.
    """
    if not indicators:
        raise ValueError(t("key.no_indicators"))
    if set(weights) != set(indicators):
        missing = sorted(set(indicators) - set(weights))
        extra = sorted(set(weights) - set(indicators))
        parts = []
        if missing:
            parts.append(t("key.no_weight", names=", ".join(missing)))
        if extra:
            parts.append(t("key.unknown_weight", names=", ".join(extra)))
        raise ValueError(t("key.weights_mismatch", parts="; ".join(parts)))
    w = {name: _non_negative(name, weights[name], t("key.weight")) for name in indicators}
    total_weight = sum(w.values(), Fraction(0))
    if total_weight != 1:
        from .formatting import format_fraction

        raise ValueError(t(
            "key.weights_sum", sum=format_fraction(total_weight, 4),
            parts=", ".join(f"{n} {format_fraction(v, 4)}" for n, v in w.items()),
        ))
    names = list(indicators)
    units = list(indicators[names[0]])
    unit_set = set(units)
    for name in names[1:]:
        other = set(indicators[name])
        if other != unit_set:
            missing = sorted(unit_set - other)
            extra = sorted(other - unit_set)
            raise ValueError(t("key.other_units", name=name, first=names[0], missing=missing or "-",
                               extra=extra or "-"))
    result = {unit: Fraction(0) for unit in units}
    for name in names:
        values = {u: _non_negative(u, indicators[name][u], t("key.indicator", name=name)) for u in units}
        total = sum(values.values(), Fraction(0))
        if total == 0:
            raise ValueError(t("key.indicator_zero", name=name))
        factor = w[name] / total
        for u in units:
            result[u] += values[u] * factor
    return result


def ses_key(inwoners: Mapping[str, int], scores: Mapping[str, object]) -> dict[str, Fraction]:
    """Spreidingswet-style key ``inwoners × (1 + score)`` [inferred, see domain.md §2].

    Scores (SES-WOA) may be negative decimals, e.g. ``"-0.23"`` or ``Decimal("-0.23")``.
    Every unit needs a score; a unit with ``1 + score < 0`` is an error.
    """
    pop = population_key(inwoners)
    missing = [u for u in pop if u not in scores]
    if missing:
        raise ValueError(t("key.no_score", units=", ".join(missing)))
    result: dict[str, Fraction] = {}
    for unit, p in pop.items():
        score = to_fraction(scores[unit], t("key.score_of", unit=unit))
        factor = 1 + score
        if factor < 0:
            raise ValueError(t("key.score_negative", unit=unit, score=scores[unit], factor=factor))
        result[unit] = p * factor
    return result
