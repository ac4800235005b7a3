"""Every text the Excel workbooks show, in one place (Dutch; English can be added as another table).

The workbooks go to gemeenten, so they speak the users' Dutch terms: gemeente, opgave,
taakstelling, gerealiseerd, nog te realiseren, peildatum, verantwoording. The uitvraag header
texts are part of a file format (the importer reads them back): change them only together with
the importer and :data:`regietafel.documents.xlsx_uitvraag.FORMAT_VERSION`.
"""

from __future__ import annotations

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
    "relation.huisvesting": "Gerealiseerd = aantal gehuisveste vergunninghouders in de periode (Huisvestingswet 2014, art. 29).",
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
    "col.overloop": "Overloop vorig halfjaar",
    "col.gecorrigeerd": "Gecorrigeerde taakstelling",
    "col.gerealiseerd": "Gerealiseerd",
    "col.nog": "Nog te realiseren",
    "col.percentage": "% gerealiseerd",
    "col.status": "Status",
    "col.toelichting": "Toelichting",
    "total": "Totaal",
    "status.legend": "Status: groen ≥ {oranje}% gerealiseerd, oranje ≥ {rood}%, rood daaronder.",
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
}

TEXTS: dict[str, dict[str, str]] = {"nl": NL}


def text(key: str, language: str = "nl", **values: object) -> str:
    """The text ``key`` in ``language`` (Dutch when missing), with ``{name}`` fields filled in."""
    table = TEXTS.get(language, NL)
    template = table.get(key, NL[key])
    return template.format(**values) if values else template
