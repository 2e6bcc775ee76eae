<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="75"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="159"/>
        <source>Rooms and sites</source>
        <translation>Telpas un filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="79"/>
        <source>Add a site…</source>
        <translation>Pievienot filiāli…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="81"/>
        <source>New room</source>
        <translation>Jauna telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="100"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="238"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="121"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="258"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="122"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="259"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="123"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="260"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="124"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="261"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="125"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="262"/>
        <source>Setup / cleanup</source>
        <translation>Sagatavošana / sakopšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="126"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="264"/>
        <source>Hour / half day / day</source>
        <translation>Stunda / ½ dienas / diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="127"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="265"/>
        <source>Member discount</source>
        <translation>Biedru atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="128"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="266"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="129"/>
        <source>Save room</source>
        <translation>Saglabāt telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="131"/>
        <source>No longer in use</source>
        <translation>Vairs netiek izmantota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="227"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="283"/>
        <source>The room was not saved</source>
        <translation>Telpa netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="233"/>
        <source>this room</source>
        <translation>šo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="270"/>
        <source>Add a site</source>
        <translation>Pievienot filiāli</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="270"/>
        <source>Name of the site (branch):</source>
        <translation>Filiāles nosaukums:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="275"/>
        <source>The site was not saved</source>
        <translation>Filiāle netika saglabāta</translation>
    </message>
</context>
</TS>
