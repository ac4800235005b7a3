"""The meeting pack (vergaderstukken) of a Provinciale Regietafel, as one A4 PDF.

Cover, agenda, besluitenlijst and open actiepunten of the previous meeting, the overview of all
opgaven per gemeente, and one section per opgave (table, totals, chart, verantwoording). All
numbers come from ``province_overview`` / the worksheets, exactly as the application shows them.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_charts import opgave_chart
from regietafel.documents.pdf_map import map_drawing
from regietafel.documents.pdf_style import PageInfo, esc, frame_width, make_document, styles
from regietafel.documents.pdf_tables import NUMBER, TEXT, data_table, key_value_table, number
from regietafel.domain.apportionment import tie_rule
from regietafel.domain.formatting import format_date, format_date_long, format_fraction, format_int
from regietafel.fileio import atomic_write
from regietafel.store.document_data import DocumentData
from regietafel.store.overzicht import CATEGORIES
from regietafel.store.werkblad import Worksheet

T = pdf_texts.text
C = pdf_texts.column


def _sum_known(values) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def title_of(data: DocumentData) -> str:
    return f"{T('pack_title')} {data.provincie}"


# --- parts ------------------------------------------------------------------------------

def _cover(data: DocumentData) -> list:
    s = styles()
    meeting = data.meeting.meeting
    story: list = [Spacer(1, 40), Paragraph(esc(T("pack_title")), s["title"]),
                   Paragraph(esc(T("pack_subtitle", provincie=data.provincie)), s["subtitle"])]
    if meeting is not None:
        story.append(Paragraph(esc(T("meeting_line", datum=format_date(meeting.datum))), s["subtitle"]))
    else:
        story.append(Paragraph(esc(T("no_meeting")), s["subtitle"]))
    story.append(Spacer(1, 12))
    pairs = []
    if meeting is not None:
        pairs += [(T("place"), meeting.plaats or "–"), (T("attendees"), meeting.aanwezigen or "–")]
    pairs += [(T("period"), data.periode), (T("stand_per"), format_date(data.stand_per)),
              (T("made_on"), format_date(data.today))]
    story.append(key_value_table(pairs, [90, frame_width() - 90]))
    story.append(Paragraph(esc(T("concept_notice") if data.concept else T("vastgesteld_notice")), s["notice"]))
    story.append(Paragraph(esc(T("sources")), s["h3"]))
    for source in [T("source_cbs"), *data.sources]:
        story.append(Paragraph(esc(source), s["small"]))
    story.append(Paragraph(esc(T("contents")), s["h2"]))
    contents = [T("agenda"), T("previous_meeting"), T("overview")]
    contents += [pdf_texts.opgave_name(c) for c in CATEGORIES if c in data.overview.worksheets]
    for number_, line in enumerate(contents, start=1):
        story.append(Paragraph(f"{number_}. {esc(line)}", s["body"]))
    return story


def _agenda(data: DocumentData) -> list:
    s = styles()
    story: list = [Paragraph(esc(T("agenda")), s["h1"])]
    meeting = data.meeting.meeting
    if meeting is None:
        return story + [Paragraph(esc(T("agenda_none")), s["body"])]
    if not data.meeting.agenda:
        return story + [Paragraph(esc(T("agenda_empty")), s["body"])]
    rows = []
    for item in data.meeting.agenda:
        text = esc(item.titel)
        if item.toelichting:
            text += f"<br/><font size=7>{esc(item.toelichting)}</font>"
        rows.append([f"{item.volgorde}.", Paragraph(text, s["body"])])
    width = frame_width()
    table = data_table([C("nr"), C("item")], [], [30, width - 30], [TEXT, TEXT])
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=[30, width - 30])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (0, -1), "DejaVuSans"),
                               ("FONTSIZE", (0, 0), (0, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return story + [table]


def _previous(data: DocumentData) -> list:
    s = styles()
    width = frame_width()
    story: list = [Paragraph(esc(T("previous_meeting")), s["h1"])]
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
        meetings = {}
        rows = []
        for point in carried:
            meetings.setdefault(point.vergadering_id, None)
            rows.append([point.omschrijving, point.eigenaar or "–",
                         format_date(point.deadline) if point.deadline else "–", point.status])
        story.append(data_table([C("action"), C("owner"), C("deadline"), C("status")], rows,
                                [width - 230, 120, 60, 50], [TEXT, TEXT, TEXT, TEXT]))
    else:
        story.append(Paragraph(esc(T("actions_open_none")), s["body"]))
    return story


def _overview(data: DocumentData) -> list:
    """Landscape: per gemeente opgave / gerealiseerd / nog te realiseren for every opgave."""
    s = styles()
    categories = [c for c in CATEGORIES if c in data.overview.worksheets]
    width = frame_width("landscape")
    headers = [C("gemeente")]
    kinds = [TEXT]
    groups = []
    for categorie in categories:
        first = len(headers)
        headers += [C("opgave"), C("realised_short"), C("remaining_short")]
        kinds += [NUMBER] * 3
        if categorie == "huisvesting":
            forecast = data.overview.worksheets[categorie].forecast
            headers.append(C("status") + (f" ({T('status_note_forecast')})" if forecast else ""))
            kinds.append(TEXT)
        groups.append((pdf_texts.opgave_name(categorie, short=True), first, len(headers) - 1))
    numeric = len(headers) - 1 - (1 if "huisvesting" in categories else 0)
    status_width = 50  # "Status (prognose)" in the header
    name_width = 104
    col = (width - name_width - (status_width if "huisvesting" in categories else 0)) / numeric
    widths = [name_width] + [status_width if (k == TEXT) else col for k in kinds[1:]]
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
        cells = [row.cells.get(categorie) for row in data.overview.rows]
        total += [number(_sum_known(c.opgave for c in cells if c)), number(_sum_known(c.realised for c in cells if c)),
                  number(_sum_known(c.remaining for c in cells if c))]
        if categorie == "huisvesting":
            total.append("")
    return [
        NextPageTemplate("landscape"), PageBreak(),
        Paragraph(esc(T("overview")), s["h1"]),
        Paragraph(esc(T("overview_intro", periode=data.periode)), s["small"]),
        Paragraph(esc(T("stand_per_line", datum=format_date(data.stand_per))), s["small"]),
        data_table(headers, rows, widths, kinds, total=total, group_header=groups, head_style="head_small"),
        NextPageTemplate("portrait"),
    ]


def _section(categorie: str, sheet: Worksheet, data: DocumentData) -> list:
    s = styles()
    width = frame_width()
    result = sheet.computed.result
    verdeling = sheet.verdeling
    huisvesting = categorie == "huisvesting"
    stand = format_date(sheet.stand_per)
    story: list = [PageBreak(), Paragraph(esc(pdf_texts.opgave_name(categorie)), s["h1"])]
    story.append(Paragraph(esc(T(
        "section_intro", versie=verdeling.versie, status=pdf_texts.version_status(verdeling.status, verdeling.vastgesteld_op), totaal=format_int(sheet.computed.province_total),
        sleutel=result.key_description or "–", methode=result.method.label)), s["body"]))
    story.append(Paragraph(esc(T("stand_per_line", datum=stand)), s["body"]))
    for label in sheet.estimates:  # estimates and demo figures: labelled where they are used
        story.append(Paragraph(f"<b>{esc(label)}</b>", s["small"]))
    for note in sheet.notes:
        story.append(Paragraph(esc(note), s["small"]))
    official = sheet.has_official
    headers = [C("gemeente"), C("regio"), C("assigned")]
    kinds = [TEXT, TEXT, NUMBER]
    if official:
        headers.append(C("computed"))
        kinds.append(NUMBER)
    if huisvesting:
        headers += [C("carried"), C("target")]
        kinds += [NUMBER, NUMBER]
    headers += [C("realised"), C("remaining")]
    kinds += [NUMBER, NUMBER]
    if huisvesting:  # before the half-year's end every status is a forecast: said once, in the header
        headers.append(C("status") + (f" ({T('status_note_forecast')})" if sheet.forecast else ""))
        kinds.append(TEXT)
    rows = []
    for row in _by_name(sheet):
        line: list[object] = [row.naam + (" *" if row.differs else ""), row.regio or "–", number(row.assigned)]
        if official:
            line.append(number(row.computed))
        if huisvesting:
            line += [number(row.carried), number(row.target)]
        line += [number(row.realised), number(row.gap)]
        if huisvesting:
            line.append(pdf_texts.status_label(row.status, repeat=row.repeat))
        rows.append(line)
    total: list[object] = [C("total"), "", number(sum(r.assigned for r in sheet.rows))]
    if official:
        total.append(number(_sum_known(r.computed for r in sheet.rows)))
    if huisvesting:
        total += [number(sum(r.carried for r in sheet.rows)), number(sum(r.target for r in sheet.rows))]
    total += [number(_sum_known(r.realised for r in sheet.rows)), number(_sum_known(r.gap for r in sheet.rows))]
    if huisvesting:
        total.append("")
    widths = _section_widths(kinds, width, huisvesting)
    story.append(data_table(headers, rows, widths, kinds, total=total, head_style="head_small"))
    if official:
        sources = sorted({r.source for r in sheet.rows if r.official is not None})
        story.append(Paragraph(esc(T("official_note", sources="; ".join(sources))), s["small"]))
    if huisvesting and sheet.status_rule:
        story.append(Paragraph(esc(sheet.status_rule), s["small"]))
    labels = [esc(T("stand_short", datum=stand))] + [esc(label) for label in sheet.estimates]
    story += [CondPageBreak(200), Paragraph(esc(T("chart_title")) + f" <font size=8>({'; '.join(labels)})</font>", s["h2"]),
              opgave_chart([r.naam for r in _by_name(sheet)], [r.target for r in _by_name(sheet)],
                           [r.realised for r in _by_name(sheet)], width)]
    # The same map as the app's Overzicht tab: share realised per gemeente.
    story += [CondPageBreak(300), Paragraph(esc(T("map_title")) + f" <font size=8>({'; '.join(labels)})</font>", s["h2"]),
              map_drawing(data.overview, "percentage", width, 280, categorie=categorie, provincie=data.provincie,
                          title=pdf_texts.opgave_name(categorie, short=True))]
    story += _account(sheet)
    return story


def _section_widths(kinds: list[str], width: float, huisvesting: bool) -> list[float]:
    """Name and regio wide enough for one line, the numbers share the rest (and the status)."""
    numbers = sum(1 for k in kinds if k == NUMBER)
    if huisvesting:
        name, regio, status = 92, 82, 54
        return [name, regio] + [(width - name - regio - status) / numbers] * numbers + [status]
    fixed = [130, 0] + [58] * numbers
    fixed[1] = width - sum(fixed)
    return fixed


def _account(sheet: Worksheet) -> list:
    s = styles()
    width = frame_width()
    computed = sheet.computed
    result = computed.result
    national = sheet.settings.bereik == "landelijk"
    story: list = [PageBreak(), Paragraph(esc(f"{T('account')}: {pdf_texts.opgave_name(sheet.verdeling.categorie)}"), s["h2"])]
    pairs = [
        (T("account_total"), format_int(result.total)),
        (T("account_key"), result.key_description or "–"),
        (T("account_peildatum"), format_date_long(result.peildatum)),
        (T("account_method"), result.method.label),
    ]
    if result.divisor is not None:
        pairs.append((T("account_divisor"), format_fraction(result.divisor, 4)))
    pairs += [(T("account_credit"), result.surplus_policy.label),
              (T("account_distributed"), format_int(result.allocated_sum))]
    pairs.append((T("account_tie_rule"), tie_rule()))
    if national:
        pairs.append((T("account_scope"), T("account_scope_national")))
    if computed.province_fixed:
        pairs.append((T("account_province_total"), format_int(computed.province_total)))
    pairs.append((T("stand_per"), format_date(sheet.stand_per)))
    story.append(key_value_table(pairs, [110, width - 110]))
    lines = {code: result.line(code) for code in computed.scope_codes}
    adjusted = computed.within or result  # where locks, bounds and credit took effect
    names = {row.code: row.naam for row in sheet.rows}
    story.append(Paragraph(esc(T("constraints")), s["h3"]))
    constrained = [f"{names.get(code, code)}: {adjusted.line(code).constraint}" for code in lines
                   if adjusted.line(code).constraint]
    constrained += [f"{names.get(code, code)}: {adjusted.line(code).credit_note}" for code in lines
                    if adjusted.line(code).credit_note]
    for text in constrained or [T("constraints_none")]:
        story.append(Paragraph(esc(text), s["small"]))
    story.append(Paragraph(esc(T("ties")), s["h3"]))
    scope = set(computed.scope_codes)
    ties = [(result, t) for t in result.ties if scope & set(t.units)]
    ties += [(computed.within, t) for t in (computed.within.ties if computed.within else [])]
    for text in [source.describe_tie(t) for source, t in ties] or [T("ties_none")]:
        story.append(Paragraph(esc(text), s["small"]))
    story.append(Paragraph(esc(T("exchanges")), s["h3"]))
    exchanges = [entry.text() for entry in computed.exchange_log]
    for text in exchanges or [T("exchanges_none")]:
        story.append(Paragraph(esc(text), s["small"]))
    if computed.notes:
        story.append(Paragraph(esc(T("notes")), s["h3"]))
        for note in computed.notes:
            story.append(Paragraph(esc(note), s["small"]))
    if computed.group_result is not None:
        group = computed.group_result
        story.append(Paragraph(esc(T("regio_step")), s["h3"]))
        story.append(data_table(
            [C("regio"), C("key"), C("quota"), C("assigned"), C("rounding")],
            [[group.labels.get(line.unit, line.unit), _key_text(line.key), format_fraction(line.quota, 4),
              number(line.result), line.rounding] for line in group.lines],
            [120, 70, 70, 55, width - 315], [TEXT, NUMBER, NUMBER, NUMBER, TEXT]))
    if computed.group_result is None and len(computed.steps) > 1:  # a total given per regio
        story.append(Paragraph(esc(T("regio_totals")), s["h3"]))
        story.append(data_table(
            [C("regio"), C("opgave"), C("assigned")],
            [[name, number(step.total), number(step.allocated_sum)]
             for step, name in zip(computed.steps, _step_names(computed), strict=True)],
            [200, 70, 70], [TEXT, NUMBER, NUMBER],
            total=[C("total"), number(sum(step.total for step in computed.steps)),
                   number(sum(step.allocated_sum for step in computed.steps))]))
    story.append(Spacer(1, 6))
    story.append(_account_table(sheet, lines, width))
    return story


def _account_table(sheet: Worksheet, lines: dict, width: float):
    """Per gemeente key, quota and the computed number; where the province works within its
    fixed sum (official figures, a national computation) also the number it uses and, per
    gemeente, where that number comes from (official source and date, or "berekend")."""
    if sheet.computed.province_fixed:
        rows = [[row.naam, _key_text(lines[row.code].key), format_fraction(lines[row.code].quota, 4),
                 number(row.computed), number(row.assigned), row.account] for row in _by_name(sheet)]
        total = [C("total"), "", "", number(_sum_known(r.computed for r in sheet.rows)),
                 number(sum(r.assigned for r in sheet.rows)), ""]
        widths = [100, 52, 56, 48, 48]
        return data_table([C("gemeente"), C("key"), C("quota"), C("computed"), C("assigned"), C("rounding")], rows,
                          widths + [width - sum(widths)], [TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT], total=total)
    with_constraints = any(line.constraint for line in lines.values())
    rows = []
    for row in _by_name(sheet):
        line = lines[row.code]
        rows.append([row.naam, _key_text(line.key), format_fraction(line.quota, 4), number(line.result),
                     line.rounding] + ([line.constraint or ""] if with_constraints else []))
    headers = [C("gemeente"), C("key"), C("quota"), C("assigned"), C("rounding")]
    widths = [112, 58, 62, 58]
    kinds = [TEXT, NUMBER, NUMBER, NUMBER, TEXT]
    total = [C("total"), "", "", number(sum(lines[r.code].result for r in sheet.rows)), ""]
    if with_constraints:
        headers.append(C("constraint"))
        kinds.append(TEXT)
        total.append("")
        widths += [width - sum(widths) - 110, 110]
    else:
        widths.append(width - sum(widths))
    return data_table(headers, rows, widths, kinds, total=total)


def _step_names(computed) -> list[str]:
    """The regio of each step (older computations without names: the key's last part)."""
    if len(computed.step_names) == len(computed.steps):
        return list(computed.step_names)
    return [step.key_description.rsplit(" ", 1)[-1] for step in computed.steps]


def _by_name(sheet: Worksheet) -> list:
    """Rows in alphabetical order for reading on paper (the numbers are the worksheet's)."""
    return sorted(sheet.rows, key=lambda row: (sort_name(row.naam), row.code))


def sort_name(naam: str) -> str:
    """'s-Gravenhage sorts under G, as in print."""
    return naam.removeprefix("'s-").removeprefix("'t ").casefold()


def _key_text(value) -> str:
    return format_int(value.numerator) if value.denominator == 1 else format_fraction(value, 4)


# --- the document -----------------------------------------------------------------------

def render(data: DocumentData) -> bytes:
    buffer = io.BytesIO()
    meeting = data.meeting.meeting
    datum = format_date(meeting.datum) if meeting is not None else format_date(data.today)
    info = PageInfo(title=f"PRT {data.provincie}", datum=datum, sources=data.sources, concept=data.concept)
    doc = make_document(buffer, info, title_of(data))
    from regietafel.documents.pdf_style import NumberedCanvas

    story = _cover(data) + [PageBreak()] + _agenda(data) + [Spacer(1, 10)] + _previous(data) + _overview(data)
    for categorie in CATEGORIES:
        sheet = data.overview.worksheets.get(categorie)
        if sheet is not None:
            story += _section(categorie, sheet, data)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def write_meeting_pack(data: DocumentData, path: Path) -> None:
    """Render the pack, then write it atomically (never a half-written PDF on disk)."""
    pdf = render(data)
    with atomic_write(path) as handle:
        handle.write(pdf)
