<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Export</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="48"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="49"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="50"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="51"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="52"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="53"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="54"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="97"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="97"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="97"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="98"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="98"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="98"/>
        <source>Fee (EUR)</source>
        <translation>Maksa (EUR)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="99"/>
        <source>Payment status</source>
        <translation>Maksājuma statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="103"/>
        <source>nothing due</source>
        <translation>nav jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="104"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="105"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="106"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="158"/>
        <source>Stalls</source>
        <translation>Tirdzniecības vietas</translation>
    </message>
</context>
<context>
    <name>FairsExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="74"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="125"/>
        <source>Give a file name ending in .csv or .xlsx, e.g. stalls.xlsx.</source>
        <translation>Norādiet faila nosaukumu ar galotni .csv vai .xlsx, piemēram, vietas.xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs/exporting.py" line="132"/>
        <source>The file {path} cannot be written ({detail}). Choose another folder.</source>
        <translation>Failu {path} nevar ierakstīt ({detail}). Izvēlieties citu mapi.</translation>
    </message>
</context>
</TS>
