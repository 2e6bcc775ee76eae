<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RepeatForm</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="19"/>
        <source>Does not repeat</source>
        <translation>Neatkārtojas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="20"/>
        <source>Weekly</source>
        <translation>Katru nedēļu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="21"/>
        <source>Every 2 weeks</source>
        <translation>Ik pēc 2 nedēļām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="22"/>
        <source>Monthly, same weekday</source>
        <translation>Katru mēnesi, tajā pašā nedēļas dienā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="23"/>
        <source>1st and 3rd</source>
        <translation>1. un 3.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="24"/>
        <source>until</source>
        <translation>līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/repeat_form.py" line="28"/>
        <source>times</source>
        <translation>reizes</translation>
    </message>
</context>
</TS>
