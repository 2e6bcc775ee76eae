<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingUndo</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/undo_steps.py" line="57"/>
        <source>Booking undone</source>
        <translation>Rezervācija atsaukta</translation>
    </message>
</context>
</TS>
