"""The "uitvraag": a workbook in which gemeenten report their realisation for one opgave.

``write_uitvraag(store, provincie_id, periode, categorie, path, gemeente_code=None)`` writes
one gemeente's file (``gemeente_code``) or one for all gemeenten of the province.

File format, version 1 (the importer reads it back; keep it stable):

* Sheet **Realisatie** (the first sheet):

  - rows 1–5: title block (title, ``Provincie: …``, ``Periode: …``, instructions, legend);
  - row 7 (:data:`HEADER_ROW`): exactly the headers of :data:`HEADER`, columns A–E:
    ``CBS-code | Gemeente | Peildatum | Gerealiseerd | Toelichting``;
  - from row 8 (:data:`FIRST_ROW`) one row per gemeente, sorted by name, until the first
    row with an empty CBS-code. CBS-code (``GMxxxx``) and Gemeente are filled in and locked;
    Peildatum (a date within the period), Gerealiseerd (a whole number ≥ 0) and Toelichting
    (text, at most :data:`MAX_TOELICHTING` characters) are the light-yellow input cells, with
    data validation. A reader should find the header row by the text ``CBS-code`` in column A
    rather than trust the row number.
  - The sheet is protected without a password (against accidental edits only); the
    workbook's structure is protected too (no password), so sheets cannot be added, renamed
    or unhidden.

* Hidden sheet **regietafel_uitvraag** (:data:`META_SHEET`): key/value pairs in columns A/B
  from row 1: ``soort`` (always ``uitvraag``), ``versie`` (:data:`FORMAT_VERSION`),
  ``categorie``, ``periode``, ``provincie_code``, ``provincie``, ``gemeente_code`` (empty for
  a province-wide file), ``telwijze`` (``stand``: places in use on the peildatum; ``stroom``:
  persons housed in the period up to the peildatum, summed over the period), ``blad``,
  ``kopregel``, ``eerste_rij``, ``aangemaakt`` (ISO date-time).
* Custom document property **regietafel_uitvraag** with
  ``versie=1;categorie=…;periode=…;provincie=PVxx;gemeente=…``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Protection
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from regietafel.documents import xlsx_style as st
from regietafel.documents.xlsx_texts import text
from regietafel.domain.formatting import format_date
from regietafel.domain.periods import HalfYear
from regietafel.fileio import atomic_path
from regietafel.store.overview import CATEGORIES
from regietafel.store.worksheet import FLOW_CATEGORIES

if TYPE_CHECKING:  # types only: the store's data modules are not imported to render
    from regietafel.store.document_data import UitvraagData

FORMAT_VERSION = 1
SHEET = "Realisatie"
META_SHEET = "regietafel_uitvraag"
META_PROPERTY = "regietafel_uitvraag"
HEADER = ("CBS-code", "Gemeente", "Peildatum", "Gerealiseerd", "Toelichting")
HEADER_ROW = 7
FIRST_ROW = 8
INPUT_COLUMNS = ("C", "D", "E")
MAX_TOELICHTING = 500
UNLOCKED = Protection(locked=False)


def write_uitvraag(data: UitvraagData, categorie: str, path: Path) -> None:
    """Write an uitvraag workbook for ``categorie`` (one of CATEGORIES) to ``path`` (.xlsx), atomically."""
    if categorie not in CATEGORIES:
        raise ValueError(f"onbekende categorie {categorie!r}; kies uit {', '.join(CATEGORIES)}")
    half = HalfYear.parse(data.periode)
    telwijze = "stroom" if categorie in FLOW_CATEGORIES else "stand"
    titel = text(f"title.{categorie}")
    title = text("uitvraag.title", titel=titel)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    _intro(ws, title, data.provincie, half, telwijze)
    st.header_row(ws, HEADER_ROW, HEADER)
    _input_rows(ws, data.gemeenten)
    if data.gemeenten:
        _validations(ws, half, FIRST_ROW + len(data.gemeenten) - 1)
    st.set_widths(ws, [11, max(16, st.text_width(g.naam for g in data.gemeenten)), 13, 14, 60])
    ws.freeze_panes = f"C{FIRST_ROW}"
    st.print_setup(ws, landscape=False, title_rows=f"{HEADER_ROW}:{HEADER_ROW}", header=title,
                   footer=text("footer", provincie=data.provincie, periode=half.code))
    ws.protection.sheet = True  # no password: against accidental edits only
    ws.protection.formatColumns = False  # the gemeente may still widen columns and rows
    ws.protection.formatRows = False
    wb.security = WorkbookProtection(lockStructure=True)
    gemeente = data.gemeenten[0].code if data.gemeente_code is not None else ""
    _metadata(wb, data, categorie, half, telwijze, gemeente, title, titel)
    wb.active = 0
    ws.sheet_view.tabSelected = True
    with atomic_path(path) as temporary:
        wb.save(temporary)


def _intro(ws, title: str, provincie: str, half: HalfYear, telwijze: str) -> None:
    """Title, province, period and what to fill in, above the table."""
    st.title_block(ws, [
        (title, st.TITLE_FONT),
        (text("uitvraag.provincie", provincie=provincie), st.BOLD),
        (text("uitvraag.periode", periode=half.code, begin=format_date(half.begin), eind=format_date(half.end)), st.BOLD),
        (text(f"uitvraag.instructie.{telwijze}"), None),
    ])
    ws.merge_cells("A4:E4")
    ws["A4"].alignment = st.WRAP_TOP
    ws.row_dimensions[4].height = 62
    ws["A5"].fill = st.INPUT_FILL
    ws["A5"].border = st.HEADER_BORDER
    st.write_text(ws["B5"], text("uitvraag.legend") + " " + text("uitvraag.protection")).font = st.NOTE_FONT


def _input_rows(ws, gemeenten) -> None:
    """One row per gemeente: code and name fixed, the input cells unlocked and coloured."""
    for r, gemeente in enumerate(gemeenten, start=FIRST_ROW):
        st.write_text(ws.cell(r, 1), gemeente.code)
        st.write_text(ws.cell(r, 2), gemeente.naam)
        st.write_date(ws.cell(r, 3), None)
        st.write_number(ws.cell(r, 4), None)
        ws.cell(r, 5).number_format = "@"  # typed text stays text, even "=..."
        st.style(ws.cell(r, 5), alignment=st.WRAP_TOP)
        for column in INPUT_COLUMNS:
            st.style(ws[f"{column}{r}"], protection=UNLOCKED, fill=st.INPUT_FILL, border=st.INPUT_BORDER)


def _validations(ws, half: HalfYear, last: int) -> None:
    """Excel refuses what the importer would refuse: a date outside the half-year, a negative or
    broken number, a note longer than the importer keeps."""
    begin, eind = format_date(half.begin), format_date(half.end)
    aantal = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, errorStyle="stop",
                            errorTitle=text("uitvraag.error.aantal.title"), error=text("uitvraag.error.aantal"),
                            showInputMessage=True, prompt=text("uitvraag.prompt.aantal"))
    datum = DataValidation(type="date", operator="between", formula1=str(int(to_excel(half.begin))),
                           formula2=str(int(to_excel(half.end))), allow_blank=True, showErrorMessage=True,
                           errorStyle="stop", errorTitle=text("uitvraag.error.datum.title"),
                           error=text("uitvraag.error.datum", begin=begin, eind=eind),
                           showInputMessage=True, prompt=text("uitvraag.prompt.datum", eind=eind))
    toelichting = DataValidation(type="textLength", operator="lessThanOrEqual", formula1=str(MAX_TOELICHTING),
                                 allow_blank=True, showErrorMessage=True,
                                 errorTitle=text("uitvraag.error.tekst.title"),
                                 error=text("uitvraag.error.tekst", max=MAX_TOELICHTING))
    for validation, column in ((datum, "C"), (aantal, "D"), (toelichting, "E")):
        validation.add(f"{column}{FIRST_ROW}:{column}{last}")
        ws.add_data_validation(validation)


def _metadata(wb, data: UitvraagData, categorie: str, half: HalfYear, telwijze: str, gemeente: str,
              title: str, titel: str) -> None:
    """What the importer recognises the file by: a hidden sheet and a custom property."""
    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    created = dt.datetime.now().replace(microsecond=0)
    pairs = [
        ("soort", "uitvraag"), ("versie", FORMAT_VERSION), ("categorie", categorie), ("periode", half.code),
        ("provincie_code", data.provincie_code), ("provincie", data.provincie), ("gemeente_code", gemeente),
        ("telwijze", telwijze), ("blad", SHEET), ("kopregel", HEADER_ROW), ("eerste_rij", FIRST_ROW),
        ("aangemaakt", created.isoformat()),
    ]
    for r, (key, value) in enumerate(pairs, start=1):
        st.write_text(meta.cell(r, 1), key)
        if isinstance(value, int):
            meta.cell(r, 2).value = value
        else:
            st.write_text(meta.cell(r, 2), value)
    meta.protection.sheet = True
    props = wb.properties
    props.title = f"{title} · {data.provincie} · {half.code}"
    props.creator = props.lastModifiedBy = "Regietafel"
    props.subject = titel
    props.language = text("language")
    props.created = props.modified = created
    wb.custom_doc_props.append(StringProperty(
        name=META_PROPERTY,
        value=f"versie={FORMAT_VERSION};categorie={categorie};periode={half.code};provincie={data.provincie_code};"
              f"gemeente={gemeente}",
    ))
