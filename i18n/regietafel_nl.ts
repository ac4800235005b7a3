<?xml version='1.0' encoding='utf-8'?>
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
        <translation>&lt;h3&gt;Regietafel {version}&lt;/h3&gt;&lt;p&gt;Verdeling en monitoring van de opgaven voor opvang en huisvesting, voor de Provinciale Regietafels.&lt;/p&gt;&lt;p&gt;Referentiegegevens: gemeenten, regio's en inwoners op 1 januari 2024. &lt;b&gt;Bron: CBS&lt;/b&gt; (Centraal Bureau voor de Statistiek, CC BY 4.0); grenzen CBS/PDOK.&lt;/p&gt;&lt;p&gt;Werkt volledig offline.&lt;/p&gt;</translation>
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
        <source>--{option} {value}: '{number}' is not a whole number</source>
        <translation>--{option} {value}: '{number}' is geen geheel getal</translation>
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
</context>
<context>
    <name>Store</name>
    <message>
        <source>Unknown province '{name}'. Known: {known}.</source>
        <translation>Onbekende provincie '{name}'. Bekend zijn: {known}.</translation>
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
            <numerusform>%n gemeente</numerusform><numerusform>%n gemeenten</numerusform></translation>
    </message>
</context>
</TS>