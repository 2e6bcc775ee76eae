<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="44"/>
        <source>Enquiry</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="45"/>
        <source>Provisional</source>
        <translation>Iepriekšēja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="46"/>
        <source>Confirmed</source>
        <translation>Apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="47"/>
        <source>Cancelled</source>
        <translation>Atcelta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="50"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="53"/>
        <source>Free of charge</source>
        <translation>Bez maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="51"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="54"/>
        <source>Unpaid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="52"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="55"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="53"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="56"/>
        <source>Waived</source>
        <translation>Atbrīvots no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="80"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="67"/>
        <source>{before} min before, {after} min after</source>
        <translation>{before} min pirms, {after} min pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="83"/>
        <source>Every day until {date}</source>
        <translation>Katru dienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="82"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="85"/>
        <source>Every {count} weeks on {weekday} until {date}</source>
        <translation>Ik pēc {count} nedēļām ({weekday}) līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="85"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="88"/>
        <source>Every week on {weekday} until {date}</source>
        <translation>Katru nedēļu ({weekday}) līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="87"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="90"/>
        <source>Every month until {date}</source>
        <translation>Katru mēnesi līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="88"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="91"/>
        <source>Repeats until {date}</source>
        <translation>Atkārtojas līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="96"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="99"/>
        <source>Choose the booking to print.</source>
        <translation>Izvēlieties rezervāciju, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="101"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="104"/>
        <source>There is no booking number {number}.</source>
        <translation>Nav rezervācijas ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="129"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="132"/>
        <source>(no organisation)</source>
        <translation>(bez organizācijas)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="143"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="147"/>
        <source>Booking sheet No. {number}: {organisation}, {room}</source>
        <translation>Rezervācijas lapa Nr. {number}: {organisation}, {room}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="173"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="177"/>
        <source>Choose the room whose door sign to print.</source>
        <translation>Izvēlieties telpu, kuras durvju zīmi drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="180"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="184"/>
        <source>There is no room number {number}.</source>
        <translation>Nav telpas ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="194"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="241"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="206"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="265"/>
        <source>Week {number}, {first}–{last}</source>
        <translation>{number}. nedēļa, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="206"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="218"/>
        <source>Door sign: {room}, {period}</source>
        <translation>Durvju zīme: {room}, {period}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="217"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="229"/>
        <source>Choose the site whose week to print.</source>
        <translation>Izvēlieties filiāli, kuras nedēļu drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="223"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="235"/>
        <source>There is no site number {number}.</source>
        <translation>Nav filiāles ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="238"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="260"/>
        <source>{count} seats</source>
        <translation>Vietu skaits: {count}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="248"/>
        <location filename="../../../ngo_desktop/services/printing_bookings.py" line="274"/>
        <source>Week schedule: {site}, {week}</source>
        <translation>Nedēļas grafiks: {site}, {week}</translation>
    </message>
</context>
</TS>
