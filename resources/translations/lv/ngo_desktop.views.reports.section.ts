<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="73"/>
        <source>Whole year</source>
        <translation>Viss gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="73"/>
        <source>Quarter</source>
        <translation>Ceturksnis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="73"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="74"/>
        <source>From – to</source>
        <translation>No – līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="85"/>
        <source>All sites</source>
        <translation>Visas filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="87"/>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="90"/>
        <source>Export PDF…</source>
        <translation>Eksportēt PDF…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="91"/>
        <source>Export XLSX…</source>
        <translation>Eksportēt XLSX…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="98"/>
        <source>Year</source>
        <translation>Gads</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="104"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="104"/>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="120"/>
        <source>Nothing to report for this choice</source>
        <translation>Šai izvēlei nav ko rādīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="121"/>
        <source>Nothing was counted in this period for this site and kind of organisation. Choose another period or filter, or add rooms, bookings, fairs and members first.</source>
        <translation>Šajā periodā šai filiālei un organizāciju veidam nekas nav saskaitīts. Izvēlieties citu periodu vai filtru vai vispirms pievienojiet telpas, rezervācijas, tirdziņus un biedrus.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="215"/>
        <source>The period ends before it starts: choose an end date on or after the start date.</source>
        <translation>Periods beidzas, pirms tas sākas: izvēlieties beigu datumu, kas nav agrāks par sākuma datumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="294"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="294"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="295"/>
        <source>Export report</source>
        <translation>Eksportēt pārskatu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="303"/>
        <source>Writing the report…</source>
        <translation>Raksta pārskatu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="304"/>
        <source>Report exported</source>
        <translation>Pārskats eksportēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="305"/>
        <source>Written to {file}</source>
        <translation>Ierakstīts failā {file}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/reports/section.py" line="306"/>
        <source>Report not exported</source>
        <translation>Pārskats nav eksportēts</translation>
    </message>
</context>
</TS>
