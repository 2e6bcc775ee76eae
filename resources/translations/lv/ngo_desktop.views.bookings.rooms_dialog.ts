<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="64"/>
        <source>Rooms and sites</source>
        <translation>Telpas un filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="68"/>
        <source>Add a site…</source>
        <translation>Pievienot filiāli…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="70"/>
        <source>New room</source>
        <translation>Jauna telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="89"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="112"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="113"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="114"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="115"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="116"/>
        <source>Setup / cleanup</source>
        <translation>Sagatavošana / sakopšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="117"/>
        <source>Hour / half day / day</source>
        <translation>Stunda / pusdiena / diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="118"/>
        <source>Member discount</source>
        <translation>Biedru atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="119"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="120"/>
        <source>Save room</source>
        <translation>Saglabāt telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="122"/>
        <source>No longer in use</source>
        <translation>Vairs netiek izmantota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="200"/>
        <source>The room was not saved</source>
        <translation>Telpa netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="205"/>
        <source>Add a site</source>
        <translation>Pievienot filiāli</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="205"/>
        <source>Name of the site (branch):</source>
        <translation>Filiāles nosaukums:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="211"/>
        <source>The site was not saved</source>
        <translation>Filiāle netika saglabāta</translation>
    </message>
</context>
</TS>
