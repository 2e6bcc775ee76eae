<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Export</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="37"/>
        <source>handicraft</source>
        <translation>rokdarbi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="38"/>
        <source>food</source>
        <translation>pārtika</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="39"/>
        <source>second-hand</source>
        <translation>lietotas preces</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="40"/>
        <source>services</source>
        <translation>pakalpojumi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="41"/>
        <source>information stand</source>
        <translation>informācijas stends</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="42"/>
        <source>plants</source>
        <translation>stādi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="43"/>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="86"/>
        <source>Stall</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="86"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="86"/>
        <source>Vendor</source>
        <translation>Tirgotājs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="87"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="87"/>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="87"/>
        <source>Fee (EUR)</source>
        <translation>Maksa (EUR)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="88"/>
        <source>Payment status</source>
        <translation>Maksājuma statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="92"/>
        <source>nothing due</source>
        <translation>nav jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="93"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="94"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="95"/>
        <source>waived</source>
        <translation>atbrīvots no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="149"/>
        <source>Stalls</source>
        <translation>Tirdzniecības vietas</translation>
    </message>
</context>
<context>
    <name>FairsExport</name>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="63"/>
        <source>This fair no longer exists.</source>
        <translation>Šis tirdziņš vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="114"/>
        <source>Give a file name ending in .csv or .xlsx, e.g. stalls.xlsx.</source>
        <translation>Norādiet faila nosaukumu ar galotni .csv vai .xlsx, piemēram, vietas.xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/fairs_export.py" line="126"/>
        <source>The file {path} cannot be written ({detail}). Choose another folder.</source>
        <translation>Failu {path} nevar ierakstīt ({detail}). Izvēlieties citu mapi.</translation>
    </message>
</context>
</TS>
