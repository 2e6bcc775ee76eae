<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingRules</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="118"/>
        <source>{when} is in the past.</source>
        <translation>{when} jau ir pagātnē.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="128"/>
        <source>The booking ends before it starts. Check the start and end times.</source>
        <translation>Rezervācija beidzas, pirms tā sākas. Pārbaudiet sākuma un beigu laiku.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="131"/>
        <source>A booking may last at most {days} days; for longer, close the room instead.</source>
        <translation>Rezervācija var ilgt ne vairāk kā {days} dienas; ilgākam laikam telpu slēdziet.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="135"/>
        <source>The room {room} is no longer in use and cannot be booked.</source>
        <translation>Telpa „{room}” vairs netiek izmantota un nav rezervējama.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="159"/>
        <source>another booking</source>
        <translation>cita rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="160"/>
        <source>{room} is already booked by {who} on {when} (booking no. {id}), buffers included.</source>
        <translation>Telpa „{room}” jau ir rezervēta: {who}, {when} (rezervācija Nr. {id}), ieskaitot sagatavošanas un sakopšanas laiku.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="166"/>
        <source>This date overlaps another date of the same series.</source>
        <translation>Šis datums pārklājas ar citu tās pašas sērijas datumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="173"/>
        <source>The number of attendees ({attendees}) is more than “{room}” holds ({capacity}).</source>
        <translation>Dalībnieku skaits ({attendees}) pārsniedz telpas „{room}” ietilpību ({capacity}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="184"/>
        <source>{room} is closed on {day}.</source>
        <translation>Telpa „{room}” {day} ir slēgta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="189"/>
        <source>{room} is open {opens}–{closes} that day; the booking lies outside.</source>
        <translation>Telpa „{room}” tajā dienā ir atvērta {opens}–{closes}; rezervācija ir ārpus šī laika.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="198"/>
        <source>Closed {when}: {reason}.</source>
        <translation>Slēgts {when}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/rules.py" line="210"/>
        <source>{day} is a public holiday ({name}).</source>
        <translation>{day} ir svētku diena ({name}).</translation>
    </message>
</context>
</TS>
