<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ClosuresDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="61"/>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="92"/>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="107"/>
        <source>Closures</source>
        <translation>Slēgšanas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="96"/>
        <source>Whole site: %1</source>
        <translation>Visa filiāle: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="69"/>
        <source>Add closure</source>
        <translation>Pievienot slēgšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="72"/>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="78"/>
        <source>Room or site</source>
        <translation>Telpa vai filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="73"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="74"/>
        <source>Until</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="75"/>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="78"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="82"/>
        <source>Remove the selected closure</source>
        <translation>Noņemt atlasīto slēgšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="138"/>
        <source>The closure was not saved</source>
        <translation>Slēgšana netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="151"/>
        <source>Remove the closure</source>
        <translation>Noņemt slēgšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="151"/>
        <source>Remove the closure of %1 (%2)?</source>
        <translation>Noņemt slēgšanu: %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="156"/>
        <source>The closure was not removed</source>
        <translation>Slēgšana netika noņemta</translation>
    </message>
</context>
</TS>
