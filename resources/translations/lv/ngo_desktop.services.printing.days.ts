<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="92"/>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="111"/>
        <source>Closed: {reason}</source>
        <translation>Slēgts: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="93"/>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="98"/>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="112"/>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="96"/>
        <source>Closed: {holiday}</source>
        <translation>Slēgts: {holiday}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="107"/>
        <source>Closed until {date}: {reason}</source>
        <translation>Slēgts līdz {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/days.py" line="109"/>
        <source>Closed until {date}</source>
        <translation>Slēgts līdz {date}</translation>
    </message>
</context>
</TS>
