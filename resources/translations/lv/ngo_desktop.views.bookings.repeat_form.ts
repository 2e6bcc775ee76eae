<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RepeatForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="24"/>
        <source>Does not repeat</source>
        <translation>Neatkārtojas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="25"/>
        <source>Weekly</source>
        <translation>Katru nedēļu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="26"/>
        <source>Every 2 weeks</source>
        <translation>Ik pēc 2 nedēļām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="27"/>
        <source>Monthly, same weekday</source>
        <translation>Katru mēnesi, tajā pašā nedēļas dienā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="28"/>
        <source>1st and 3rd</source>
        <translation>1. un 3.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="29"/>
        <source>until</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="34"/>
        <source>times</source>
        <translation>reizes</translation>
    </message>
</context>
</TS>
