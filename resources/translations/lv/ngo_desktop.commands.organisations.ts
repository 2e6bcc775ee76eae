<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="17"/>
        <source>import organisations with their main contact from CSV or XLSX</source>
        <translation>importēt organizācijas ar galveno kontaktpersonu no CSV vai XLSX</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="19"/>
        <source>a .csv or .xlsx file</source>
        <translation>.csv vai .xlsx fails</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="22"/>
        <source>an organisation already there: skip the row, update it with the file&apos;s values, or fill only its empty fields (default: skip)</source>
        <translation>ja organizācija jau ir reģistrā: izlaist rindu (skip), atjaunināt ar faila vērtībām (update) vai aizpildīt tikai tukšos laukus (fill); noklusējums: skip</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="28"/>
        <source>export every organisation to CSV or XLSX</source>
        <translation>eksportēt visas organizācijas CSV vai XLSX failā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="29"/>
        <source>FILE.csv or FILE.xlsx</source>
        <translation>FAILS.csv vai FAILS.xlsx</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="49"/>
        <source>Organisations imported from {file}: {added} added, {updated} updated, {skipped} skipped.</source>
        <translation>Organizācijas importētas no {file}: pievienotas {added}, atjauninātas {updated}, izlaistas {skipped}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/organisations.py" line="61"/>
        <source>{count} organisations written to {file}.</source>
        <translation>{count} organizācijas ierakstītas failā {file}.</translation>
    </message>
</context>
</TS>
