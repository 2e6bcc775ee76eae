<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="49"/>
        <source>Enquiry</source>
        <translation>Pieprasījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="50"/>
        <source>Provisional</source>
        <translation>Iepriekšēja</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="51"/>
        <source>Confirmed</source>
        <translation>Apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="52"/>
        <source>Cancelled</source>
        <translation>Atcelta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="55"/>
        <source>Free of charge</source>
        <translation>Bez maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="56"/>
        <source>Unpaid</source>
        <translation>Nav samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="57"/>
        <source>Paid</source>
        <translation>Samaksāts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="58"/>
        <source>Waived</source>
        <translation>Atbrīvots no maksas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="77"/>
        <source>{before} min before, {after} min after</source>
        <translation>{before} min pirms, {after} min pēc</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="93"/>
        <source>Every day until {date}</source>
        <translation>Katru dienu līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="95"/>
        <source>Every {count} weeks on {weekday} until {date}</source>
        <translation>Ik pēc {count} nedēļām ({weekday}) līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="98"/>
        <source>Every week on {weekday} until {date}</source>
        <translation>Katru nedēļu ({weekday}) līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="100"/>
        <source>Every month until {date}</source>
        <translation>Katru mēnesi līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="101"/>
        <source>Repeats until {date}</source>
        <translation>Atkārtojas līdz {date}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="109"/>
        <source>Choose the booking to print.</source>
        <translation>Izvēlieties rezervāciju, ko drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="114"/>
        <source>There is no booking number {number}.</source>
        <translation>Nav rezervācijas ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="142"/>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="301"/>
        <source>(no organisation)</source>
        <translation>(bez organizācijas)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="157"/>
        <source>Booking sheet No. {number}: {organisation}, {room}</source>
        <translation>Rezervācijas lapa Nr. {number}: {organisation}, {room}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="187"/>
        <source>Choose the room whose door sign to print.</source>
        <translation>Izvēlieties telpu, kuras durvju zīmi drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="194"/>
        <source>There is no room number {number}.</source>
        <translation>Nav telpas ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="216"/>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="275"/>
        <source>Week {number}, {first}–{last}</source>
        <translation>{number}. nedēļa, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="228"/>
        <source>Door sign: {room}, {period}</source>
        <translation>Durvju zīme: {room}, {period}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="239"/>
        <source>Choose the site whose week to print.</source>
        <translation>Izvēlieties filiāli, kuras nedēļu drukāt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="245"/>
        <source>There is no site number {number}.</source>
        <translation>Nav filiāles ar numuru {number}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="270"/>
        <source>{count} seats</source>
        <translation>Vietu skaits: {count}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/printing/bookings.py" line="284"/>
        <source>Week schedule: {site}, {week}</source>
        <translation>Nedēļas grafiks: {site}, {week}</translation>
    </message>
</context>
</TS>
