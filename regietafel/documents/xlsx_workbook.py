"""The workbook the secretariat sends to the gemeenten after a meeting: one province, one period.

``write_workbook(data, path)`` writes (``data`` from :func:`regietafel.store.document_data.collect_workbook_data`), in this order:

* **Overzicht** — all opgaven per gemeente side by side. Rows 1–4 title block, row 5 the
  opgave names (merged over their columns), row 6 the column headers, gemeenten from row 7
  (sorted by name), then a ``Totaal`` row. Columns: CBS-code, Gemeente, Regio, then per
  opgave that exists Opgave, Gerealiseerd, Nog te realiseren (and Status for Huisvesting).
  Opgave and Gerealiseerd refer to the opgave's own sheet (``='Opvang'!F6``), so an edit
  there shows up here; the gap and the totals are formulas.
* **one sheet per opgave** (Opvang, Huisvesting, AMV COA, AMV Nidos, Oekraïne; only those
  that exist). Rows 1–4 title block (title, version status, what "gerealiseerd" means, a
  note on formulas), row 5 headers, gemeenten from row 6, ``Totaal`` row below. Columns:
  CBS-code, Gemeente, Regio, Sleutel, Quotum, Opgave (Huisvesting: Taakstelling, Overloop
  vorig halfjaar, Gecorrigeerde taakstelling ``=F+G``), Gerealiseerd, Nog te realiseren
  ``=IF(gerealiseerd="","",opgave-gerealiseerd)``, % gerealiseerd
  ``=IF(OR(opgave=0,gerealiseerd=""),"",gerealiseerd/opgave)``, (Huisvesting: Status, a
  formula with the province's toezicht thresholds), Toelichting (the rounding/constraint of
  that gemeente). Opgave and gerealiseerd are the application's numbers as plain values;
  every total is ``=SUM(...)`` over all gemeente rows.
* **Verantwoording** — per opgave the version (concept / vastgesteld with date), its
  toelichting and the full verantwoording text of the verdeling (key, peildatum, method,
  constraints, ties, exchanges), in a fixed-width font so its tables line up.

Every sheet: frozen headers, autofilter on the gemeente rows, A4 landscape fitted to the page
width with the header rows repeated, page numbers. Text from the database always goes
through :func:`~regietafel.documents.xlsx_style.write_text` (never a formula).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Border, Font
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet as Sheet

from regietafel.documents import xlsx_style as st
from regietafel.documents.xlsx_texts import text
from regietafel.domain.formatting import format_date
from regietafel.fileio import atomic_path

if TYPE_CHECKING:  # types only: the store's data modules are not imported to render
    from regietafel.store.document_data import VersionInfo, WorkbookData
    from regietafel.store.overview import OverviewRow
    from regietafel.store.worksheet import Worksheet, WorksheetRow

# Layout of an opgave sheet
HEADER_ROW = 5
FIRST_ROW = 6
# Layout of the Overzicht sheet
OVERVIEW_GROUP_ROW = 5
OVERVIEW_HEADER_ROW = 6
OVERVIEW_FIRST_ROW = 7

NUMBER_WIDTH = 12.0
ONE_PAGE_ROWS = 60  # up to this many gemeenten an opgave sheet prints on one page


def _cell(ws: Sheet, letters: str, row: int):
    """The cell in column ``letters`` of ``row`` (quicker than parsing a coordinate: thousands a workbook)."""
    return ws.cell(row, column_index_from_string(letters))


def version_line(info: VersionInfo) -> str:
    if info.status == "concept":
        return text("version.concept", versie=info.versie)
    if info.vastgesteld_op is None:
        return text("version.vastgesteld_zonder_datum", versie=info.versie)
    return text("version.vastgesteld", versie=info.versie, datum=format_date(info.vastgesteld_op))


def _number(value: Fraction | int) -> int | float:
    value = Fraction(value)
    return int(value) if value.denominator == 1 else float(value)


def _sorted_rows(sheet: Worksheet) -> list[WorksheetRow]:
    return sorted(sheet.rows, key=lambda r: (r.naam, r.code))


def _columns(categorie: str, official: bool = False) -> list[str]:
    """The columns of an opgave sheet; with official figures the computation beside them."""
    middle = ["taakstelling", "overloop", "gecorrigeerd"] if categorie == "huisvesting" else ["opgave"]
    if official:
        middle.insert(1, "berekend")
    tail = ["status"] if categorie == "huisvesting" else []
    return ["code", "gemeente", "regio", "sleutel", "quotum", *middle, "gerealiseerd", "nog", "percentage", *tail,
            "toelichting"]


def status_formula(sheet: Worksheet, row: WorksheetRow, realised: str, target: str) -> str:
    """The province's supervision rule as a formula, so the status follows an edited realisation:
    the realisation drawn on to the half-year's end when the status is a forecast, and red
    wherever the repeatedly-behind criterion applies to a gemeente that is not green."""
    rule = sheet.policy
    factor = sheet.projection
    got = f"N({realised})" if factor == 1 else f"N({realised})*{factor.numerator}/{factor.denominator}"
    green, orange, red = (text(f"status.{s}") for s in ("groen", "oranje", "rood"))
    behind = f'"{red}"' if rule.herhaald and row.behind + 1 >= rule.herhaald else \
        f'IF(100*{got}>={rule.rood}*{target},"{orange}","{red}")'
    return f'=IF(OR({target}<=0,{got}>={target},100*{got}>={rule.oranje}*{target}),"{green}",{behind})'


@dataclass
class SheetRefs:
    """Where an opgave sheet keeps what the Overzicht refers to."""

    title: str
    rows: dict[str, int]  # CBS code -> row
    opgave: str  # column letters
    realised: str
    status: str | None


def _print_and_view(ws: Sheet, data: WorkbookData, header_row: int, first_row: int, last_row: int, last_col: int,
                    freeze: str, title_rows: str, header: str, one_page: bool = False) -> None:
    ws.freeze_panes = freeze
    if last_row >= first_row:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(last_col)}{last_row}"
    concept = f" · {text('concept')}" if data.overview.concept else ""
    st.print_setup(ws, landscape=True, title_rows=title_rows, header=header + concept,
                   footer=text("footer", provincie=data.provincie, periode=data.periode), fit_height=one_page)


def _opgave_sheet(wb: Workbook, data: WorkbookData, categorie: str) -> SheetRefs:
    sheet = data.overview.worksheets[categorie]
    ws = wb.create_sheet(text(f"sheet.{categorie}"))
    title = text("title", titel=text(f"title.{categorie}"), provincie=data.provincie, periode=data.periode)
    _opgave_title(ws, data, categorie, title)
    columns = _columns(categorie, sheet.has_official)
    col = {name: get_column_letter(i + 1) for i, name in enumerate(columns)}
    labels = [text("col.status_forecast" if name == "status" and sheet.forecast else f"col.{name}") for name in columns]
    st.header_row(ws, HEADER_ROW, labels)
    ws.row_dimensions[HEADER_ROW].height = 32

    rows = _sorted_rows(sheet)
    last = FIRST_ROW + len(rows) - 1
    opgave = col["gecorrigeerd"] if categorie == "huisvesting" else col["opgave"]
    realised = col["gerealiseerd"]
    refs: dict[str, int] = {}
    for r, row in enumerate(rows, start=FIRST_ROW):
        refs[row.code] = r
        _gemeente_row(ws, col, r, row, sheet, categorie, (opgave, realised))
    _opgave_totals(ws, col, last, (opgave, realised))
    st.total_style(ws, last + 1, 1, len(columns))

    if categorie == "huisvesting" and rows:
        _status_colours(ws, f"{col['status']}{FIRST_ROW}:{col['status']}{last}")

    widths = _opgave_widths(ws, col, sheet, rows, last)
    st.set_widths(ws, [widths.get(name, NUMBER_WIDTH) for name in columns])
    _wrap_notes(ws, (3, 4), [widths.get(name, NUMBER_WIDTH) for name in columns])
    for r in range(FIRST_ROW, last + 1):  # a long account (an official figure's source) wraps in its row
        _fit_height(ws, r, _cell(ws, col["toelichting"], r).value, widths["toelichting"])
    _print_and_view(ws, data, HEADER_ROW, FIRST_ROW, last, len(columns), f"C{FIRST_ROW}", f"{HEADER_ROW}:{HEADER_ROW}",
                    title, one_page=len(rows) <= ONE_PAGE_ROWS)
    return SheetRefs(ws.title, refs, opgave, realised, col.get("status"))


def _opgave_title(ws: Sheet, data: WorkbookData, categorie: str, title: str) -> None:
    """Title, version, sources and notes above an opgave's table."""
    sheet = data.overview.worksheets[categorie]
    info = data.versions[categorie]
    notes = " ".join(filter(None, [text("stand_per", datum=format_date(data.stand_per)), text("formulas"),
                                   sheet.status_rule]))
    # Estimates and demo figures are labelled on the sheet that uses them, not only elsewhere.
    relation = " ".join(filter(None, [text(f"relation.{categorie}"), info.source, *sheet.estimates]))
    st.title_block(ws, [
        (f"{title} · {text('stand_short', datum=format_date(data.stand_per))}", st.TITLE_FONT),
        (version_line(info), Font(bold=True, color="C00000" if info.status == "concept" else "000000")),
        (relation, Font(size=9, bold=True, color="C00000") if sheet.estimates else st.NOTE_FONT),
        (notes, st.NOTE_FONT),
    ])


def _gemeente_row(ws: Sheet, col: dict[str, str], r: int, row: WorksheetRow, sheet: Worksheet, categorie: str,
                  targets: tuple[str, str]) -> None:
    """One gemeente's row: its numbers as values, what follows from them as live formulas."""
    opgave, realised = targets

    def cell(name: str):
        return _cell(ws, col[name], r)

    st.write_text(cell("code"), row.code)
    st.write_text(cell("gemeente"), row.naam)
    st.write_text(cell("regio"), row.regio)
    st.write_number(cell("sleutel"), _number(row.key), st.INT_FORMAT if row.key.denominator == 1 else st.DECIMAL_FORMAT)
    st.write_number(cell("quotum"), _number(row.quota), st.DECIMAL_FORMAT)
    if "berekend" in col:
        st.write_number(cell("berekend"), row.computed)
    if categorie == "huisvesting":
        st.write_number(cell("taakstelling"), row.assigned)
        st.write_number(cell("overloop"), row.carried)
        st.write_formula(cell("gecorrigeerd"), f"={col['taakstelling']}{r}+{col['overloop']}{r}")
    else:
        st.write_number(cell("opgave"), row.assigned)
    st.write_number(cell("gerealiseerd"), row.realised)
    st.write_formula(cell("nog"), f'=IF({realised}{r}="","",{opgave}{r}-{realised}{r})')
    st.write_formula(cell("percentage"), f'=IF(OR({opgave}{r}=0,{realised}{r}=""),"",{realised}{r}/{opgave}{r})',
                     st.PERCENT_FORMAT)
    if categorie == "huisvesting":
        st.write_formula(cell("status"), status_formula(sheet, row, f"{realised}{r}", f"{opgave}{r}"), "General")
        st.style(cell("status"), alignment=st.CENTERED)
    account = row.account
    if row.exchanged:
        account = "; ".join(filter(None, [account, text("exchanged", aantal=f"{row.exchanged:+d}")]))
    st.style(st.write_text(cell("toelichting"), account), alignment=st.ACCOUNT_ALIGNMENT)


def _opgave_totals(ws: Sheet, col: dict[str, str], last: int, targets: tuple[str, str]) -> None:
    """The totals row: formulas over every gemeente row."""
    opgave, realised = targets
    total_row = last + 1
    st.write_text(_cell(ws, col["gemeente"], total_row), text("total"))

    def rng(name: str) -> str:
        return f"{col[name]}{FIRST_ROW}:{col[name]}{last}"

    for name in ("sleutel", "quotum", "taakstelling", "berekend", "overloop", "gecorrigeerd", "opgave"):
        if name in col:
            fmt = st.DECIMAL_FORMAT if name == "quotum" else _cell(ws, col[name], FIRST_ROW).number_format
            st.write_formula(_cell(ws, col[name], total_row), f"=SUM({rng(name)})", fmt)
    for name in ("gerealiseerd", "nog"):
        st.write_formula(_cell(ws, col[name], total_row), f'=IF(COUNT({rng(name)})=0,"",SUM({rng(name)}))')
    st.write_formula(_cell(ws, col["percentage"], total_row),
                     f'=IF(OR({opgave}{total_row}=0,{realised}{total_row}=""),"",{realised}{total_row}/{opgave}{total_row})',
                     st.PERCENT_FORMAT)


def _opgave_widths(ws: Sheet, col: dict[str, str], sheet: Worksheet, rows: list[WorksheetRow], last: int) -> dict[str, float]:
    """Column widths from the texts they hold (the account column capped)."""
    return {
        "code": 10, "status": 12 if sheet.forecast else 9, "gemeente": max(14, st.text_width(r.naam for r in rows)),
        "regio": max(10, st.text_width(r.regio for r in rows)), "sleutel": 11, "quotum": 11,
        "overloop": 14, "gecorrigeerd": 14, "percentage": 13,
        "toelichting": min(60, max(14, st.text_width(_cell(ws, col["toelichting"], r).value for r in range(FIRST_ROW, last + 1)))),
    }


def _wrap_notes(ws: Sheet, rows: tuple[int, ...], widths: list[float]) -> None:
    """Long notes (estimates, the supervision rule, stand per) wrap within the table's width, so
    they neither run off the page nor shrink the print to fit them."""
    characters = sum(widths)
    for row in rows:
        cell = ws.cell(row, 1)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        cell.alignment = st.WRAP_TOP
        _fit_height(ws, row, cell.value, characters)


def _fit_height(ws: Sheet, row: int, text: object, characters: float) -> None:
    """Room for ``text`` wrapped in ``characters`` (Excel width units); one line keeps the default."""
    lines = -(-len(str(text or "")) // max(1, int(characters * 0.9)))
    if lines > 1:
        ws.row_dimensions[row].height = 13 * lines


def _overview_sheet(ws: Sheet, data: WorkbookData, refs: dict[str, SheetRefs]) -> None:
    ws.title = text("sheet.overzicht")
    title = text("overzicht.title", provincie=data.provincie, periode=data.periode)
    concept = data.overview.concept
    st.title_block(ws, [
        (f"{title} · {text('stand_short', datum=format_date(data.stand_per))}", st.TITLE_FONT),
        (text("overzicht.concept" if concept else "overzicht.vastgesteld"),
         Font(bold=True, color="C00000" if concept else "000000")),
        (text("relation.overzicht"), st.NOTE_FONT),
        (text("formulas") + " " + text("made", datum=format_date(data.made)), st.NOTE_FONT),
    ])
    rows = data.overview.rows
    last = OVERVIEW_FIRST_ROW + len(rows) - 1
    total_row = last + 1
    st.header_row(ws, OVERVIEW_HEADER_ROW, [text("col.code"), text("col.gemeente"), text("col.regio")])
    column = 4
    groups: list[tuple[str, int, int]] = []  # categorie, first, last column
    for categorie in data.categories:
        ref = refs[categorie]
        names = ["gecorrigeerd" if categorie == "huisvesting" else "opgave", "gerealiseerd", "nog"]
        if ref.status:
            names.append("status")
        st.header_row(ws, OVERVIEW_HEADER_ROW, [text(f"col.{n}") for n in names], column)
        group = st.write_text(ws.cell(OVERVIEW_GROUP_ROW, column), text(f"sheet.{categorie}"))
        st.style(group, font=st.BOLD, fill=st.GROUP_FILL, alignment=st.CENTERED)
        if len(names) > 1:
            ws.merge_cells(start_row=OVERVIEW_GROUP_ROW, start_column=column, end_row=OVERVIEW_GROUP_ROW,
                           end_column=column + len(names) - 1)
        _overview_links(ws, ref, rows, column)
        groups.append((categorie, column, column + len(names) - 1))
        column += len(names)
    last_col = column - 1
    for r, row in enumerate(rows, start=OVERVIEW_FIRST_ROW):
        st.write_text(ws.cell(r, 1), row.code)
        st.write_text(ws.cell(r, 2), row.naam)
        st.write_text(ws.cell(r, 3), row.regio)
    st.write_text(ws.cell(total_row, 2), text("total"))
    st.total_style(ws, total_row, 1, last_col)
    for c in range(1, 4):  # the fixed columns span both header rows
        st.style(ws.cell(OVERVIEW_GROUP_ROW, c), fill=st.HEADER_FILL)
    ws.row_dimensions[OVERVIEW_HEADER_ROW].height = 30
    _group_edges(ws, [first for _categorie, first, _end in groups], total_row)
    widths = [10, max(14, st.text_width(r.naam for r in rows)), max(10, st.text_width(r.regio for r in rows))]
    for categorie, first, end in groups:
        widths += [13 if categorie == "huisvesting" else 11, 12, 11, 9][: end - first + 1]
    st.set_widths(ws, widths)
    _print_and_view(ws, data, OVERVIEW_HEADER_ROW, OVERVIEW_FIRST_ROW, last, last_col, f"D{OVERVIEW_FIRST_ROW}",
                    f"{OVERVIEW_GROUP_ROW}:{OVERVIEW_HEADER_ROW}", title)


def _overview_links(ws: Sheet, ref: SheetRefs, rows: list[OverviewRow], column: int) -> None:
    """One opgave's columns from ``column`` on: per gemeente formulas that refer to its own sheet
    (so an edit there shows up here), the gap, and the totals below."""
    last = OVERVIEW_FIRST_ROW + len(rows) - 1
    o, g, n = (get_column_letter(column + i) for i in range(3))
    for r, row in enumerate(rows, start=OVERVIEW_FIRST_ROW):
        source = ref.rows.get(row.code)
        if source is None:  # this gemeente is not in that opgave
            continue
        opgave_ref = st.sheet_ref(ref.title, f"{ref.opgave}{source}")
        realised_ref = st.sheet_ref(ref.title, f"{ref.realised}{source}")
        st.write_formula(_cell(ws, o, r), f"={opgave_ref}")
        st.write_formula(_cell(ws, g, r), f'=IF({realised_ref}="","",{realised_ref})')
        st.write_formula(_cell(ws, n, r), f'=IF({g}{r}="","",{o}{r}-{g}{r})')
        if ref.status:
            status = ws.cell(r, column + 3)
            st.write_formula(status, "=" + st.sheet_ref(ref.title, f"{ref.status}{source}"), "General")
            st.style(status, alignment=st.CENTERED)
    st.write_formula(_cell(ws, o, last + 1), f"=SUM({o}{OVERVIEW_FIRST_ROW}:{o}{last})")
    for letter in (g, n):
        span = f"{letter}{OVERVIEW_FIRST_ROW}:{letter}{last}"
        st.write_formula(_cell(ws, letter, last + 1), f'=IF(COUNT({span})=0,"",SUM({span}))')
    if ref.status and rows:
        status_letter = get_column_letter(column + 3)
        _status_colours(ws, f"{status_letter}{OVERVIEW_FIRST_ROW}:{status_letter}{last}")


def _status_colours(ws: Sheet, target: str) -> None:
    """Green, orange and red fills on ``target`` by the status text, also after an edit."""
    for status, fill in st.STATUS_FILLS.items():
        ws.conditional_formatting.add(target, CellIsRule(operator="equal", formula=[f'"{text(f"status.{status}")}"'],
                                                         fill=fill))


def _group_edges(ws: Sheet, columns: list[int], last_row: int) -> None:
    """A line left of each opgave's first column, keeping the cells' own top and bottom lines."""
    edges: dict[tuple[object, object], Border] = {}  # one bordered variant per top and bottom line
    for column in columns:
        for r in range(OVERVIEW_GROUP_ROW, last_row + 1):
            cell = ws.cell(r, column)
            sides = (cell.border.top, cell.border.bottom)
            if sides not in edges:
                edges[sides] = Border(left=st.THIN, top=sides[0], bottom=sides[1])
            st.style(cell, border=edges[sides])


_GEMEENTE_LINE = re.compile(r"^(GM\d{4}) ")


def province_lines(verantwoording: str, codes: frozenset[str]) -> tuple[list[str], int]:
    """The verantwoording's lines without the table rows of gemeenten outside the province
    (huisvesting is computed over all of the Netherlands); also how many rows were left out."""
    kept, dropped = [], 0
    for line in verantwoording.splitlines():
        match = _GEMEENTE_LINE.match(line)
        if match and match.group(1) not in codes:
            dropped += 1
        else:
            kept.append(line)
    return kept, dropped


def _verantwoording_sheet(wb: Workbook, data: WorkbookData) -> None:
    ws = wb.create_sheet(text("sheet.verantwoording"))
    title = text("verantwoording.title", provincie=data.provincie, periode=data.periode)
    row = st.title_block(ws, [(title, st.TITLE_FONT), (text("made", datum=format_date(data.made)), st.NOTE_FONT)]) + 1
    widest = 60
    for categorie in data.categories:
        info = data.versions[categorie]
        heading = st.write_text(ws.cell(row, 1), text(f"title.{categorie}"))
        heading.font = Font(bold=True, size=12)
        heading.fill = st.HEADER_FILL
        row += 1
        version = st.write_text(ws.cell(row, 1), version_line(info))
        version.font = Font(bold=True, color="C00000" if info.status == "concept" else "000000")
        row += 1
        if info.toelichting:
            st.write_text(ws.cell(row, 1), text("verantwoording.toelichting", tekst=info.toelichting))
            row += 1
        lines, dropped = province_lines(info.verantwoording, info.codes)
        if dropped:
            note = st.write_text(ws.cell(row, 1), text("verantwoording.landelijk", provincie=data.provincie, aantal=dropped))
            note.font = st.NOTE_FONT
            row += 1
        lines += [text("verantwoording.opmerking", tekst=n) for n in info.notes]
        for line in lines:
            if line:
                st.style(st.write_text(ws.cell(row, 1), line), font=st.MONO_FONT)
                widest = max(widest, len(line))
            row += 1
        row += 1
    ws.column_dimensions["A"].width = min(widest + 2, 250)
    st.print_setup(ws, landscape=True, title_rows=None, header=title, centered=False,
                   footer=text("footer", provincie=data.provincie, periode=data.periode))


def build_workbook(data: WorkbookData) -> Workbook:
    wb = Workbook()
    refs = {categorie: _opgave_sheet(wb, data, categorie) for categorie in data.categories}
    _overview_sheet(wb.active, data, refs)  # the first sheet, made last: it refers to the others
    _verantwoording_sheet(wb, data)
    wb.active = 0
    props = wb.properties
    props.title = text("overzicht.title", provincie=data.provincie, periode=data.periode)
    props.subject = ", ".join(text(f"title.{c}") for c in data.categories)
    props.creator = props.lastModifiedBy = "Regietafel"
    props.keywords = f"Regietafel; {data.provincie}; {data.periode}"
    props.language = text("language")
    props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    wb.custom_doc_props.append(StringProperty(name="regietafel_export", value=f"overzicht;{data.periode}"))
    wb.calculation.fullCalcOnLoad = True  # no cached values: let Excel/LibreOffice compute on opening
    return wb


def write_workbook(data: WorkbookData, path: Path) -> None:
    """Write the workbook of one province and period to ``path`` (.xlsx), atomically."""
    workbook = build_workbook(data)
    with atomic_path(path) as temporary:
        workbook.save(temporary)
