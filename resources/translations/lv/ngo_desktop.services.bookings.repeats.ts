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
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="96"/>
        <source>weekly</source>
        <translation>katru nedēļu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="97"/>
        <source>every {n} weeks</source>
        <translation>ik pēc {n} nedēļām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="99"/>
        <source>monthly on the {positions} weekday</source>
        <translation>katru mēnesi {positions} nedēļas dienā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="100"/>
        <source>last</source>
        <translation>pēdējā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="102"/>
        <source>monthly on the same weekday of the month</source>
        <translation>katru mēnesi tajā pašā mēneša nedēļas dienā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/repeats.py" line="104"/>
        <source>{rule} until {date}</source>
        <translation>{rule} līdz {date}</translation>
    </message>
</context>
</TS>
