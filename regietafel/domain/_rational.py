"""Exact conversion of user input to :class:`fractions.Fraction` (private helper).

All arithmetic in the verdeelmotor is rational. Inputs may be ``int``, ``Fraction``,
``Decimal`` or ``str`` ("0,23", "-0.23", "1/3", "19.097" is *not* accepted as a thousands
separator unless a decimal comma is present too). ``float`` is accepted through its shortest
decimal ``repr`` (``0.1`` becomes ``1/10``, not the binary approximation), because that is the
number a user typed. ``bool`` is rejected.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from numbers import Rational

from .texts import t

__all__ = ["to_fraction", "Number"]

Number = int | Fraction | Decimal | str | float


def to_fraction(value: object, what: str | None = None) -> Fraction:
    """Convert ``value`` exactly to a Fraction; raise ``ValueError`` naming ``what``."""
    what = t("value") if what is None else what
    if isinstance(value, bool):
        raise ValueError(t("error.bool", what=what, value=repr(value)))
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, Rational):
        return Fraction(int(value.numerator), int(value.denominator))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(t("error.not_finite", what=what, value=value))
        return Fraction(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(t("error.not_finite", what=what, value=value))
        return Fraction(repr(value))
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u2212", "-")
        if "," in text:
            # Dutch notation: 1.234,56 -> 1234.56
            text = text.replace(".", "").replace(",", ".")
        try:
            return Fraction(text)
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(t("error.not_number", what=what, value=repr(value))) from exc
    raise ValueError(t("error.not_number_type", what=what, value=repr(value), type=type(value).__name__))
