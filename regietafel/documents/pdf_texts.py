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
                       "een voorsprong. Huisvesting: de gecorrigeerde taakstelling (taakstelling plus overloop "
                       "uit het vorige halfjaar)."),
    "overview_source": ("Bron: de opgaven zoals in het hoofdstuk van elke opgave hierna; gerealiseerd: "
                        "de laatst gemelde stand in de periode {periode}; stand per {stand}."),
    "relation_overview": ("Amv COA is onderdeel van Opvang en Amv Nidos telt mee voor Huisvesting: "
                          "tel deze kolommen niet bij elkaar op."),
    "overview_estimates": "Niet gepubliceerd (schatting of demo): cijfers van {opgaven}; zie bij de opgave wat het betreft.",
    "group_amv_coa": "Amv COA (deel van Opvang)",
    "group_amv_nidos": "Amv Nidos (telt mee voor Huisvesting)",
    "relation_amv_coa": ("Amv COA is onderdeel van de opvangopgave: deze plekken tellen al mee bij Opvang "
                         "asielzoekers. Tel ze er niet bij op."),
    "relation_amv_nidos": ("Amv Nidos telt mee voor de taakstelling huisvesting: deze jongeren tellen al mee bij "
                           "Huisvesting vergunninghouders. Tel ze er niet bij op."),
    "relation_opvang": "Hierin zitten ook de opvangplekken voor amv van COA ({aantal}, zie Amv: opvang COA).",
    "relation_huisvesting": ("Hierin tellen ook de amv mee die via Nidos worden gehuisvest ({aantal}, zie Amv: "
                             "huisvesting Nidos)."),
    "realised_opvang": "Gerealiseerd: het laatst gemelde aantal opvangplekken in gebruik.",
    "realised_huisvesting": "Gerealiseerd: het aantal vergunninghouders dat in het halfjaar is gehuisvest.",
    "realised_amv_coa": "Gerealiseerd: het laatst gemelde aantal amv-plekken van COA in gebruik.",
    "realised_amv_nidos": "Gerealiseerd: het aantal amv dat in het halfjaar via Nidos is gehuisvest.",
    "realised_oekraine": "Gerealiseerd: de capaciteit van de open GOO-locaties aan het eind van de periode.",
    "section_source": "Bron: {bron}; opgave {aantal} per {peildatum}.",
    "section_source_stand": "Bron: {bron}; opgave {aantal} per {peildatum}; stand per {stand}.",
    "carried_note": ("Overloop: achterstand (+) of voorsprong (−) uit het vorige halfjaar. "
                     "Gecorrigeerde taakstelling: de taakstelling plus de overloop."),
    "section_source_none": "Bron: geen gepubliceerd totaal vastgelegd; het totaal {totaal} is in Regietafel ingevoerd.",
    "section_source_none_stand": ("Bron: geen gepubliceerd totaal vastgelegd; het totaal {totaal} is in Regietafel "
                                  "ingevoerd; stand per {stand}."),
    "section_intro": ("Verdeling versie {versie} ({status}); totaal {totaal}, verdeelsleutel {sleutel}, "
                      "methode {methode}."),
    "national_total": "{totaal}: het deel van de provincie in het landelijke totaal {landelijk}",
    "national_total_official": "{totaal}: de officiële cijfers van {aantal} gemeenten en voor de andere hun deel in het landelijke totaal {landelijk} (berekend voor de hele provincie: {berekend})",
    "status_concept": "concept",
    "status_vastgesteld": "vastgesteld in de PRT van {datum}",
    "status_vastgesteld_nodate": "vastgesteld",
    "chart_title": "Opgave en gerealiseerd per gemeente",
    "map_title": "Kaart: deel van de opgave gerealiseerd per gemeente",
    "map_no_data": "Geen kaart: voor deze opgave is nog van geen enkele gemeente bekend wat er gerealiseerd is.",
    "factsheet_map_title": "De gemeente in de provincie (opvang: deel gerealiseerd)",
    "chart_no_realisation": "Voor deze opgave is nog geen realisatie per gemeente bekend.",
    "account": "Verantwoording",
    "account_total": "Totaal te verdelen",
    "account_total_national": "Landelijk totaal te verdelen",
    "account_key": "Verdeelsleutel",
    "account_peildatum": "Peildatum",
    "account_peildatum_law": "{datum}, zoals de Huisvestingswet (art. 29) voorschrijft: 1 januari van het voorafgaande kalenderjaar.",
    "account_exceeds": ("{verdeeld} = {totaal} + {excess}: elke gemeente is naar boven afgerond, zoals de "
                        "Huisvestingswet (art. 29) voorschrijft; daardoor ligt de som boven het totaal."),
    "account_method": "Methode",
    "account_credit": "Verrekening",
    "account_distributed": "Verdeeld",
    "account_tie_rule": "Gelijke-standregel",
    "account_divisor": "Deler",
    "account_scope": "Bereik",
    "account_scope_national": "landelijk verdeeld; hieronder de gemeenten van de provincie",
    "constraints": "Beperkingen",
    "credit_line": "{naam}: verrekening {krediet} (al gerealiseerd), na verrekening {na_krediet}",
    "constraints_none": "Geen beperkingen (vaste aantallen, minima, maxima of verrekeningen).",
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
    "footer_left": "{titel} · {datum}",
    "footer_page": "pagina {page} van {pages}",
    "footer_sources": "Bronnen: zie pagina {page}",
    "sources": "Bronnen",
    "sources_factsheet": "Grondslag en bronnen",
    "source_cbs": "CBS, Gebieden in Nederland 2024 en bevolking op 1 januari (StatLine), CC BY 4.0",
    "factsheet_title": "Factsheet {gemeente}",
    "factsheet_subtitle": "Provincie {provincie} · periode {periode} · stand per {datum}",
    "factsheet_intro": ("Opgaven van de gemeente {gemeente} voor de periode {periode}, met wat gerealiseerd is. "
                        "Cijfers uit Regietafel, gelijk aan het overzicht in de vergaderstukken."),
    "factsheet_chart": "Opgave en gerealiseerd per opgave",
    "factsheet_trend": "Verloop huisvesting vergunninghouders (gehuisvest per maand)",
    "factsheet_trend_none": "Nog geen verloop per maand bekend.",
    "realised_pct": "% gerealiseerd",
    "legend_opgave": "Opgave",
    "legend_realised": "Gerealiseerd",
    "status_groen": "groen",
    "status_oranje": "oranje",
    "status_rood": "rood",
    "factsheet_basis_line": "versie {versie} ({status}), totaal {totaal}, {sleutel}, {methode}",
    "factsheet_official": "Voor {gemeente} geldt het officiële cijfer {officieel} (bron: {bron}); de berekening geeft {berekend}.",
    "factsheets_title": "Factsheets {provincie}",
    "factsheets_document": "Factsheets gemeenten {provincie} {periode}",
    "netherlands": "Nederland",
    "factsheet_document": "Factsheet {gemeente} {periode}",
    "language_tag": "nl-NL",
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
    "stand_per_cover": "{datum} (cijfers van na die datum tellen niet mee)",
    "stand_short": "stand per {datum}",
    "status_note_forecast": "prognose",
    "status_note_repeat": "herhaald achter",
    "official_note": "* Officieel cijfer wijkt af van de berekening (die staat in de kolom Berekend). Bronnen van de officiële cijfers: {sources}.",
    "account_province_total": "Som van de provincie (vast)",
}

COLUMNS_NL: dict[str, str] = {
    "gemeente": "Gemeente",
    "regio": "Regio",
    "opgave": "Opgave",
    "taakstelling": "Taakstelling",
    "share": "Aandeel",
    "distributed": "Verdeeld",
    "carried": "Overloop",
    "target": "Gecorrigeerde taakstelling",
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
    "target_short": "Gecorr. taakst.",
    "remaining_short": "Nog te real.",
    "computed": "Berekend",
    "source": "Bron",
    "amv": "Waarvan amv",
    "explanation": "Toelichting",
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
                       "Housing: the corrected housing task (housing task plus what was carried over from the "
                       "previous half-year)."),
    "overview_source": ("Source: the tasks as in the chapter of each task below; realised: the last reported "
                        "position in the period {periode}; figures as of {stand}."),
    "relation_overview": ("Amv COA is part of Reception and Amv Nidos counts towards Housing: "
                          "do not add these columns up."),
    "overview_estimates": "Not published (estimate or demo): figures of {opgaven}; see the task for what it concerns.",
    "group_amv_coa": "Amv COA (part of Reception)",
    "group_amv_nidos": "Amv Nidos (counts for Housing)",
    "relation_amv_coa": ("Amv COA is part of the reception task: these places already count under Reception of "
                         "asylum seekers. Do not add them to it."),
    "relation_amv_nidos": ("Amv Nidos counts towards the housing task: these minors already count under Housing of "
                           "permit holders. Do not add them to it."),
    "relation_opvang": "This includes the COA reception places for unaccompanied minors ({aantal}, see Amv: COA reception).",
    "relation_huisvesting": ("This includes the unaccompanied minors housed through Nidos ({aantal}, see Amv: "
                             "Nidos housing)."),
    "realised_opvang": "Realised: the last reported number of reception places in use.",
    "realised_huisvesting": "Realised: the number of permit holders housed in the half-year.",
    "realised_amv_coa": "Realised: the last reported number of COA places for minors in use.",
    "realised_amv_nidos": "Realised: the number of minors housed through Nidos in the half-year.",
    "realised_oekraine": "Realised: the capacity of the open GOO locations at the end of the period.",
    "section_source": "Source: {bron}; task {aantal} on {peildatum}.",
    "section_source_stand": "Source: {bron}; task {aantal} on {peildatum}; figures as of {stand}.",
    "carried_note": ("Carried over: shortfall (+) or surplus (−) from the previous half-year. "
                     "Corrected housing task: housing task plus carried over."),
    "section_source_none": "Source: no published total recorded; the total {totaal} was entered in Regietafel.",
    "section_source_none_stand": ("Source: no published total recorded; the total {totaal} was entered in "
                                  "Regietafel; figures as of {stand}."),
    "section_intro": ("Distribution version {versie} ({status}); total {totaal}, distribution key {sleutel}, "
                      "method {methode}."),
    "national_total": "{totaal}: the province's part of the national total {landelijk}",
    "national_total_official": "{totaal}: the official figures of {aantal} municipalities and for the others their part of the national total {landelijk} (computed for the whole province: {berekend})",
    "status_concept": "draft",
    "status_vastgesteld": "adopted in the PRT of {datum}",
    "status_vastgesteld_nodate": "adopted",
    "chart_title": "Task and realised per municipality",
    "map_title": "Map: share of the task realised per municipality",
    "map_no_data": "No map: for this task nothing realised is known yet for any municipality.",
    "factsheet_map_title": "The municipality in the province (reception: share realised)",
    "chart_no_realisation": "No realisation per municipality is known for this task yet.",
    "account": "Account",
    "account_total": "Total to divide",
    "account_total_national": "National total to divide",
    "account_key": "Distribution key",
    "account_peildatum": "Reference date",
    "account_peildatum_law": "{datum}, as the Huisvestingswet (art. 29) prescribes: 1 January of the preceding calendar year.",
    "account_exceeds": ("{verdeeld} = {totaal} + {excess}: every municipality is rounded up, as the Huisvestingswet "
                        "(art. 29) prescribes; so the sum is above the total."),
    "account_method": "Method",
    "account_credit": "Credit",
    "account_distributed": "Distributed",
    "account_tie_rule": "Tie rule",
    "account_divisor": "Divisor",
    "account_scope": "Scope",
    "account_scope_national": "divided nationally; below the municipalities of the province",
    "constraints": "Constraints",
    "credit_line": "{naam}: credit {krediet} (already realised), after credit {na_krediet}",
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
    "footer_left": "{titel} · {datum}",
    "footer_page": "page {page} of {pages}",
    "footer_sources": "Sources: see page {page}",
    "sources": "Sources",
    "sources_factsheet": "Basis and sources",
    "source_cbs": "CBS, Gebieden in Nederland 2024 and population on 1 January (StatLine), CC BY 4.0",
    "factsheet_title": "Factsheet {gemeente}",
    "factsheet_subtitle": "Province {provincie} · period {periode} · as of {datum}",
    "factsheet_intro": ("Tasks of the municipality of {gemeente} for the period {periode}, with what has been realised. "
                        "Figures from Regietafel, the same as the overview in the meeting documents."),
    "factsheet_chart": "Task and realised per task",
    "factsheet_trend": "Housing of permit holders over time (housed per month)",
    "factsheet_trend_none": "No monthly figures known yet.",
    "realised_pct": "% realised",
    "legend_opgave": "Task",
    "legend_realised": "Realised",
    "status_groen": "green",
    "status_oranje": "orange",
    "status_rood": "red",
    "factsheet_basis_line": "version {versie} ({status}), total {totaal}, {sleutel}, {methode}",
    "factsheet_official": "For {gemeente} the official figure {officieel} applies (source: {bron}); the computation gives {berekend}.",
    "factsheets_title": "Factsheets {provincie}",
    "factsheets_document": "Factsheets municipalities {provincie} {periode}",
    "netherlands": "the Netherlands",
    "factsheet_document": "Factsheet {gemeente} {periode}",
    "language_tag": "en-GB",
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
    "stand_per_cover": "{datum} (anything dated after it is left out)",
    "stand_short": "as of {datum}",
    "status_note_forecast": "forecast",
    "status_note_repeat": "repeatedly behind",
    "official_note": "* Official figure differs from the computation (shown in the Computed column). Sources of the official figures: {sources}.",
    "account_province_total": "The province's sum (fixed)",
}

COLUMNS_EN: dict[str, str] = {
    "gemeente": "Municipality",
    "regio": "Region",
    "opgave": "Task",
    "taakstelling": "Housing task",
    "share": "Share",
    "distributed": "Distributed",
    "carried": "Carried over",
    "target": "Corrected housing task",
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
    "target_short": "Corr. housing task",
    "remaining_short": "To realise",
    "computed": "Computed",
    "source": "Source",
    "amv": "Of which amv",
    "explanation": "Explanation",
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
