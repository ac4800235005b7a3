"""Factsheets: one A4 page per gemeente with all its opgaven, realisation and trend, for
handing to a wethouder. All gemeenten of a province in one PDF, one page each. Numbers come
from ``province_overview`` (the same rows the overview and the meeting pack print)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer

from regietafel.documents import pdf_texts
from regietafel.documents.meeting_pack import sort_name
from regietafel.documents.pdf_charts import category_chart, trend_chart
from regietafel.documents.pdf_map import map_drawing
from regietafel.documents.pdf_style import (
    FOOTER_HEIGHT,
    MARGIN,
    PORTRAIT,
    NumberedCanvas,
    PageInfo,
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


def _page(data: DocumentData, row: OverviewRow) -> list:
    s = styles()
    width = frame_width()
    categories = [c for c in CATEGORIES if c in row.cells]
    story: list = [
        Paragraph(esc(T("factsheet_title", gemeente=row.naam)), s["h1"]),
        Paragraph(esc(T("factsheet_subtitle", provincie=data.provincie, periode=data.periode,
                        datum=format_date(data.stand_per))) + (f" · {esc(row.regio)}" if row.regio else ""), s["body"]),
        Paragraph(esc(T("factsheet_intro", gemeente=row.naam, periode=data.periode)), s["small"]),
        Spacer(1, 4),
    ]
    rows = []
    for categorie in categories:
        c = row.cells[categorie]
        rows.append([pdf_texts.opgave_name(categorie), number(c.opgave), number(c.realised), number(c.remaining),
                     _percentage(c.realised, c.opgave), pdf_texts.status_label(c.status, c.forecast, c.repeat) or "–"])
    story.append(data_table(
        [C("opgave"), C("opgave"), C("realised"), C("remaining"), T("realised_pct"), C("status")], rows,
        [width - 355, 50, 60, 65, 65, 115], [TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT], font_size=8))
    story += _labels(data, categories)
    story.append(Spacer(1, 8))
    story.append(Paragraph(esc(T("factsheet_chart")) + _stand(data), s["h3"]))
    story.append(category_chart([pdf_texts.opgave_name(c, short=True) for c in categories],
                                [row.cells[c].opgave for c in categories],
                                [row.cells[c].realised for c in categories], width, 150))
    story.append(Paragraph(esc(T("factsheet_trend")) + _stand(data), s["h3"]))
    months = data.trend.get(row.code, [])
    if months:
        month_names = t("months_short").split()
        story.append(trend_chart([f"{month_names[m.month - 1]} {str(m.year)[2:]}" for m, _ in months],
                                 [v for _, v in months], width, 110))
    else:
        story.append(Paragraph(esc(T("factsheet_trend_none")), s["small"]))
    if "opvang" in data.overview.worksheets:
        story.append(Paragraph(esc(T("factsheet_map_title")) + _stand(data), s["h3"]))
        story.append(map_drawing(data.overview, "percentage", width, 170, categorie="opvang",
                                 provincie=data.provincie, highlight=row.code))
    story.append(Paragraph(esc(T("factsheet_basis")), s["h3"]))
    for categorie in categories:
        sheet = data.overview.worksheets[categorie]
        result = sheet.computed.result
        line = f"<b>{esc(pdf_texts.opgave_name(categorie))}</b>: " + esc(T(
            "factsheet_basis_line", versie=sheet.verdeling.versie, status=pdf_texts.version_status(sheet.verdeling.status, sheet.verdeling.vastgesteld_op),
            totaal=format_int(sheet.computed.province_total), sleutel=result.key_description or "–",
            methode=result.method.label))
        story.append(Paragraph(line, s["small"]))
    # One page, always: shrink what does not fit rather than spill onto a second page.
    height = PORTRAIT[1] - MARGIN - FOOTER_HEIGHT - 4 * 2.834645669
    return [KeepInFrame(width, height - 2, story, mode="shrink")]


def _stand(data: DocumentData) -> str:
    return f" <font size=7>({esc(T('stand_short', datum=format_date(data.stand_per)))})</font>"


def _labels(data: DocumentData, categories: list[str]) -> list:
    """Under the table: stand per, which figures are estimates or demo, the supervision rule."""
    s = styles()
    story = [Paragraph(esc(T("stand_per_line", datum=format_date(data.stand_per))), s["small"])]
    for categorie in categories:
        sheet = data.overview.worksheets[categorie]
        for label in sheet.estimates:
            story.append(Paragraph(f"<b>{esc(pdf_texts.opgave_name(categorie, short=True))}</b>: {esc(label)}", s["small"]))
        if sheet.status_rule:
            story.append(Paragraph(esc(sheet.status_rule), s["small"]))
    return story


def render(data: DocumentData, codes: list[str] | None = None) -> bytes:
    buffer = io.BytesIO()
    info = PageInfo(title=T("factsheets_title", provincie=data.provincie), datum=format_date(data.today),
                    sources=data.sources, concept=data.concept)
    doc = make_document(buffer, info, T("factsheets_document", provincie=data.provincie, periode=data.periode),
                        landscape_pages=False)
    story: list = []
    rows = sorted(data.overview.rows, key=lambda r: (sort_name(r.naam), r.code))
    if codes is not None:
        rows = [r for r in rows if r.code in set(codes)]
    for index, row in enumerate(rows):
        if index:
            story.append(PageBreak())
        story += _page(data, row)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def write_factsheets(data: DocumentData, path: Path, codes: list[str] | None = None) -> None:
    """Render the factsheets, then write them atomically."""
    pdf = render(data, codes)
    with atomic_write(path) as handle:
        handle.write(pdf)
