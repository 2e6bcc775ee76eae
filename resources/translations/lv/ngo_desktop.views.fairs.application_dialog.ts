<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="45"/>
        <source>New vendor application</source>
        <translation>Jauns tirgotāja pieteikums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="50"/>
        <source>Type part of the name…</source>
        <translation>Ierakstiet daļu no nosaukuma…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="54"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="58"/>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="60"/>
        <source>e.g. knitted socks, honey, books</source>
        <translation>piemēram, adītas zeķes, medus, grāmatas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="61"/>
        <source>Sells</source>
        <translation>Tirgo</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="65"/>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="66"/>
        <source>Needs electricity</source>
        <translation>Vajadzīga elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/application_dialog.py" line="118"/>
        <source>Choose the organisation that applies (find it by its name).</source>
        <translation>Izvēlieties organizāciju, kas piesakās (atrodiet to pēc nosaukuma).</translation>
    </message>
</context>
</TS>
