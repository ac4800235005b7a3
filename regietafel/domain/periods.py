"""Half-year periods ("2023-II") and the dates the law ties to them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .texts import t

_CODE = re.compile(r"^(\d{4})-(I|II)$")


@dataclass(frozen=True, order=True)
class HalfYear:
    year: int
    half: int  # 1 or 2

    @classmethod
    def parse(cls, code: str) -> HalfYear:
        match = _CODE.match(code.strip())
        if not match:
            raise ValueError(t("period.invalid", code=code))
        return cls(int(match.group(1)), 1 if match.group(2) == "I" else 2)

    @classmethod
    def containing(cls, day: dt.date) -> HalfYear:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @property
    def code(self) -> str:
        return f"{self.year}-{'I' if self.half == 1 else 'II'}"

    @property
    def begin(self) -> dt.date:
        return dt.date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 6, 30) if self.half == 1 else dt.date(self.year, 12, 31)

    def next(self) -> HalfYear:
        return HalfYear(self.year + 1, 1) if self.half == 2 else HalfYear(self.year, 2)

    def previous(self) -> HalfYear:
        return HalfYear(self.year - 1, 2) if self.half == 1 else HalfYear(self.year, 1)

    @property
    def population_reference_date(self) -> dt.date:
        """Huisvestingswet 2014 art. 29: inwoners on 1 January of the preceding calendar year."""
        return dt.date(self.year - 1, 1, 1)


def half_years(first: HalfYear, last: HalfYear) -> list[HalfYear]:
    out, current = [], first
    while current <= last:
        out.append(current)
        current = current.next()
    return out
