"""Every fixed text of the PDF documents, in one place, in Dutch and English.

``text(key, language)`` picks the table; without ``language`` the current language applies
(:func:`regietafel.domain.language.set_language`, set by ``install_translators`` from the setting
or ``--lang``). Both tables have the same keys and placeholders (``tests/documents/test_texts.py``).
"""

from __future__ import annotations

import datetime as dt

from regietafel.domain.catalogue import Catalogue
from regietafel.domain.formatting import format_date

NL: dict[str, str] = {
    "concept": "CONCEPT",
    "concept_notice": "CONCEPT: in dit stuk staan verdelingen die nog niet zijn vastgesteld.",
    "vastgesteld_notice": "Alle verdelingen in dit stuk zijn vastgesteld.",
    "pack_title": "Vergaderstukken Provinciale Regietafel",
    "pack_subtitle": "PRT {provincie}",
    "meeting_line": "Vergadering van {datum}",
    "no_meeting": "Geen vergadering vastgelegd",
    "place": "Plaats",
    "attendees": "Aanwezigen",
    "period": "Periode",
    "made_on": "Opgesteld op",
    "contents": "Inhoud",
    "agenda": "Agenda",
    "agenda_none": "Er is (nog) geen vergadering met een agenda vastgelegd voor deze provincie.",
    "agenda_empty": "De agenda van deze vergadering is nog leeg.",
    "overview": "Overzicht opgaven per gemeente",
    "overview_intro": ("Per gemeente de opgave, wat gerealiseerd is (gereal.) en wat nog te realiseren is "
                       "(nog te real.), periode {periode}. Een negatief getal bij 'nog te realiseren' betekent "
                       "een voorsprong. Huisvesting: opgave inclusief achterstand of voorsprong uit de vorige periode."),
    "section": "{opgave}",
    "section_intro": ("Verdeling versie {versie} ({status}); totaal {totaal}, verdeelsleutel {sleutel}, "
                      "methode {methode}."),
    "status_concept": "concept",
    "status_vastgesteld": "vastgesteld in de PRT van {datum}",
    "status_vastgesteld_nodate": "vastgesteld",
    "chart_title": "Opgave en gerealiseerd per gemeente",
    "map_title": "Kaart: deel van de opgave gerealiseerd per gemeente",
    "factsheet_map_title": "De gemeente in de provincie (opvang: deel gerealiseerd)",
    "chart_no_realisation": "Voor deze opgave is nog geen realisatie per gemeente bekend.",
    "account": "Verantwoording",
    "account_total": "Totaal te verdelen",
    "account_key": "Verdeelsleutel",
    "account_peildatum": "Peildatum",
    "account_method": "Methode",
    "account_credit": "Krediet",
    "account_distributed": "Verdeeld",
    "account_tie_rule": "Gelijke-standregel",
    "account_divisor": "Deler",
    "account_scope": "Bereik",
    "account_scope_national": "landelijk verdeeld; hieronder de gemeenten van de provincie",
    "constraints": "Beperkingen",
    "constraints_none": "Geen beperkingen (vastgezette aantallen, minima, maxima of verrekeningen).",
    "ties": "Gelijke standen",
    "ties_none": "Geen gelijke standen.",
    "exchanges": "Uitwisselingen",
    "exchanges_none": "Geen uitwisselingen tussen gemeenten.",
    "notes": "Opmerkingen",
    "regio_step": "Stap 1: verdeling over regio's",
    "regio_totals": "Opgave per regio",
    "previous_meeting": "Besluitenlijst en actiepunten vorige vergadering",
    "previous_meeting_of": "Vorige vergadering: {datum}, {plaats}",
    "previous_none": "Er is geen eerdere vergadering vastgelegd.",
    "decisions": "Besluitenlijst",
    "decisions_none": "Geen besluiten vastgelegd.",
    "actions_open": "Openstaande actiepunten",
    "actions_open_none": "Er staan geen actiepunten open.",
    "actions_previous": "Actiepunten vorige vergadering",
    "footer_left": "{titel} · {datum}",
    "footer_page": "pagina {page} van {pages}",
    "footer_source": "Bron: CBS; {bronnen}",
    "footer_source_more": " … (alle bronnen op pagina 1)",
    "sources": "Bronnen",
    "source_cbs": "CBS, Gebieden in Nederland 2024 en bevolking op 1 januari (StatLine), CC BY 4.0",
    "factsheet_title": "Factsheet {gemeente}",
    "factsheet_subtitle": "Provincie {provincie} · periode {periode} · stand {datum}",
    "factsheet_intro": ("Opgaven van de gemeente {gemeente} voor de periode {periode}, met wat gerealiseerd is. "
                        "Cijfers uit Regietafel, gelijk aan het overzicht in de vergaderstukken."),
    "factsheet_chart": "Opgave en gerealiseerd per opgave",
    "factsheet_trend": "Verloop huisvesting vergunninghouders (gehuisvest per maand)",
    "factsheet_trend_none": "Nog geen verloop per maand bekend.",
    "factsheet_basis": "Grondslag van de verdelingen",
    "realised_pct": "% gerealiseerd",
    "legend_opgave": "Opgave",
    "legend_realised": "Gerealiseerd",
    "unknown": "–",
    "status_groen": "groen",
    "status_oranje": "oranje",
    "status_rood": "rood",
    "factsheet_basis_line": "versie {versie} ({status}), totaal {totaal}, {sleutel}, {methode}",
    "factsheets_title": "Factsheets {provincie}",
    "factsheets_document": "Factsheets gemeenten {provincie} {periode}",
    "source_only_cbs": "Bron: CBS",
    # map and monitor charts
    "map_source": "Bron: CBS",
    "chart.opgave": "Opgave",
    "chart.realised": "Gerealiseerd",
    "chart.no_figures": "geen cijfers",
    "chart.realised_cumulative": "Gerealiseerd (cumulatief)",
    "chart.taakstelling": "Taakstelling",
    "chart.corrected_taakstelling": "Gecorrigeerde taakstelling",
    "chart.housed": "Gehuisvest",
    "chart.achterstand": "Achterstand",
    "chart.capacity": "Capaciteit (locaties)",
    "chart.opgave_on": "Opgave {n} op {date}",
    "chart.deadline": "Peildatum opgave",
    "stand_per": "Stand per",
    "stand_per_line": "Stand per {datum}: cijfers van na die datum tellen niet mee.",
    "stand_short": "stand per {datum}",
    "status_note_forecast": "prognose",
    "status_note_repeat": "herhaald achter",
    "source_official": "officieel",
    "source_computed": "berekend",
    "official_note": "* Officieel cijfer wijkt af van de berekening (die staat in de kolom Berekend). Bronnen van de officiële cijfers: {sources}.",
    "official_sources": "Bronnen van de officiële cijfers: {sources}.",
    "amv_part_note": "Waarvan amv: {naam}, onderdeel van deze opgave en er niet bij opgeteld.",
    "account_province_total": "Som van de provincie (vast)",
}

COLUMNS_NL: dict[str, str] = {
    "gemeente": "Gemeente",
    "regio": "Regio",
    "opgave": "Opgave",
    "assigned": "Toegewezen",
    "carried": "Achterstand (+) / voorsprong (−)",
    "target": "Opgave incl. overloop",
    "realised": "Gerealiseerd",
    "remaining": "Nog te realiseren",
    "status": "Status",
    "key": "Sleutel",
    "quota": "Quotum",
    "rounding": "Afronding",
    "constraint": "Beperking",
    "total": "Totaal",
    "nr": "Nr.",
    "item": "Agendapunt",
    "decision": "Besluit",
    "action": "Actiepunt",
    "owner": "Eigenaar",
    "deadline": "Deadline",
    "meeting": "Vergadering",
    "version": "Versie",
    "realised_short": "Gereal.",
    "remaining_short": "Nog te real.",
    "computed": "Berekend",
    "source": "Bron",
    "amv": "Waarvan amv",
}

# Names of the opgaven as the documents print them.
OPGAVEN_NL: dict[str, str] = {
    "opvang": "Opvang asielzoekers",
    "huisvesting": "Huisvesting vergunninghouders",
    "amv_coa": "Amv: opvang COA",
    "amv_nidos": "Amv: huisvesting Nidos",
    "oekraine": "Opvang ontheemden Oekraïne",
    "crisisnoodopvang": "Crisisnoodopvang",
}
OPGAVEN_SHORT_NL: dict[str, str] = {
    "opvang": "Opvang",
    "huisvesting": "Huisvesting",
    "amv_coa": "Amv COA",
    "amv_nidos": "Amv Nidos",
    "oekraine": "Oekraïne",
}

EN: dict[str, str] = {
    "concept": "DRAFT",
    "concept_notice": "DRAFT: this document contains distributions that have not been adopted yet.",
    "vastgesteld_notice": "All distributions in this document have been adopted.",
    "pack_title": "Meeting documents Provincial Regietafel",
    "pack_subtitle": "PRT {provincie}",
    "meeting_line": "Meeting of {datum}",
    "no_meeting": "No meeting recorded",
    "place": "Place",
    "attendees": "Attendees",
    "period": "Period",
    "made_on": "Prepared on",
    "contents": "Contents",
    "agenda": "Agenda",
    "agenda_none": "No meeting with an agenda has been recorded for this province (yet).",
    "agenda_empty": "The agenda of this meeting is still empty.",
    "overview": "Overview of the tasks per municipality",
    "overview_intro": ("Per municipality the task, what has been realised (realised) and what is still to be realised "
                       "(to realise), period {periode}. A negative number under 'to realise' means a surplus. "
                       "Housing: task including the shortfall or surplus carried over from the previous period."),
    "section": "{opgave}",
    "section_intro": ("Distribution version {versie} ({status}); total {totaal}, distribution key {sleutel}, "
                      "method {methode}."),
    "status_concept": "draft",
    "status_vastgesteld": "adopted in the PRT of {datum}",
    "status_vastgesteld_nodate": "adopted",
    "chart_title": "Task and realised per municipality",
    "map_title": "Map: share of the task realised per municipality",
    "factsheet_map_title": "The municipality in the province (reception: share realised)",
    "chart_no_realisation": "No realisation per municipality is known for this task yet.",
    "account": "Account",
    "account_total": "Total to divide",
    "account_key": "Distribution key",
    "account_peildatum": "Reference date",
    "account_method": "Method",
    "account_credit": "Credit",
    "account_distributed": "Distributed",
    "account_tie_rule": "Tie rule",
    "account_divisor": "Divisor",
    "account_scope": "Scope",
    "account_scope_national": "divided nationally; below the municipalities of the province",
    "constraints": "Constraints",
    "constraints_none": "No constraints (fixed numbers, minimums, maximums or credits).",
    "ties": "Ties",
    "ties_none": "No ties.",
    "exchanges": "Exchanges",
    "exchanges_none": "No exchanges between municipalities.",
    "notes": "Notes",
    "regio_step": "Step 1: distribution over regions",
    "regio_totals": "Task per region",
    "previous_meeting": "Decisions and action items of the previous meeting",
    "previous_meeting_of": "Previous meeting: {datum}, {plaats}",
    "previous_none": "No earlier meeting has been recorded.",
    "decisions": "Decisions",
    "decisions_none": "No decisions recorded.",
    "actions_open": "Open action items",
    "actions_open_none": "There are no open action items.",
    "actions_previous": "Action items of the previous meeting",
    "footer_left": "{titel} · {datum}",
    "footer_page": "page {page} of {pages}",
    "footer_source": "Source: CBS; {bronnen}",
    "footer_source_more": " … (all sources on page 1)",
    "sources": "Sources",
    "source_cbs": "CBS, Gebieden in Nederland 2024 and population on 1 January (StatLine), CC BY 4.0",
    "factsheet_title": "Factsheet {gemeente}",
    "factsheet_subtitle": "Province {provincie} · period {periode} · as of {datum}",
    "factsheet_intro": ("Tasks of the municipality of {gemeente} for the period {periode}, with what has been realised. "
                        "Figures from Regietafel, the same as the overview in the meeting documents."),
    "factsheet_chart": "Task and realised per task",
    "factsheet_trend": "Housing of permit holders over time (housed per month)",
    "factsheet_trend_none": "No monthly figures known yet.",
    "factsheet_basis": "Basis of the distributions",
    "realised_pct": "% realised",
    "legend_opgave": "Task",
    "legend_realised": "Realised",
    "unknown": "–",
    "status_groen": "green",
    "status_oranje": "orange",
    "status_rood": "red",
    "factsheet_basis_line": "version {versie} ({status}), total {totaal}, {sleutel}, {methode}",
    "factsheets_title": "Factsheets {provincie}",
    "factsheets_document": "Factsheets municipalities {provincie} {periode}",
    "source_only_cbs": "Source: CBS",
    # map and monitor charts
    "map_source": "Source: CBS",
    "chart.opgave": "Task",
    "chart.realised": "Realised",
    "chart.no_figures": "no figures",
    "chart.realised_cumulative": "Realised (cumulative)",
    "chart.taakstelling": "Housing task",
    "chart.corrected_taakstelling": "Corrected housing task",
    "chart.housed": "Housed",
    "chart.achterstand": "Shortfall",
    "chart.capacity": "Capacity (locations)",
    "chart.opgave_on": "Task {n} on {date}",
    "chart.deadline": "Deadline",
    "stand_per": "Figures as of",
    "stand_per_line": "Figures as of {datum}: anything dated after it is left out.",
    "stand_short": "as of {datum}",
    "status_note_forecast": "forecast",
    "status_note_repeat": "repeatedly behind",
    "source_official": "official",
    "source_computed": "computed",
    "official_note": "* Official figure differs from the computation (shown in the Computed column). Sources of the official figures: {sources}.",
    "official_sources": "Sources of the official figures: {sources}.",
    "amv_part_note": "Of which amv: {naam}, part of this task and not added to it.",
    "account_province_total": "The province's sum (fixed)",
}

COLUMNS_EN: dict[str, str] = {
    "gemeente": "Municipality",
    "regio": "Region",
    "opgave": "Task",
    "assigned": "Assigned",
    "carried": "Shortfall (+) / surplus (−)",
    "target": "Task incl. carry-over",
    "realised": "Realised",
    "remaining": "Still to realise",
    "status": "Status",
    "key": "Key",
    "quota": "Quota",
    "rounding": "Rounding",
    "constraint": "Constraint",
    "total": "Total",
    "nr": "No.",
    "item": "Agenda item",
    "decision": "Decision",
    "action": "Action item",
    "owner": "Owner",
    "deadline": "Deadline",
    "meeting": "Meeting",
    "version": "Version",
    "realised_short": "Realised",
    "remaining_short": "To realise",
    "computed": "Computed",
    "source": "Source",
    "amv": "Of which amv",
}

OPGAVEN_EN: dict[str, str] = {
    "opvang": "Reception of asylum seekers",
    "huisvesting": "Housing of permit holders",
    "amv_coa": "Unaccompanied minors: COA reception",
    "amv_nidos": "Unaccompanied minors: Nidos housing",
    "oekraine": "Reception of displaced persons from Ukraine",
    "crisisnoodopvang": "Crisis emergency reception",
}
OPGAVEN_SHORT_EN: dict[str, str] = {
    "opvang": "Reception",
    "huisvesting": "Housing",
    "amv_coa": "Amv COA",
    "amv_nidos": "Amv Nidos",
    "oekraine": "Ukraine",
}

text = Catalogue("pdf", NL, EN)
column = Catalogue("pdf columns", COLUMNS_NL, COLUMNS_EN)
_opgaven = Catalogue("pdf opgaven", OPGAVEN_NL, OPGAVEN_EN)
_opgaven_short = Catalogue("pdf opgaven short", OPGAVEN_SHORT_NL, OPGAVEN_SHORT_EN)


def opgave_name(categorie: str, language: str | None = None, short: bool = False) -> str:
    names = _opgaven_short if short else _opgaven
    return names(categorie, language) if categorie in names else categorie


def status_name(status: str, language: str | None = None) -> str:
    """groen / oranje / rood as printed ("green" in English); other values unchanged."""
    key = f"status_{status}"
    return text(key, language) if status and key in text else status


def version_status(status: str, vastgesteld_op: dt.date | None) -> str:
    """"concept", or "vastgesteld in de PRT van 16-10-2023" (the version's status as printed)."""
    if status == "concept":
        return text("status_concept")
    if vastgesteld_op:
        return text("status_vastgesteld", datum=format_date(vastgesteld_op))
    return text("status_vastgesteld_nodate")


def status_label(status: str, forecast: bool = False, repeat: bool = False, language: str | None = None) -> str:
    """A status as printed with what it rests on: "oranje (prognose)", "rood (herhaald achter)"."""
    notes = [text("status_note_repeat", language)] if repeat else []
    if forecast and status:
        notes.append(text("status_note_forecast", language))
    name = status_name(status, language)
    return f"{name} ({', '.join(notes)})" if notes and name else name
