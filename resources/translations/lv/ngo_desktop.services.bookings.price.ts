<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingPrice</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/price.py" line="51"/>
        <source>Member discount {percent} %</source>
        <translation>Biedru atlaide {percent} %</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/price.py" line="53"/>
        <source>Reduction for the organisation {percent} %</source>
        <translation>Organizācijas atlaide {percent} %</translation>
    </message>
</context>
</TS>
