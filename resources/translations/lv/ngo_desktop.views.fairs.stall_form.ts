<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>StallForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="25"/>
        <source>Selected stall</source>
        <translation>Izvēlētā tirdzniecības vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="38"/>
        <source>Power</source>
        <translation>Elektrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="39"/>
        <source>Table provided</source>
        <translation>Galds nodrošināts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="40"/>
        <source>Under cover</source>
        <translation>Zem jumta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="41"/>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="42"/>
        <source>Width</source>
        <translation>Platums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="43"/>
        <source>Depth</source>
        <translation>Dziļums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="44"/>
        <source>Turn</source>
        <translation>Pagrieziens</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/fairs/stall_form.py" line="48"/>
        <source>Apply</source>
        <translation>Piemērot</translation>
    </message>
</context>
</TS>
