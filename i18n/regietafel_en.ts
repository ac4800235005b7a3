<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Regietafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regietafel {version}&lt;/h3&gt;&lt;p&gt;Distribution and monitoring of reception and housing tasks for the Provinciale Regietafels.&lt;/p&gt;&lt;p&gt;Reference data: municipalities, regions and population on 1 January 2024. &lt;b&gt;Source: CBS&lt;/b&gt; (Statistics Netherlands, CC BY 4.0); boundaries CBS/PDOK.&lt;/p&gt;&lt;p&gt;Works entirely offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account of the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPointDialog</name>
    <message>
        <source>Action point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} is adopted in the meeting you choose, with the date of that meeting, and the decision is added to that meeting&apos;s list of decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Adopting cannot be undone.&lt;/b&gt; An adopted version is read-only; later changes need a new concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the decision (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;meeting of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmvTab</name>
    <message>
        <source>COA amv places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COA amv: {amv} of the {opvang} reception places of this province are for unaccompanied minors; they are part of the opvang opgave and do not raise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos: {n} places in municipalities nationally on {date} (places on a date, like reception places); they count towards the housing taakstelling and do not raise it: the Housing tab shows them per municipality as &quot;of which Nidos&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regietafel backs up the database before every import and once a day, keeping the newest {keep}. Restoring replaces the current database by the chosen backup; the current database is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged. Restoring puts the chosen backup in its place; the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database by the backup of {when}? The current database is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of {when} restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

There is no backup in {folder} to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Regietafel can put a backup back in its place (the newest is of {when}); the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundsDialog</name>
    <message>
        <source>Bounds for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (already realised):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taakstelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected taakstelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achterstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgave {n} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurableCreditDialog</name>
    <message>
        <source>Credit durable places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing locations with more than 100 places that last more than 5 years count as places the municipality already has (Spreidingswet), as they are in use on {date}. Each municipality&apos;s number is divided again with these places credited; the surplus policy decides what happens when a municipality already has more than its share. Earlier credits of this version are replaced; the change can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) with durable places: {total} places in all.</source>
        <translation>
            <numerusform>%n municipality with durable places: {total} places in all.</numerusform>
            <numerusform>%n municipalities with durable places: {total} places in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <source>Exchange between municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {n} places in this version; it cannot give {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COA amv places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting pack (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factsheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbook for the municipalities (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request for realisation figures (Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is saved in the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting documents PRT {province} {period}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factsheets {province} {period}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for realisation figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {opgave} {province} {period}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterTable</name>
    <message>
        <source>Filter by code, municipality or region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>Regietafel handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Regietafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuisvestingTab</name>
    <message>
        <source>Supervision &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province&apos;s own rule (not law), printed with every status. Share housed of the corrected taakstelling; before the end of the half-year the status is a forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red after, in a row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red must not be above orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> half-years behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces (a national file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (detected; adjust where needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators (every other column): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read, {matched} municipalities matched, {records} records to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (red), to solve before importing: {errors}. Warnings (yellow): {warnings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (yellow), to check; they do not block the import: {warnings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Edit location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the seed letter asks not to restrict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group &amp;restriction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed letter asks provinces not to restrict the target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press OK again to save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed letter asks provinces not to restrict the target group of a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable: more than 100 places and more than 5 years (Spreidingswet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationsTab</name>
    <message>
        <source>Filter by municipality, location, kind or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} locations; capacity and occupancy totals count the locations in use on {date} (a closed location up to its end date; one in preparation not yet). {warning} {r} with a target group restriction: the seed letter asks provinces not to restrict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its places count up to and including the closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regietafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: CBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unaccompanied minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour market region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COROP region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;opgave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difference from the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the worksheets, each number&apos;s difference from the quota by the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgave stored: {opgave} {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regietafel databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {count} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;pack (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Factsheets (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action points (open points of earlier meetings are marked ↻)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ {date}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this meeting with its agenda, decisions and action points?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept version to adopt in this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no concept version of this province and period to adopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt {version} in the meeting of {date}? The decision is added to this meeting&apos;s list of decisions. Adopting cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting documents PRT {province}{date}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factsheets {province} {period}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factsheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorTab</name>
    <message>
        <source>Opgave in the bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opgave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing: persons housed per half-year (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing: achterstand per half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception: capacity from locations against the opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (as of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains estimates or demo figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COA amv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opgave}: opgave and realised per municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception: with the planned locations the province reaches {capacity} places on {date}, enough for the opgave of {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception: with the planned locations the province reaches {capacity} places on {date}; the opgave is {target}, so {gap} places are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities short on that date: {names}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalMap</name>
    <message>
        <source>Measure on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalTableView</name>
    <message>
        <source>Filter by province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current regular places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra places (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National opgave {national}; sum of the provinces {sum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provinces do not add up to the national number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous distribution sums to {sum}, the national number was {national}: the published rows differ from the published total by {difference} (kept as published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpgaveDialog</name>
    <message>
        <source>Enter opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the opgave when there is no file to import. It counts as the known total of the worksheet; an opgave entered earlier for the same period is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Netherlands (the national number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. letter on the capacity need of 17 April 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opgave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every municipality&apos;s taakstelling follows from the national number by the Huisvestingswet (art. 29): its share of the inhabitants, rounded up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national number is divided over all municipalities of the Netherlands; the worksheet shows the share of this province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is divided over the municipalities of {name} in the worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpvangTab</name>
    <message>
        <source>Credit &amp;durable places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing locations with more than 100 places that last more than 5 years count as credit (Spreidingswet); the surplus policy decides what happens with a surplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities of the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National table (12 provinces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COA amv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nidos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to realise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal {regio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Subtotals per region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgave on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of {date}; anything dated after it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONCEPT: at least one opgave is not adopted yet. Source: CBS (boundaries 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: CBS (boundaries 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opgave {opgave}, realised {realised}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnGroupingDialog</name>
    <message>
        <source>Own grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every municipality needs a group. Groups with the same name form one group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvinceDialog</name>
    <message>
        <source>Welcome to Regietafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which province do you prepare the regietafel? The program opens on it from now on; you can change it in Edit &gt; Settings and look at every province at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegioSubtotals</name>
    <message>
        <source>Region subtotals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of municipalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to realise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>Fix at {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release (unlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum, maximum, credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange from {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not changed, {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a negative number is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision of housing (this province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orange below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red after, &amp;in a row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the database: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Provincie Zuid-Holland, secretariaat PRT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper &amp;orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the logo is larger than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red must not be above orange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Read only: your role {user} may read this shared database but not change it, so editing is switched off. You can still look at everything and print or export every document. Ask the administrator for write access if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: {url} · signed in as {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by {user}: the view has been brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work together on a PostgreSQL database on a server of your organisation. Ask your administrator for the server, the database and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the password file (pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s password file (pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a service from pg_service.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandPerControl</name>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the figures are as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation, locations, status and forecasts are shown as of this date; figures dated after it are left out. By default the date of the meeting whose documents are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting date ({date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round of the regietafel goes in five steps. This database holds no opgave yet: start with step 1, or first look around in the example database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First look around?&lt;/b&gt; The example database holds the figures of the letter on the capacity need of April 2023, with worksheets, locations and two meetings. Your own database stays as it is; File &gt; Open database… brings you back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;example database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;handbook (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To the worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or import the opgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places the province must provide: type it in, or import the figures of the Rijk or COA from a spreadsheet. For housing it is the national number; the taakstelling of every municipality follows from the law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter opgave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of each opgave divides the total over the municipalities by a key (inhabitants, or a mix) and a method of your choice, and shows how every number was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what was agreed (type a number in a cell), give a minimum or maximum, credit places already there, record exchanges between municipalities. Every change can be undone and is logged with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt in a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the concept before the regietafel and adopt it by a decision of the meeting; an adopted version is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting pack and the factsheets (PDF), the workbook for the municipalities and the request for realisation figures (Excel): File &gt; Export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message numerus="yes">
        <source>%n municipality(ies) differ.</source>
        <translation>
            <numerusform>%n municipality differs.</numerusform>
            <numerusform>%n municipalities differ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only the municipalities that differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionViews</name>
    <message>
        <source>A version is adopted in a meeting: first record the meeting (Meetings tab), then adopt the version in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one version to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightedKeyDialog</name>
    <message>
        <source>Weighted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the weights: {sum} % (must be 100 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>The version shown. A concept can be changed; an adopted version stays as it was adopted. Older versions can be looked at, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new concept version from the version shown, e.g. after an adoption or to try another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt this concept: record the date and the meeting. From then on it is read-only; a new concept continues from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version beside the previous one: per municipality both numbers and the difference, the rows that differ marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of every version, with its time and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to divide over the municipalities: the provincial opgave, or for housing the national number. Type another number to try it; the change can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each municipality&apos;s share is based on: its inhabitants, equal shares, inhabitants corrected by an indicator, an own key or a weighted mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the inhabitant figures the key uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the exact shares become whole places: largest remainder (Hamilton), Sainte-Laguë, D&apos;Hondt, or rounding up as the Huisvestingswet prescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one step over all municipalities, or in two: first over the regions, then within each region over its municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a municipality already has more than its share through credit: keep the others&apos; shares (not redistributed) or give the others less (redistributed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the municipalities whose code, name or region contains this text (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the next change is made; it is kept with the change in the change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an exchange: a number of places moved from one municipality to another, with reason and date. The total stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the whole distribution was computed: total, key, method, fixed numbers, bounds, credit, exchanges and ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per municipality. Type a number in the Opgave column to fix it (double-click or start typing; an empty cell releases it); right-click for minimum, maximum and credit. Select a row to see below how its number was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first step of a two-step distribution: each region&apos;s share beside the sum of its municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the number of the selected municipality was computed, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetLegend</name>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed number (bold, with a padlock): agreed, e.g. a location of 600 places. Type a number in the cell to fix it; Delete or Release frees it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the last change (shaded, with an arrow up or down); the column Previous shows the number before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain number: computed by the key and the method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minus}24 = surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number below zero in Still to realise or Carried over is a surplus: more realised than the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetModel</name>
    <message>
        <source>Realised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to realise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which Nidos (amv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which COA amv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference from key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected housing task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised: the last reported number of reception places in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised: the number of permit holders housed in the half-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised: the last reported number of COA places for minors in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised: the number of minors housed through Nidos in the half-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised: the capacity of the open GOO locations at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over: shortfall (+) or surplus (−) from the previous half-year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota by the key alone, before any agreement: a fixed municipality keeps its own here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number minus the quota by the key: what all agreements together (fixed numbers, bounds, credit, exchanges) and the rounding moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: fixed at {n}. Double-click to change it; Delete releases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n}, computed by the key ({account}). Type a number to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the last change: {before}; now {now} ({difference}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} = surplus: {m} more realised than the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} still to realise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} = surplus from the previous half-year: it lowers this half-year&apos;s task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} = shortfall from the previous half-year: it raises this half-year&apos;s task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeatedly behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official figure {official} differs from the computation {computed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetPanel</name>
    <message>
        <source>Account of the selected number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a municipality to see how its number was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest remainder (Hamilton)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;Hondt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round up (Huisvestingswet art. 29)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-level distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via safety regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via labour market regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via COROP regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the selected municipality at its current number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the fixed number of the selected municipality (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter opgave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No total is known for this opgave in this province and period yet. Type it in (Enter opgave…) or import the figures (File &gt; Import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is one version so far; start a new concept to compare versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not changed, {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via own grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus redistributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the next change (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full acco&amp;unt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population × (1 + {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own key: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} was adopted on {date} and is read-only. Start a new concept to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n municipality</numerusform>
            <numerusform>%n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a negative number is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value} is more than the whole total {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix {name} at {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for durable places on {date}: {n} places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited {n} durable places at {m} municipalities (column Credited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) got another number (marked; the column Previous shows the number before).</source>
        <translation>
            <numerusform>%n municipality got another number (marked; the column Previous shows the number before).</numerusform>
            <numerusform>%n municipalities got another number (marked; the column Previous shows the number before).</numerusform>
        </translation>
    </message>
    <message>
        <source>No municipality got another number: with the surplus kept, the credit counts towards what is still to realise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exchange needs two different municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange {n} from {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetTexts</name>
    <message>
        <source>Version {n} (adopted {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n} (concept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: {key}. Method: {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s) decided by the tie-break rule.</source>
        <translation>
            <numerusform>%n tie decided by the tie-break rule.</numerusform>
            <numerusform>%n ties decided by the tie-break rule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures as of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This province&apos;s total {assigned} is fixed here: locks, bounds and exchanges move numbers only between its own municipalities. The national number {total} (divided over all municipalities of the Netherlands) is context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding up makes the national sum {sum}: {excess} more than the national number, as the law prescribes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This province&apos;s total {assigned} is fixed here: locks, bounds and exchanges move numbers only between its own municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assigned {assigned} exceeds the total {total} by {excess}: every share is rounded up (Huisvestingswet art. 29).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total assigned {assigned} = total {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact quota: {exact} ≈ {decimal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from the previous half-year: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official figure: {n} (source: {source}); computed: {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: computed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
