<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="19"/>
        <source>Previewed</source>
        <translation>Apskatīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="20"/>
        <source>Printed</source>
        <translation>Izdrukāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="21"/>
        <source>Saved as PDF</source>
        <translation>Saglabāts PDF</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="39"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="39"/>
        <source>Document</source>
        <translation>Dokuments</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="39"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="39"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="39"/>
        <source>Printed by</source>
        <translation>Drukāja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/register_model.py" line="40"/>
        <source>Done</source>
        <translation>Darbība</translation>
    </message>
</context>
</TS>
