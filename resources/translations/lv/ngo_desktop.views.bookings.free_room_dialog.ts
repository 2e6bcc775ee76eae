<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>FreeRoomDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="40"/>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="95"/>
        <source>Find a free room</source>
        <translation>Atrast brīvu telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="56"/>
        <source>Search</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="59"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="60"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="61"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="64"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="64"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="64"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="65"/>
        <source>Full value</source>
        <translation>Pilnā vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="74"/>
        <source>Book this room…</source>
        <translation>Rezervēt šo telpu…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="109"/>
        <source>%n room(s) free and fitting.</source>
        <translation>
            <numerusform>%n telpa ir brīva un piemērota.</numerusform>
            <numerusform>%n telpas ir brīvas un piemērotas.</numerusform>
            <numerusform>%n telpu ir brīvu un piemērotu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/free_room_dialog.py" line="112"/>
        <source>No room is free and fitting:</source>
        <translation>Neviena telpa nav brīva un piemērota:</translation>
    </message>
</context>
</TS>
