"""Huisvestingswet 2014 art. 29: the taakstelling of every gemeente, without an account.

The verdeelmotor computes the same numbers with a full verantwoording (Method.CEIL); this
lean form serves the carry-over chain, which needs many earlier half-years at once.
"""

from __future__ import annotations

from collections.abc import Mapping


def art29_taakstelling(national: int, inwoners: Mapping[str, int]) -> dict[str, int]:
    """national × inwoners / inwoners of the Netherlands, rounded up, per gemeente."""
    total = sum(inwoners.values())
    if total <= 0:
        raise ValueError("Geen inwoners: de taakstelling kan niet worden berekend")
    return {code: -(-national * count // total) for code, count in inwoners.items()}
