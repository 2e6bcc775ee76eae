<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesFiles</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="33"/>
        <source>Writing %1…</source>
        <translation>Raksta %1…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="35"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="47"/>
        <source>Tenancy agreement summary</source>
        <translation>Īres līguma kopsavilkums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="57"/>
        <source>Monthly statement {month}</source>
        <translation>Mēneša aprēķins {month}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="73"/>
        <source>Preparing the document…</source>
        <translation>Sagatavo dokumentu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="74"/>
        <source>Cannot print</source>
        <translation>Nevar izdrukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="80"/>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV izklājlapām (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="91"/>
        <source>Export tenancies</source>
        <translation>Eksportēt īres līgumus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="103"/>
        <source>Export the support given</source>
        <translation>Eksportēt sniegto atbalstu</translation>
    </message>
</context>
</TS>
