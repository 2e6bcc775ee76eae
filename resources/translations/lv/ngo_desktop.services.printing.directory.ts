<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="49"/>
        <source>farm</source>
        <translation>zemnieku saimniecība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="50"/>
        <source>limited company</source>
        <translation>sabiedrība ar ierobežotu atbildību</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="51"/>
        <source>individual merchant</source>
        <translation>individuālais komersants</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="52"/>
        <source>joint-stock company</source>
        <translation>akciju sabiedrība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="92"/>
        <source>Field of activity not given</source>
        <translation>Darbības joma nav norādīta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="95"/>
        <source>Active organisations as of {date}</source>
        <translation>Aktīvās organizācijas {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/directory.py" line="98"/>
        <source>Organisation directory ({count} organisations)</source>
        <translation>Organizāciju katalogs (organizāciju skaits: {count})</translation>
    </message>
</context>
</TS>
