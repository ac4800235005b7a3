"""Which gemeente a row in an imported file means: by CBS code or by name, across mergers.

Pure Python. Files spell names the CBS way ('s-Gravenhage, Súdwest-Fryslân, Bergen (NH.)) or
the everyday way (Den Haag, Sudwest Fryslan, Bergen NH); both are accepted. A name that fits
more than one gemeente (Bergen) is reported as ambiguous, never guessed. A gemeente that has
merged since the file was made (herindeling) is mapped to its successor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum

from regietafel.domain.names import fold, normalize_gemeente_code


@dataclass(frozen=True)
class GemeenteRef:
    """A gemeente as the matcher knows it (from the store)."""

    code: str
    naam: str
    provincie: str = ""
    geldig_tot: dt.date | None = None
    opvolger_code: str | None = None


@dataclass(frozen=True)
class Herindeling:
    """A merger: the old gemeente ``code`` ceased on ``datum``; ``opvolger`` took over."""

    datum: dt.date
    code: str
    naam: str
    opvolger: str


# Recent herindelingen that are certain (CBS "Gemeentelijke indelingen"). Only gemeenten that
# no longer exist in the 2024 classification; extend when a new list is loaded.
HERINDELINGEN: tuple[Herindeling, ...] = (
    Herindeling(dt.date(2022, 1, 1), "GM0398", "Heerhugowaard", "GM1980"),
    Herindeling(dt.date(2022, 1, 1), "GM0416", "Langedijk", "GM1980"),
    Herindeling(dt.date(2022, 1, 1), "GM0756", "Boxmeer", "GM1982"),
    Herindeling(dt.date(2022, 1, 1), "GM1684", "Cuijk", "GM1982"),
    Herindeling(dt.date(2022, 1, 1), "GM0786", "Grave", "GM1982"),
    Herindeling(dt.date(2022, 1, 1), "GM0815", "Mill en Sint Hubert", "GM1982"),
    Herindeling(dt.date(2022, 1, 1), "GM1702", "Sint Anthonis", "GM1982"),
    Herindeling(dt.date(2022, 1, 1), "GM0856", "Uden", "GM1991"),
    Herindeling(dt.date(2022, 1, 1), "GM1685", "Landerd", "GM1991"),
    Herindeling(dt.date(2022, 3, 24), "GM0457", "Weesp", "GM0363"),
    Herindeling(dt.date(2023, 1, 1), "GM0501", "Brielle", "GM1992"),
    Herindeling(dt.date(2023, 1, 1), "GM0530", "Hellevoetsluis", "GM1992"),
    Herindeling(dt.date(2023, 1, 1), "GM0614", "Westvoorne", "GM1992"),
)

# Everyday name (folded) -> CBS name.
GEMEENTE_ALIASES = {
    "denhaag": "'s-Gravenhage",
    "thehague": "'s-Gravenhage",
    "gravenhage": "'s-Gravenhage",
    "denbosch": "'s-Hertogenbosch",
    "hertogenbosch": "'s-Hertogenbosch",
    "nuenen": "Nuenen, Gerwen en Nederwetten",
    "sittard": "Sittard-Geleen",
    "defriesemeren": "De Fryske Marren",
    "sudwestfriesland": "Súdwest-Fryslân",
    "noordoostfriesland": "Noardeast-Fryslân",
    "tietjerksteradeel": "Tytsjerksteradiel",
    "dantumadeel": "Dantumadiel",
}

# Province hints written after a name: Bergen NH, Bergen (L.), Hengelo (Ov), Rijswijk ZH.
PROVINCE_HINTS = {
    "nh": "Noord-Holland", "noordholland": "Noord-Holland",
    "zh": "Zuid-Holland", "zuidholland": "Zuid-Holland",
    "l": "Limburg", "lb": "Limburg", "li": "Limburg", "limburg": "Limburg",
    "o": "Overijssel", "ov": "Overijssel", "overijssel": "Overijssel",
    "z": "Zeeland", "zeeland": "Zeeland",
    "g": "Gelderland", "gld": "Gelderland", "gelderland": "Gelderland",
    "nb": "Noord-Brabant", "noordbrabant": "Noord-Brabant",
    "u": "Utrecht", "ut": "Utrecht", "utrecht": "Utrecht",
    "fr": "Fryslân", "friesland": "Fryslân", "fryslan": "Fryslân",
    "gr": "Groningen", "groningen": "Groningen",
    "dr": "Drenthe", "drenthe": "Drenthe",
    "fl": "Flevoland", "flevoland": "Flevoland",
}

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")
_TRAILING_WORD = re.compile(r"^(.*\S)[\s\-]+([A-Za-z.\-]{1,12})$")


class MatchStatus(Enum):
    MATCHED = "matched"
    MERGED = "merged"  # an old gemeente, mapped to its successor
    UNKNOWN = "unknown"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class Match:
    status: MatchStatus
    code: str | None = None  # the gemeente to use (the successor when MERGED)
    naam: str | None = None
    original: str | None = None  # the old gemeente's name when MERGED
    candidates: tuple[str, ...] = field(default=())  # names when AMBIGUOUS

    @property
    def ok(self) -> bool:
        return self.status in (MatchStatus.MATCHED, MatchStatus.MERGED)


def _base(name: str) -> str:
    """'Bergen (NH.)' -> 'Bergen'."""
    return _PAREN.sub("", name).strip()


class GemeenteMatcher:
    """Resolves codes and names to gemeenten; built once per import (dict lookups only)."""

    def __init__(self, gemeenten: list[GemeenteRef], herindelingen: tuple[Herindeling, ...] = HERINDELINGEN):
        self._by_code = {g.code: g for g in gemeenten}
        self._by_fold: dict[str, list[GemeenteRef]] = {}
        self._by_base: dict[str, list[GemeenteRef]] = {}
        for g in gemeenten:
            self._by_fold.setdefault(fold(g.naam), []).append(g)
            base = fold(_base(g.naam))
            if base != fold(g.naam):
                self._by_base.setdefault(base, []).append(g)
        # Built-in mergers for gemeenten the store does not (or no longer) know.
        self._builtin = {h.code: h for h in herindelingen if h.code not in self._by_code}
        self._builtin_by_fold: dict[str, list[Herindeling]] = {}
        for h in self._builtin.values():
            self._builtin_by_fold.setdefault(fold(h.naam), []).append(h)

    # --- public -------------------------------------------------------------------------
    def match(self, code: str | None = None, name: str | None = None, on: dt.date | None = None) -> Match:
        """The gemeente meant by ``code`` (preferred) or ``name``, valid on date ``on``."""
        if code and code.strip():
            normal = normalize_gemeente_code(code)
            if normal is None:
                return Match(MatchStatus.UNKNOWN)
            return self._by_code_match(normal, on)
        if name and name.strip():
            return self._by_name(name, on)
        return Match(MatchStatus.UNKNOWN)

    def current(self, code: str) -> GemeenteRef | None:
        return self._by_code.get(code)

    # --- internals ----------------------------------------------------------------------
    def _by_code_match(self, code: str, on: dt.date | None) -> Match:
        ref = self._by_code.get(code)
        if ref is not None:
            return self._follow(ref, on)
        merger = self._builtin.get(code)
        if merger is not None:
            return self._follow_builtin(merger, on)
        return Match(MatchStatus.UNKNOWN)

    def _follow(self, ref: GemeenteRef, on: dt.date | None, original: str | None = None) -> Match:
        seen = set()
        current = ref
        while (
            current.geldig_tot is not None
            and current.opvolger_code
            and (on is None or on >= current.geldig_tot)
            and current.code not in seen
        ):
            seen.add(current.code)
            original = original or current.naam
            successor = self._by_code.get(current.opvolger_code)
            if successor is None:
                break
            current = successor
        if original is not None:
            return Match(MatchStatus.MERGED, current.code, current.naam, original)
        return Match(MatchStatus.MATCHED, current.code, current.naam)

    def _follow_builtin(self, merger: Herindeling, on: dt.date | None) -> Match:
        successor = self._by_code.get(merger.opvolger)
        if successor is None:
            nested = self._builtin.get(merger.opvolger)
            if nested is None:
                return Match(MatchStatus.UNKNOWN)
            result = self._follow_builtin(nested, on)
            return Match(result.status, result.code, result.naam, merger.naam) if result.ok else result
        return self._follow(successor, on, original=merger.naam)

    def _unique(self, refs: list[GemeenteRef], on: dt.date | None) -> Match:
        if len(refs) == 1:
            return self._follow(refs[0], on)
        # Several with this name: prefer the only one still valid on the date.
        valid = [r for r in refs if r.geldig_tot is None or (on is not None and on < r.geldig_tot)]
        if len(valid) == 1:
            return self._follow(valid[0], on)
        return Match(MatchStatus.AMBIGUOUS, candidates=tuple(sorted(r.naam for r in refs)))

    def _by_name(self, name: str, on: dt.date | None) -> Match:
        key = fold(name)
        if not key:
            return Match(MatchStatus.UNKNOWN)
        if key in self._by_fold:
            return self._unique(self._by_fold[key], on)
        alias = GEMEENTE_ALIASES.get(key)
        if alias is not None and fold(alias) in self._by_fold:
            return self._unique(self._by_fold[fold(alias)], on)
        # A province hint after the name: "Bergen (Limburg)", "Hengelo Ov".
        hinted = self._with_hint(name, on)
        if hinted is not None:
            return hinted
        # The name without its CBS suffix: "Hengelo" -> Hengelo (O.), "Bergen" -> ambiguous.
        if key in self._by_base:
            return self._unique(self._by_base[key], on)
        if key in self._builtin_by_fold:
            mergers = self._builtin_by_fold[key]
            if len(mergers) == 1:
                return self._follow_builtin(mergers[0], on)
            return Match(MatchStatus.AMBIGUOUS, candidates=tuple(sorted(m.naam for m in mergers)))
        return Match(MatchStatus.UNKNOWN)

    def _with_hint(self, name: str, on: dt.date | None) -> Match | None:
        text = name.strip()
        paren = _PAREN.search(text)
        if paren:
            base, hint = text[: paren.start()], paren.group(1)
        else:
            word = _TRAILING_WORD.match(text)
            if not word:
                return None
            base, hint = word.group(1), word.group(2)
        province = PROVINCE_HINTS.get(fold(hint))
        if province is None:
            return None
        base_key = fold(base)
        refs = self._by_base.get(base_key, []) + self._by_fold.get(base_key, [])
        fitting = [r for r in refs if r.provincie == province]
        if len(fitting) == 1:
            return self._follow(fitting[0], on)
        return None
