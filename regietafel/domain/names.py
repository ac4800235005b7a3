"""Matching names as people type them to names as CBS spells them.

CBS writes "Fryslân" and "'s-Gravenhage"; users type "Friesland" and "Den Haag". Matching
folds case, accents and punctuation, and knows the everyday aliases.
"""

from __future__ import annotations

import re
import unicodedata

# Everyday name -> CBS name. Keys are folded with :func:`fold`.
PROVINCE_ALIASES = {
    "friesland": "Fryslân",
    "fryslan": "Fryslân",
    "noordholland": "Noord-Holland",
    "zuidholland": "Zuid-Holland",
    "noordbrabant": "Noord-Brabant",
    "brabant": "Noord-Brabant",
}


def fold(name: str) -> str:
    """Lower-case, strip accents and everything that is not a letter or digit."""
    decomposed = unicodedata.normalize("NFKD", name)
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]", "", without_accents.casefold())


def match_province(typed: str, cbs_names: list[str]) -> str | None:
    """The CBS province name that ``typed`` means, or None."""
    by_fold = {fold(name): name for name in cbs_names}
    key = fold(typed)
    if key in by_fold:
        return by_fold[key]
    alias = PROVINCE_ALIASES.get(key)
    return alias if alias in cbs_names else None


_GEMEENTE_CODE = re.compile(r"^(?:GM)?0*(\d{1,4})$", re.IGNORECASE)


def normalize_gemeente_code(typed: str) -> str | None:
    """'GM0363', 'gm363', '0363' and '363' all mean GM0363; None when it is no code."""
    match = _GEMEENTE_CODE.match(typed.strip())
    return f"GM{int(match.group(1)):04d}" if match else None
