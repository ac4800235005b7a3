<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regietafel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Regietafel {version}&lt;/h3&gt;&lt;p&gt;Distribution and monitoring of reception and housing tasks for the Provinciale Regietafels.&lt;/p&gt;&lt;p&gt;Reference data: municipalities, regions and population on 1 January 2024. &lt;b&gt;Source: CBS&lt;/b&gt; (Statistics Netherlands, CC BY 4.0); boundaries CBS/PDOK.&lt;/p&gt;&lt;p&gt;Works entirely offline.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--{option} {value}: expected CODE=N, e.g. GM0363=600</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--{option} {value}: {code} is not a gemeente of this province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--{option} {value}: '{number}' is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--{option} {value}: a negative number is not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--{option}: {code} is given twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--total must not be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} already exists; use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo database created: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GemeenteTable</name>
    <message>
        <source>Filter by code, municipality or region…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter municipalities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GemeenteTableModel</name>
    <message>
        <source>Safety region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CBS code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regietafel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: CBS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unaccompanied minors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labour market region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COROP region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Regietafel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{province}, period {period}. Population on {date} (Source: CBS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regietafel databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Unknown province '{name}'. Known: {known}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be written: no permission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a Regietafel database (not an SQLite file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder for {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a readable database: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is an SQLite file but not a Regietafel database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} was made by a newer version of Regietafel (schema {revision}). Update Regietafel to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is already open in another Regietafel window. Close that one first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n municipality</numerusform><numerusform>%n municipalities</numerusform></translation>
    </message>
</context>
</TS>