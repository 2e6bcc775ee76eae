<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Repeats</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="41"/>
        <source>Say either until which date or how many times it repeats.</source>
        <translation>Norādiet vai nu līdz kuram datumam, vai cik reizes tas atkārtojas.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="43"/>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="83"/>
        <source>A series has from 1 to {max} dates.</source>
        <translation>Sērijā var būt no 1 līdz {max} datumiem.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="45"/>
        <source>The last date of the series is before its first date.</source>
        <translation>Sērijas pēdējais datums ir pirms tās pirmā datuma.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="47"/>
        <source>The interval must be at least 1.</source>
        <translation>Intervālam jābūt vismaz 1.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="50"/>
        <source>Choose which weekdays of the month: 1st to 5th, or last.</source>
        <translation>Izvēlieties, kuras mēneša nedēļas dienas: no 1. līdz 5. vai pēdējo.</translation>
    </message>
</context>
</TS>
