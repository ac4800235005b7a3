"""Every fixed text of the PDF documents, in one place.

The documents are Dutch government documents, so Dutch is the only language today. An English
version is a second dict with the same keys; ``text(key, language)`` picks it.
"""

from __future__ import annotations

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

LANGUAGES = {"nl": (NL, COLUMNS_NL, OPGAVEN_NL, OPGAVEN_SHORT_NL)}


def text(key: str, language: str = "nl", **values) -> str:
    template = LANGUAGES[language][0][key]
    return template.format(**values) if values else template


def column(key: str, language: str = "nl") -> str:
    return LANGUAGES[language][1][key]


def opgave_name(categorie: str, language: str = "nl", short: bool = False) -> str:
    names = LANGUAGES[language][3 if short else 2]
    return names.get(categorie, categorie)
