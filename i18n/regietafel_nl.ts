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
    <name>App</name>
    <message>
        <source>Cannot open database</source>
        <translation>Database kan niet worden geopend</translation>
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
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} is not a Regietafel backup.</source>
        <translation>{path} is geen reservekopie van Regietafel.</translation>
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
        <source>{file}, sheet {sheet}: {rows} rows read, {matched} municipalities matched, {records} records, {errors} errors, {warnings} warnings</source>
        <translation>{file}, blad {sheet}: {rows} rijen gelezen, {matched} gemeenten herkend, {records} records, fouten: {errors}, waarschuwingen: {warnings}</translation>
    </message>
    <message>
        <source>Not imported: nothing was written.</source>
        <translation>Niet geïmporteerd: er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Dry run: the file would import {records} records; nothing was written.</source>
        <translation>Proefimport: het bestand zou {records} records importeren; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Imported: {written} records written, {replaced} replaced.</source>
        <translation>Geïmporteerd: {written} records weggeschreven, {replaced} vervangen.</translation>
    </message>
    <message>
        <source>Backup before the import: {path}</source>
        <translation>Reservekopie vóór de import: {path}</translation>
    </message>
</context>
<context>
    <name>GemeenteTable</name>
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
    <name>GemeenteTableModel</name>
    <message>
        <source>Safety region</source>
        <translation>Veiligheidsregio</translation>
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
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>import of {file}</source>
        <translation>import van {file}</translation>
    </message>
    <message>
        <source>{file}: not imported, {count} problem(s) to solve first.</source>
        <translation>{file}: niet geïmporteerd, eerst op te lossen problemen: {count}.</translation>
    </message>
    <message>
        <source>{file}: no rows to import.</source>
        <translation>{file}: geen rijen om te importeren.</translation>
    </message>
    <message>
        <source>unknown period &apos;{period}&apos;; known: {known}</source>
        <translation>onbekende periode &apos;{period}&apos;; bekend: {known}</translation>
    </message>
    <message>
        <source>{code}: a new municipality needs a province.</source>
        <translation>{code}: een nieuwe gemeente heeft een provincie nodig.</translation>
    </message>
    <message>
        <source>{file}: these municipalities are not in the new list and their successor is unknown: {names}. Add a column &apos;opvolger&apos; (successor code) or &apos;voorgangers&apos; (predecessor codes).</source>
        <translation>{file}: deze gemeenten staan niet in de nieuwe lijst en hun opvolger is onbekend: {names}. Voeg een kolom &apos;opvolger&apos; (code van de opvolger) of &apos;voorgangers&apos; (codes van de voorgangers) toe.</translation>
    </message>
    <message>
        <source>herindeling</source>
        <translation>herindeling</translation>
    </message>
    <message>
        <source>{file}: file not found.</source>
        <translation>{file}: bestand niet gevonden.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is een map, geen bestand.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files above {limit} MB are not imported. Save only the sheet you need.</source>
        <translation>{file} is {size} MB; bestanden groter dan {limit} MB worden niet geïmporteerd. Sla alleen het blad op dat u nodig hebt.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is leeg.</translation>
    </message>
    <message>
        <source>{file} is password-protected (encrypted) or an old .xls workbook. Remove the password or save it as .xlsx in Excel, then import again.</source>
        <translation>{file} is met een wachtwoord beveiligd (versleuteld) of een oud .xls-bestand. Verwijder het wachtwoord of sla het in Excel op als .xlsx en importeer opnieuw.</translation>
    </message>
    <message>
        <source>{file} is not a text (CSV) file: it contains binary data.</source>
        <translation>{file} is geen tekstbestand (CSV): het bevat binaire gegevens.</translation>
    </message>
    <message>
        <source>{file}: garbled characters (such as Ã¢ for â) were repaired.</source>
        <translation>{file}: verminkte tekens (zoals Ã¢ voor â) zijn hersteld.</translation>
    </message>
    <message>
        <source>{file} is damaged or not an Excel workbook ({reason}).</source>
        <translation>{file} is beschadigd of geen Excel-werkmap ({reason}).</translation>
    </message>
    <message>
        <source>{file} has no sheet &apos;{sheet}&apos;. Sheets: {sheets}.</source>
        <translation>{file} heeft geen blad &apos;{sheet}&apos;. Bladen: {sheets}.</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>blad {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rij {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>kolom {column}</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>waarschuwing: </translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>het blad is leeg</translation>
    </message>
    <message>
        <source>no header row found in the first 20 rows; expected columns such as {expected}; the first row holds: {found}</source>
        <translation>geen kopregel gevonden in de eerste 20 rijen; verwacht kolommen als {expected}; de eerste rij bevat: {found}</translation>
    </message>
    <message>
        <source>required column &apos;{column}&apos; not found (a header such as {aliases}); headers found: {found}</source>
        <translation>verplichte kolom &apos;{column}&apos; niet gevonden (een kop als {aliases}); gevonden koppen: {found}</translation>
    </message>
    <message>
        <source>no municipality column found (a header such as &apos;Gemeente&apos; or &apos;Gemeentecode&apos;); headers found: {found}</source>
        <translation>geen gemeentekolom gevonden (een kop als &apos;Gemeente&apos; of &apos;Gemeentecode&apos;); gevonden koppen: {found}</translation>
    </message>
    <message>
        <source>no indicator columns found: every column besides the municipality is imported as an indicator named after its header</source>
        <translation>geen indicatorkolommen gevonden: elke kolom naast de gemeente wordt geïmporteerd als indicator met de kop als naam</translation>
    </message>
    <message>
        <source>choose the period (for example 2024-I)</source>
        <translation>kies de periode (bijvoorbeeld 2024-I)</translation>
    </message>
    <message>
        <source>choose the reference date (peildatum) or map a date column</source>
        <translation>kies de peildatum of wijs een datumkolom toe</translation>
    </message>
    <message>
        <source>choose the category or map a category column</source>
        <translation>kies de categorie of wijs een categoriekolom toe</translation>
    </message>
    <message>
        <source>unknown category &apos;{category}&apos;; known: {known}</source>
        <translation>onbekende categorie &apos;{category}&apos;; bekend: {known}</translation>
    </message>
    <message>
        <source>total row skipped</source>
        <translation>totaalregel overgeslagen</translation>
    </message>
    <message>
        <source>formula without a calculated value: open the file in Excel, let it calculate and save it, or type the number</source>
        <translation>formule zonder berekende waarde: open het bestand in Excel, laat het rekenen en sla het op, of typ het getal in</translation>
    </message>
    <message>
        <source>cell is part of merged cells {range}: unmerge them and fill in every row</source>
        <translation>cel hoort bij samengevoegde cellen {range}: hef het samenvoegen op en vul elke rij in</translation>
    </message>
    <message>
        <source>empty; a value is required</source>
        <translation>leeg; hier is een waarde nodig</translation>
    </message>
    <message>
        <source>no data rows found below the header row {row}</source>
        <translation>geen gegevensrijen gevonden onder kopregel {row}</translation>
    </message>
    <message>
        <source>no municipality code or name in this row</source>
        <translation>geen gemeentecode of -naam in deze rij</translation>
    </message>
    <message>
        <source>unknown code &apos;{code}&apos;; the name &apos;{name}&apos; was used</source>
        <translation>onbekende code &apos;{code}&apos;; de naam &apos;{name}&apos; is gebruikt</translation>
    </message>
    <message>
        <source>unknown municipality &apos;{name}&apos;</source>
        <translation>onbekende gemeente &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; fits more than one municipality ({candidates}); write the CBS code or the full name</source>
        <translation>&apos;{name}&apos; past bij meer dan één gemeente ({candidates}); vul de CBS-code of de volledige naam in</translation>
    </message>
    <message>
        <source>{old} has merged into {new}; counted for {new}</source>
        <translation>{old} is opgegaan in {new}; meegeteld bij {new}</translation>
    </message>
    <message>
        <source>name &apos;{name}&apos; does not fit code {code} ({cbs}); the code was used</source>
        <translation>naam &apos;{name}&apos; past niet bij code {code} ({cbs}); de code is gebruikt</translation>
    </message>
    <message>
        <source>unknown level &apos;{level}&apos;; known: {known}</source>
        <translation>onbekend niveau &apos;{level}&apos;; bekend: {known}</translation>
    </message>
    <message>
        <source>unknown province &apos;{name}&apos;</source>
        <translation>onbekende provincie &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>a provincial task needs a province</source>
        <translation>een provinciale opgave heeft een provincie nodig</translation>
    </message>
    <message>
        <source>municipality {name} appears twice (rows {first} and {second})</source>
        <translation>gemeente {name} staat er twee keer in (rijen {first} en {second})</translation>
    </message>
    <message>
        <source>added to {name} (row {first}) because of the merger</source>
        <translation>opgeteld bij {name} (rij {first}) vanwege de herindeling</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a CBS municipality code</source>
        <translation>&apos;{code}&apos; is geen CBS-gemeentecode</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is geen getal</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number; a count of places or persons is whole</source>
        <translation>&apos;{value}&apos; is geen geheel getal; een aantal plaatsen of personen is geheel</translation>
    </message>
    <message>
        <source>negative number {value} is not allowed</source>
        <translation>negatief getal {value} is niet toegestaan</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; write for example 1-1-2024</source>
        <translation>&apos;{value}&apos; is geen datum; schrijf bijvoorbeeld 1-1-2024</translation>
    </message>
</context>
<context>
    <name>ImportColumn</name>
    <message>
        <source>Municipality code</source>
        <translation>Gemeentecode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Previous number</source>
        <translation>Vorig aantal</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Naam locatie</translation>
    </message>
    <message>
        <source>Type</source>
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
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target group restriction</source>
        <translation>Beperking doelgroep</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Opvolger</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Voorgangers</translation>
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
        <source>import of {file}</source>
        <translation>import van {file}</translation>
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
    <name>ImportKind</name>
    <message>
        <source>Tasks (national, provincial or per municipality)</source>
        <translation>Opgaven (landelijk, provinciaal of per gemeente)</translation>
    </message>
    <message>
        <source>Housing task per municipality (taakstelling)</source>
        <translation>Taakstelling huisvesting per gemeente</translation>
    </message>
    <message>
        <source>Realisation per municipality</source>
        <translation>Realisatie per gemeente</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Indicators (SES-WOA score, area, ...)</source>
        <translation>Indicatoren (SES-WOA-score, oppervlakte, ...)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Inwoners</translation>
    </message>
    <message>
        <source>Municipality list (CBS, after mergers)</source>
        <translation>Gemeentelijst (CBS, na herindeling)</translation>
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
        <source>{province}, period {period}. Population on {date} (Source: CBS).</source>
        <translation>{province}, periode {period}. Inwoners op {date} (Bron: CBS).</translation>
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
    <name>TotalsModel</name>
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
</context>
</TS>
