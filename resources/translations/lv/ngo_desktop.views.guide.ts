<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="24"/>
        <source>Bookings</source>
        <translation>Rezervācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="25"/>
        <source>Organisations</source>
        <translation>Organizācijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="26"/>
        <source>Fairs and markets</source>
        <translation>Tirdziņi un tirgi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="27"/>
        <source>Pop-up premises</source>
        <translation>Pop-up telpas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="28"/>
        <source>Printed documents</source>
        <translation>Izdrukātie dokumenti</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="29"/>
        <source>Reports</source>
        <translation>Pārskati</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="30"/>
        <source>Spreadsheets</source>
        <translation>Izklājlapas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="31"/>
        <source>Several desks and backups</source>
        <translation>Vairākas darba vietas un rezerves kopijas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="32"/>
        <source>Installing</source>
        <translation>Uzstādīšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/guide.py" line="89"/>
        <source>User guide</source>
        <translation>Lietotāja rokasgrāmata</translation>
    </message>
</context>
</TS>
