<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FreeRoomDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="43"/>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="99"/>
        <source>Find a free room</source>
        <translation>Atrast brīvu telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="63"/>
        <source>Search</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="66"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="67"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="68"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="71"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="71"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="71"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="72"/>
        <source>Full value</source>
        <translation>Pilnā vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="80"/>
        <source>Book this room…</source>
        <translation>Rezervēt šo telpu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="114"/>
        <source>Rooms free and fitting: %n.</source>
        <translation>
            <numerusform>%n telpa ir brīva un piemērota.</numerusform>
            <numerusform>%n telpas ir brīvas un piemērotas.</numerusform>
            <numerusform>Nav nevienas brīvas un piemērotas telpas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="115"/>
        <source>No room is free and fitting.</source>
        <translation>Nav nevienas brīvas un piemērotas telpas.</translation>
    </message>
</context>
</TS>
