<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="37"/>
        <source>Charity fair</source>
        <translation>Labdarības tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="38"/>
        <source>Seasonal market</source>
        <translation>Sezonas tirdziņš</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="39"/>
        <source>Market day</source>
        <translation>Tirgus diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="40"/>
        <source>Event</source>
        <translation>Pasākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="46"/>
        <source>nothing due</source>
        <translation>nav jāmaksā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="47"/>
        <source>unpaid</source>
        <translation>nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="48"/>
        <source>paid</source>
        <translation>samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="49"/>
        <source>waived</source>
        <translation>atbrīvots</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="58"/>
        <source>Choose the fair to print.</source>
        <translation>Izvēlieties tirdziņu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="61"/>
        <source>There is no fair number {number}.</source>
        <translation>Nav tirdziņa ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="80"/>
        <source>“{fair}” is not held on {date}.</source>
        <translation>Tirdziņš „{fair}” nenotiek {date}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="83"/>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="188"/>
        <source>“{fair}” has no days to print.</source>
        <translation>Tirdziņam „{fair}” nav dienu, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="127"/>
        <source>“{fair}” has no stall plan yet. Choose a plan for it first.</source>
        <translation>Tirdziņam „{fair}” vēl nav vietu plāna. Vispirms izvēlieties plānu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="150"/>
        <source>Stall plan: {fair}, {day}</source>
        <translation>Tirdzniecības vietu plāns: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="168"/>
        <source>Check-in sheet: {fair}, {day}</source>
        <translation>Reģistrācijas lapa: {fair}, {day}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_fairs.py" line="218"/>
        <source>Flyer {paper}: {fair}</source>
        <translation>Afiša {paper}: {fair}</translation>
    </message>
</context>
</TS>
