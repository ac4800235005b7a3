"""The meeting pack (vergaderstukken) of a Provinciale Regietafel, as one A4 PDF.

Cover (with the contents and their pages, and the sources every footer refers to), agenda,
besluitenlijst and open actiepunten of the previous meeting, the overview of all opgaven per
gemeente, and one section per opgave (:mod:`~regietafel.documents.pack_sections`). All numbers
come from ``province_overview`` / the worksheets, exactly as the application shows them.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from regietafel.documents import pdf_texts
from regietafel.documents.pack_sections import PART_OF, account_key, section, section_key, sort_name
from regietafel.documents.pdf_canvas import (
    SOURCES,
    ContentsLine,
    Heading,
    build,
    sparing_the_collector,
)
from regietafel.documents.pdf_style import (
    FONT,
    PageInfo,
    Paragraph,
    esc,
    frame_width,
    make_document,
    styles,
)
from regietafel.documents.pdf_tables import (
    NUMBER,
    TEXT,
    continued_rows,
    data_table,
    key_value_table,
    number,
)
from regietafel.domain.formatting import format_date
from regietafel.fileio import atomic_write
from regietafel.store.overview import CATEGORIES

if TYPE_CHECKING:  # types only: the store's data modules are not imported to render
    from regietafel.store.document_data import DocumentData

T = pdf_texts.text
C = pdf_texts.column

__all__ = ["render", "sort_name", "title_of", "write_meeting_pack"]


def _sum_known(values) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def title_of(data: DocumentData) -> str:
    return f"{T('pack_title')} {data.provincie}"


def _categories(data: DocumentData) -> list[str]:
    return [c for c in CATEGORIES if c in data.overview.worksheets]


# --- parts ------------------------------------------------------------------------------

def _cover(data: DocumentData) -> list:
    s = styles()
    meeting = data.meeting.meeting
    story: list = [Spacer(1, 24), Paragraph(esc(T("pack_title")), s["title"]),
                   Paragraph(esc(T("pack_subtitle", provincie=data.provincie)), s["subtitle"]),
                   Paragraph(esc(T("meeting_line", datum=format_date(meeting.datum)) if meeting else T("no_meeting")),
                             s["subtitle"]),
                   Spacer(1, 8)]
    pairs = []
    if meeting is not None:
        pairs += [(T("place"), meeting.plaats or "–"), (T("attendees"), meeting.aanwezigen or "–")]
    pairs += [(T("period"), data.periode), (T("stand_per"), T("stand_per_cover", datum=format_date(data.stand_per))),
              (T("made_on"), format_date(data.today))]
    story.append(key_value_table(pairs, [90, frame_width() - 90]))
    story.append(Paragraph(esc(T("concept_notice") if data.concept else T("vastgesteld_notice")), s["notice"]))
    story += _contents(data)
    story.append(Heading(esc(T("sources")), s["h3"], SOURCES, outline=T("sources")))
    story += [Paragraph(esc(source), s["small"]) for source in [T("source_cbs"), *data.sources]]
    return story


def _contents(data: DocumentData) -> list:
    """The parts of the pack with their page numbers (filled in when the pack is complete)."""
    s = styles()
    entries = [(T("agenda"), "agenda", 0), (T("previous_meeting"), "previous", 0), (T("overview"), "overview", 0)]
    for categorie in _categories(data):
        entries += [(pdf_texts.opgave_name(categorie), section_key(categorie), 0),
                    (T("account"), account_key(categorie), 1)]
    story: list = [Paragraph(esc(T("contents")), s["h2"])]
    number_ = 0
    for text, key, level in entries:
        if level == 0:
            number_ += 1
            text = f"{number_}. {text}"
        story.append(ContentsLine(text, key, indent=18 * level, font_size=9.5 - level))
    return story


def _agenda(data: DocumentData) -> list:
    s = styles()
    story: list = [Heading(esc(T("agenda")), s["h1"], "agenda", outline=T("agenda"))]
    if data.meeting.meeting is None:
        return story + [Paragraph(esc(T("agenda_none")), s["body"])]
    if not data.meeting.agenda:
        return story + [Paragraph(esc(T("agenda_empty")), s["body"])]
    rows = []
    width = frame_width()
    for item in data.meeting.agenda:  # a long item continues in the rows below (no row outgrows a page)
        rows += continued_rows([f"{item.volgorde}.", item.titel], [30, width - 30], [False, True], "body")
        if item.toelichting:
            rows += continued_rows(["", item.toelichting], [30, width - 30], [False, True], "small")
    table = Table(rows, colWidths=[30, width - 30])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("FONTSIZE", (0, 0), (0, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return story + [table]


def _previous(data: DocumentData) -> list:
    s = styles()
    width = frame_width()
    story: list = [Heading(esc(T("previous_meeting")), s["h1"], "previous", outline=T("previous_meeting"))]
    previous = data.meeting.previous
    if previous is None:
        story.append(Paragraph(esc(T("previous_none")), s["body"]))
    else:
        story.append(Paragraph(esc(T("previous_meeting_of", datum=format_date(previous.datum),
                                     plaats=previous.plaats or "–")), s["body"]))
        story.append(Paragraph(esc(T("decisions")), s["h2"]))
        if data.meeting.previous_decisions:
            story.append(data_table([C("nr"), C("decision")],
                                    [[f"{d.volgorde}.", d.tekst] for d in data.meeting.previous_decisions],
                                    [30, width - 30], [TEXT, TEXT]))
        else:
            story.append(Paragraph(esc(T("decisions_none")), s["body"]))
    story.append(Paragraph(esc(T("actions_open")), s["h2"]))
    carried = data.meeting.carried_actions
    if carried:
        rows = [[point.omschrijving, point.eigenaar or "–", format_date(point.deadline) if point.deadline else "–",
                 point.status] for point in carried]
        story.append(data_table([C("action"), C("owner"), C("deadline"), C("status")], rows,
                                [width - 230, 120, 60, 50], [TEXT, TEXT, TEXT, TEXT]))
    else:
        story.append(Paragraph(esc(T("actions_open_none")), s["body"]))
    return story


def _overview(data: DocumentData) -> list:
    """Landscape: per gemeente opgave / gerealiseerd / nog te realiseren for every opgave; the
    amv groups say in their heading which opgave already counts them."""
    s = styles()
    categories = _categories(data)
    width = frame_width("landscape")
    headers, kinds, groups = [C("gemeente")], [TEXT], []
    for categorie in categories:
        first = len(headers)
        headers += [C("target_short") if categorie == "huisvesting" else C("opgave"), C("realised_short"),
                    C("remaining_short")]
        kinds += [NUMBER] * 3
        if categorie == "huisvesting":
            forecast = data.overview.worksheets[categorie].forecast
            headers.append(C("status") + (f" ({T('status_note_forecast')})" if forecast else ""))
            kinds.append(TEXT)
        label = T(f"group_{categorie}") if categorie in PART_OF else pdf_texts.opgave_name(categorie, short=True)
        groups.append((label, first, len(headers) - 1))
    numeric = len(headers) - 1 - (1 if "huisvesting" in categories else 0)
    status_width, name_width = 50, 104  # status: "Status (prognose)" in the header
    col = (width - name_width - (status_width if "huisvesting" in categories else 0)) / numeric
    widths = [name_width] + [status_width if kind == TEXT else col for kind in kinds[1:]]
    rows = []
    for row in sorted(data.overview.rows, key=lambda r: (sort_name(r.naam), r.code)):
        line: list[object] = [row.naam]
        for categorie in categories:
            c = row.cells.get(categorie)
            line += [number(c.opgave if c else None), number(c.realised if c else None),
                     number(c.remaining if c else None)]
            if categorie == "huisvesting":
                line.append(pdf_texts.status_label(c.status, repeat=c.repeat) if c else "")
        rows.append(line)
    total: list[object] = [C("total")]
    for categorie in categories:
        cells = [c for c in (row.cells.get(categorie) for row in data.overview.rows) if c]
        total += [number(_sum_known(c.opgave for c in cells)), number(_sum_known(c.realised for c in cells)),
                  number(_sum_known(c.remaining for c in cells))]
        if categorie == "huisvesting":
            total.append("")
    story = [NextPageTemplate("landscape"), PageBreak(),
             Heading(esc(T("overview")), s["h1"], "overview", outline=T("overview")),
             Paragraph(esc(T("overview_intro", periode=data.periode)), s["small"])]
    if any(part in categories for part in PART_OF):
        story.append(Paragraph(esc(T("relation_overview")), s["relation"]))
    story.append(Paragraph(esc(T("overview_source", periode=data.periode, stand=format_date(data.stand_per))),
                           s["source"]))
    estimated = [pdf_texts.opgave_name(c, short=True) for c in categories if data.overview.worksheets[c].estimates]
    if estimated:  # labelled where the figures are used (each section says what the estimate is)
        story.append(Paragraph(f"<b>{esc(T('overview_estimates', opgaven=', '.join(estimated)))}</b>", s["source"]))
    story += [data_table(headers, rows, widths, kinds, total=total, group_header=groups, head_style="head_small"),
              NextPageTemplate("portrait")]
    return story


# --- the document -----------------------------------------------------------------------

def render(data: DocumentData) -> bytes:
    with sparing_the_collector():
        return _render(data)


def _render(data: DocumentData) -> bytes:
    buffer = io.BytesIO()
    meeting = data.meeting.meeting
    datum = format_date(meeting.datum) if meeting is not None else format_date(data.today)
    info = PageInfo(title=f"PRT {data.provincie}", datum=datum, concept=data.concept)
    doc = make_document(buffer, info, title_of(data))
    story = _cover(data) + [PageBreak()] + _agenda(data) + [Spacer(1, 10)] + _previous(data) + _overview(data)
    for categorie in _categories(data):
        story += section(categorie, data.overview.worksheets[categorie], data)
    build(doc, story)
    return buffer.getvalue()


def write_meeting_pack(data: DocumentData, path: Path) -> None:
    """Render the pack, then write it atomically (never a half-written PDF on disk)."""
    pdf = render(data)
    with atomic_write(path) as handle:
        handle.write(pdf)
