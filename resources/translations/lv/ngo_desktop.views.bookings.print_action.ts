<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingPrintActions</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/print_action.py" line="36"/>
        <source>Preparing the document…</source>
        <translation>Gatavo dokumentu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/print_action.py" line="38"/>
        <source>Cannot print</source>
        <translation>Nevar izdrukāt</translation>
    </message>
</context>
</TS>
