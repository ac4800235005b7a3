"""Official figures per gemeente: what the Rijk or COA published, imported, that win over any
computation (domain brief: "official figures win").

* the taakstelling per gemeente of a half-year (``import --kind taakstelling``) and an opgave per
  gemeente (a Spreidingswet verdeelbesluit, ``import --kind opgave`` at gemeente level): both are
  ``Opgave`` rows at niveau ``gemeente``;
* the opening balance of the huisvesting carry-over (``import --kind beginstand``).

Each comes with its source (the imported file and the date of the import) for the verantwoording.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from regietafel.domain.sources import is_estimate
from regietafel.store.plain_session import is_plain, marks
from regietafel.store.session_memo import REFERENCE, memoized

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class OfficialFigure:
    aantal: int
    bron: str

    @property
    def estimate(self) -> bool:
        return is_estimate(self.bron)


def official_first(computed: dict[str, int], official: dict[str, OfficialFigure]) -> dict[str, int]:
    """Per gemeente the number to work from: the official figure where there is one, else the computation."""
    return {code: official[code].aantal if code in official else number for code, number in computed.items()}


def official_figures(session: Session, categorie: str, periode: str, codes: Iterable[str]) -> dict[str, OfficialFigure]:
    """The imported figure per gemeente (CBS code) of one opgave and period; the newest import wins."""
    wanted = set(codes)
    return {code: figure for code, figure in _official_figures(session, categorie, periode).items() if code in wanted}


def _official_figures(session: Session, categorie: str, periode: str) -> dict[str, OfficialFigure]:
    """Every gemeente's imported figure of an opgave and period (in import order, the newest
    wins): read once for all the provinces and worksheets that ask."""
    def load() -> dict[str, OfficialFigure]:
        return {code: OfficialFigure(aantal, bron or "") for code, aantal, bron in _official_rows(session, categorie, periode)}

    return memoized(session, REFERENCE, ("official_figures", categorie, periode), load)


def _official_rows(session: Session, categorie: str, periode: str) -> list[tuple[str, int, str | None]]:
    """(gemeente code, aantal, bron) of an opgave's figures per gemeente in a period, in import order."""
    if is_plain(session):
        return session.rows(
            "SELECT gemeente.code, opgave.aantal, opgave.bron FROM opgave "
            "JOIN gemeente ON gemeente.id = opgave.gemeente_id JOIN periode ON periode.id = opgave.periode_id "
            "WHERE opgave.categorie = ? AND opgave.niveau = 'gemeente' AND periode.code = ? ORDER BY opgave.id",
            [categorie, periode])
    from sqlalchemy import select

    from regietafel.store.models import Gemeente, Opgave, Periode

    return list(session.execute(
        select(Gemeente.code, Opgave.aantal, Opgave.bron).join(Gemeente, Gemeente.id == Opgave.gemeente_id)
        .join(Periode, Periode.id == Opgave.periode_id)
        .where(Opgave.categorie == categorie, Opgave.niveau == "gemeente", Periode.code == periode)
        .order_by(Opgave.id)
    ).all())


def opening_balances(session: Session, periodes: Iterable[str], codes: Iterable[str]) -> dict[str, dict[str, OfficialFigure]]:
    """Imported opening balances per period code, then per gemeente code."""
    result: dict[str, dict[str, OfficialFigure]] = {}
    for periode, code, aantal, bron in _opening_rows(session, list(periodes), list(codes)):
        result.setdefault(periode, {})[code] = OfficialFigure(aantal, bron or "")
    return result


def _opening_rows(session: Session, periodes: list[str], codes: list[str]) -> list[tuple[str, str, int, str | None]]:
    """(period code, gemeente code, aantal, bron) of the imported opening balances asked for."""
    if is_plain(session):
        return session.rows(
            "SELECT periode.code, gemeente.code, beginstand.aantal, beginstand.bron FROM beginstand "
            "JOIN gemeente ON gemeente.id = beginstand.gemeente_id JOIN periode ON periode.id = beginstand.periode_id "
            f"WHERE periode.code IN ({marks(periodes)}) AND gemeente.code IN ({marks(codes)})", [*periodes, *codes])
    from sqlalchemy import select

    from regietafel.store.models import Beginstand, Gemeente, Periode

    return list(session.execute(
        select(Periode.code, Gemeente.code, Beginstand.aantal, Beginstand.bron)
        .join(Gemeente, Gemeente.id == Beginstand.gemeente_id).join(Periode, Periode.id == Beginstand.periode_id)
        .where(Periode.code.in_(periodes), Gemeente.code.in_(codes))
    ).all())
