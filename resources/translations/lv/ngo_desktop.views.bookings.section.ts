<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="104"/>
        <source>No rooms yet — add the first room</source>
        <translation>Telpu vēl nav — pievienojiet pirmo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="105"/>
        <source>Rooms and halls the centre lends appear here with their bookings.</source>
        <translation>Šeit redzamas centra iznomātās telpas un zāles ar to rezervācijām.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="106"/>
        <source>Add the first room…</source>
        <translation>Pievienot pirmo telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="120"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="121"/>
        <source>Week of a room</source>
        <translation>Telpas nedēļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="122"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="126"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="131"/>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="132"/>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="136"/>
        <source>New booking…</source>
        <translation>Jauna rezervācija…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="138"/>
        <source>Find a free room…</source>
        <translation>Atrast brīvu telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="140"/>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="143"/>
        <source>Rooms and sites…</source>
        <translation>Telpas un filiāles…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="144"/>
        <source>Closures…</source>
        <translation>Slēgšanas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="146"/>
        <source>Export bookings…</source>
        <translation>Eksportēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="147"/>
        <source>Import rooms…</source>
        <translation>Importēt telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="148"/>
        <source>Import bookings…</source>
        <translation>Importēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="151"/>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="153"/>
        <source>Door sign for the day…</source>
        <translation>Durvju zīme dienai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="154"/>
        <source>Door sign for the week…</source>
        <translation>Durvju zīme nedēļai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="155"/>
        <source>Week schedule of the site…</source>
        <translation>Filiāles nedēļas grafiks…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="208"/>
        <source>The calendar could not be shown</source>
        <translation>Kalendāru nevarēja parādīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="342"/>
        <source>The booking cannot be opened</source>
        <translation>Rezervāciju nevar atvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="354"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="355"/>
        <source>Confirm</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="357"/>
        <source>Cancel booking…</source>
        <translation>Atcelt rezervāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="360"/>
        <source>Print booking sheet…</source>
        <translation>Drukāt rezervācijas lapu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="379"/>
        <source>The booking was not confirmed</source>
        <translation>Rezervācija netika apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="383"/>
        <source>Cancel which dates?</source>
        <translation>Kurus datumus atcelt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="386"/>
        <source>Cancel booking</source>
        <translation>Atcelt rezervāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="386"/>
        <source>Why is it cancelled?</source>
        <translation>Kāpēc tā tiek atcelta?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="394"/>
        <source>The booking was not cancelled</source>
        <translation>Rezervācija netika atcelta</translation>
    </message>
</context>
</TS>
