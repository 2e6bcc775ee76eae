<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/month_view.py" line="54"/>
        <source>Month overview</source>
        <translation>Mēneša pārskats</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/month_view.py" line="83"/>
        <source>%1 % booked</source>
        <translation>aizņemts %1 %</translation>
    </message>
</context>
</TS>
