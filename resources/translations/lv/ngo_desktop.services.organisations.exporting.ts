<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>OrganisationExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_export.py" line="98"/>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Izvēlieties faila nosaukumu ar galotni .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_export.py" line="114"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Failu {path} nevar ierakstīt: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/organisations_export.py" line="125"/>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
</context>
</TS>
