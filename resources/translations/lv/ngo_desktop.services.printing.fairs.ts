<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="46"/>
        <source>Charity fair</source>
        <translation>Labdarības tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="47"/>
        <source>Seasonal market</source>
        <translation>Sezonas tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="48"/>
        <source>Market day</source>
        <translation>Tirgus diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="49"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="55"/>
        <source>nothing due</source>
        <translation>nav jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="56"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="57"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="58"/>
        <source>waived</source>
        <translation>atbrīvots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="67"/>
        <source>Choose the fair to print.</source>
        <translation>Izvēlieties tirdziņu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="70"/>
        <source>There is no fair number {number}.</source>
        <translation>Nav tirdziņa ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="89"/>
        <source>“{fair}” is not held on {date}.</source>
        <translation>Tirdziņš „{fair}” nenotiek {date}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="92"/>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="197"/>
        <source>“{fair}” has no days to print.</source>
        <translation>Tirdziņam „{fair}” nav dienu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="136"/>
        <source>“{fair}” has no stall plan yet. Choose a plan for it first.</source>
        <translation>Tirdziņam „{fair}” vēl nav vietu plāna. Vispirms izvēlieties plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="159"/>
        <source>Stall plan: {fair}, {day}</source>
        <translation>Tirdzniecības vietu plāns: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="177"/>
        <source>Check-in sheet: {fair}, {day}</source>
        <translation>Reģistrācijas lapa: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/fairs.py" line="227"/>
        <source>Flyer {paper}: {fair}</source>
        <translation>Afiša {paper}: {fair}</translation>
    </message>
</context>
</TS>
