<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PremisesFiles</name>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="28"/>
        <source>Writing %1…</source>
        <translation>Raksta %1…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="33"/>
        <source>Not saved</source>
        <translation>Nav saglabāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="39"/>
        <source>Save the tenancy agreement summary</source>
        <translation>Saglabāt īres līguma kopsavilkumu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="40"/>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="51"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="50"/>
        <source>Save the monthly statement</source>
        <translation>Saglabāt mēneša pārskatu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="61"/>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)</source>
        <translation>Excel darbgrāmata (*.xlsx);;CSV izklājlapām (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="68"/>
        <source>Export tenancies</source>
        <translation>Eksportēt īres līgumus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/premises/documents.py" line="77"/>
        <source>Export the support given</source>
        <translation>Eksportēt sniegto atbalstu</translation>
    </message>
</context>
</TS>
