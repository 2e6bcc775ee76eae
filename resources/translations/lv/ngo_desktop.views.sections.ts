<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Sections</name>
    <message>
        <location filename="../../../ngo_desktop/views/sections.py" line="70"/>
        <source>Bookings</source>
        <translation>Rezervācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sections.py" line="73"/>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sections.py" line="76"/>
        <source>Fairs &amp; markets</source>
        <translation>Tirdziņi un tirgi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sections.py" line="79"/>
        <source>Pop-up premises</source>
        <translation>Pop-up telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sections.py" line="82"/>
        <source>Documents</source>
        <translation>Dokumenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/sections.py" line="85"/>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
</context>
</TS>
