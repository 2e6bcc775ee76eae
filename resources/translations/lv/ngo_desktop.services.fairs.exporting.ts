<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Export</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="47"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="48"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="49"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="50"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="51"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="52"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="53"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="96"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="96"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="96"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="97"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="97"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="97"/>
        <source>Fee (EUR)</source>
        <translation>Maksa (EUR)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="98"/>
        <source>Payment status</source>
        <translation>Maksājuma statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="102"/>
        <source>nothing due</source>
        <translation>nav jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="103"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="104"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="105"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="162"/>
        <source>Stalls</source>
        <translation>Tirdzniecības vietas</translation>
    </message>
</context>
<context>
    <name>FairsExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="73"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="124"/>
        <source>Give a file name ending in .csv or .xlsx, e.g. stalls.xlsx.</source>
        <translation>Norādiet faila nosaukumu ar galotni .csv vai .xlsx, piemēram, vietas.xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="136"/>
        <source>The file {path} cannot be written ({detail}). Choose another folder.</source>
        <translation>Failu {path} nevar ierakstīt ({detail}). Izvēlieties citu mapi.</translation>
    </message>
</context>
</TS>
