<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesFiles</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="34"/>
        <source>Writing %1…</source>
        <translation>Raksta %1…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="36"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="48"/>
        <source>Tenancy agreement summary</source>
        <translation>Nomas līguma kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="58"/>
        <source>Monthly statement for {month}</source>
        <translation>Mēneša aprēķins par {month}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="74"/>
        <source>Preparing the document…</source>
        <translation>Sagatavo dokumentu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="75"/>
        <source>Cannot print</source>
        <translation>Nevar izdrukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="81"/>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV izklājlapām (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="92"/>
        <source>Export tenancies</source>
        <translation>Eksportēt nomas līgumus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="104"/>
        <source>Export the support given</source>
        <translation>Eksportēt sniegto atbalstu</translation>
    </message>
</context>
</TS>
