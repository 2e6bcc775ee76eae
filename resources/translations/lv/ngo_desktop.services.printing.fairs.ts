<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="48"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="61"/>
        <source>Choose the fair to print.</source>
        <translation>Izvēlieties tirdziņu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="64"/>
        <source>There is no fair with ID {number}.</source>
        <translation>Nav tirdziņa ar ID {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="83"/>
        <source>“{fair}” is not held on {date}.</source>
        <translation>Tirdziņš „{fair}” nenotiek {date}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="86"/>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="199"/>
        <source>“{fair}” has no days to print.</source>
        <translation>Tirdziņam „{fair}” nav dienu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="138"/>
        <source>“{fair}” has no stall plan yet. Choose a plan for it first.</source>
        <translation>Tirdziņam „{fair}” vēl nav tirdzniecības vietu plāna. Vispirms izvēlieties plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="161"/>
        <source>Stall plan: {fair}, {day}</source>
        <translation>Tirdzniecības vietu plāns: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="179"/>
        <source>Check-in sheet: {fair}, {day}</source>
        <translation>Reģistrācijas lapa: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="229"/>
        <source>Flyer {paper}: {fair}</source>
        <translation>Afiša {paper}: {fair}</translation>
    </message>
</context>
</TS>
