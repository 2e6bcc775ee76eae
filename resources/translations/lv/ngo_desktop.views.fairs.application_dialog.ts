<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="44"/>
        <source>New vendor application</source>
        <translation>Jauns tirgotāja pieteikums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="49"/>
        <source>Type part of the name…</source>
        <translation>Ierakstiet daļu no nosaukuma…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="53"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="57"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="59"/>
        <source>e.g. knitted socks, honey, books</source>
        <translation>piemēram, adītas zeķes, medus, grāmatas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="60"/>
        <source>Sells</source>
        <translation>Tirgo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="64"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="65"/>
        <source>Needs electricity</source>
        <translation>Vajag elektrību</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="117"/>
        <source>Choose the organisation that applies (find it by its name).</source>
        <translation>Izvēlieties organizāciju, kas piesakās (atrodiet to pēc nosaukuma).</translation>
    </message>
</context>
</TS>
