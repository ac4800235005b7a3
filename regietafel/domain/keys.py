"""Verdeelsleutels: functions that turn indicators into key weights per unit.

Every function returns ``dict[str, Fraction]`` (unit id -> non-negative weight) in the order
of its input. Weights need not sum to 1; the verdeelmotor divides by their sum. All inputs are
converted exactly (``int``, ``Fraction``, ``Decimal``, ``str``; see :mod:`._rational`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction

from ._rational import to_fraction

__all__ = ["population_key", "equal_key", "weighted_mix_key", "ses_key", "custom_key"]


def _non_negative(unit: str, value: object, what: str) -> Fraction:
    f = to_fraction(value, f"{what} van {unit}")
    if f < 0:
        raise ValueError(f"{what} van {unit} is negatief ({value})")
    return f


def population_key(inwoners: Mapping[str, int]) -> dict[str, Fraction]:
    """Key proportional to population (inwoners at a peildatum). Counts must be whole, >= 0."""
    result: dict[str, Fraction] = {}
    for unit, value in inwoners.items():
        f = _non_negative(unit, value, "Inwoneraantal")
        if f.denominator != 1:
            raise ValueError(f"Inwoneraantal van {unit} is geen geheel getal ({value})")
        result[unit] = f
    return result


def equal_key(units: Iterable[str]) -> dict[str, Fraction]:
    """Equal shares: weight 1 for every unit (duplicates are an error)."""
    result: dict[str, Fraction] = {}
    for unit in units:
        if unit in result:
            raise ValueError(f"Eenheid {unit} komt dubbel voor")
        result[unit] = Fraction(1)
    return result


def custom_key(mapping: Mapping[str, object]) -> dict[str, Fraction]:
    """A key imported as given numbers per unit (any exact number >= 0)."""
    return {unit: _non_negative(unit, value, "Sleutelwaarde") for unit, value in mapping.items()}


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
        raise ValueError("Geen indicatoren opgegeven voor de gewogen sleutel")
    if set(weights) != set(indicators):
        missing = sorted(set(indicators) - set(weights))
        extra = sorted(set(weights) - set(indicators))
        parts = []
        if missing:
            parts.append("geen gewicht voor " + ", ".join(missing))
        if extra:
            parts.append("gewicht voor onbekende indicator " + ", ".join(extra))
        raise ValueError("Gewichten passen niet bij indicatoren: " + "; ".join(parts))
    w = {name: _non_negative(name, weights[name], "Gewicht") for name in indicators}
    total_weight = sum(w.values(), Fraction(0))
    if total_weight != 1:
        from .verantwoording import format_fraction_nl

        raise ValueError(
            "Gewichten tellen op tot "
            f"{format_fraction_nl(total_weight, 4)} in plaats van 1 "
            f"({', '.join(f'{n} {format_fraction_nl(v, 4)}' for n, v in w.items())})"
        )
    names = list(indicators)
    units = list(indicators[names[0]])
    unit_set = set(units)
    for name in names[1:]:
        other = set(indicators[name])
        if other != unit_set:
            missing = sorted(unit_set - other)
            extra = sorted(other - unit_set)
            raise ValueError(
                f"Indicator {name} heeft andere eenheden dan {names[0]}: "
                f"ontbreekt {missing or '-'}, extra {extra or '-'}"
            )
    result = {unit: Fraction(0) for unit in units}
    for name in names:
        values = {u: _non_negative(u, indicators[name][u], f"Indicator {name}") for u in units}
        total = sum(values.values(), Fraction(0))
        if total == 0:
            raise ValueError(f"Indicator {name} heeft totaal 0 en kan niet worden genormaliseerd")
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
        raise ValueError("Geen SES-WOA-score voor: " + ", ".join(missing))
    result: dict[str, Fraction] = {}
    for unit, p in pop.items():
        score = to_fraction(scores[unit], f"SES-WOA-score van {unit}")
        factor = 1 + score
        if factor < 0:
            raise ValueError(
                f"SES-WOA-score van {unit} is {scores[unit]}: 1 + score = {factor} is negatief"
            )
        result[unit] = p * factor
    return result
