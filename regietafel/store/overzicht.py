"""All opgaven of a province and period side by side: what the documents and the overview print.

``province_overview`` makes sure every opgave with a known total has a version (the first
concept is computed on demand, as the worksheets do) and returns the worksheets plus one row
per gemeente with opgave, realised, still to realise and status per category.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from regietafel.store import verdelingen
from regietafel.store.werkblad import Worksheet, worksheet

CATEGORIES = ("opvang", "huisvesting", "amv_coa", "amv_nidos", "oekraine")


@dataclass
class OverviewCell:
    opgave: int
    realised: int | None
    remaining: int | None  # opgave (incl. carry-over) minus realised; negative = ahead
    status: str = ""


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

    @property
    def concept(self) -> bool:
        """True while any opgave in it is still concept (documents print a CONCEPT mark)."""
        return any(not sheet.read_only for sheet in self.worksheets.values())


def province_overview(session: Session, provincie_id: int, periode: str, regio_soort: str = "veiligheidsregio") -> Overview:
    sheets: dict[str, Worksheet] = {}
    for categorie in CATEGORIES:
        found = verdelingen.versions(session, categorie, periode, provincie_id)
        adopted = [v for v in found if v.status == "vastgesteld"]
        chosen = (adopted or found)[-1] if found else None
        if chosen is None:
            chosen = verdelingen.ensure_version(session, categorie, periode, provincie_id)
        if chosen is not None:
            sheets[categorie] = worksheet(session, chosen.id, regio_soort)
    rows: dict[str, OverviewRow] = {}
    for categorie, sheet in sheets.items():
        for row in sheet.rows:
            target = rows.setdefault(row.code, OverviewRow(row.code, row.naam, row.regio))
            target.cells[categorie] = OverviewCell(row.target, row.realised, row.gap, row.status)
    return Overview(provincie_id, periode, sheets, sorted(rows.values(), key=lambda r: r.naam))
