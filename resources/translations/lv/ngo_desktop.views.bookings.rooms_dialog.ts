<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="78"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="162"/>
        <source>Rooms and sites</source>
        <translation>Telpas un filiāles</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="82"/>
        <source>Add a site…</source>
        <translation>Pievienot filiāli…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="84"/>
        <source>New room</source>
        <translation>Jauna telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="103"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="262"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="124"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="282"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="125"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="283"/>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="126"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="284"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="127"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="285"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="128"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="286"/>
        <source>Setup / cleanup</source>
        <translation>Sagatavošana / sakopšana</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="129"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="288"/>
        <source>Hour / half day / day</source>
        <translation>Stunda / ½ dienas / diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="130"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="289"/>
        <source>Member discount</source>
        <translation>Biedru atlaide</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="131"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="290"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="132"/>
        <source>Save room</source>
        <translation>Saglabāt telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="134"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="314"/>
        <source>No longer in use</source>
        <translation>Vairs netiek izmantota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="252"/>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="321"/>
        <source>The room was not saved</source>
        <translation>Telpa netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="257"/>
        <source>this room</source>
        <translation>šo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="294"/>
        <source>Add a site</source>
        <translation>Pievienot filiāli</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="294"/>
        <source>Name of the site (branch):</source>
        <translation>Filiāles nosaukums:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="298"/>
        <source>The site was not saved</source>
        <translation>Filiāle netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="186"/>
        <source>Save the changes to this room first?</source>
        <translation>Vispirms saglabāt šīs telpas izmaiņas?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/rooms_dialog.py" line="315"/>
        <source>Take the room „%1” out of use? It is no longer offered for new bookings; its bookings stay.</source>
        <translation>Vairs neizmantot telpu „%1”? To vairs nepiedāvās jaunām rezervācijām; tās rezervācijas paliek.</translation>
    </message>
</context>
</TS>
