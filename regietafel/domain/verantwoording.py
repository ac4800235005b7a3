"""Result and account dataclasses of a distribution, with a plain-text rendering.

The rendering speaks the current domain language (:mod:`.texts`); numbers are written in its
style: Dutch ``19.097`` / ``123,4567``, English ``19,097`` / ``123.4567``. The ``*_nl``
functions below always write Dutch. :meth:`DistributionResult.to_dict` is the machine-readable twin (quota as an
exact ``"p/q"`` string plus a decimal rendering with a dot).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any

from .apportionment import TIE_RULE, Method, Tie, tie_rule
from .constraints import SurplusPolicy
from .formatting import format_date_long, format_fraction, format_int, format_ratio
from .texts import t

__all__ = [
    "AccountTable",
    "UnitAccount",
    "DistributionResult",
    "format_int_nl",
    "format_fraction_nl",
    "format_ratio_nl",
    "format_date_nl",
    "decimal_string",
]

# Always-Dutch forms (for code that must print Dutch whatever the language); the
# language-aware ones live in :mod:`regietafel.domain.formatting`.
def format_int_nl(value: int) -> str:
    """``19097`` -> ``"19.097"``; ``-1234`` -> ``"-1.234"``."""
    return format_int(value, "nl")


def format_ratio_nl(num: int, den: int, decimals: int = 4) -> str:
    """``num/den`` (integers, ``den > 0``) as Dutch decimal text, rounded half-up."""
    return format_ratio(num, den, decimals, "nl")


def format_fraction_nl(value: Fraction | int, decimals: int = 4) -> str:
    """Exact rational to Dutch decimal text, rounded half-up: ``"1.234,5679"``."""
    return format_fraction(Fraction(value), decimals, "nl")


def decimal_string(value: Fraction | int, decimals: int = 6) -> str:
    """Machine-readable decimal with a dot, rounded half-up: ``"123.456789"``."""
    value = Fraction(value)
    neg = value < 0
    a = abs(value)
    scale = 10**decimals
    scaled = (a.numerator * scale * 2 + a.denominator) // (2 * a.denominator)
    whole, frac = divmod(scaled, scale)
    text = str(whole) + ("." + str(frac).rjust(decimals, "0") if decimals else "")
    return ("-" if neg and scaled else "") + text


def _format_key(value: Fraction) -> str:
    if value.denominator == 1:
        return format_int(value.numerator)
    return format_fraction(value, 6)


def format_date_nl(iso: str | None) -> str:
    """``"2024-01-01"`` -> ``"1 januari 2024"``; other text is returned unchanged."""
    return format_date_long(iso, "nl")


@dataclass(frozen=True, slots=True)
class UnitAccount:
    """Verantwoording of one unit.

    ``quota`` is exact: ``total*key/sum(keys)`` when no constraint binds, otherwise the
    constrained (bounded) quota that was rounded; ``plain_quota`` is always the unconstrained
    one. ``rounding`` is a short text of the rounding step; ``constraint`` the user's
    constraint text (or None). ``remaining`` (na krediet: what is left of the share after credit) = ``max(0, result-credit)``;
    ``surplus`` = ``max(0, credit-result)``. ``credit_note`` says how credit was applied.
    """

    unit: str
    label: str
    key: Fraction
    quota: Fraction
    result: int
    rounding: str
    constraint: str | None
    credit: int
    remaining: int
    surplus: int
    plain_quota: Fraction = Fraction(0)
    credit_note: str | None = None
    bound: str | None = None  # "minimum"/"maximum"/"vast"/"krediet" when the quota sits on it

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "label": self.label,
            "key": f"{self.key.numerator}/{self.key.denominator}",
            "key_decimal": decimal_string(self.key),
            "quota": f"{self.quota.numerator}/{self.quota.denominator}",
            "quota_decimal": decimal_string(self.quota),
            "plain_quota": f"{self.plain_quota.numerator}/{self.plain_quota.denominator}",
            "plain_quota_decimal": decimal_string(self.plain_quota),
            "result": self.result,
            "rounding": self.rounding,
            "constraint": self.constraint,
            "bound": self.bound,
            "credit": self.credit,
            "remaining": self.remaining,
            "surplus": self.surplus,
            "credit_note": self.credit_note,
        }


@dataclass(frozen=True)
class AccountTable:
    """The account's table: ``names`` are the column keys (unit, key, quota, share, rounding,
    constraint, credit, remaining, surplus), ``headers`` their titles, ``total`` the sum row."""

    names: list[str]
    headers: list[str]
    rows: list[list[str]]
    total: list[str]

    def right_aligned(self, column: int) -> bool:
        return self.names[column] not in ("unit", "rounding", "constraint")

    def to_text(self) -> list[str]:
        """Fixed-width lines: headers, a rule, the rows, a rule, the sum."""
        widths = [max(len(h), *(len(r[i]) for r in [*self.rows, self.total])) for i, h in enumerate(self.headers)]

        def line(cells: list[str]) -> str:
            return "  ".join(c.rjust(widths[i]) if self.right_aligned(i) else c.ljust(widths[i])
                             for i, c in enumerate(cells)).rstrip()

        rule = "  ".join("-" * width for width in widths)
        return [line(self.headers), rule, *(line(row) for row in self.rows), rule, line(self.total)]


@dataclass(frozen=True)
class DistributionResult:
    """Outcome of :func:`regietafel.domain.verdeelmotor.distribute`.

    ``allocations`` maps unit -> final share (input order). ``lines`` holds one
    :class:`UnitAccount` per unit in input order. ``exceeds_total`` is only ever True for
    :attr:`Method.CEIL`; ``excess`` is ``allocated_sum - total`` then (else 0). ``divisor`` is
    the common divisor of a divisor method in key units per place (None otherwise).
    """

    total: int
    method: Method
    allocations: dict[str, int]
    lines: list[UnitAccount]
    ties: list[Tie]
    allocated_sum: int
    exceeds_total: bool
    key_description: str = ""
    peildatum: str | None = None
    surplus_policy: SurplusPolicy = SurplusPolicy.KEEP
    excess: int = 0
    divisor: Fraction | None = None
    labels: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def line(self, unit: str) -> UnitAccount:
        return self._line_of[unit]  # KeyError for a unit that is not in this result

    @cached_property
    def _line_of(self) -> dict[str, UnitAccount]:
        """The lines by unit, built once: a province reads 50 of the 342 lines of a national result."""
        return {acc.unit: acc for acc in self.lines}

    def _name(self, unit: str) -> str:
        label = self.labels.get(unit)
        return f"{unit} {label}" if label and label != unit else unit

    @property
    def has_credit(self) -> bool:
        """Whether any unit was credited with places already realised."""
        return any(a.credit for a in self.lines)

    @property
    def total_credit(self) -> int:
        return sum(a.credit for a in self.lines)

    @property
    def total_remaining(self) -> int:
        return sum(a.remaining for a in self.lines)

    @property
    def total_surplus(self) -> int:
        return sum(a.surplus for a in self.lines)

    def describe_tie(self, tie: Tie) -> str:
        places = ", ".join(format_int(p) for p in tie.places)
        return t(
            "tie.describe",
            noun=t("tie.place" if len(tie.places) == 1 else "tie.places"),
            places=places,
            what=t("tie.equal_rest" if tie.kind == "rest" else "tie.equal_average"),
            value=format_fraction(tie.value, 4),
            units=", ".join(self._name(u) for u in tie.units),
            winners=", ".join(self._name(u) for u in tie.winners),
            rule=tie_rule() if tie.rule == TIE_RULE else tie.rule,
        )

    def facts(self) -> list[str]:
        """The account's opening lines: total, key, reference date, method, what was divided."""
        out = [t("text.total", value=format_int(self.total)),
               t("text.key", value=self.key_description or "-"),
               t("text.peildatum", value=format_date_long(self.peildatum)),
               t("text.method", value=self.method.label)]
        if self.divisor is not None:
            out.append(t("text.divisor", value=format_fraction(self.divisor, 4)))
        if self.has_credit:  # the surplus policy and the credit columns apply only where credit is given
            out.append(t("text.credit", value=self.surplus_policy.label))
        verdeeld = t("text.distributed", value=format_int(self.allocated_sum))
        if self.exceeds_total:
            verdeeld += t("text.exceeds", excess=format_int(self.excess))
        out.append(verdeeld)
        if self.ties:  # the tie rule only where it decided something
            out.append(t("text.tie_rule", value=tie_rule()))
        out += [t("text.note", value=note) for note in self.notes]
        return out

    def constraint_lines(self) -> list[str]:
        return [f"{self._name(a.unit)}: {a.constraint}" for a in self.lines if a.constraint]

    def credit_note_lines(self) -> list[str]:
        return [f"{self._name(a.unit)}: {a.credit_note}" for a in self.lines if a.credit_note]

    def table(self) -> AccountTable:
        """One row per unit (and the sum), with the columns that say something here."""
        constrained = any(a.constraint for a in self.lines)
        with_credit = self.has_credit
        names = ["unit", "key", "quota", "share", "rounding"] + (["constraint"] if constrained else [])
        if with_credit:
            names += ["credit", "remaining", "surplus"]
        rows = [
            [
                self._name(a.unit),
                _format_key(a.key),
                format_fraction(a.quota, 4),
                format_int(a.result),
                a.rounding,
                *([a.constraint or ""] if constrained else []),
                *([format_int(a.credit), format_int(a.remaining), format_int(a.surplus)] if with_credit else []),
            ]
            for a in self.lines
        ]
        total = [
            t("text.sum"),
            "",
            format_fraction(sum((a.quota for a in self.lines), Fraction(0)), 4),
            format_int(self.allocated_sum),
            "",
            *([""] if constrained else []),
            *([format_int(self.total_credit), format_int(self.total_remaining), format_int(self.total_surplus)]
              if with_credit else []),
        ]
        return AccountTable(names, [t(f"text.col.{name}") for name in names], rows, total)

    def to_text(self) -> str:
        """Plain-text verantwoording (header, constraints, ties, table per unit)."""
        out: list[str] = [t("text.title"), "", *self.facts()]
        constrained = self.constraint_lines()
        out.append("")
        out.append(t("text.constraints") if constrained else t("text.constraints_none"))
        out += ["  " + line for line in constrained]
        out.append("")
        out.append(t("text.ties") if self.ties else t("text.ties_none"))
        for tie in self.ties:
            out.append("  " + self.describe_tie(tie))
        out.append("")
        out += self.table().to_text()
        notes = self.credit_note_lines()
        if notes:
            out.append("")
            out.append(t("text.credit_notes"))
            out += ["  " + line for line in notes]
        return "\n".join(out) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable account (exact fractions as ``"p/q"`` strings)."""
        return {
            "total": self.total,
            "method": self.method.value,
            "method_name": self.method.label,
            "key_description": self.key_description,
            "peildatum": self.peildatum,
            "surplus_policy": self.surplus_policy.value,
            "allocated_sum": self.allocated_sum,
            "exceeds_total": self.exceeds_total,
            "excess": self.excess,
            "divisor": (
                None
                if self.divisor is None
                else f"{self.divisor.numerator}/{self.divisor.denominator}"
            ),
            "divisor_decimal": None if self.divisor is None else decimal_string(self.divisor),
            "tie_rule": tie_rule(),
            "notes": list(self.notes),
            "allocations": dict(self.allocations),
            "lines": [a.to_dict() for a in self.lines],
            "ties": [
                {
                    "units": list(t.units),
                    "places": list(t.places),
                    "winners": list(t.winners),
                    "kind": t.kind,
                    "value": f"{t.value.numerator}/{t.value.denominator}",
                    "value_decimal": decimal_string(t.value),
                    "rule": t.rule,
                    "text": self.describe_tie(t),
                }
                for t in self.ties
            ],
        }
