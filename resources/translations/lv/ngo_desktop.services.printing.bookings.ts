<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="62"/>
        <source>{before} min before, {after} min after</source>
        <translation>{before} min pirms, {after} min pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="78"/>
        <source>Every day until {date}</source>
        <translation>Katru dienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="80"/>
        <source>Every {count} weeks on {weekday} until {date}</source>
        <translation>Ik pēc {count} nedēļām ({weekday}) līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="83"/>
        <source>Every week on {weekday} until {date}</source>
        <translation>Katru nedēļu ({weekday}) līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="85"/>
        <source>Every month until {date}</source>
        <translation>Katru mēnesi līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="86"/>
        <source>Repeats until {date}</source>
        <translation>Atkārtojas līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="94"/>
        <source>Choose the booking to print.</source>
        <translation>Izvēlieties rezervāciju, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="99"/>
        <source>There is no booking number {number}.</source>
        <translation>Nav rezervācijas ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="127"/>
        <source>(no organisation)</source>
        <translation>(bez organizācijas)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="142"/>
        <source>Booking sheet No. {number}: {organisation}, {room}</source>
        <translation>Rezervācijas lapa Nr. {number}: {organisation}, {room}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="172"/>
        <source>Choose the room whose door sign to print.</source>
        <translation>Izvēlieties telpu, kuras durvju zīmi drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="179"/>
        <source>There is no room number {number}.</source>
        <translation>Nav telpas ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="201"/>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="260"/>
        <source>Week {number}, {first}–{last}</source>
        <translation>{number}. nedēļa, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="213"/>
        <source>Door sign: {room}, {period}</source>
        <translation>Durvju zīme: {room}, {period}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="224"/>
        <source>Choose the site whose week to print.</source>
        <translation>Izvēlieties filiāli, kuras nedēļu drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="230"/>
        <source>There is no site number {number}.</source>
        <translation>Nav filiāles ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="255"/>
        <source>{count} seats</source>
        <translation>Vietu skaits: {count}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="269"/>
        <source>Week schedule: {site}, {week}</source>
        <translation>Nedēļas grafiks: {site}, {week}</translation>
    </message>
</context>
</TS>
