"""One section of the meeting pack per opgave: what it is and where its numbers come from, how
it relates to the other opgaven, the table per gemeente, chart, map, and the verantwoording.

Words are the application's: "opgave" (huisvesting: "taakstelling"), "overloop", "gecorrigeerde
taakstelling", "gerealiseerd", "nog te realiseren"; in the verantwoording "aandeel" is what the
verdeling gives a gemeente before exchanges, "rest" the rounding remainder and "overschot" the
part of a credit above the share.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_canvas import Heading
from regietafel.documents.pdf_charts import opgave_chart
from regietafel.documents.pdf_map import MIN_MAP_HEIGHT, map_flowable
from regietafel.documents.pdf_style import Paragraph, esc, frame_width, styles
from regietafel.documents.pdf_tables import NUMBER, TEXT, data_table, key_value_table, number
from regietafel.domain.apportionment import tie_rule
from regietafel.domain.formatting import format_date, format_date_long, format_fraction, format_int
from regietafel.domain.periods import HalfYear
from regietafel.store.document_data import DocumentData
from regietafel.store.werkblad import Worksheet

T = pdf_texts.text
C = pdf_texts.column

# The relations that keep sums right: which opgave holds another's places (pdf_texts "relation_*").
PART_OF = {"amv_coa": "opvang", "amv_nidos": "huisvesting"}


def section_key(categorie: str) -> str:
    return f"section-{categorie}"


def account_key(categorie: str) -> str:
    return f"account-{categorie}"


def sort_name(naam: str) -> str:
    """'s-Gravenhage sorts under G, as in print."""
    return naam.removeprefix("'s-").removeprefix("'t ").casefold()


def by_name(sheet: Worksheet) -> list:
    """Rows in alphabetical order for reading on paper (the numbers are the worksheet's)."""
    return sorted(sheet.rows, key=lambda row: (sort_name(row.naam), row.code))


def section(categorie: str, sheet: Worksheet, data: DocumentData) -> list:
    s = styles()
    width = frame_width()
    verdeling, result = sheet.verdeling, sheet.computed.result
    name = pdf_texts.opgave_name(categorie)
    story: list = [PageBreak(), Heading(esc(name), s["h1"], section_key(categorie), outline=name)]
    story.append(Paragraph(esc(T(
        "section_intro", versie=verdeling.versie,
        status=pdf_texts.version_status(verdeling.status, verdeling.vastgesteld_op),
        totaal=_total_text(sheet), sleutel=result.key_description or "–", methode=result.method.label)),
        s["body"]))
    story += [Paragraph(esc(line), s["relation"]) for line in relation_lines(categorie, data)]
    story += source_lines(categorie, sheet)
    story.append(_table(categorie, sheet, width))
    rows = by_name(sheet)
    story += [CondPageBreak(200), Paragraph(esc(T("chart_title")), s["h2"]),
              opgave_chart([r.naam for r in rows], [r.target for r in rows], [r.realised for r in rows], width)]
    # The same map as the app's Overzicht tab: share realised per gemeente; it takes the rest of
    # the page (or the next one). Without any realisation a sentence says so instead.
    chart_map = map_flowable(data.overview, "percentage", categorie=categorie, provincie=data.provincie,
                             title=pdf_texts.opgave_name(categorie, short=True))
    if chart_map is None:
        story += [Paragraph(esc(T("map_title")), s["h2"]), Paragraph(esc(T("map_no_data")), s["body"])]
    else:
        story += [CondPageBreak(MIN_MAP_HEIGHT + 30), Paragraph(esc(T("map_title")), s["h2"]), chart_map]
    story += account(categorie, sheet, data.periode)
    return story


def _total_text(sheet: Worksheet) -> str:
    total = format_int(sheet.verdeling.totaal)
    return T("national_total", totaal=total) if sheet.settings.bereik == "landelijk" else total


def relation_lines(categorie: str, data: DocumentData) -> list[str]:
    """Where one opgave's places are counted in another: said on both sides, so that nobody adds
    the amv places to opvang or huisvesting a second time."""
    sheets = data.overview.worksheets
    if categorie in PART_OF:
        return [T(f"relation_{categorie}")]
    parts = [part for part, whole in PART_OF.items() if whole == categorie and part in sheets]
    return [T(f"relation_{categorie}", aantal=format_int(sheets[part].assigned_total)) for part in parts]


def source_lines(categorie: str, sheet: Worksheet) -> list:
    """The section's own source and peildatum in one short line, what 'gerealiseerd' counts, and
    the notes on the numbers (a different total, the engine's remarks)."""
    s = styles()
    source = sheet.source
    if source is not None:
        line = T("section_source", bron=source.bron or "–", aantal=format_int(source.aantal),
                 peildatum=format_date(source.peildatum) if source.peildatum else "–")
    else:
        line = T("section_source_none", totaal=format_int(sheet.verdeling.totaal))
    lines = [line, T(f"realised_{categorie}")] if f"realised_{categorie}" in pdf_texts.text else [line]
    if categorie == "huisvesting":
        lines.append(T("carried_note"))
    said = {source.text() if source else "", sheet.population_note}  # the source line; the verantwoording
    lines += [note for note in sheet.notes if note not in said]
    return [Paragraph(esc(text), s["source"]) for text in lines]


def _table(categorie: str, sheet: Worksheet, width: float):
    huisvesting = categorie == "huisvesting"
    headers = [C("gemeente"), C("regio"), C("taakstelling") if huisvesting else C("opgave")]
    kinds = [TEXT, TEXT, NUMBER]
    if huisvesting:
        headers += [C("carried"), C("target")]
        kinds += [NUMBER, NUMBER]
    headers += [C("realised"), C("remaining")]
    kinds += [NUMBER, NUMBER]
    if huisvesting:
        headers.append(C("status"))
        kinds.append(TEXT)
    rows = []
    for row in by_name(sheet):
        line: list[object] = [row.naam, row.regio or "–", number(row.assigned)]
        if huisvesting:
            line += [number(row.carried), number(row.target)]
        line += [number(row.realised), number(row.gap)]
        if huisvesting:
            line.append(pdf_texts.status_name(row.status))
        rows.append(line)
    total: list[object] = [C("total"), "", number(sum(r.assigned for r in sheet.rows))]
    if huisvesting:
        total += [number(sum(r.carried for r in sheet.rows)), number(sum(r.target for r in sheet.rows))]
    total += [number(_sum_known(r.realised for r in sheet.rows)), number(_sum_known(r.gap for r in sheet.rows))]
    if huisvesting:
        total.append("")
        widths = [100, 84, 56, 48, 64, 58, 54]
        widths.append(width - sum(widths))  # status: groen / oranje / rood
    else:
        widths = [140, 140, 60, 65, 65]
        widths[1] = width - sum(widths) + widths[1]
    return data_table(headers, rows, widths, kinds, total=total, head_style="head_small")


def _sum_known(values) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


# --- the verantwoording -------------------------------------------------------------------

def account(categorie: str, sheet: Worksheet, periode: str) -> list:
    s = styles()
    width = frame_width()
    computed = sheet.computed
    result = computed.result
    title = f"{T('account')}: {pdf_texts.opgave_name(categorie)}"
    story: list = [PageBreak(), Heading(esc(title), s["h2"], account_key(categorie), outline=T("account"), level=1),
                   key_value_table(account_pairs(categorie, sheet, periode), [130, width - 130])]
    lines = {code: result.line(code) for code in computed.scope_codes}
    names = {row.code: row.naam for row in sheet.rows}
    story.append(Paragraph(esc(T("constraints")), s["h3"]))
    constrained = [f"{names.get(code, code)}: {line.constraint}" for code, line in lines.items() if line.constraint]
    constrained += [T("credit_line", naam=names.get(code, code), krediet=format_int(line.credit),
                      na_krediet=format_int(line.remaining)) + (f"; {line.credit_note}" if line.credit_note else "")
                    for code, line in lines.items() if line.credit]
    story += [Paragraph(esc(text), s["small"]) for text in constrained or [T("constraints_none")]]
    story.append(Paragraph(esc(T("ties")), s["h3"]))
    scope = set(computed.scope_codes)
    ties = [result.describe_tie(tie) for tie in result.ties if scope & set(tie.units)]
    story += [Paragraph(esc(text), s["small"]) for text in ties or [T("ties_none")]]
    story.append(Paragraph(esc(T("exchanges")), s["h3"]))
    exchanges = [entry.text(names) for entry in computed.exchange_log]
    story += [Paragraph(esc(text), s["small"]) for text in exchanges or [T("exchanges_none")]]
    story += _regio_tables(computed, width)
    story.append(Spacer(1, 6))
    story.append(_account_table(sheet, lines, width))
    return story


def account_pairs(categorie: str, sheet: Worksheet, periode: str) -> list[tuple[str, str]]:
    """The head of the verantwoording: only the lines that apply to this verdeling."""
    result = sheet.computed.result
    national = sheet.settings.bereik == "landelijk"
    pairs = [
        (T("account_total_national" if national else "account_total"), format_int(result.total)),
        (T("account_key"), result.key_description or "–"),
        (T("account_peildatum"), _peildatum(categorie, sheet, periode)),
        (T("account_method"), result.method.label),
    ]
    if result.divisor is not None:
        pairs.append((T("account_divisor"), format_fraction(result.divisor, 4)))
    if result.has_credit:
        pairs.append((T("account_credit"), result.surplus_policy.label))
    distributed = format_int(result.allocated_sum)
    if result.exceeds_total:  # art. 29 rounds every gemeente up: the national sum is above the total
        distributed = T("account_exceeds", verdeeld=distributed, totaal=format_int(result.total),
                        excess=format_int(result.excess))
    pairs.append((T("account_distributed"), distributed))
    if result.ties:
        pairs.append((T("account_tie_rule"), tie_rule()))
    if national:
        pairs.append((T("account_scope"), T("account_scope_national")))
    return pairs


def _peildatum(categorie: str, sheet: Worksheet, periode: str) -> str:
    """The population date used; for huisvesting also whether it is the one the law names, and
    why not where it is not."""
    peildatum = sheet.computed.result.peildatum
    used = format_date_long(peildatum)
    if sheet.population_note:
        return f"{used}. {sheet.population_note}"
    wanted = HalfYear.parse(periode).population_reference_date
    if categorie == "huisvesting" and str(peildatum) == wanted.isoformat():
        return T("account_peildatum_law", datum=used)
    return used


def _regio_tables(computed, width: float) -> list:
    s = styles()
    story: list = []
    if computed.group_result is not None:
        group = computed.group_result
        story.append(Paragraph(esc(T("regio_step")), s["h3"]))
        story.append(data_table(
            [C("regio"), C("key"), C("quota"), C("share"), C("rounding")],
            [[group.labels.get(line.unit, line.unit), key_text(line.key), format_fraction(line.quota, 4),
              number(line.result), line.rounding] for line in group.lines],
            [120, 70, 70, 55, width - 315], [TEXT, NUMBER, NUMBER, NUMBER, TEXT]))
    if computed.group_result is None and len(computed.steps) > 1:  # a total given per regio
        story.append(Paragraph(esc(T("regio_totals")), s["h3"]))
        story.append(data_table(
            [C("regio"), C("opgave"), C("distributed")],
            [[name, number(step.total), number(step.allocated_sum)]
             for step, name in zip(computed.steps, step_names(computed), strict=True)],
            [200, 70, 70], [TEXT, NUMBER, NUMBER],
            total=[C("total"), number(sum(step.total for step in computed.steps)),
                   number(sum(step.allocated_sum for step in computed.steps))]))
    return story


def _account_table(sheet: Worksheet, lines: dict, width: float):
    with_constraints = any(line.constraint for line in lines.values())
    rows = []
    for row in by_name(sheet):
        line = lines[row.code]
        rows.append([row.naam, key_text(line.key), format_fraction(line.quota, 4), number(line.result),
                     line.rounding] + ([line.constraint or ""] if with_constraints else []))
    headers = [C("gemeente"), C("key"), C("quota"), C("share"), C("rounding")]
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


def step_names(computed) -> list[str]:
    """The regio of each step (older computations without names: the key's last part)."""
    if len(computed.step_names) == len(computed.steps):
        return list(computed.step_names)
    return [step.key_description.rsplit(" ", 1)[-1] for step in computed.steps]


def key_text(value) -> str:
    return format_int(value.numerator) if value.denominator == 1 else format_fraction(value, 4)
