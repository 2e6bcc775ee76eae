<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="74"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="158"/>
        <source>Rooms and sites</source>
        <translation>Telpas un filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="78"/>
        <source>Add a site…</source>
        <translation>Pievienot filiāli…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="80"/>
        <source>New room</source>
        <translation>Jauna telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="99"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="237"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="120"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="257"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="121"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="258"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="122"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="259"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="123"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="260"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="124"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="261"/>
        <source>Setup / cleanup</source>
        <translation>Sagatavošana / sakopšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="125"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="263"/>
        <source>Hour / half day / day</source>
        <translation>Stunda / pusdiena / diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="126"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="264"/>
        <source>Member discount</source>
        <translation>Biedru atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="127"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="265"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="128"/>
        <source>Save room</source>
        <translation>Saglabāt telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="130"/>
        <source>No longer in use</source>
        <translation>Vairs netiek izmantota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="226"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="282"/>
        <source>The room was not saved</source>
        <translation>Telpa netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="232"/>
        <source>this room</source>
        <translation>šo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="269"/>
        <source>Add a site</source>
        <translation>Pievienot filiāli</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="269"/>
        <source>Name of the site (branch):</source>
        <translation>Filiāles nosaukums:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="274"/>
        <source>The site was not saved</source>
        <translation>Filiāle netika saglabāta</translation>
    </message>
</context>
</TS>
