"""All opgaven of a province and period side by side: what the documents and the overview print.

``province_overview`` makes sure every opgave with a known total has a version (the first
concept is computed on demand, as the worksheets do) and returns the worksheets plus one row
per gemeente with opgave, realised, still to realise and status per category.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

from regietafel.store import versions
from regietafel.store.plain_session import is_plain
from regietafel.store.worksheet import (
    DEFAULT_THRESHOLDS,
    Worksheet,
    chosen_version,
    supervision_status,
    worksheet_of,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from regietafel.store.models import Verdeling

CATEGORIES = ("opvang", "huisvesting", "amv_coa", "amv_nidos", "oekraine")


@dataclass
class OverviewCell:
    opgave: int
    realised: int | None
    remaining: int | None  # opgave (incl. carry-over) minus realised; negative = ahead
    status: str = ""
    forecast: bool = False  # the status is a forecast (the half-year has not ended on the stand-per date)
    repeat: bool = False  # red by the province's repeatedly-behind criterion


@dataclass
class OverviewRow:
    code: str
    naam: str
    regio: str
    cells: dict[str, OverviewCell] = field(default_factory=dict)


@dataclass
class Overview:
    provincie_id: int
    periode: str
    worksheets: dict[str, Worksheet]
    rows: list[OverviewRow]
    stand_per: dt.date = field(default_factory=dt.date.today)  # every figure is as of this date

    @property
    def concept(self) -> bool:
        """True while any opgave in it is still concept (documents print a CONCEPT mark)."""
        return any(not sheet.read_only for sheet in self.worksheets.values())


def province_overview(session: Session, provincie_id: int, periode: str, regio_soort: str = "veiligheidsregio",
                      stand_per: dt.date | None = None) -> Overview:
    """All opgaven of a province and period, stand per ``stand_per`` (default: today)."""
    stand_per = stand_per or dt.date.today()
    # Every version first (one opgave's worksheet shows the amv part of another): the existing
    # ones, then a first concept where there is none. The chosen objects are kept here, so the
    # worksheets find them (and their loaded constraints) in the session instead of reading again.
    found = {categorie: versions.versions(session, categorie, periode, provincie_id) for categorie in CATEGORIES}
    chosen_versions = {categorie: chosen_version(found[categorie]) or _first_concept(
        session, categorie, periode, provincie_id) for categorie in CATEGORIES}
    sheets: dict[str, Worksheet] = {categorie: worksheet_of(session, chosen, regio_soort, stand_per)
                                    for categorie, chosen in chosen_versions.items() if chosen is not None}
    rows: dict[str, OverviewRow] = {}
    for categorie, sheet in sheets.items():
        for row in sheet.rows:
            target = rows.setdefault(row.code, OverviewRow(row.code, row.naam, row.regio))
            target.cells[categorie] = OverviewCell(row.target, row.realised, row.gap, row.status,
                                                   sheet.forecast and bool(row.status), row.repeat)
    return Overview(provincie_id, periode, sheets, sorted(rows.values(), key=lambda r: r.naam), stand_per)


def _first_concept(session: Session, categorie: str, periode: str, provincie_id: int) -> Verdeling | None:
    """A first concept where an opgave has none: stored (``distributions.ensure_version``), or on
    a plain session, which never writes, made in memory (``versions.first_concept``)."""
    if is_plain(session):
        return versions.first_concept(session, categorie, periode, provincie_id)
    from regietafel.store import distributions

    return distributions.ensure_version(session, categorie, periode, provincie_id)


# --- map values and subtotals ------------------------------------------------------------------
def cell_value(cell: OverviewCell | None, measure: str, limits: dict[str, int] = DEFAULT_THRESHOLDS):
    """One map value: percentage realised (float), places still to realise (int) or status."""
    if cell is None or cell.realised is None:
        return None
    if measure == "percentage":
        return 100.0 if cell.opgave <= 0 else float(Fraction(100 * cell.realised, cell.opgave))
    if measure == "gap":
        return cell.remaining
    if measure == "status":
        return cell.status or supervision_status(cell.opgave, cell.realised, limits)
    raise ValueError(measure)


def measure_values(overview: Overview, categorie: str, measure: str,
                   limits: dict[str, int] = DEFAULT_THRESHOLDS) -> dict[str, object]:
    """Per CBS gemeente code the value of ``measure`` for one opgave of an overview."""
    return {row.code: cell_value(row.cells.get(categorie), measure, limits) for row in overview.rows}


def sum_cells(cells: list[OverviewCell]) -> OverviewCell:
    realised = [c.realised for c in cells if c.realised is not None]
    remaining = [c.remaining for c in cells if c.remaining is not None]
    return OverviewCell(sum(c.opgave for c in cells), sum(realised) if realised else None,
                        sum(remaining) if remaining else None)


def regio_subtotals(overview: Overview) -> dict[str, dict[str, OverviewCell]]:
    """Per regio (as in the overview's regio column) the summed cells of every opgave."""
    groups: dict[str, dict[str, list[OverviewCell]]] = {}
    for row in overview.rows:
        group = groups.setdefault(row.regio, {})
        for categorie, cell in row.cells.items():
            group.setdefault(categorie, []).append(cell)
    return {regio: {cat: sum_cells(cells) for cat, cells in group.items()} for regio, group in sorted(groups.items())}
