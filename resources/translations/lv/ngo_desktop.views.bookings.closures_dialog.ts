<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ClosuresDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="44"/>
        <source>Closures</source>
        <translation>Slēgšanas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="49"/>
        <source>Whole site: %1</source>
        <translation>Visa filiāle: %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="63"/>
        <source>Add closure</source>
        <translation>Pievienot slēgšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="66"/>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="72"/>
        <source>Room or site</source>
        <translation>Telpa vai filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="67"/>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="68"/>
        <source>Until</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="69"/>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="72"/>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="72"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="76"/>
        <source>Remove the selected closure</source>
        <translation>Noņemt atlasīto slēgšanu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/closures_dialog.py" line="104"/>
        <source>The closure was not saved</source>
        <translation>Slēgšana netika saglabāta</translation>
    </message>
</context>
</TS>
