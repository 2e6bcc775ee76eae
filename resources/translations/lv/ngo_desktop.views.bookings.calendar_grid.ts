<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/calendar_grid.py" line="118"/>
        <source>Bookings calendar</source>
        <translation>Rezervāciju kalendārs</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/calendar_grid.py" line="225"/>
        <source>No rooms shown</source>
        <translation>Nav rādītu telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/calendar_grid.py" line="234"/>
        <source>free</source>
        <translation>brīvs</translation>
    </message>
</context>
</TS>
