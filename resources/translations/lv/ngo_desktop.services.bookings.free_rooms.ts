<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FreeRooms</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/free_rooms.py" line="62"/>
        <source>{room} has no {equipment}.</source>
        <translation>Telpā {room} nav: {equipment}.</translation>
    </message>
</context>
</TS>
