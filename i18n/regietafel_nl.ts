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
    <name>AccountDialog</name>
    <message>
        <source>Account of the distribution</source>
        <translation>Verantwoording van de verdeling</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Kopiëren als tekst</translation>
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
        <source>{version} is adopted in the meeting you choose, with the date of that meeting, and the decision is added to that meeting&apos;s list of decisions.</source>
        <translation>{version} wordt vastgesteld in de vergadering die u kiest, met de datum van die vergadering, en het besluit komt op de besluitenlijst van die vergadering.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adopting cannot be undone.&lt;/b&gt; An adopted version is read-only; later changes need a new concept.</source>
        <translation>&lt;b&gt;Vaststellen kan niet ongedaan worden gemaakt.&lt;/b&gt; Een vastgestelde versie is alleen nog te lezen; wijzigen kan daarna alleen in een nieuw concept.</translation>
    </message>
    <message>
        <source>Added to the decision (optional)</source>
        <translation>Komt bij het besluit (optioneel)</translation>
    </message>
    <message>
        <source>In the &amp;meeting of:</source>
        <translation>In de &amp;vergadering van:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>&amp;Vaststellen</translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation>Vastgesteld op:</translation>
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
        <source>Nidos: {n} places in municipalities nationally on {date} (places on a date, like reception places); they count towards the housing taakstelling and do not raise it: the Housing tab shows them per municipality as &quot;of which Nidos&quot;.</source>
        <translation>Nidos: landelijk {n} plekken in gemeenten op {date} (plekken op een peildatum, net als opvangplekken); ze tellen mee voor de taakstelling huisvesting en verhogen die niet: het tabblad Huisvesting toont ze per gemeente als ‘waarvan Nidos’.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>De dagelijkse back-up is mislukt: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Regietafel backs up the database before every import and once a day, keeping the newest {keep}. Restoring replaces the current database by the chosen backup; the current database is backed up first.</source>
        <translation>Regietafel maakt een reservekopie van de database vóór elke import en één keer per dag, en bewaart de nieuwste {keep}. Terugzetten vervangt de huidige database door de gekozen reservekopie; van de huidige database wordt eerst zelf een reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Restoring puts the chosen backup in its place; the damaged file is kept beside it.</source>
        <translation>De database {path} is beschadigd. Terugzetten zet de gekozen reservekopie op haar plaats; het beschadigde bestand wordt ernaast bewaard.</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>Map met reservekopieën: {folder}</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>vóór import</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>vóór terugzetten</translation>
    </message>
    <message>
        <source>before update</source>
        <translation>vóór update</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <source>Replace the current database by the backup of {when}? The current database is backed up first.</source>
        <translation>De huidige database vervangen door de reservekopie van {when}? Van de huidige database wordt eerst een reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Terugzetten niet gelukt</translation>
    </message>
    <message>
        <source>Backup of {when} restored.</source>
        <translation>Reservekopie van {when} teruggezet.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database beschadigd</translation>
    </message>
    <message>
        <source>{message}

There is no backup in {folder} to restore.</source>
        <translation>{message}

Er is geen reservekopie in {folder} om terug te zetten.</translation>
    </message>
    <message>
        <source>{message}

Regietafel can put a backup back in its place (the newest is of {when}); the damaged file is kept beside it.</source>
        <translation>{message}

Regietafel kan een reservekopie op haar plaats terugzetten (de nieuwste is van {when}); het beschadigde bestand wordt ernaast bewaard.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
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
    <name>Charts</name>
    <message>
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>geen cijfers</translation>
    </message>
    <message>
        <source>Realised (cumulative)</source>
        <translation>Gerealiseerd (cumulatief)</translation>
    </message>
    <message>
        <source>Taakstelling</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Corrected taakstelling</source>
        <translation>Gecorrigeerde taakstelling</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Gehuisvest</translation>
    </message>
    <message>
        <source>Achterstand</source>
        <translation>Achterstand</translation>
    </message>
    <message>
        <source>Capacity (locations)</source>
        <translation>Capaciteit (locaties)</translation>
    </message>
    <message>
        <source>Opgave {n} on {date}</source>
        <translation>Opgave {n} op {date}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Peildatum opgave</translation>
    </message>
</context>
<context>
    <name>DurableCreditDialog</name>
    <message>
        <source>Credit durable places</source>
        <translation>Duurzame plaatsen verrekenen</translation>
    </message>
    <message>
        <source>Existing locations with more than 100 places that last more than 5 years count as places the municipality already has (Spreidingswet), as they are in use on {date}. Each municipality&apos;s number is divided again with these places credited; the surplus policy decides what happens when a municipality already has more than its share. Earlier credits of this version are replaced; the change can be undone.</source>
        <translation>Bestaande locaties met meer dan 100 plaatsen die langer dan 5 jaar lopen, tellen mee als plaatsen die de gemeente al heeft (Spreidingswet), zoals ze op {date} in gebruik zijn. Het aantal van elke gemeente wordt opnieuw verdeeld met deze plaatsen verrekend; het overschotbeleid bepaalt wat er gebeurt als een gemeente zo al meer heeft dan haar deel. Eerdere verrekeningen van deze versie worden vervangen; de wijziging kan ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) with durable places: {total} places in all.</source>
        <translation>
            <numerusform>%n gemeente met duurzame plaatsen: {total} plaatsen in totaal.</numerusform>
            <numerusform>%n gemeenten met duurzame plaatsen: {total} plaatsen in totaal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Durable places</source>
        <translation>Duurzame plaatsen</translation>
    </message>
    <message>
        <source>Credited now</source>
        <translation>Nu verrekend</translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Verrekenen</translation>
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
    <message>
        <source>Choose two different municipalities.</source>
        <translation>Kies twee verschillende gemeenten.</translation>
    </message>
    <message>
        <source>{name} has {n} places in this version; it cannot give {amount}.</source>
        <translation>{name} heeft in deze versie {n} plaatsen; ze kan er geen {amount} afstaan.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Reception</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>COA amv places</source>
        <translation>COA-amv-plaatsen</translation>
    </message>
    <message>
        <source>Nidos places</source>
        <translation>Nidos-plaatsen</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Oekraïne</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Meeting pack (PDF)…</source>
        <translation>&amp;Vergaderstukken (pdf)…</translation>
    </message>
    <message>
        <source>&amp;Factsheets (PDF)…</source>
        <translation>&amp;Factsheets (pdf)…</translation>
    </message>
    <message>
        <source>&amp;Workbook for the municipalities (Excel)…</source>
        <translation>&amp;Werkmap voor de gemeenten (Excel)…</translation>
    </message>
    <message>
        <source>&amp;Request for realisation figures (Excel)…</source>
        <translation>&amp;Uitvraag realisatie (Excel)…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>{name} is saved in the folder {folder}.</source>
        <translation>{name} is opgeslagen in de map {folder}.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Meeting documents PRT {province} {period}.pdf</source>
        <translation>Vergaderstukken PRT {province} {period}.pdf</translation>
    </message>
    <message>
        <source>Factsheets {province} {period}.pdf</source>
        <translation>Factsheets {province} {period}.pdf</translation>
    </message>
    <message>
        <source>Request for realisation figures</source>
        <translation>Uitvraag realisatie</translation>
    </message>
    <message>
        <source>Opgave:</source>
        <translation>Opgave:</translation>
    </message>
    <message>
        <source>Request {opgave} {province} {period}.xlsx</source>
        <translation>Uitvraag {opgave} {province} {period}.xlsx</translation>
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
    <name>HandbookDialog</name>
    <message>
        <source>Regietafel handbook</source>
        <translation>Handleiding Regietafel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation>&amp;Wat is dit?</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>&amp;About Regietafel</source>
        <translation>&amp;Over Regietafel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
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
        <source>The province&apos;s own rule (not law), printed with every status. Share housed of the corrected taakstelling; before the end of the half-year the status is a forecast.</source>
        <translation>De eigen regel van de provincie (geen wet), afgedrukt bij elke status. Deel gehuisvest van de gecorrigeerde taakstelling; vóór het eind van het halfjaar is de status een prognose.</translation>
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
        <source>Red after, in a row:</source>
        <translation>Rood na, op rij:</translation>
    </message>
    <message>
        <source>Red must not be above orange.</source>
        <translation>De grens voor rood mag niet boven die voor oranje liggen.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source> half-years behind</source>
        <translation> halfjaren achter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Gegevens importeren</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file</source>
        <translation>Kies een .xlsx- of .csv-bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>All provinces (a national file)</source>
        <translation>Alle provincies (een landelijk bestand)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>B&amp;lad:</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Reference date:</source>
        <translation>Peil&amp;datum:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <source>Municipalities &amp;of:</source>
        <translation>Gemeenten &amp;van:</translation>
    </message>
    <message>
        <source>Columns (detected; adjust where needed)</source>
        <translation>Kolommen (herkend; pas aan waar nodig)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(niet in bestand)</translation>
    </message>
    <message>
        <source>Indicators (every other column): {names}</source>
        <translation>Indicatoren (alle overige kolommen): {names}</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Kies een bestand om te importeren.</translation>
    </message>
    <message>
        <source>{rows} rows read, {matched} municipalities matched, {records} records to import.</source>
        <translation>{rows} rijen gelezen, {matched} gemeenten herkend, {records} records te importeren.</translation>
    </message>
    <message>
        <source>Errors (red), to solve before importing: {errors}. Warnings (yellow): {warnings}.</source>
        <translation>Fouten (rood), op te lossen vóór het importeren: {errors}. Waarschuwingen (geel): {warnings}.</translation>
    </message>
    <message>
        <source>Warnings (yellow), to check; they do not block the import: {warnings}.</source>
        <translation>Waarschuwingen (geel), om na te kijken; ze houden de import niet tegen: {warnings}.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Kies een bestand om te importeren</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets en CSV (*.xlsx *.xlsm *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Edit location</source>
        <translation>Locatie wijzigen</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Heeft een einddatum</translation>
    </message>
    <message>
        <source>None (the seed letter asks not to restrict)</source>
        <translation>Geen (de brief vraagt niet te beperken)</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capaciteit:</translation>
    </message>
    <message>
        <source>&amp;Occupancy:</source>
        <translation>&amp;Bezetting:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>B&amp;egindatum:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>E&amp;inddatum:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Target group &amp;restriction:</source>
        <translation>&amp;Doelgroeprestrictie:</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>The seed letter asks provinces not to restrict the target group.</source>
        <translation>De brief vraagt provincies de doelgroep niet te beperken.</translation>
    </message>
    <message>
        <source>Press OK again to save anyway.</source>
        <translation>Druk nogmaals op OK om toch op te slaan.</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Duurzaam</translation>
    </message>
    <message>
        <source>Target group restriction</source>
        <translation>Doelgroeprestrictie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The seed letter asks provinces not to restrict the target group of a location.</source>
        <translation>De brief vraagt provincies de doelgroep van een locatie niet te beperken.</translation>
    </message>
    <message>
        <source>Durable: more than 100 places and more than 5 years (Spreidingswet).</source>
        <translation>Duurzaam: meer dan 100 plekken en langer dan 5 jaar (Spreidingswet).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>{n} locations</source>
        <translation>{n} locaties</translation>
    </message>
</context>
<context>
    <name>LocationsTab</name>
    <message>
        <source>Filter by municipality, location, kind or status…</source>
        <translation>Filter op gemeente, locatie, soort of status…</translation>
    </message>
    <message>
        <source>&amp;New location…</source>
        <translation>&amp;Nieuwe locatie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Close location…</source>
        <translation>Locatie &amp;sluiten…</translation>
    </message>
    <message>
        <source>{n} locations; capacity and occupancy totals count the locations in use on {date} (a closed location up to its end date; one in preparation not yet). {warning} {r} with a target group restriction: the seed letter asks provinces not to restrict.</source>
        <translation>{n} locaties; de totalen van capaciteit en bezetting tellen de locaties in gebruik op {date} (een gesloten locatie tot en met haar einddatum; een locatie in voorbereiding nog niet). {warning} {r} met een beperking van de doelgroep: de brief vraagt provincies niet te beperken.</translation>
    </message>
    <message>
        <source>Select a location first.</source>
        <translation>Kies eerst een locatie.</translation>
    </message>
    <message>
        <source>Close location</source>
        <translation>Locatie sluiten</translation>
    </message>
    <message>
        <source>{name}: its places count up to and including the closing date.</source>
        <translation>{name}: de plekken tellen mee tot en met de sluitingsdatum.</translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation>Sluitings&amp;datum:</translation>
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
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
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
        <source>Enter &amp;opgave…</source>
        <translation>&amp;Opgave invoeren…</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
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
        <source>&amp;Difference from the key</source>
        <translation>&amp;Verschil met de sleutel</translation>
    </message>
    <message>
        <source>In the worksheets, each number&apos;s difference from the quota by the key alone.</source>
        <translation>In de werkbladen het verschil van elk aantal met het quotum volgens de sleutel alleen.</translation>
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
        <source>Opgave stored: {opgave} {number}.</source>
        <translation>Opgave opgeslagen: {opgave} {number}.</translation>
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
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Imported {count} records.</source>
        <translation>{count} records geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
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
        <source>Adopt {version} in the meeting of {date}? The decision is added to this meeting&apos;s list of decisions. Adopting cannot be undone.</source>
        <translation>{version} vaststellen in de vergadering van {date}? Het besluit komt op de besluitenlijst van deze vergadering. Vaststellen kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Meeting documents PRT {province}{date}.pdf</source>
        <translation>Vergaderstukken PRT {province}{date}.pdf</translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation>Vergaderstukken</translation>
    </message>
    <message>
        <source>Factsheets {province} {period}.pdf</source>
        <translation>Factsheets {province} {period}.pdf</translation>
    </message>
    <message>
        <source>Factsheets</source>
        <translation>Factsheets</translation>
    </message>
</context>
<context>
    <name>MonitorTab</name>
    <message>
        <source>Opgave in the bar chart</source>
        <translation>Opgave in de staafgrafiek</translation>
    </message>
    <message>
        <source>&amp;Opgave:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <source>Housing: persons housed per half-year (cumulative)</source>
        <translation>Huisvesting: gehuisveste personen per halfjaar (cumulatief)</translation>
    </message>
    <message>
        <source>Housing: achterstand per half-year</source>
        <translation>Huisvesting: achterstand per halfjaar</translation>
    </message>
    <message>
        <source>Reception: capacity from locations against the opgave</source>
        <translation>Opvang: capaciteit van de locaties tegen de opgave</translation>
    </message>
    <message>
        <source>{title} (as of {date})</source>
        <translation>{title} (stand per {date})</translation>
    </message>
    <message>
        <source>contains estimates or demo figures</source>
        <translation>bevat schattingen of demo-cijfers</translation>
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
        <source>COA amv</source>
        <translation>COA amv</translation>
    </message>
    <message>
        <source>Nidos</source>
        <translation>Nidos</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Oekraïne</translation>
    </message>
    <message>
        <source>{opgave}: opgave and realised per municipality</source>
        <translation>{opgave}: opgave en gerealiseerd per gemeente</translation>
    </message>
    <message>
        <source>Reception: with the planned locations the province reaches {capacity} places on {date}, enough for the opgave of {target}.</source>
        <translation>Opvang: met de geplande locaties komt de provincie op {date} op {capacity} plekken, genoeg voor de opgave van {target}.</translation>
    </message>
    <message>
        <source>Reception: with the planned locations the province reaches {capacity} places on {date}; the opgave is {target}, so {gap} places are still missing.</source>
        <translation>Opvang: met de geplande locaties komt de provincie op {date} op {capacity} plekken; de opgave is {target}, dus er ontbreken nog {gap} plekken.</translation>
    </message>
    <message>
        <source>Municipalities short on that date: {names}{more}.</source>
        <translation>Gemeenten met een tekort op die datum: {names}{more}.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> en nog {n}</translation>
    </message>
</context>
<context>
    <name>NationalMap</name>
    <message>
        <source>Measure on the map</source>
        <translation>Maat op de kaart</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Maat:</translation>
    </message>
    <message>
        <source>Provinces, as of {date}</source>
        <translation>Provincies, stand per {date}</translation>
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
    <name>OpgaveDialog</name>
    <message>
        <source>Enter opgave</source>
        <translation>Opgave invoeren</translation>
    </message>
    <message>
        <source>Type the opgave when there is no file to import. It counts as the known total of the worksheet; an opgave entered earlier for the same period is replaced.</source>
        <translation>Typ de opgave in als er geen bestand is om te importeren. Ze geldt als het bekende totaal van het werkblad; een eerder ingevoerde opgave voor dezelfde periode wordt vervangen.</translation>
    </message>
    <message>
        <source>The province {name}</source>
        <translation>De provincie {name}</translation>
    </message>
    <message>
        <source>The Netherlands (the national number)</source>
        <translation>Heel Nederland (het landelijke aantal)</translation>
    </message>
    <message>
        <source>e.g. letter on the capacity need of 17 April 2023</source>
        <translation>bijv. brief capaciteitsbehoefte van 17 april 2023</translation>
    </message>
    <message>
        <source>&amp;Opgave:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Geldt voor:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation>Peil&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>Every municipality&apos;s taakstelling follows from the national number by the Huisvestingswet (art. 29): its share of the inhabitants, rounded up.</source>
        <translation>De taakstelling van elke gemeente volgt uit het landelijke aantal volgens de Huisvestingswet (art. 29): haar aandeel in de inwoners, naar boven afgerond.</translation>
    </message>
    <message>
        <source>The national number is divided over all municipalities of the Netherlands; the worksheet shows the share of this province.</source>
        <translation>Het landelijke aantal wordt verdeeld over alle gemeenten van Nederland; het werkblad toont het deel van deze provincie.</translation>
    </message>
    <message>
        <source>The number is divided over the municipalities of {name} in the worksheet.</source>
        <translation>Het werkblad verdeelt het aantal over de gemeenten van {name}.</translation>
    </message>
</context>
<context>
    <name>OpvangTab</name>
    <message>
        <source>Credit &amp;durable places</source>
        <translation>&amp;Duurzame plaatsen verrekenen</translation>
    </message>
    <message>
        <source>Existing locations with more than 100 places that last more than 5 years count as credit (Spreidingswet); the surplus policy decides what happens with a surplus.</source>
        <translation>Bestaande locaties met meer dan 100 plaatsen die langer dan 5 jaar bestaan tellen mee (Spreidingswet); het beleid voor het overschot bepaalt wat er met een overschot gebeurt.</translation>
    </message>
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
    <name>OverviewModel</name>
    <message>
        <source>Reception</source>
        <translation>Opvang</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>COA amv</source>
        <translation>COA amv</translation>
    </message>
    <message>
        <source>Nidos</source>
        <translation>Nidos</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Oekraïne</translation>
    </message>
    <message>
        <source>opgave</source>
        <translation>opgave</translation>
    </message>
    <message>
        <source>realised</source>
        <translation>gerealiseerd</translation>
    </message>
    <message>
        <source>still to realise</source>
        <translation>nog te realiseren</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Subtotal {regio}</source>
        <translation>Subtotaal {regio}</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>op koers</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>achter</translation>
    </message>
    <message>
        <source>far behind</source>
        <translation>ver achter</translation>
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
        <source>Total ({n})</source>
        <translation>Totaal ({n})</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Subtotals per region</source>
        <translation>&amp;Subtotalen per regio</translation>
    </message>
    <message>
        <source>Opgave on the map</source>
        <translation>Opgave op de kaart</translation>
    </message>
    <message>
        <source>Measure on the map</source>
        <translation>Maat op de kaart</translation>
    </message>
    <message>
        <source>Opgave:</source>
        <translation>Opgave:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Maat:</translation>
    </message>
    <message>
        <source>Figures as of {date}; anything dated after it is left out.</source>
        <translation>Stand per {date}; cijfers van na die datum tellen niet mee.</translation>
    </message>
    <message>
        <source>CONCEPT: at least one opgave is not adopted yet. Source: CBS (boundaries 2024).</source>
        <translation>CONCEPT: ten minste één opgave is nog niet vastgesteld. Bron: CBS (grenzen 2024).</translation>
    </message>
    <message>
        <source>Source: CBS (boundaries 2024).</source>
        <translation>Bron: CBS (grenzen 2024).</translation>
    </message>
    <message>
        <source>opgave {opgave}, realised {realised}</source>
        <translation>opgave {opgave}, gerealiseerd {realised}</translation>
    </message>
</context>
<context>
    <name>OwnGroupingDialog</name>
    <message>
        <source>Own grouping</source>
        <translation>Eigen indeling</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Every municipality needs a group. Groups with the same name form one group.</source>
        <translation>Elke gemeente hoort in een groep. Gemeenten met dezelfde groepsnaam vormen één groep.</translation>
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
    <name>ProvinceDialog</name>
    <message>
        <source>Welcome to Regietafel</source>
        <translation>Welkom bij Regietafel</translation>
    </message>
    <message>
        <source>For which province do you prepare the regietafel? The program opens on it from now on; you can change it in Edit &gt; Settings and look at every province at any time.</source>
        <translation>Voor welke provincie bereidt u de regietafel voor? Het programma opent voortaan op die provincie; u kunt dat wijzigen via Bewerken &gt; Instellingen en altijd elke provincie bekijken.</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provincie:</translation>
    </message>
</context>
<context>
    <name>RegioSubtotals</name>
    <message>
        <source>Region subtotals</source>
        <translation>Subtotalen per regio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Share of the region</source>
        <translation>Aandeel van de regio</translation>
    </message>
    <message>
        <source>Target of the region</source>
        <translation>Opgave van de regio</translation>
    </message>
    <message>
        <source>Sum of municipalities</source>
        <translation>Som van de gemeenten</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Still to realise</source>
        <translation>Nog te realiseren</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
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
    <message>
        <source>{name}: not changed, {reason}.</source>
        <translation>{name}: niet gewijzigd, {reason}.</translation>
    </message>
    <message>
        <source>{name}: a negative number is not possible.</source>
        <translation>{name}: een negatief aantal is niet mogelijk.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Default &amp;province:</source>
        <translation>Standaard&amp;provincie:</translation>
    </message>
    <message>
        <source>Supervision of housing (this province)</source>
        <translation>Toezicht huisvesting (deze provincie)</translation>
    </message>
    <message>
        <source>&amp;Orange below:</source>
        <translation>&amp;Oranje onder:</translation>
    </message>
    <message>
        <source>&amp;Red below:</source>
        <translation>&amp;Rood onder:</translation>
    </message>
    <message>
        <source>Red after, &amp;in a row:</source>
        <translation>Rood na, &amp;op rij:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Beside the database: {folder}</source>
        <translation>Naast de database: {folder}</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;Keep newest:</source>
        <translation>&amp;Nieuwste bewaren:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>e.g. Provincie Zuid-Holland, secretariaat PRT</source>
        <translation>bijv. Provincie Zuid-Holland, secretariaat PRT</translation>
    </message>
    <message>
        <source>Footer &amp;text:</source>
        <translation>&amp;Voettekst:</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Paper &amp;orientation:</source>
        <translation>Papier&amp;richting:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor back-ups</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file}: the logo is larger than 2 MB.</source>
        <translation>{file}: het logo is groter dan 2 MB.</translation>
    </message>
    <message>
        <source>{file}: not a PNG or JPEG image.</source>
        <translation>{file}: geen PNG- of JPEG-afbeelding.</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(geen logo)</translation>
    </message>
    <message>
        <source>Red must not be above orange.</source>
        <translation>De grens voor rood mag niet boven die voor oranje liggen.</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation>De map voor back-ups {folder} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Read only: your role {user} may read this shared database but not change it, so editing is switched off. You can still look at everything and print or export every document. Ask the administrator for write access if you need it.</source>
        <translation>Alleen lezen: uw rol {user} mag deze gedeelde database lezen maar niet wijzigen, daarom staat bewerken uit. U kunt alles bekijken en elk document afdrukken of exporteren. Vraag de beheerder om schrijfrechten als u die nodig hebt.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Shared database: {url} · signed in as {user}</source>
        <translation>Gedeelde database: {url} · aangemeld als {user}</translation>
    </message>
    <message>
        <source>S&amp;hared database…</source>
        <translation>&amp;Gedeelde database…</translation>
    </message>
    <message>
        <source>Changed by {user}: the view has been brought up to date.</source>
        <translation>Gewijzigd door {user}: het scherm is bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation>Gedeelde database</translation>
    </message>
    <message>
        <source>Work together on a PostgreSQL database on a server of your organisation. Ask your administrator for the server, the database and your user name.</source>
        <translation>Werk samen in een PostgreSQL-database op een server van uw organisatie. Vraag de beheerder naar de server, de database en uw gebruikersnaam.</translation>
    </message>
    <message>
        <source>from the password file (pgpass)</source>
        <translation>uit het wachtwoordbestand (pgpass)</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s password file (pgpass)</source>
        <translation>Wachtwoord bewaren in het wachtwoordbestand (pgpass) van deze computer</translation>
    </message>
    <message>
        <source>optional: a service from pg_service.conf</source>
        <translation>optioneel: een service uit pg_service.conf</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
</context>
<context>
    <name>StandPerControl</name>
    <message>
        <source>Figures as of</source>
        <translation>Stand per</translation>
    </message>
    <message>
        <source>chosen date</source>
        <translation>gekozen datum</translation>
    </message>
    <message>
        <source>Date the figures are as of</source>
        <translation>Datum waarop de cijfers staan</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>S&amp;tand per:</translation>
    </message>
    <message>
        <source>Realisation, locations, status and forecasts are shown as of this date; figures dated after it are left out. By default the date of the meeting whose documents are made.</source>
        <translation>Realisatie, locaties, status en prognoses staan per deze datum; cijfers van na die datum tellen niet mee. Standaard de datum van de vergadering waarvoor de stukken worden gemaakt.</translation>
    </message>
    <message>
        <source>meeting date ({date})</source>
        <translation>vergaderdatum ({date})</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aan de slag&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A round of the regietafel goes in five steps. This database holds no opgave yet: start with step 1, or first look around in the example database.</source>
        <translation>Een ronde van de regietafel gaat in vijf stappen. Deze database bevat nog geen opgave: begin bij stap 1, of kijk eerst rond in de voorbeelddatabase.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First look around?&lt;/b&gt; The example database holds the figures of the letter on the capacity need of April 2023, with worksheets, locations and two meetings. Your own database stays as it is; File &gt; Open database… brings you back.</source>
        <translation>&lt;b&gt;Eerst rondkijken?&lt;/b&gt; De voorbeelddatabase bevat de cijfers van de brief over de capaciteitsbehoefte van april 2023, met werkbladen, locaties en twee vergaderingen. Uw eigen database blijft zoals hij is; met Bestand &gt; Database openen… gaat u terug.</translation>
    </message>
    <message>
        <source>Open the &amp;example database</source>
        <translation>&amp;Voorbeelddatabase openen</translation>
    </message>
    <message>
        <source>Read the &amp;handbook (F1)</source>
        <translation>&amp;Handleiding lezen (F1)</translation>
    </message>
    <message>
        <source>&amp;To the worksheets</source>
        <translation>&amp;Naar de werkbladen</translation>
    </message>
    <message>
        <source>Enter or import the opgave</source>
        <translation>Opgave invoeren of importeren</translation>
    </message>
    <message>
        <source>The number of places the province must provide: type it in, or import the figures of the Rijk or COA from a spreadsheet. For housing it is the national number; the taakstelling of every municipality follows from the law.</source>
        <translation>Het aantal plaatsen dat de provincie moet realiseren: typ het in, of importeer de cijfers van het Rijk of COA uit een spreadsheet. Voor huisvesting is dat het landelijke aantal; de taakstelling van elke gemeente volgt uit de wet.</translation>
    </message>
    <message>
        <source>&amp;Enter opgave…</source>
        <translation>Opgave &amp;invoeren…</translation>
    </message>
    <message>
        <source>&amp;Import figures…</source>
        <translation>Cijfers &amp;importeren…</translation>
    </message>
    <message>
        <source>Divide</source>
        <translation>Verdelen</translation>
    </message>
    <message>
        <source>The worksheet of each opgave divides the total over the municipalities by a key (inhabitants, or a mix) and a method of your choice, and shows how every number was computed.</source>
        <translation>Het werkblad van elke opgave verdeelt het totaal over de gemeenten met een sleutel (inwoners, of een mix) en een methode naar keuze, en laat zien hoe elk aantal is berekend.</translation>
    </message>
    <message>
        <source>To the &amp;worksheet</source>
        <translation>Naar het &amp;werkblad</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Fix what was agreed (type a number in a cell), give a minimum or maximum, credit places already there, record exchanges between municipalities. Every change can be undone and is logged with its reason.</source>
        <translation>Zet afspraken vast (typ een getal in een cel), geef een minimum of maximum, verreken plaatsen die er al zijn, leg uitwisselingen tussen gemeenten vast. Elke wijziging kan ongedaan worden gemaakt en staat met haar reden in het log.</translation>
    </message>
    <message>
        <source>Adopt in a meeting</source>
        <translation>Vaststellen in een vergadering</translation>
    </message>
    <message>
        <source>Put the concept before the regietafel and adopt it by a decision of the meeting; an adopted version is kept as it was.</source>
        <translation>Leg het concept voor aan de regietafel en stel het vast bij een besluit van de vergadering; een vastgestelde versie blijft bewaard zoals ze was.</translation>
    </message>
    <message>
        <source>To the &amp;meetings</source>
        <translation>Naar de &amp;vergaderingen</translation>
    </message>
    <message>
        <source>Print and send</source>
        <translation>Afdrukken en versturen</translation>
    </message>
    <message>
        <source>The meeting pack and the factsheets (PDF), the workbook for the municipalities and the request for realisation figures (Excel): File &gt; Export.</source>
        <translation>De vergaderstukken en factsheets (pdf), de werkmap voor de gemeenten en de uitvraag van realisatiecijfers (Excel): Bestand &gt; Exporteren.</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documenten…</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message numerus="yes">
        <source>%n municipality(ies) differ.</source>
        <translation>
            <numerusform>%n gemeente verschilt.</numerusform>
            <numerusform>%n gemeenten verschillen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only the municipalities that differ</source>
        <translation>&amp;Alleen de gemeenten die verschillen</translation>
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
    <name>VersionViews</name>
    <message>
        <source>A version is adopted in a meeting: first record the meeting (Meetings tab), then adopt the version in it.</source>
        <translation>Een versie wordt vastgesteld in een vergadering: leg eerst de vergadering vast (tabblad Vergaderingen) en stel de versie daarin vast.</translation>
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
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>WeightedKeyDialog</name>
    <message>
        <source>Weighted key</source>
        <translation>Gewogen sleutel</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Sum of the weights: {sum} % (must be 100 %)</source>
        <translation>Som van de gewichten: {sum} % (moet 100 % zijn)</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>The version shown. A concept can be changed; an adopted version stays as it was adopted. Older versions can be looked at, not changed.</source>
        <translation>De getoonde versie. Een concept kunt u wijzigen; een vastgestelde versie blijft zoals ze is vastgesteld. Oudere versies kunt u bekijken, niet wijzigen.</translation>
    </message>
    <message>
        <source>Start a new concept version from the version shown, e.g. after an adoption or to try another key.</source>
        <translation>Begin een nieuwe conceptversie op basis van de getoonde, bijvoorbeeld na een vaststelling of om een andere sleutel te proberen.</translation>
    </message>
    <message>
        <source>Adopt this concept: record the date and the meeting. From then on it is read-only; a new concept continues from it.</source>
        <translation>Stel dit concept vast: leg de datum en de vergadering vast. Daarna is het alleen te lezen; een nieuw concept gaat ervan uit.</translation>
    </message>
    <message>
        <source>Put this version beside the previous one: per municipality both numbers and the difference, the rows that differ marked.</source>
        <translation>Zet deze versie naast de vorige: per gemeente beide aantallen en het verschil; de rijen die verschillen zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>Every change of every version, with its time and reason.</source>
        <translation>Elke wijziging van elke versie, met tijdstip en reden.</translation>
    </message>
    <message>
        <source>The number to divide over the municipalities: the provincial opgave, or for housing the national number. Type another number to try it; the change can be undone.</source>
        <translation>Het aantal dat over de gemeenten wordt verdeeld: de provinciale opgave, of voor huisvesting het landelijke aantal. Typ een ander getal om het te proberen; de wijziging kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>What each municipality&apos;s share is based on: its inhabitants, equal shares, inhabitants corrected by an indicator, an own key or a weighted mix.</source>
        <translation>Waarop het deel van elke gemeente is gebaseerd: haar inwoners, gelijke delen, inwoners gecorrigeerd met een indicator, een eigen sleutel of een gewogen mix.</translation>
    </message>
    <message>
        <source>The date of the inhabitant figures the key uses.</source>
        <translation>De datum van de inwonertallen die de sleutel gebruikt.</translation>
    </message>
    <message>
        <source>How the exact shares become whole places: largest remainder (Hamilton), Sainte-Laguë, D&apos;Hondt, or rounding up as the Huisvestingswet prescribes.</source>
        <translation>Hoe de exacte delen hele plaatsen worden: grootste overschot (Hamilton), Sainte-Laguë, D&apos;Hondt, of naar boven afronden zoals de Huisvestingswet voorschrijft.</translation>
    </message>
    <message>
        <source>In one step over all municipalities, or in two: first over the regions, then within each region over its municipalities.</source>
        <translation>In één stap over alle gemeenten, of in twee: eerst over de regio&apos;s, dan binnen elke regio over haar gemeenten.</translation>
    </message>
    <message>
        <source>When a municipality already has more than its share through credit: keep the others&apos; shares (not redistributed) or give the others less (redistributed).</source>
        <translation>Als een gemeente door verrekening al meer heeft dan haar deel: de anderen houden hun deel (niet herverdelen) of krijgen minder (herverdelen).</translation>
    </message>
    <message>
        <source>Show only the municipalities whose code, name or region contains this text (Ctrl+F).</source>
        <translation>Toon alleen de gemeenten waarvan code, naam of regio deze tekst bevat (Ctrl+F).</translation>
    </message>
    <message>
        <source>Why the next change is made; it is kept with the change in the change log.</source>
        <translation>Waarom de volgende wijziging wordt gedaan; dit komt met de wijziging in het wijzigingslog.</translation>
    </message>
    <message>
        <source>Record an exchange: a number of places moved from one municipality to another, with reason and date. The total stays the same.</source>
        <translation>Leg een uitwisseling vast: een aantal plaatsen van de ene gemeente naar de andere, met reden en datum. Het totaal blijft gelijk.</translation>
    </message>
    <message>
        <source>How the whole distribution was computed: total, key, method, fixed numbers, bounds, credit, exchanges and ties.</source>
        <translation>Hoe de hele verdeling is berekend: totaal, sleutel, methode, vastgezette aantallen, grenzen, verrekening, uitwisselingen en gelijke standen.</translation>
    </message>
    <message>
        <source>One row per municipality. Type a number in the Opgave column to fix it (double-click or start typing; an empty cell releases it); right-click for minimum, maximum and credit. Select a row to see below how its number was computed.</source>
        <translation>Eén rij per gemeente. Typ een getal in de kolom Opgave om het vast te zetten (dubbelklik of begin te typen; een leeg vak maakt het los); rechtermuisknop voor minimum, maximum en verrekening. Kies een rij om eronder te zien hoe haar aantal is berekend.</translation>
    </message>
    <message>
        <source>The first step of a two-step distribution: each region&apos;s share beside the sum of its municipalities.</source>
        <translation>De eerste stap van een verdeling in twee stappen: het deel van elke regio naast de som van haar gemeenten.</translation>
    </message>
    <message>
        <source>How the number of the selected municipality was computed, step by step.</source>
        <translation>Hoe het aantal van de gekozen gemeente is berekend, stap voor stap.</translation>
    </message>
</context>
<context>
    <name>WorksheetLegend</name>
    <message>
        <source>fixed</source>
        <translation>vastgezet</translation>
    </message>
    <message>
        <source>A fixed number (bold, with a padlock): agreed, e.g. a location of 600 places. Type a number in the cell to fix it; Delete or Release frees it again.</source>
        <translation>Een vastgezet aantal (vet, met een slotje): afgesproken, bijvoorbeeld een locatie van 600 plaatsen. Typ een getal in de cel om het vast te zetten; Delete of Losmaken maakt het weer los.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>Changed by the last change (shaded, with an arrow up or down); the column Previous shows the number before it.</source>
        <translation>Gewijzigd door de laatste wijziging (gearceerd, met een pijl omhoog of omlaag); de kolom Vorige toont het aantal daarvoor.</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source>A plain number: computed by the key and the method.</source>
        <translation>Een gewoon getal: berekend met de sleutel en de methode.</translation>
    </message>
    <message>
        <source>{minus}24 = surplus</source>
        <translation>{minus}24 = voorsprong</translation>
    </message>
    <message>
        <source>A number below zero in Still to realise or Carried over is a surplus: more realised than the task.</source>
        <translation>Een getal onder nul in Nog te realiseren of Overloop is een voorsprong: meer gerealiseerd dan de opgave.</translation>
    </message>
    <message>
        <source>Legend of the table</source>
        <translation>Legenda van de tabel</translation>
    </message>
</context>
<context>
    <name>WorksheetModel</name>
    <message>
        <source>Realised</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Still to realise</source>
        <translation>Nog te realiseren</translation>
    </message>
    <message>
        <source>Housing task</source>
        <translation>Taakstelling</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Of which Nidos (amv)</source>
        <translation>Waarvan Nidos (amv)</translation>
    </message>
    <message>
        <source>Of which COA amv</source>
        <translation>Waarvan COA-amv</translation>
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
        <source>Quota by key</source>
        <translation>Quotum volgens sleutel</translation>
    </message>
    <message>
        <source>Difference from key</source>
        <translation>Verschil met sleutel</translation>
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
        <source>Credited</source>
        <translation>Verrekend</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Overloop</translation>
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
        <source>Corrected housing task</source>
        <translation>Gecorrigeerde taakstelling</translation>
    </message>
    <message>
        <source>Realised: the last reported number of reception places in use.</source>
        <translation>Gerealiseerd: het laatst gemelde aantal opvangplekken in gebruik.</translation>
    </message>
    <message>
        <source>Realised: the number of permit holders housed in the half-year.</source>
        <translation>Gerealiseerd: het aantal vergunninghouders dat in het halfjaar is gehuisvest.</translation>
    </message>
    <message>
        <source>Realised: the last reported number of COA places for minors in use.</source>
        <translation>Gerealiseerd: het laatst gemelde aantal amv-plekken van COA in gebruik.</translation>
    </message>
    <message>
        <source>Realised: the number of minors housed through Nidos in the half-year.</source>
        <translation>Gerealiseerd: het aantal amv dat in het halfjaar via Nidos is gehuisvest.</translation>
    </message>
    <message>
        <source>Realised: the capacity of the open GOO locations at the end of the period.</source>
        <translation>Gerealiseerd: de capaciteit van de open GOO-locaties aan het eind van de periode.</translation>
    </message>
    <message>
        <source>Carried over: shortfall (+) or surplus (−) from the previous half-year.</source>
        <translation>Overloop: achterstand (+) of voorsprong (−) uit het vorige halfjaar.</translation>
    </message>
    <message>
        <source>Computed (check)</source>
        <translation>Berekend (controle)</translation>
    </message>
    <message>
        <source>The quota by the key alone, before any agreement: a fixed municipality keeps its own here.</source>
        <translation>Het quotum volgens de sleutel alleen, vóór elke afspraak: een vastgezette gemeente houdt hier haar eigen quotum.</translation>
    </message>
    <message>
        <source>The number minus the quota by the key: what all agreements together (fixed numbers, bounds, credit, exchanges) and the rounding moved.</source>
        <translation>Het aantal min het quotum volgens de sleutel: wat alle afspraken samen (vastgezette aantallen, grenzen, verrekening, uitwisselingen) en de afronding hebben verschoven.</translation>
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
        <source>{name}: fixed at {n}. Double-click to change it; Delete releases it.</source>
        <translation>{name}: vastgezet op {n}. Dubbelklik om te wijzigen; Delete maakt het los.</translation>
    </message>
    <message>
        <source>{name}: {n}, computed by the key ({account}). Type a number to fix it.</source>
        <translation>{name}: {n}, berekend met de sleutel ({account}). Typ een getal om het vast te zetten.</translation>
    </message>
    <message>
        <source>Before the last change: {before}; now {now} ({difference}).</source>
        <translation>Vóór de laatste wijziging: {before}; nu {now} ({difference}).</translation>
    </message>
    <message>
        <source>{n} = surplus: {m} more realised than the task.</source>
        <translation>{n} = voorsprong: {m} meer gerealiseerd dan de opgave.</translation>
    </message>
    <message>
        <source>{n} still to realise.</source>
        <translation>Nog {n} te realiseren.</translation>
    </message>
    <message>
        <source>{n} = surplus from the previous half-year: it lowers this half-year&apos;s task.</source>
        <translation>{n} = voorsprong uit het vorige halfjaar: die verlaagt de taakstelling van dit halfjaar.</translation>
    </message>
    <message>
        <source>{n} = shortfall from the previous half-year: it raises this half-year&apos;s task.</source>
        <translation>{n} = achterstand uit het vorige halfjaar: die verhoogt de taakstelling van dit halfjaar.</translation>
    </message>
    <message>
        <source>repeatedly behind</source>
        <translation>herhaald achter</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prognose</translation>
    </message>
    <message>
        <source>Official figure {official} differs from the computation {computed}.</source>
        <translation>Officieel cijfer {official} wijkt af van de berekening {computed}.</translation>
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
        <source>F&amp;ix</source>
        <translation>Vast&amp;zetten</translation>
    </message>
    <message>
        <source>Fix the selected municipality at its current number.</source>
        <translation>Zet de gekozen gemeente vast op haar huidige aantal.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>L&amp;osmaken</translation>
    </message>
    <message>
        <source>Release the fixed number of the selected municipality (Delete).</source>
        <translation>Maak het vastgezette aantal van de gekozen gemeente los (Delete).</translation>
    </message>
    <message>
        <source>&amp;Enter opgave…</source>
        <translation>Opgave &amp;invoeren…</translation>
    </message>
    <message>
        <source>No total is known for this opgave in this province and period yet. Type it in (Enter opgave…) or import the figures (File &gt; Import…).</source>
        <translation>Voor deze opgave is in deze provincie en periode nog geen totaal bekend. Typ het in (Opgave invoeren…) of importeer de cijfers (Bestand &gt; Importeren…).</translation>
    </message>
    <message>
        <source>There is one version so far; start a new concept to compare versions.</source>
        <translation>Er is nog maar één versie; maak een nieuw concept om versies te vergelijken.</translation>
    </message>
    <message>
        <source>{name}: not changed, {reason}.</source>
        <translation>{name}: niet gewijzigd, {reason}.</translation>
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
        <source>Via own grouping</source>
        <translation>Via eigen indeling</translation>
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
        <source>Weighted mix…</source>
        <translation>Gewogen mix…</translation>
    </message>
    <message>
        <source>Version {version} was adopted on {date} and is read-only. Start a new concept to make changes.</source>
        <translation>Versie {version} is vastgesteld op {date} en kan niet meer worden gewijzigd. Begin een nieuw concept om te wijzigen.</translation>
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
        <source>Not changed: {reason}</source>
        <translation>Niet gewijzigd: {reason}</translation>
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
        <source>Credit for durable places on {date}: {n} places</source>
        <translation>Verrekening duurzame plaatsen op {date}: {n} plaatsen</translation>
    </message>
    <message>
        <source>Credited {n} durable places at {m} municipalities (column Credited).</source>
        <translation>{n} duurzame plaatsen verrekend bij {m} gemeenten (kolom Verrekend).</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) got another number (marked; the column Previous shows the number before).</source>
        <translation>
            <numerusform>%n gemeente kreeg een ander aantal (gemarkeerd; de kolom Vorige toont het aantal daarvoor).</numerusform>
            <numerusform>%n gemeenten kregen een ander aantal (gemarkeerd; de kolom Vorige toont het aantal daarvoor).</numerusform>
        </translation>
    </message>
    <message>
        <source>No municipality got another number: with the surplus kept, the credit counts towards what is still to realise.</source>
        <translation>Geen gemeente kreeg een ander aantal: met het overschot niet herverdeeld telt de verrekening mee bij wat nog te realiseren is.</translation>
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
        <source>Not adopted: {reason}</source>
        <translation>Niet vastgesteld: {reason}</translation>
    </message>
</context>
<context>
    <name>WorksheetTexts</name>
    <message>
        <source>Version {n} (adopted {date})</source>
        <translation>Versie {n} (vastgesteld {date})</translation>
    </message>
    <message>
        <source>Version {n} (concept)</source>
        <translation>Versie {n} (concept)</translation>
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
        <source>Figures as of {date}.</source>
        <translation>Stand per {date}.</translation>
    </message>
    <message>
        <source>This province&apos;s total {assigned} is fixed here: locks, bounds and exchanges move numbers only between its own municipalities. The national number {total} (divided over all municipalities of the Netherlands) is context.</source>
        <translation>Het totaal van deze provincie, {assigned}, ligt hier vast: vastzetten, grenzen en uitwisselingen verschuiven alleen tussen haar eigen gemeenten. Het landelijke aantal {total} (verdeeld over alle gemeenten van Nederland) is context.</translation>
    </message>
    <message>
        <source>Rounding up makes the national sum {sum}: {excess} more than the national number, as the law prescribes.</source>
        <translation>Door naar boven af te ronden is de landelijke som {sum}: {excess} meer dan het landelijke aantal, zoals de wet voorschrijft.</translation>
    </message>
    <message>
        <source>This province&apos;s total {assigned} is fixed here: locks, bounds and exchanges move numbers only between its own municipalities.</source>
        <translation>Het totaal van deze provincie, {assigned}, ligt hier vast: vastzetten, grenzen en uitwisselingen verschuiven alleen tussen haar eigen gemeenten.</translation>
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
        <source>Official figure: {n} (source: {source}); computed: {computed}</source>
        <translation>Officieel cijfer: {n} (bron: {source}); berekend: {computed}</translation>
    </message>
    <message>
        <source>Source: computed ({n})</source>
        <translation>Bron: berekend ({n})</translation>
    </message>
    <message>
        <source>Result: {n}</source>
        <translation>Uitkomst: {n}</translation>
    </message>
</context>
</TS>
