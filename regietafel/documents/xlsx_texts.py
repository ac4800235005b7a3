"""Every text the Excel workbooks show, in one place, in Dutch (``NL``) and English (``EN``).

The Dutch workbooks go to gemeenten, so they speak the users' Dutch terms: gemeente, opgave,
taakstelling, gerealiseerd, nog te realiseren, peildatum, verantwoording. Without a language the
current one applies (:func:`regietafel.domain.language.set_language`). The uitvraag header row and
sheet name (:data:`regietafel.documents.xlsx_uitvraag.HEADER`) are part of a file format (the
importer reads them back) and stay Dutch in both languages: change them only together with the
importer and :data:`regietafel.documents.xlsx_uitvraag.FORMAT_VERSION`.
"""

from __future__ import annotations

from regietafel.domain.catalogue import Catalogue

NL: dict[str, str] = {
    # categories: sheet names (max. 31 characters, no []:*?/\) and long titles
    "sheet.opvang": "Opvang",
    "sheet.huisvesting": "Huisvesting",
    "sheet.amv_coa": "AMV COA",
    "sheet.amv_nidos": "AMV Nidos",
    "sheet.oekraine": "Oekraïne",
    "title.opvang": "Opvang asielzoekers (COA)",
    "title.huisvesting": "Huisvesting vergunninghouders",
    "title.amv_coa": "AMV: opvangplekken COA",
    "title.amv_nidos": "AMV: plekken Nidos",
    "title.oekraine": "Opvang ontheemden uit Oekraïne",
    "relation.amv_coa": "Let op: AMV COA is onderdeel van de opvangopgave; niet bij Opvang optellen.",
    "relation.amv_nidos": "Let op: AMV Nidos telt mee voor de taakstelling huisvesting; niet bij Huisvesting optellen.",
    "relation.oekraine": "Gerealiseerd = capaciteit van de open GOO-locaties aan het eind van de periode.",
    "relation.huisvesting": ("Gerealiseerd = aantal gehuisveste vergunninghouders in de periode (Huisvestingswet 2014, "
                             "art. 29). Overloop = achterstand (+) of voorsprong (−) uit het vorige halfjaar."),
    "relation.opvang": "Gerealiseerd = laatst gemelde aantal opvangplekken in gebruik.",
    "relation.overzicht": ("AMV COA is onderdeel van Opvang en AMV Nidos telt mee voor Huisvesting: "
                           "tel de kolommen niet bij elkaar op."),
    # sheets
    "sheet.overzicht": "Overzicht",
    "sheet.verantwoording": "Verantwoording",
    "overzicht.title": "Overzicht opgaven {provincie} · {periode}",
    "title": "{titel} · {provincie} · {periode}",
    "version.concept": "Versie {versie}: CONCEPT (nog niet vastgesteld)",
    "version.vastgesteld": "Versie {versie}: vastgesteld op {datum}",
    "version.vastgesteld_zonder_datum": "Versie {versie}: vastgesteld",
    "overzicht.concept": "CONCEPT: nog niet alle verdelingen zijn vastgesteld.",
    "overzicht.vastgesteld": "Alle verdelingen zijn vastgesteld.",
    "made": "Gemaakt met Regietafel op {datum}. Bron inwoners: CBS.",
    "formulas": "Totalen, nog te realiseren en percentages zijn formules en rekenen mee als u getallen aanpast.",
    # column headers
    "col.code": "CBS-code",
    "col.gemeente": "Gemeente",
    "col.regio": "Regio",
    "col.sleutel": "Sleutel",
    "col.quotum": "Quotum",
    "col.opgave": "Opgave",
    "col.taakstelling": "Taakstelling",
    "col.overloop": "Overloop",
    "col.gecorrigeerd": "Gecorrigeerde taakstelling",
    "col.gerealiseerd": "Gerealiseerd",
    "col.nog": "Nog te realiseren",
    "col.percentage": "% gerealiseerd",
    "col.status": "Status",
    "col.toelichting": "Toelichting",
    "total": "Totaal",
    # verantwoording
    "verantwoording.title": "Verantwoording van de verdelingen · {provincie} · {periode}",
    "verantwoording.toelichting": "Toelichting: {tekst}",
    "verantwoording.landelijk": ("Deze verdeling is over heel Nederland berekend; de tabel toont alleen de gemeenten "
                                 "van {provincie} ({aantal} andere gemeenten weggelaten), de totalen zijn landelijk."),
    "verantwoording.opmerking": "Opmerking: {tekst}",
    # page header/footer (Excel codes: &P page, &N pages, &A sheet name)
    "footer": "Regietafel · {provincie} · {periode}",
    "page": "Pagina &P van &N",
    # uitvraag
    "uitvraag.sheet": "Realisatie",
    "uitvraag.title": "Uitvraag realisatie · {titel}",
    "uitvraag.provincie": "Provincie: {provincie}",
    "uitvraag.periode": "Periode: {periode} ({begin} t/m {eind})",
    "uitvraag.instructie.stand": (
        "Vul per gemeente in hoeveel plekken op de peildatum in gebruik zijn (Gerealiseerd, een heel getal "
        "vanaf 0), de peildatum (een datum in de periode) en zo nodig een toelichting. Alleen de gele cellen "
        "kunt u invullen; laat de andere cellen en de kopregel ongewijzigd, zodat de provincie het bestand "
        "automatisch kan inlezen."
    ),
    "uitvraag.instructie.stroom": (
        "Vul per gemeente in hoeveel personen in deze periode tot en met de peildatum zijn gehuisvest "
        "(Gerealiseerd, een heel getal vanaf 0, opgeteld over de periode), de peildatum (een datum in de "
        "periode) en zo nodig een toelichting. Alleen de gele cellen kunt u invullen; laat de andere cellen "
        "en de kopregel ongewijzigd, zodat de provincie het bestand automatisch kan inlezen."
    ),
    "uitvraag.legend": "= invulveld",
    "uitvraag.protection": "Het blad is beveiligd zonder wachtwoord, alleen tegen per ongeluk wijzigen.",
    "uitvraag.error.aantal.title": "Ongeldig aantal",
    "uitvraag.error.aantal": "Vul een heel getal in van 0 of meer.",
    "uitvraag.error.datum.title": "Ongeldige datum",
    "uitvraag.error.datum": "Vul een datum in tussen {begin} en {eind} (bijvoorbeeld {eind}).",
    "uitvraag.error.tekst.title": "Toelichting te lang",
    "uitvraag.error.tekst": "Gebruik maximaal {max} tekens.",
    "uitvraag.prompt.aantal": "Heel getal, 0 of meer",
    "uitvraag.prompt.datum": "Datum, bijvoorbeeld {eind}",
    # values the workbook writes (status formula, exchanges, document language)
    "status.groen": "groen",
    "status.oranje": "oranje",
    "status.rood": "rood",
    "exchanged": "uitwisseling {aantal}",
    "concept": "CONCEPT",
    "language": "nl-NL",
    "stand_per": "Stand per {datum}: cijfers van na die datum tellen niet mee.",
    "stand_short": "stand per {datum}",
    "col.status_forecast": "Status (prognose)",
    "col.berekend": "Berekend (controle)",
}

EN: dict[str, str] = {
    "sheet.opvang": "Reception",
    "sheet.huisvesting": "Housing",
    "sheet.amv_coa": "AMV COA",
    "sheet.amv_nidos": "AMV Nidos",
    "sheet.oekraine": "Ukraine",
    "title.opvang": "Reception of asylum seekers (COA)",
    "title.huisvesting": "Housing of permit holders",
    "title.amv_coa": "Unaccompanied minors: COA reception places",
    "title.amv_nidos": "Unaccompanied minors: Nidos places",
    "title.oekraine": "Reception of displaced persons from Ukraine",
    "relation.amv_coa": "Note: AMV COA is part of the reception task; do not add it to Reception.",
    "relation.amv_nidos": "Note: AMV Nidos counts towards the housing task; do not add it to Housing.",
    "relation.oekraine": "Realised = capacity of the open GOO locations at the end of the period.",
    "relation.huisvesting": ("Realised = number of permit holders housed in the period (Huisvestingswet 2014, "
                             "art. 29). Carried over = shortfall (+) or surplus (−) from the previous half-year."),
    "relation.opvang": "Realised = the last reported number of reception places in use.",
    "relation.overzicht": ("AMV COA is part of Reception and AMV Nidos counts towards Housing: "
                           "do not add the columns up."),
    "sheet.overzicht": "Overview",
    "sheet.verantwoording": "Account",
    "overzicht.title": "Overview of the tasks {provincie} · {periode}",
    "title": "{titel} · {provincie} · {periode}",
    "version.concept": "Version {versie}: DRAFT (not adopted yet)",
    "version.vastgesteld": "Version {versie}: adopted on {datum}",
    "version.vastgesteld_zonder_datum": "Version {versie}: adopted",
    "overzicht.concept": "DRAFT: not all distributions have been adopted yet.",
    "overzicht.vastgesteld": "All distributions have been adopted.",
    "made": "Made with Regietafel on {datum}. Population source: CBS.",
    "formulas": "Totals, still to realise and percentages are formulas and follow when you change numbers.",
    "col.code": "CBS code",
    "col.gemeente": "Municipality",
    "col.regio": "Region",
    "col.sleutel": "Key",
    "col.quotum": "Quota",
    "col.opgave": "Task",
    "col.taakstelling": "Housing task",
    "col.overloop": "Carried over",
    "col.gecorrigeerd": "Corrected housing task",
    "col.gerealiseerd": "Realised",
    "col.nog": "Still to realise",
    "col.percentage": "% realised",
    "col.status": "Status",
    "col.toelichting": "Explanation",
    "total": "Total",
    "verantwoording.title": "Account of the distributions · {provincie} · {periode}",
    "verantwoording.toelichting": "Explanation: {tekst}",
    "verantwoording.landelijk": ("This distribution was computed over the whole of the Netherlands; the table shows "
                                 "only the municipalities of {provincie} ({aantal} other municipalities left out), "
                                 "the totals are national."),
    "verantwoording.opmerking": "Note: {tekst}",
    "footer": "Regietafel · {provincie} · {periode}",
    "page": "Page &P of &N",
    "uitvraag.sheet": "Realisation",
    "uitvraag.title": "Realisation request · {titel}",
    "uitvraag.provincie": "Province: {provincie}",
    "uitvraag.periode": "Period: {periode} ({begin} to {eind})",
    "uitvraag.instructie.stand": (
        "Enter per municipality how many places are in use on the reference date (Gerealiseerd, a whole number "
        "from 0), the reference date (Peildatum, a date in the period) and, if needed, an explanation "
        "(Toelichting). Only the yellow cells can be filled in; leave the other cells and the header row "
        "unchanged, so that the province can read the file automatically."
    ),
    "uitvraag.instructie.stroom": (
        "Enter per municipality how many persons have been housed in this period up to the reference date "
        "(Gerealiseerd, a whole number from 0, summed over the period), the reference date (Peildatum, a date in "
        "the period) and, if needed, an explanation (Toelichting). Only the yellow cells can be filled in; leave "
        "the other cells and the header row unchanged, so that the province can read the file automatically."
    ),
    "uitvraag.legend": "= input cell",
    "uitvraag.protection": "The sheet is protected without a password, only against accidental changes.",
    "uitvraag.error.aantal.title": "Invalid number",
    "uitvraag.error.aantal": "Enter a whole number of 0 or more.",
    "uitvraag.error.datum.title": "Invalid date",
    "uitvraag.error.datum": "Enter a date between {begin} and {eind} (for example {eind}).",
    "uitvraag.error.tekst.title": "Explanation too long",
    "uitvraag.error.tekst": "Use at most {max} characters.",
    "uitvraag.prompt.aantal": "Whole number, 0 or more",
    "uitvraag.prompt.datum": "Date, for example {eind}",
    "status.groen": "green",
    "status.oranje": "orange",
    "status.rood": "red",
    "exchanged": "exchange {aantal}",
    "concept": "DRAFT",
    "language": "en-GB",
    "stand_per": "Figures as of {datum}: anything dated after it is left out.",
    "stand_short": "as of {datum}",
    "col.status_forecast": "Status (forecast)",
    "col.berekend": "Computed (check)",
}

text = Catalogue("xlsx", NL, EN)
