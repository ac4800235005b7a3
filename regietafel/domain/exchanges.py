"""Uitwisseling: recorded transfers of places between units that never change the total.

An :class:`Exchange` moves ``amount`` places from ``from_unit`` to ``to_unit`` (e.g. two
gemeenten re-dividing their taakstellingen, Huisvestingswet art. 29(2), or the Spreidingswet's
exchanges within a province). :func:`apply_exchanges` applies a batch in order and is atomic:
when one exchange is invalid (unknown unit, amount not a whole number > 0, from = to, or a unit
would go below zero) nothing is applied and :class:`ExchangeError` names the exchange, units
and numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .formatting import format_date
from .formatting import format_int as format_int_nl
from .texts import t
from .verantwoording import DistributionResult

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

    def text(self, names: Mapping[str, str] | None = None) -> str:
        """One line; with ``names`` the units by name (a document), else by code."""
        e = self.exchange
        source, target = (names or {}).get(e.from_unit, e.from_unit), (names or {}).get(e.to_unit, e.to_unit)
        s = (
            f"{source} → {target}: {format_int_nl(e.amount)} "
            f"({source} {format_int_nl(self.from_before)} → "
            f"{format_int_nl(self.from_after)}, {target} {format_int_nl(self.to_before)} → "
            f"{format_int_nl(self.to_after)})"
        )
        if e.date:
            s += t("exchange.on", date=_date_text(e.date))
        if e.reason:
            s += t("exchange.reason", reason=e.reason)
        return s


def _date_text(value: str) -> str:
    """An ISO date in the document's format (1-9-2023); anything else as it was entered."""
    try:
        return format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value


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
        where = t("exchange.where", n=n, source=e.from_unit, target=e.to_unit, amount=repr(e.amount))
        if isinstance(e.amount, bool) or not isinstance(e.amount, int) or e.amount <= 0:
            raise ExchangeError(t("exchange.amount", where=where))
        if e.from_unit == e.to_unit:
            raise ExchangeError(t("exchange.same", where=where))
        for unit in (e.from_unit, e.to_unit):
            if unit not in alloc:
                raise ExchangeError(t("exchange.unknown", where=where, unit=unit))
        fb, tb = alloc[e.from_unit], alloc[e.to_unit]
        if fb - e.amount < 0:
            raise ExchangeError(
                t("exchange.negative", where=where, unit=e.from_unit, has=format_int_nl(fb),
                  would=format_int_nl(fb - e.amount))
            )
        alloc[e.from_unit] = fb - e.amount
        alloc[e.to_unit] = tb + e.amount
        log.append(ExchangeLogEntry(e, fb, fb - e.amount, tb, tb + e.amount))
    return ExchangeOutcome(alloc, log)
