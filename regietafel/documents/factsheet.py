"""Factsheets: one A4 page per gemeente with all its opgaven, realisation and trend, for
handing to a wethouder. All gemeenten of a province in one PDF, one page each. Numbers come
from ``province_overview`` (the same rows the overview and the meeting pack print)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import KeepInFrame, PageBreak, Spacer

from regietafel.documents import pdf_texts
from regietafel.documents.meeting_pack import sort_name
from regietafel.documents.pack_sections import PART_OF, source_line
from regietafel.documents.pdf_canvas import SOURCES, RepeatedHeading, build, sparing_the_collector
from regietafel.documents.pdf_charts import category_chart, trend_chart
from regietafel.documents.pdf_map import MapFlowable, map_parts
from regietafel.documents.pdf_style import (
    FOOTER_HEIGHT,
    MARGIN,
    PORTRAIT,
    PageInfo,
    Paragraph,
    RepeatedParagraph,
    esc,
    frame_width,
    make_document,
    styles,
)
from regietafel.documents.pdf_tables import NUMBER, TEXT, data_table, fitted_widths, number
from regietafel.domain.formatting import format_date, format_int
from regietafel.domain.texts import t
from regietafel.fileio import atomic_write
from regietafel.store.overview import CATEGORIES

if TYPE_CHECKING:  # types only: the store's data modules are not imported to render
    from regietafel.store.document_data import DocumentData
    from regietafel.store.overview import OverviewRow

T = pdf_texts.text
C = pdf_texts.column


def _percentage(realised: int | None, opgave: int) -> str:
    if realised is None or opgave <= 0:
        return "–"
    return f"{round(100 * realised / opgave)}%"


class _Shared:
    """What the factsheets of one document have in common, made once: paragraphs with the same
    text (headings, opgave names, table headers, the subtitle of a regio), each province's lines
    on the basis of its numbers, and each province's map."""

    def __init__(self):
        self._paragraphs: dict[tuple[str, str], Paragraph] = {}
        self._maps: dict[str, tuple | None] = {}
        self._basis: dict[tuple[str, str], str] = {}

    def paragraph(self, markup: str, style: str) -> Paragraph:
        key = (markup, style)
        if key not in self._paragraphs:
            self._paragraphs[key] = RepeatedParagraph(markup, styles()[style])
        return self._paragraphs[key]

    def heading(self, markup: str, style: str, anchor: str) -> Paragraph:
        key = (markup, f"{style}#{anchor}")
        if key not in self._paragraphs:
            self._paragraphs[key] = RepeatedHeading(markup, styles()[style], anchor)
        return self._paragraphs[key]

    def basis(self, data: DocumentData, categorie: str) -> str:
        """The markup of an opgave's version, total, key, method and source (the same on every
        factsheet of the province)."""
        key = (data.provincie, categorie)
        if key not in self._basis:
            self._basis[key] = _basis_line(data.overview.worksheets[categorie], categorie)
        return self._basis[key]

    def map(self, data: DocumentData, code: str) -> MapFlowable | None:
        if data.provincie not in self._maps:
            self._maps[data.provincie] = map_parts(data.overview, "percentage", "opvang", data.provincie)
        parts = self._maps[data.provincie]
        return None if parts is None else MapFlowable(*parts, highlight=code, height=150, numbered_key=False)


def _page(data: DocumentData, row: OverviewRow, shared: _Shared) -> list:
    s = styles()
    para = shared.paragraph
    width = frame_width()
    categories = [c for c in CATEGORIES if c in row.cells]
    story: list = [
        Paragraph(esc(T("factsheet_title", gemeente=row.naam)), s["h1"]),
        para(esc(T("factsheet_subtitle", provincie=data.provincie, periode=data.periode,
                   datum=format_date(data.stand_per))) + (f" · {esc(row.regio)}" if row.regio else ""), "body"),
        Paragraph(esc(T("factsheet_intro", gemeente=row.naam, periode=data.periode)), s["small"]),
        Spacer(1, 4),
    ]
    rows = []
    for categorie in categories:
        c = row.cells[categorie]
        rows.append([para(esc(pdf_texts.opgave_name(categorie)), "cell"), number(c.opgave), number(c.realised),
                     number(c.remaining), _percentage(c.realised, c.opgave),
                     para(esc(pdf_texts.status_label(c.status, c.forecast, c.repeat) or "–"), "cell")])
    labels = [C("opgave"), C("opgave"), C("realised"), C("remaining"), T("realised_pct"), C("status")]
    kinds = [TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT]
    headers = [para(esc(label), "head_right" if kind == NUMBER else "head") for label, kind in zip(labels, kinds, strict=True)]
    # the status may read "oranje (prognose)" or "rood (herhaald achter)": it shares the room with the names
    story.append(data_table(headers, rows, fitted_widths(labels, kinds, width, {0: 0.62, 5: 0.38}, "head", rows=rows, font_size=8),
                            kinds, font_size=8))
    if any(part in categories for part in PART_OF):
        story.append(para(esc(T("relation_overview")), "relation"))
    story += _labels(data, categories, para)
    story.append(Spacer(1, 8))
    stand = _stand(data)
    story.append(para(esc(T("factsheet_chart")) + stand, "h3"))
    story.append(category_chart([pdf_texts.opgave_name(c, short=True) for c in categories],
                                [row.cells[c].opgave for c in categories],
                                [row.cells[c].realised for c in categories], width, 150))
    story.append(para(esc(T("factsheet_trend")) + stand, "h3"))
    months = data.trend.get(row.code, [])
    if months:
        month_names = t("months_short").split()
        story.append(trend_chart([f"{month_names[m.month - 1]} {str(m.year)[2:]}" for m, _ in months],
                                 [v for _, v in months], width, 110))
    else:
        story.append(para(esc(T("factsheet_trend_none")), "small"))
    if "opvang" in data.overview.worksheets:
        story.append(para(esc(T("factsheet_map_title")) + stand, "h3"))
        story.append(shared.map(data, row.code) or para(esc(T("map_no_data")), "small"))
    story += _basis_and_sources(data, categories, shared, row.code)
    # One page, always: shrink what does not fit rather than spill onto a second page.
    height = PORTRAIT[1] - MARGIN - FOOTER_HEIGHT - 4 * 2.834645669
    return [KeepInFrame(width, height - 2, story, mode="shrink")]


def _basis_and_sources(data: DocumentData, categories: list[str], shared: _Shared, code: str) -> list:
    """Per opgave the version, total, key and method, and the source with its peildatum: the
    block the footer's "Bronnen: zie pagina N" points to, on the factsheet's own page; where the
    gemeente's number is an official figure, that figure's source and the computation beside it."""
    story: list = [shared.heading(esc(T("sources_factsheet")), "h3", SOURCES)]
    for categorie in categories:
        official = _official(data.overview.worksheets[categorie], code)
        story.append(shared.paragraph(shared.basis(data, categorie) + esc(official), "small"))
    story.append(shared.paragraph(esc(T("source_cbs")), "small"))
    return story


def _basis_line(sheet, categorie: str) -> str:
    result = sheet.computed.result
    basis = T("factsheet_basis_line", versie=sheet.verdeling.versie,
              status=pdf_texts.version_status(sheet.verdeling.status, sheet.verdeling.vastgesteld_op),
              totaal=format_int(sheet.computed.province_total), sleutel=result.key_description or "–",
              methode=result.method.label)
    return f"<b>{esc(pdf_texts.opgave_name(categorie))}</b>: {esc(basis)}. {esc(source_line(sheet, with_stand=False))}"


def _official(sheet, code: str) -> str:
    """Where the gemeente's number is an official (imported) figure: that, its source and the
    computation beside it, on the factsheet as in the pack's verantwoording."""
    row = next((r for r in sheet.rows if r.code == code), None)
    if row is None or row.official is None:
        return ""
    return " " + T("factsheet_official", gemeente=row.naam, officieel=format_int(row.official), bron=row.source,
                   berekend=format_int(row.computed) if row.computed is not None else "–")


def _stand(data: DocumentData) -> str:
    return f" <font size=7>({esc(T('stand_short', datum=format_date(data.stand_per)))})</font>"


def _labels(data: DocumentData, categories: list[str], para) -> list:
    """Under the table: which figures are estimates or demo (each label once, with the opgaven it
    concerns), and the supervision rule (the stand-per date is in the subtitle above the table)."""
    concerns: dict[str, list[str]] = {}
    for categorie in categories:
        for label in data.overview.worksheets[categorie].estimates:
            concerns.setdefault(label, []).append(pdf_texts.opgave_name(categorie, short=True))
    story = [para(f"<b>{esc(', '.join(names))}</b>: {esc(label)}", "small") for label, names in concerns.items()]
    for categorie in categories:
        rule = data.overview.worksheets[categorie].status_rule
        if rule:
            story.append(para(esc(rule), "small"))
    return story


def render(data: DocumentData | list[DocumentData], codes: list[str] | None = None) -> bytes:
    """One page per gemeente of the province (or of ``codes``), in alphabetical order; several
    provinces' data (all of the Netherlands) in one file, province by province."""
    with sparing_the_collector():
        return _render(data, codes)


def _render(data: DocumentData | list[DocumentData], codes: list[str] | None) -> bytes:
    provinces = data if isinstance(data, list) else [data]
    pages = []
    for province in provinces:
        rows = sorted(province.overview.rows, key=lambda r: (sort_name(r.naam), r.code))
        pages += [(province, row) for row in rows if codes is None or row.code in set(codes)]
    first = provinces[0]
    name = first.provincie if len(provinces) == 1 else T("netherlands")
    buffer = io.BytesIO()
    info = PageInfo(title=T("factsheets_title", provincie=name), datum=format_date(first.today),
                    concept=any(d.concept for d in provinces))
    title = (T("factsheet_document", gemeente=pages[0][1].naam, periode=first.periode) if len(pages) == 1
             else T("factsheets_document", provincie=name, periode=first.periode))
    doc = make_document(buffer, info, title, landscape_pages=False)
    story: list = []
    shared = _Shared()
    for index, (province, row) in enumerate(pages):
        if index:
            story.append(PageBreak())
        story += _page(province, row, shared)
    build(doc, story)
    return buffer.getvalue()


def write_factsheets(data: DocumentData | list[DocumentData], path: Path, codes: list[str] | None = None) -> None:
    """Render the factsheets (of one province, or of several in one file), then write them atomically."""
    pdf = render(data, codes)
    with atomic_write(path) as handle:
        handle.write(pdf)


def file_name(code: str, naam: str) -> str:
    """'GM0518 's-Gravenhage.pdf': the CBS code first (sorts and matches), then the name, with
    the characters Windows does not allow in a file name replaced."""
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", naam).strip().rstrip(".")
    return f"{code} {safe}.pdf"


def write_factsheets_per_gemeente(data: DocumentData, folder: Path) -> list[Path]:
    """One file per gemeente in ``folder`` (created if needed), each written atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for row in sorted(data.overview.rows, key=lambda r: r.code):
        path = folder / file_name(row.code, row.naam)
        write_factsheets(data, path, [row.code])
        written.append(path)
    return written
