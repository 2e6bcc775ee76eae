<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="50"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="63"/>
        <source>Choose the fair to print.</source>
        <translation>Izvēlieties tirdziņu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="66"/>
        <source>There is no fair with ID {number}.</source>
        <translation>Nav tirdziņa ar ID {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="85"/>
        <source>“{fair}” is not held on {date}.</source>
        <translation>Tirdziņš „{fair}” nenotiek {date}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="88"/>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="201"/>
        <source>“{fair}” has no days to print.</source>
        <translation>Tirdziņam „{fair}” nav dienu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="140"/>
        <source>“{fair}” has no stall plan yet. Choose a plan for it first.</source>
        <translation>Tirdziņam „{fair}” vēl nav tirdzniecības vietu plāna. Vispirms izvēlieties plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="163"/>
        <source>Stall plan: {fair}, {day}</source>
        <translation>Tirdzniecības vietu plāns: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="181"/>
        <source>Check-in sheet: {fair}, {day}</source>
        <translation>Reģistrācijas lapa: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="231"/>
        <source>Flyer {paper}: {fair}</source>
        <translation>Afiša {paper}: {fair}</translation>
    </message>
</context>
</TS>
