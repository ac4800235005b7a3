"""One section of the meeting pack per opgave: what it is and where its numbers come from, how
it relates to the other opgaven, the table per gemeente, chart, map, and the verantwoording.

Words are the application's: "opgave" (huisvesting: "taakstelling"), "overloop", "gecorrigeerde
taakstelling", "gerealiseerd", "nog te realiseren"; in the verantwoording "aandeel" is what the
verdeling gives a gemeente before exchanges, "rest" the rounding remainder and "overschot" the
part of a credit above the share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from regietafel.documents import pdf_texts
from regietafel.documents.pdf_canvas import Heading
from regietafel.documents.pdf_charts import opgave_chart
from regietafel.documents.pdf_map import MIN_MAP_HEIGHT, map_flowable
from regietafel.documents.pdf_style import Paragraph, esc, frame_height, frame_width, styles
from regietafel.documents.pdf_tables import (
    CELL_PADDING,
    NUMBER,
    TEXT,
    data_table,
    fitted_widths,
    key_value_table,
    number,
)
from regietafel.domain.apportionment import tie_rule
from regietafel.domain.formatting import format_date, format_date_long, format_fraction, format_int
from regietafel.domain.periods import HalfYear

if TYPE_CHECKING:  # types only: the store's data modules are not imported to render
    from regietafel.store.document_data import DocumentData
    from regietafel.store.worksheet import Worksheet

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
    title = caption(T("chart_title"), sheet)
    # The chart fits one page with its title (which keeps with it), however many gemeenten.
    room = frame_height() - sum(p.wrap(width, frame_height())[1] + p.getSpaceBefore() + p.getSpaceAfter()
                                for p in title)
    story += [CondPageBreak(200), *title,
              opgave_chart([r.naam for r in rows], [r.target for r in rows], [r.realised for r in rows], width,
                           max_height=room)]
    # The same map as the app's Overzicht tab: share realised per gemeente; it takes the rest of
    # the page (or the next one). Without any realisation a sentence says so instead.
    chart_map = map_flowable(data.overview, "percentage", categorie=categorie, provincie=data.provincie,
                             title=pdf_texts.opgave_name(categorie, short=True))
    if chart_map is None:
        story += [*caption(T("map_title"), sheet), Paragraph(esc(T("map_no_data")), s["body"])]
    else:
        story += [CondPageBreak(MIN_MAP_HEIGHT + 45), *caption(T("map_title"), sheet), chart_map]
    story += account(categorie, sheet, data.periode)
    return story


def caption(title: str, sheet: Worksheet) -> list:
    """A chart's or map's title with its stand-per date, and under it the estimate labels of
    the figures it draws (demo data, estimates) where there are any."""
    s = styles()
    stand = esc(T("stand_short", datum=format_date(sheet.stand_per)))
    story: list = [Paragraph(f"{esc(title)} <font size=8>({stand})</font>", s["h2"])]
    if sheet.estimates:
        labels = Paragraph(esc(" ".join(sheet.estimates)), s["source"])
        labels.keepWithNext = True  # with the title, on the page of the chart or map
        story.append(labels)
    return story


def _total_text(sheet: Worksheet) -> str:
    """The province's own sum; a national computation's total is context beside it."""
    total = format_int(sheet.computed.province_total)
    if sheet.settings.bereik != "landelijk":
        return total
    landelijk = format_int(sheet.computed.result.total)
    official = [row for row in sheet.rows if row.official is not None]
    if not official:
        return T("national_total", totaal=total, landelijk=landelijk)
    computed = sum(row.computed if row.computed is not None else row.assigned for row in sheet.rows)
    return T("national_total_official", totaal=total, aantal=len(official), landelijk=landelijk,
             berekend=format_int(computed))


def relation_lines(categorie: str, data: DocumentData) -> list[str]:
    """Where one opgave's places are counted in another: said on both sides, so that nobody adds
    the amv places to opvang or huisvesting a second time."""
    sheets = data.overview.worksheets
    if categorie in PART_OF:
        return [T(f"relation_{categorie}")]
    parts = [part for part, whole in PART_OF.items() if whole == categorie and part in sheets]
    return [T(f"relation_{categorie}", aantal=format_int(sheets[part].assigned_total)) for part in parts]


def source_line(sheet: Worksheet, with_stand: bool = True) -> str:
    """Where the total comes from and its peildatum, and (unless the page says it once for all)
    the stand-per date of the figures."""
    source, stand = sheet.source, format_date(sheet.stand_per)
    suffix = "_stand" if with_stand else ""
    if source is None:
        return T(f"section_source_none{suffix}", totaal=format_int(sheet.verdeling.totaal), stand=stand)
    return T(f"section_source{suffix}", bron=source.bron or "–", aantal=format_int(source.aantal),
             peildatum=format_date(source.peildatum) if source.peildatum else "–", stand=stand)


def source_lines(categorie: str, sheet: Worksheet) -> list:
    """Above the table: the section's own source, peildatum and stand-per date in one short line
    (followed by the labels of figures that are estimates or demo data: marked where they are
    used, not only on the cover), and what the columns count."""
    s = styles()
    labels = "".join(f" <b>{esc(label)}</b>" for label in sheet.estimates)
    lines = [T(f"realised_{categorie}")] if f"realised_{categorie}" in pdf_texts.text else []
    if categorie == "huisvesting":
        lines.append(T("carried_note"))
    return [Paragraph(esc(source_line(sheet)) + labels, s["source"]),
            *[Paragraph(esc(text), s["source"]) for text in lines]]


def _table(categorie: str, sheet: Worksheet, width: float):
    """Per gemeente the number it must realise and how far it is; with official figures the
    computation beside them (a star where they differ), before the half-year's end the status
    as a forecast (said once, in the header)."""
    huisvesting, official = categorie == "huisvesting", sheet.has_official
    headers = [C("gemeente"), C("regio"), C("taakstelling") if huisvesting else C("opgave")]
    kinds = [TEXT, TEXT, NUMBER]
    if official:
        headers.append(C("computed"))
        kinds.append(NUMBER)
    if huisvesting:
        headers += [C("carried"), C("target")]
        kinds += [NUMBER, NUMBER]
    headers += [C("realised"), C("remaining")]
    kinds += [NUMBER, NUMBER]
    if huisvesting:
        headers.append(C("status") + (f" ({T('status_note_forecast')})" if sheet.forecast else ""))
        kinds.append(TEXT)
    rows = []
    for row in by_name(sheet):
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
    widths = fitted_widths(headers, kinds, width, {0: 0.5, 1: 0.5}, rows=[*rows, total])
    widths[0:2] = _name_and_regio(sheet, widths[0] + widths[1])
    return data_table(headers, rows, widths, kinds, total=total, head_style="head_small",
                      notes=_table_notes(categorie, sheet))


def _name_and_regio(sheet: Worksheet, room: float) -> list[float]:
    """Widths for the gemeente and regio columns: both on one line where they fit; where not, the
    regio keeps its line (a few long names wrap between their words instead)."""
    style = styles()["cell"]
    padding = CELL_PADDING + 1

    def need(values) -> float:
        return max((stringWidth(v, style.fontName, style.fontSize) for v in values if v), default=0) + padding

    name = need(row.naam + (" *" if row.differs else "") for row in sheet.rows)
    regio = min(need(row.regio for row in sheet.rows), 0.6 * room)
    if name + regio <= room:  # both fit: the room left over is shared
        extra = (room - name - regio) / 2
        return [name + extra, regio + extra]
    return [room - regio, regio]


def _table_notes(categorie: str, sheet: Worksheet) -> list[str]:
    """Under the table: what the star means and whose figures are official; the status rule."""
    lines = []
    if sheet.has_official:
        sources = sorted({r.source for r in sheet.rows if r.official is not None})
        lines.append(T("official_note", sources="; ".join(sources)))
    if categorie == "huisvesting" and sheet.status_rule:
        lines.append(sheet.status_rule)
    return lines


def notes(sheet: Worksheet) -> list[str]:
    """The notes on the numbers that the source line and the head of the verantwoording do not
    already say: a different total, the province's fixed sum, where the overloop starts."""
    said = {sheet.source.text() if sheet.source else "", sheet.population_note}
    return [note for note in sheet.notes if note not in said]


def _sum_known(values) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


# --- the verantwoording -------------------------------------------------------------------

def account(categorie: str, sheet: Worksheet, periode: str) -> list:
    s = styles()
    width = frame_width()
    computed = sheet.computed
    result = computed.result
    adjusted = computed.within or result  # where locks, bounds and credit took effect
    title = f"{T('account')}: {pdf_texts.opgave_name(categorie)}"
    story: list = [PageBreak(), Heading(esc(title), s["h2"], account_key(categorie), outline=T("account"), level=1),
                   key_value_table(account_pairs(categorie, sheet, periode), [130, width - 130])]
    names = {row.code: row.naam for row in sheet.rows}
    lines = {code: adjusted.line(code) for code in computed.scope_codes}
    story.append(Paragraph(esc(T("constraints")), s["h3"]))
    constrained = [f"{names.get(code, code)}: {line.constraint}" for code, line in lines.items() if line.constraint]
    constrained += [T("credit_line", naam=names.get(code, code), krediet=format_int(line.credit),
                      na_krediet=format_int(line.remaining)) + (f"; {line.credit_note}" if line.credit_note else "")
                    for code, line in lines.items() if line.credit]
    story += [Paragraph(esc(text), s["small"]) for text in constrained or [T("constraints_none")]]
    story.append(Paragraph(esc(T("ties")), s["h3"]))
    story += [Paragraph(esc(text), s["small"]) for text in _ties(computed) or [T("ties_none")]]
    story.append(Paragraph(esc(T("exchanges")), s["h3"]))
    exchanges = [entry.text(names) for entry in computed.exchange_log]
    story += [Paragraph(esc(text), s["small"]) for text in exchanges or [T("exchanges_none")]]
    remarks = notes(sheet)
    if remarks:
        story.append(Paragraph(esc(T("notes")), s["h3"]))
        story += [Paragraph(esc(text), s["small"]) for text in remarks]
    story += _regio_tables(computed, width)
    story.append(Spacer(1, 6))
    story.append(_account_table(sheet, width))
    return story


def _ties(computed) -> list[str]:
    """The ties of the computation that touch the province's gemeenten, and of its re-division."""
    scope = set(computed.scope_codes)
    ties = [computed.result.describe_tie(tie) for tie in computed.result.ties if scope & set(tie.units)]
    if computed.within is not None:
        ties += [computed.within.describe_tie(tie) for tie in computed.within.ties]
    return ties


def account_pairs(categorie: str, sheet: Worksheet, periode: str) -> list[tuple[str, str]]:
    """The head of the verantwoording: only the lines that apply to this verdeling."""
    computed = sheet.computed
    result = computed.result
    national = sheet.settings.bereik == "landelijk"
    pairs = [
        (T("account_total_national" if national else "account_total"), format_int(result.total)),
        (T("account_key"), result.key_description or "–"),
        (T("account_peildatum"), _peildatum(categorie, sheet, periode)),
        (T("account_method"), result.method.label),
    ]
    if result.divisor is not None:
        pairs.append((T("account_divisor"), format_fraction(result.divisor, 4)))
    if (computed.within or result).has_credit:
        pairs.append((T("account_credit"), (computed.within or result).surplus_policy.label))
    distributed = format_int(result.allocated_sum)
    if result.exceeds_total:  # art. 29 rounds every gemeente up: the national sum is above the total
        distributed = T("account_exceeds", verdeeld=distributed, totaal=format_int(result.total),
                        excess=format_int(result.excess))
    pairs.append((T("account_distributed"), distributed))
    if _ties(computed):
        pairs.append((T("account_tie_rule"), tie_rule()))
    if national:
        pairs.append((T("account_scope"), T("account_scope_national")))
    if computed.province_fixed:  # the province divides its own sum: official figures, a national computation
        pairs.append((T("account_province_total"), format_int(computed.province_total)))
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


def _account_table(sheet: Worksheet, width: float):
    """Per gemeente key, quota and share. Where a gemeente's share is not the computation's
    (official figures, a re-division inside the province's fixed sum) the computation is the
    check beside it, and each line says where the number comes from."""
    computed = sheet.computed
    shares = (computed.within.allocations if computed.within else computed.basis) if computed.province_fixed else {}
    if computed.official or any(shares[row.code] != row.computed for row in sheet.rows if row.code in shares):
        headers = [C("gemeente"), C("key"), C("quota"), C("computed"), C("share"), C("explanation")]
        kinds = [TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT]
        rows = [[row.naam, key_text(row.key), format_fraction(row.quota, 4), number(row.computed),
                 number(shares[row.code]), row.account] for row in by_name(sheet)]
        total = [C("total"), "", "", number(_sum_known(r.computed for r in sheet.rows)),
                 number(sum(shares[r.code] for r in sheet.rows)), ""]
        widths = fitted_widths(headers, kinds, width, {0: 0.35, 5: 0.65}, "head", 36, rows=[*rows, total])
        return data_table(headers, rows, widths, kinds, total=total)
    lines = {code: computed.result.line(code) for code in computed.scope_codes}
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
