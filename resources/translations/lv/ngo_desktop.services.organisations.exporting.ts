<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/exporting.py" line="100"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Izvēlieties faila nosaukumu ar galotni .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/exporting.py" line="117"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Failu {path} nevar ierakstīt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations/exporting.py" line="128"/>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
</context>
</TS>
