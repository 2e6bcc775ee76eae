<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing_directory.py" line="63"/>
        <source>Field of activity not given</source>
        <translation>Darbības joma nav norādīta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_directory.py" line="66"/>
        <source>Active organisations as of {date}</source>
        <translation>Aktīvās organizācijas {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_directory.py" line="69"/>
        <source>Organisation directory ({count} organisations)</source>
        <translation>Organizāciju katalogs (organizāciju skaits: {count})</translation>
    </message>
</context>
</TS>
