<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Export</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="87"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="87"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="87"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="88"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="88"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="88"/>
        <source>Fee (EUR)</source>
        <translation>Vietas maksa (EUR)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="89"/>
        <source>Payment status</source>
        <translation>Maksājuma statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="144"/>
        <source>Stalls</source>
        <translation>Tirdzniecības vietas</translation>
    </message>
</context>
<context>
    <name>FairsExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="64"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="111"/>
        <source>Give a file name ending in .csv or .xlsx, e.g. stalls.xlsx.</source>
        <translation>Norādiet faila nosaukumu ar galotni .csv vai .xlsx, piemēram, vietas.xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="118"/>
        <source>The file {path} cannot be written ({detail}). Choose another folder.</source>
        <translation>Failu {path} nevar ierakstīt ({detail}). Izvēlieties citu mapi.</translation>
    </message>
</context>
</TS>
