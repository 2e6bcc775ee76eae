<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingExchange</name>
    <message>
        <location filename="../../../ngo_desktop/services/booking_exchange.py" line="79"/>
        <source>Export to a file ending in .ics, .csv or .xlsx.</source>
        <translation>Eksportējiet failā ar paplašinājumu .ics, .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_exchange.py" line="83"/>
        <location filename="../../../ngo_desktop/services/booking_exchange.py" line="93"/>
        <source>Bookings</source>
        <translation>Rezervācijas</translation>
    </message>
</context>
</TS>
