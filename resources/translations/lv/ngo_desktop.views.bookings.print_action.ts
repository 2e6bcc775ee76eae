<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingPrint</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/print_action.py" line="29"/>
        <source>The booking sheet was not made</source>
        <translation>Rezervācijas lapa netika izveidota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/print_action.py" line="31"/>
        <source>Save the booking sheet</source>
        <translation>Saglabāt rezervācijas lapu</translation>
    </message>
</context>
</TS>
