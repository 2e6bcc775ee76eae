<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingConflict</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="14"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="15"/>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="16"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="17"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="18"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="19"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/conflict.py" line="25"/>
        <source>this booking</source>
        <translation>šo rezervāciju</translation>
    </message>
</context>
</TS>
