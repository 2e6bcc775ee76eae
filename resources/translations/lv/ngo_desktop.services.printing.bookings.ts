<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="93"/>
        <source>{before} min before, {after} min after</source>
        <translation>{before} min pirms, {after} min pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="117"/>
        <source>Every day until {date}</source>
        <translation>Katru dienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="59"/>
        <source>Every Monday until {date}</source>
        <translation>Katru pirmdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="60"/>
        <source>Every Tuesday until {date}</source>
        <translation>Katru otrdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="61"/>
        <source>Every Wednesday until {date}</source>
        <translation>Katru trešdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="62"/>
        <source>Every Thursday until {date}</source>
        <translation>Katru ceturtdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="63"/>
        <source>Every Friday until {date}</source>
        <translation>Katru piektdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="64"/>
        <source>Every Saturday until {date}</source>
        <translation>Katru sestdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="65"/>
        <source>Every Sunday until {date}</source>
        <translation>Katru svētdienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="68"/>
        <source>Every {count} weeks on Mondays until {date}</source>
        <translation>Ik pēc {count} nedēļām pirmdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="69"/>
        <source>Every {count} weeks on Tuesdays until {date}</source>
        <translation>Ik pēc {count} nedēļām otrdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="70"/>
        <source>Every {count} weeks on Wednesdays until {date}</source>
        <translation>Ik pēc {count} nedēļām trešdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="71"/>
        <source>Every {count} weeks on Thursdays until {date}</source>
        <translation>Ik pēc {count} nedēļām ceturtdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="72"/>
        <source>Every {count} weeks on Fridays until {date}</source>
        <translation>Ik pēc {count} nedēļām piektdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="73"/>
        <source>Every {count} weeks on Saturdays until {date}</source>
        <translation>Ik pēc {count} nedēļām sestdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="74"/>
        <source>Every {count} weeks on Sundays until {date}</source>
        <translation>Ik pēc {count} nedēļām svētdienās līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="123"/>
        <source>Every month until {date}</source>
        <translation>Katru mēnesi līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="124"/>
        <source>Repeats until {date}</source>
        <translation>Atkārtojas līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="132"/>
        <source>Choose the booking to print.</source>
        <translation>Izvēlieties rezervāciju, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="137"/>
        <source>There is no booking with ID {number}.</source>
        <translation>Nav rezervācijas ar ID {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="224"/>
        <source>There is no room with ID {number}.</source>
        <translation>Nav telpas ar ID {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="277"/>
        <source>There is no site with ID {number}.</source>
        <translation>Nav filiāles ar ID {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="165"/>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="333"/>
        <source>(no organisation)</source>
        <translation>(bez organizācijas)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="181"/>
        <source>Booking sheet No. {number}: {organisation}, {room}</source>
        <translation>Rezervācijas lapa Nr. {number}: {organisation}, {room}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="214"/>
        <source>Choose the room whose door sign to print.</source>
        <translation>Izvēlieties telpu, kuras durvju zīmi drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="247"/>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="307"/>
        <source>Week {number}, {first}–{last}</source>
        <translation>{number}. nedēļa, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="260"/>
        <source>Door sign: {room}, {period}</source>
        <translation>Durvju zīme: {room}, {period}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="271"/>
        <source>Choose the site whose week to print.</source>
        <translation>Izvēlieties filiāli, kuras nedēļu drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="302"/>
        <source>{count} seats</source>
        <translation>Vietu skaits: {count}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="316"/>
        <source>Week schedule: {site}, {week}</source>
        <translation>Nedēļas grafiks: {site}, {week}</translation>
    </message>
</context>
</TS>
