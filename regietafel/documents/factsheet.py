"""Factsheets: one A4 page per gemeente with all its opgaven, realisation and trend, for
handing to a wethouder. All gemeenten of a province in one PDF, one page each. Numbers come
from ``province_overview`` (the same rows the overview and the meeting pack print)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from reportlab.platypus import KeepInFrame, PageBreak, Spacer

from regietafel.documents import pdf_texts
from regietafel.documents.meeting_pack import sort_name
from regietafel.documents.pack_sections import PART_OF
from regietafel.documents.pdf_canvas import SOURCES, Heading, build
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
from regietafel.documents.pdf_tables import NUMBER, TEXT, data_table, number
from regietafel.domain.formatting import format_date, format_int
from regietafel.domain.texts import t
from regietafel.fileio import atomic_write
from regietafel.store.document_data import DocumentData
from regietafel.store.overzicht import CATEGORIES, OverviewRow

T = pdf_texts.text
C = pdf_texts.column


def _percentage(realised: int | None, opgave: int) -> str:
    if realised is None or opgave <= 0:
        return "–"
    return f"{round(100 * realised / opgave)}%"


class _Shared:
    """What the factsheets of one document have in common, made once: paragraphs with the same
    text (headings, opgave names, table headers) and each province's map."""

    def __init__(self):
        self._paragraphs: dict[tuple[str, str], Paragraph] = {}
        self._maps: dict[str, tuple | None] = {}

    def paragraph(self, markup: str, style: str) -> Paragraph:
        key = (markup, style)
        if key not in self._paragraphs:
            self._paragraphs[key] = RepeatedParagraph(markup, styles()[style])
        return self._paragraphs[key]

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
        Paragraph(esc(T("factsheet_subtitle", provincie=data.provincie, periode=data.periode,
                        datum=format_date(data.today))) + (f" · {esc(row.regio)}" if row.regio else ""), s["body"]),
        Paragraph(esc(T("factsheet_intro", gemeente=row.naam, periode=data.periode)), s["small"]),
        Spacer(1, 4),
    ]
    rows = []
    for categorie in categories:
        c = row.cells[categorie]
        rows.append([para(esc(pdf_texts.opgave_name(categorie)), "cell"), number(c.opgave), number(c.realised),
                     number(c.remaining), _percentage(c.realised, c.opgave),
                     para(esc(pdf_texts.status_name(c.status) or "–"), "cell")])
    headers = [para(esc(C("opgave")), "head"), para(esc(C("opgave")), "head_right"),
               para(esc(C("realised")), "head_right"), para(esc(C("remaining")), "head_right"),
               para(esc(T("realised_pct")), "head_right"), para(esc(C("status")), "head")]
    story.append(data_table(
        headers, rows,
        [width - 320, 55, 65, 70, 75, 55], [TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT], font_size=8))
    if any(part in categories for part in PART_OF):
        story.append(para(esc(T("relation_overview")), "relation"))
    story.append(Spacer(1, 8))
    story.append(para(esc(T("factsheet_chart")), "h3"))
    story.append(category_chart([pdf_texts.opgave_name(c, short=True) for c in categories],
                                [row.cells[c].opgave for c in categories],
                                [row.cells[c].realised for c in categories], width, 150))
    story.append(para(esc(T("factsheet_trend")), "h3"))
    months = data.trend.get(row.code, [])
    if months:
        month_names = t("months_short").split()
        story.append(trend_chart([f"{month_names[m.month - 1]} {str(m.year)[2:]}" for m, _ in months],
                                 [v for _, v in months], width, 110))
    else:
        story.append(para(esc(T("factsheet_trend_none")), "small"))
    if "opvang" in data.overview.worksheets:
        story.append(para(esc(T("factsheet_map_title")), "h3"))
        story.append(shared.map(data, row.code) or para(esc(T("map_no_data")), "small"))
    story += _basis_and_sources(data, categories, para)
    # One page, always: shrink what does not fit rather than spill onto a second page.
    height = PORTRAIT[1] - MARGIN - FOOTER_HEIGHT - 4 * 2.834645669
    return [KeepInFrame(width, height - 2, story, mode="shrink")]


def _basis_and_sources(data: DocumentData, categories: list[str], para) -> list:
    """Per opgave the version, total, key and method, and the source with its peildatum: the
    block the footer's "Bronnen: zie pagina N" points to, on the factsheet's own page."""
    s = styles()
    story: list = [Heading(esc(T("sources_factsheet")), s["h3"], SOURCES)]
    for categorie in categories:
        sheet = data.overview.worksheets[categorie]
        result = sheet.computed.result
        basis = T("factsheet_basis_line", versie=sheet.verdeling.versie,
                  status=pdf_texts.version_status(sheet.verdeling.status, sheet.verdeling.vastgesteld_op),
                  totaal=format_int(sheet.verdeling.totaal), sleutel=result.key_description or "–",
                  methode=result.method.label)
        source = sheet.source
        line = (T("section_source", bron=source.bron or "–", aantal=format_int(source.aantal),
                  peildatum=format_date(source.peildatum) if source.peildatum else "–") if source
                else T("section_source_none", totaal=format_int(sheet.verdeling.totaal)))
        story.append(para(f"<b>{esc(pdf_texts.opgave_name(categorie))}</b>: {esc(basis)}. {esc(line)}", "small"))
    story.append(para(esc(T("source_cbs")), "small"))
    return story


def render(data: DocumentData | list[DocumentData], codes: list[str] | None = None) -> bytes:
    """One page per gemeente of the province (or of ``codes``), in alphabetical order; several
    provinces' data (all of the Netherlands) in one file, province by province."""
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
