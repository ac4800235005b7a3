<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regietafel</source>
        <translation>Over Regietafel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regietafel {version}&lt;/h3&gt;&lt;p&gt;Distribution and monitoring of reception and housing tasks for the Provinciale Regietafels.&lt;/p&gt;&lt;p&gt;Reference data: municipalities, regions and population on 1 January 2024. &lt;b&gt;Source: CBS&lt;/b&gt; (Statistics Netherlands, CC BY 4.0); boundaries CBS/PDOK.&lt;/p&gt;&lt;p&gt;Works entirely offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regietafel {version}&lt;/h3&gt;&lt;p&gt;Verdeling en monitoring van de opgaven voor opvang en huisvesting, voor de Provinciale Regietafels.&lt;/p&gt;&lt;p&gt;Referentiegegevens: gemeenten, regio&apos;s en inwoners op 1 januari 2024. &lt;b&gt;Bron: CBS&lt;/b&gt; (Centraal Bureau voor de Statistiek, CC BY 4.0); grenzen CBS/PDOK.&lt;/p&gt;&lt;p&gt;Werkt volledig offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionPointDialog</name>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigenaar:</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt version</source>
        <translation>Versie vaststellen</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(geen vergadering)</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Vastgesteld op:</translation>
    </message>
    <message>
        <source>In the meeting of:</source>
        <translation>In de vergadering van:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Toelichting:</translation>
    </message>
</context>
<context>
    <name>AmvTab</name>
    <message>
        <source>COA amv places</source>
        <translation>COA-amv-plaatsen</translation>
    </message>
    <message>
        <source>Nidos places</source>
        <translation>Nidos-plaatsen</translation>
    </message>
    <message>
        <source>COA amv: {amv} of the {opvang} reception places of this province are for unaccompanied minors; they are part of the opvang opgave and do not raise it.</source>
        <translation>COA-amv: {amv} van de {opvang} opvangplekken van deze provincie zijn voor alleenstaande minderjarigen; ze zijn onderdeel van de opvangopgave en verhogen die niet.</translation>
    </message>
    <message>
        <source>Nidos: {n} places nationally, in municipalities; they count towards the housing taakstelling and do not raise it.</source>
        <translation>Nidos: landelijk {n} plaatsen in gemeenten; ze tellen mee voor de taakstelling huisvesting en verhogen die niet.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>BoundsDialog</name>
    <message>
        <source>Bounds for {name}</source>
        <translation>Grenzen voor {name}</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>Credit (already realised):</source>
        <translation>Verrekening (al gerealiseerd):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--{option} {value}: expected CODE=N, e.g. GM0363=600</source>
        <translation>--{option} {value}: verwacht CODE=N, bijvoorbeeld GM0363=600</translation>
    </message>
    <message>
        <source>--{option} {value}: {code} is not a gemeente of this province</source>
        <translation>--{option} {value}: {code} is geen gemeente van deze provincie</translation>
    </message>
    <message>
        <source>--{option} {value}: &apos;{number}&apos; is not a whole number</source>
        <translation>--{option} {value}: &apos;{number}&apos; is geen geheel getal</translation>
    </message>
    <message>
        <source>--{option} {value}: a negative number is not allowed</source>
        <translation>--{option} {value}: een negatief getal is niet toegestaan</translation>
    </message>
    <message>
        <source>--{option}: {code} is given twice</source>
        <translation>--{option}: {code} staat er twee keer</translation>
    </message>
    <message>
        <source>--total must not be negative</source>
        <translation>--total mag niet negatief zijn</translation>
    </message>
    <message>
        <source>{path} already exists; use --force to replace it.</source>
        <translation>{path} bestaat al; gebruik --force om het te vervangen.</translation>
    </message>
    <message>
        <source>Demo database created: {path}</source>
        <translation>Demodatabase aangemaakt: {path}</translation>
    </message>
    <message>
        <source>Excel export is not available</source>
        <translation>Excel-export is niet beschikbaar</translation>
    </message>
    <message>
        <source>Unknown period &apos;{period}&apos;</source>
        <translation>Onbekende periode '{period}'</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Geschreven: {path}</translation>
    </message>
</context>
<context>
    <name>Distributions</name>
    <message>
        <source>Unknown period &apos;{code}&apos;</source>
        <translation>Onbekende periode &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>{code} is not one of the gemeenten of this distribution</source>
        <translation>{code} is geen gemeente van deze verdeling</translation>
    </message>
    <message>
        <source>Version {version} is adopted and cannot be changed; start a new concept from it.</source>
        <translation>Versie {version} is vastgesteld en kan niet meer worden gewijzigd; begin er een nieuw concept mee.</translation>
    </message>
    <message>
        <source>The total must not be negative.</source>
        <translation>Het totaal mag niet negatief zijn.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange between municipalities</source>
        <translation>Uitwisseling tussen gemeenten</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Naar:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Aantal:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
</context>
<context>
    <name>FilterTable</name>
    <message>
        <source>Filter by code, municipality or region…</source>
        <translation>Filter op code, gemeente of regio…</translation>
    </message>
    <message>
        <source>Filter municipalities</source>
        <translation>Gemeenten filteren</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
</context>
<context>
    <name>HuisvestingTab</name>
    <message>
        <source>Supervision &amp;thresholds…</source>
        <translation>&amp;Toezichtsgrenzen…</translation>
    </message>
    <message>
        <source>Supervision thresholds</source>
        <translation>Toezichtsgrenzen</translation>
    </message>
    <message>
        <source>Share realised of the corrected taakstelling at the end of the half-year:</source>
        <translation>Deel van de gecorrigeerde taakstelling dat aan het eind van het halfjaar is gerealiseerd:</translation>
    </message>
    <message>
        <source>Orange below:</source>
        <translation>Oranje onder:</translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation>Rood onder:</translation>
    </message>
    <message>
        <source>Red must not be above orange.</source>
        <translation>De grens voor rood mag niet boven die voor oranje liggen.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>No population on {date} for: {codes}</source>
        <translation>Geen inwonertal op {date} voor: {codes}</translation>
    </message>
    <message>
        <source>Indicator &apos;{name}&apos; has no value for: {codes}</source>
        <translation>Indicator &apos;{name}&apos; heeft geen waarde voor: {codes}</translation>
    </message>
    <message>
        <source>Unknown key kind &apos;{kind}&apos;</source>
        <translation>Onbekende soort sleutel &apos;{kind}&apos;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regietafel</source>
        <translation>Regietafel</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>Source: CBS</source>
        <translation>Bron: CBS</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Unaccompanied minors</source>
        <translation>AMV</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Oekraïne</translation>
    </message>
    <message>
        <source>Safety region</source>
        <translation>Veiligheidsregio</translation>
    </message>
    <message>
        <source>Labour market region</source>
        <translation>Arbeidsmarktregio</translation>
    </message>
    <message>
        <source>COROP region</source>
        <translation>COROP-gebied</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provincie:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation>Gemeente &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Region column</source>
        <translation>&amp;Regiokolom</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Regietafel</source>
        <translation>&amp;Over Regietafel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Regietafel databases (*.sqlite *.db);;All files (*)</source>
        <translation>Regietafel-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Unknown meeting {id}</source>
        <translation>Onbekende vergadering {id}</translation>
    </message>
    <message>
        <source>This meeting adopted a distribution version; it stays part of the history.</source>
        <translation>In deze vergadering is een verdeling vastgesteld; zij blijft deel van de geschiedenis.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Een agendapunt heeft een titel nodig.</translation>
    </message>
    <message>
        <source>This distribution version does not belong to the meeting&apos;s province.</source>
        <translation>Deze versie van de verdeling hoort niet bij de provincie van de vergadering.</translation>
    </message>
    <message>
        <source>A decision needs a text.</source>
        <translation>Een besluit heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>This decision adopted a distribution version; it stays part of the history.</source>
        <translation>Met dit besluit is een verdeling vastgesteld; het blijft deel van de geschiedenis.</translation>
    </message>
    <message>
        <source>An action point needs a description.</source>
        <translation>Een actiepunt heeft een omschrijving nodig.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;</source>
        <translation>Onbekende status '{status}'</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>Vergaderingen</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuwe vergadering</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <source>Meetings of the province</source>
        <translation>Vergaderingen van de provincie</translation>
    </message>
    <message>
        <source>Meeting &amp;pack (PDF)…</source>
        <translation>&amp;Vergaderstukken (pdf)…</translation>
    </message>
    <message>
        <source>&amp;Factsheets (PDF)…</source>
        <translation>&amp;Factsheets (pdf)…</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Gegevens op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Aanwezigen:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluitenlijst</translation>
    </message>
    <message>
        <source>Adopt version…</source>
        <translation>Versie vaststellen…</translation>
    </message>
    <message>
        <source>Action points</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <source>Action point</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done / open</source>
        <translation>Afgerond / open</translation>
    </message>
    <message>
        <source>Action points (open points of earlier meetings are marked ↻)</source>
        <translation>Actiepunten (openstaande punten van eerdere vergaderingen zijn gemarkeerd met ↻)</translation>
    </message>
    <message>
        <source>↻ {date}: </source>
        <translation>↻ {date}: </translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Delete this meeting with its agenda, decisions and action points?</source>
        <translation>Deze vergadering met agenda, besluiten en actiepunten verwijderen?</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>Adopt version</source>
        <translation>Versie vaststellen</translation>
    </message>
    <message>
        <source>Concept version to adopt in this meeting:</source>
        <translation>Conceptversie die in deze vergadering wordt vastgesteld:</translation>
    </message>
    <message>
        <source>There is no concept version of this province and period to adopt.</source>
        <translation>Er is geen conceptversie van deze provincie en periode om vast te stellen.</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Vergaderstukken</translation>
    </message>
    <message>
        <source>Factsheets</source>
        <translation>Factsheets</translation>
    </message>
</context>
<context>
    <name>NationalTableView</name>
    <message>
        <source>Filter by province…</source>
        <translation>Filter op provincie…</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Current regular places</source>
        <translation>Huidige reguliere opvangplekken</translation>
    </message>
    <message>
        <source>Extra places (weighted)</source>
        <translation>Opgave extra opvangplekken (gewogen)</translation>
    </message>
    <message>
        <source>Previous distribution</source>
        <translation>Vorige verdeling</translation>
    </message>
    <message>
        <source>Provincial opgave</source>
        <translation>Provinciale opgave</translation>
    </message>
    <message>
        <source>Required increase</source>
        <translation>Benodigde verhoging</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>National opgave {national}; sum of the provinces {sum}.</source>
        <translation>Landelijke opgave {national}; som van de provincies {sum}.</translation>
    </message>
    <message>
        <source>The provinces do not add up to the national number.</source>
        <translation>De provincies tellen niet op tot het landelijke aantal.</translation>
    </message>
    <message>
        <source>The previous distribution sums to {sum}, the national number was {national}: the published rows differ from the published total by {difference} (kept as published).</source>
        <translation>De vorige verdeling telt op tot {sum}, het landelijke aantal was {national}: de gepubliceerde rijen wijken {difference} af van het gepubliceerde totaal (overgenomen zoals gepubliceerd).</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Bron: {source}</translation>
    </message>
</context>
<context>
    <name>OpvangTab</name>
    <message>
        <source>Municipalities of the province</source>
        <translation>Gemeenten van de provincie</translation>
    </message>
    <message>
        <source>National table (12 provinces)</source>
        <translation>Landelijke tabel (12 provincies)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Unknown province &apos;{name}&apos;. Known: {known}.</source>
        <translation>Onbekende provincie &apos;{name}&apos;. Bekend zijn: {known}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is een map, geen databasebestand.</translation>
    </message>
    <message>
        <source>{path} cannot be written: no permission.</source>
        <translation>{path} kan niet worden beschreven: geen toestemming.</translation>
    </message>
    <message>
        <source>{path} is not a Regietafel database (not an SQLite file).</source>
        <translation>{path} is geen Regietafel-database (geen SQLite-bestand).</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}: {reason}</source>
        <translation>Kan de map voor {path} niet aanmaken: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a readable database: {reason}</source>
        <translation>{path} is geen leesbare database: {reason}</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Regietafel database.</source>
        <translation>{path} is een SQLite-bestand, maar geen Regietafel-database.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Regietafel (schema {revision}). Update Regietafel to open it.</source>
        <translation>{path} is gemaakt door een nieuwere versie van Regietafel (schema {revision}). Werk Regietafel bij om het te openen.</translation>
    </message>
    <message>
        <source>{path} is already open in another Regietafel window. Close that one first.</source>
        <translation>{path} is al geopend in een ander Regietafel-venster. Sluit dat eerst.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo: {change}</source>
        <translation>Opnieuw: {change}</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Ongedaan maken: {change}</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Huisvestingswet art. 29 counts inhabitants on {wanted}; this version uses {used}{why}.</source>
        <translation>De Huisvestingswet art. 29 telt de inwoners op {wanted}; deze versie gebruikt {used}{why}.</translation>
    </message>
    <message>
        <source> because that date is not in the database</source>
        <translation>, omdat die datum niet in de database staat</translation>
    </message>
</context>
<context>
    <name>WorksheetModel</name>
    <message>
        <source>Current places</source>
        <translation>Huidige plekken</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Gehuisvest</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Required increase</source>
        <translation>Benodigde verhoging</translation>
    </message>
    <message>
        <source>Still to house</source>
        <translation>Nog te huisvesten</translation>
    </message>
    <message>
        <source>Still to realise</source>
        <translation>Nog te realiseren</translation>
    </message>
    <message>
        <source>Taakstelling</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quotum</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Uitgewisseld</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Overloop vorig halfjaar</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Gecorrigeerd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>oranje</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rood</translation>
    </message>
    <message>
        <source>{name}: {account}
Double-click to fix a number (lock).</source>
        <translation>{name}: {account}
Dubbelklik om een aantal vast te zetten.</translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Account of the selected number</source>
        <translation>Verantwoording van het gekozen aantal</translation>
    </message>
    <message>
        <source>Select a municipality to see how its number was computed.</source>
        <translation>Kies een gemeente om te zien hoe haar aantal is berekend.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Total to distribute</source>
        <translation>Te verdelen totaal</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Population reference date</source>
        <translation>Peildatum inwoners</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Largest remainder (Hamilton)</source>
        <translation>Grootste overschot (Hamilton)</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Sainte-Laguë</translation>
    </message>
    <message>
        <source>D&apos;Hondt</source>
        <translation>D&apos;Hondt</translation>
    </message>
    <message>
        <source>Round up (Huisvestingswet art. 29)</source>
        <translation>Naar boven afronden (Huisvestingswet art. 29)</translation>
    </message>
    <message>
        <source>Method: {value}</source>
        <translation>Methode: {value}</translation>
    </message>
    <message>
        <source>Two-level distribution</source>
        <translation>Verdeling in twee stappen</translation>
    </message>
    <message>
        <source>One level</source>
        <translation>Eén stap</translation>
    </message>
    <message>
        <source>Via safety regions</source>
        <translation>Via veiligheidsregio’s</translation>
    </message>
    <message>
        <source>Via labour market regions</source>
        <translation>Via arbeidsmarktregio’s</translation>
    </message>
    <message>
        <source>Via COROP regions</source>
        <translation>Via COROP-gebieden</translation>
    </message>
    <message>
        <source>Distribution: {value}</source>
        <translation>Verdeling: {value}</translation>
    </message>
    <message>
        <source>Surplus policy</source>
        <translation>Beleid voor overschot</translation>
    </message>
    <message>
        <source>Surplus kept</source>
        <translation>Overschot niet herverdelen</translation>
    </message>
    <message>
        <source>Surplus redistributed</source>
        <translation>Overschot herverdelen</translation>
    </message>
    <message>
        <source>Credit: {value}</source>
        <translation>Verrekening: {value}</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>&amp;Totaal:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Sleutel:</translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation>Peil&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Reason for the next change (optional)</source>
        <translation>Reden voor de volgende wijziging (optioneel)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <translation>V&amp;aststellen…</translation>
    </message>
    <message>
        <source>&amp;New concept</source>
        <translation>&amp;Nieuw concept</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>Ver&amp;gelijken…</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>Uit&amp;wisseling…</translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation>Wijzigings&amp;log</translation>
    </message>
    <message>
        <source>Full acco&amp;unt</source>
        <translation>Volledige vera&amp;ntwoording</translation>
    </message>
    <message>
        <source>No total is known for this opgave in this province and period. Import the figures (File &gt; Import) or enter the provincial opgave in the national table.</source>
        <translation>Voor deze opgave is in deze provincie en periode geen totaal bekend. Importeer de cijfers (Bestand &gt; Importeren) of voer de provinciale opgave in.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Gelijke delen</translation>
    </message>
    <message>
        <source>Population × (1 + {name})</source>
        <translation>Inwoners × (1 + {name})</translation>
    </message>
    <message>
        <source>Own key: {name}</source>
        <translation>Eigen sleutel: {name}</translation>
    </message>
    <message>
        <source>Version {version} was adopted on {date} and is read-only. Start a new concept to make changes.</source>
        <translation>Versie {version} is vastgesteld op {date} en kan niet meer worden gewijzigd. Begin een nieuw concept om te wijzigen.</translation>
    </message>
    <message>
        <source>Version {n} (adopted {date})</source>
        <translation>Versie {n} (vastgesteld {date})</translation>
    </message>
    <message>
        <source>Version {n} (concept)</source>
        <translation>Versie {n} (concept)</translation>
    </message>
    <message>
        <source>National number {total} divided over all municipalities of the Netherlands ({method}); this province&apos;s share: {assigned}.</source>
        <translation>Landelijk aantal {total} verdeeld over alle gemeenten van Nederland ({method}); aandeel van deze provincie: {assigned}.</translation>
    </message>
    <message>
        <source>Rounding up makes the national sum {sum}: {excess} more than the national number, as the law prescribes.</source>
        <translation>Door naar boven af te ronden is de landelijke som {sum}: {excess} meer dan het landelijke aantal, zoals de wet voorschrijft.</translation>
    </message>
    <message>
        <source>Total assigned {assigned} exceeds the total {total} by {excess}: every share is rounded up (Huisvestingswet art. 29).</source>
        <translation>Totaal toegewezen {assigned} is {excess} meer dan het totaal {total}: elk aandeel is naar boven afgerond (Huisvestingswet art. 29).</translation>
    </message>
    <message>
        <source>Total assigned {assigned} = total {total}.</source>
        <translation>Totaal toegewezen {assigned} = totaal {total}.</translation>
    </message>
    <message>
        <source>Key: {key}. Method: {method}.</source>
        <translation>Sleutel: {key}. Methode: {method}.</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) decided by the tie-break rule.</source>
        <translation>
            <numerusform>%n gelijke stand beslist met de gelijke-standregel.</numerusform>
            <numerusform>%n gelijke standen beslist met de gelijke-standregel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n gemeente</numerusform>
            <numerusform>%n gemeenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Key value: {value}</source>
        <translation>Sleutelwaarde: {value}</translation>
    </message>
    <message>
        <source>Exact quota: {exact} ≈ {decimal}</source>
        <translation>Exact quotum: {exact} ≈ {decimal}</translation>
    </message>
    <message>
        <source>Rounding: {text}</source>
        <translation>Afronding: {text}</translation>
    </message>
    <message>
        <source>Constraint: {text}</source>
        <translation>Beperking: {text}</translation>
    </message>
    <message>
        <source>Credit: {text}</source>
        <translation>Verrekening: {text}</translation>
    </message>
    <message>
        <source>Exchange: {text}</source>
        <translation>Uitwisseling: {text}</translation>
    </message>
    <message>
        <source>Carried over from the previous half-year: {n}</source>
        <translation>Overloop uit het vorige halfjaar: {n}</translation>
    </message>
    <message>
        <source>Result: {n}</source>
        <translation>Uitkomst: {n}</translation>
    </message>
    <message>
        <source>Account of the distribution</source>
        <translation>Verantwoording van de verdeling</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Niet gewijzigd: {reason}</translation>
    </message>
    <message>
        <source>{name}: &apos;{text}&apos; is not a whole number.</source>
        <translation>{name}: &apos;{text}&apos; is geen geheel getal.</translation>
    </message>
    <message>
        <source>{name}: a negative number is not possible.</source>
        <translation>{name}: een negatief aantal is niet mogelijk.</translation>
    </message>
    <message>
        <source>{name}: {value} is more than the whole total {total}.</source>
        <translation>{name}: {value} is meer dan het hele totaal {total}.</translation>
    </message>
    <message>
        <source>Fix {name} at {value}</source>
        <translation>{name} vastzetten op {value}</translation>
    </message>
    <message>
        <source>Release {name}</source>
        <translation>{name} losmaken</translation>
    </message>
    <message>
        <source>Bounds for {name}</source>
        <translation>Grenzen voor {name}</translation>
    </message>
    <message>
        <source>Total: {value}</source>
        <translation>Totaal: {value}</translation>
    </message>
    <message>
        <source>Key: {value}</source>
        <translation>Sleutel: {value}</translation>
    </message>
    <message>
        <source>An exchange needs two different municipalities.</source>
        <translation>Een uitwisseling vraagt twee verschillende gemeenten.</translation>
    </message>
    <message>
        <source>Exchange {n} from {source} to {target}</source>
        <translation>Uitwisseling {n} van {source} naar {target}</translation>
    </message>
    <message>
        <source>There is only one version to look at.</source>
        <translation>Er is maar één versie.</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versies vergelijken</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Fix at {n}</source>
        <translation>Vastzetten op {n}</translation>
    </message>
    <message>
        <source>Release (unlock)</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <source>Minimum, maximum, credit…</source>
        <translation>Minimum, maximum, verrekening…</translation>
    </message>
    <message>
        <source>Exchange from {name}…</source>
        <translation>Uitwisseling vanuit {name}…</translation>
    </message>
</context>
</TS>
