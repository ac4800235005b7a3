"""Uitwisseling: recorded transfers of places between units that never change the total.

An :class:`Exchange` moves ``amount`` places from ``from_unit`` to ``to_unit`` (e.g. two
gemeenten re-dividing their taakstellingen, Huisvestingswet art. 29(2), or the Spreidingswet's
exchanges within a province). :func:`apply_exchanges` applies a batch in order and is atomic:
when one exchange is invalid (unknown unit, amount not a whole number > 0, from = to, or a unit
would go below zero) nothing is applied and :class:`ExchangeError` names the exchange, units
and numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .verantwoording import DistributionResult, format_int_nl

__all__ = ["Exchange", "ExchangeLogEntry", "ExchangeOutcome", "ExchangeError", "apply_exchanges"]


class ExchangeError(ValueError):
    """An exchange cannot be applied; nothing from the batch was applied."""


@dataclass(frozen=True, slots=True)
class Exchange:
    """``amount`` places move from ``from_unit`` to ``to_unit``; ``date`` is an ISO date."""

    from_unit: str
    to_unit: str
    amount: int
    reason: str = ""
    date: str | None = None


@dataclass(frozen=True, slots=True)
class ExchangeLogEntry:
    """One applied exchange with the before/after values of both units."""

    exchange: Exchange
    from_before: int
    from_after: int
    to_before: int
    to_after: int

    def text(self) -> str:
        e = self.exchange
        s = (
            f"{e.from_unit} → {e.to_unit}: {format_int_nl(e.amount)} "
            f"({e.from_unit} {format_int_nl(self.from_before)} → "
            f"{format_int_nl(self.from_after)}, {e.to_unit} {format_int_nl(self.to_before)} → "
            f"{format_int_nl(self.to_after)})"
        )
        if e.date:
            s += f" op {e.date}"
        if e.reason:
            s += f"; reden: {e.reason}"
        return s


class ExchangeOutcome(NamedTuple):
    """``(allocations, log)``: new shares per unit and one log entry per exchange."""

    allocations: dict[str, int]
    log: list[ExchangeLogEntry]


def apply_exchanges(
    result_or_allocations: DistributionResult | Mapping[str, int],
    exchanges: Iterable[Exchange],
) -> ExchangeOutcome:
    """Apply ``exchanges`` in order to a result (its ``allocations``) or a plain mapping.

    Returns a new dict (the input is not modified); the sum is unchanged by construction.
    """
    if isinstance(result_or_allocations, DistributionResult):
        alloc = dict(result_or_allocations.allocations)
    else:
        alloc = dict(result_or_allocations)
    log: list[ExchangeLogEntry] = []
    for n, e in enumerate(exchanges, start=1):
        where = f"Uitwisseling {n} ({e.from_unit} → {e.to_unit}, {e.amount!r})"
        if isinstance(e.amount, bool) or not isinstance(e.amount, int) or e.amount <= 0:
            raise ExchangeError(f"{where}: aantal moet een geheel getal groter dan 0 zijn")
        if e.from_unit == e.to_unit:
            raise ExchangeError(f"{where}: van en naar zijn dezelfde eenheid")
        for unit in (e.from_unit, e.to_unit):
            if unit not in alloc:
                raise ExchangeError(f"{where}: onbekende eenheid {unit}")
        fb, tb = alloc[e.from_unit], alloc[e.to_unit]
        if fb - e.amount < 0:
            raise ExchangeError(
                f"{where}: {e.from_unit} heeft {format_int_nl(fb)} en zou "
                f"{format_int_nl(fb - e.amount)} krijgen (negatief); niets toegepast"
            )
        alloc[e.from_unit] = fb - e.amount
        alloc[e.to_unit] = tb + e.amount
        log.append(ExchangeLogEntry(e, fb, fb - e.amount, tb, tb + e.amount))
    return ExchangeOutcome(alloc, log)
