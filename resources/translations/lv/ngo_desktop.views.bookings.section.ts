<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="130"/>
        <source>No rooms yet — add the first room</source>
        <translation>Telpu vēl nav — pievienojiet pirmo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="131"/>
        <source>Rooms and halls the centre lends appear here with their bookings.</source>
        <translation>Šeit redzamas centra telpas un zāles, ko var rezervēt, ar to rezervācijām.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="132"/>
        <source>Add the first room…</source>
        <translation>Pievienot pirmo telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="146"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="147"/>
        <source>Week of a room</source>
        <translation>Telpas nedēļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="148"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="152"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="157"/>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="158"/>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="167"/>
        <source>New booking…</source>
        <translation>Jauna rezervācija…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="169"/>
        <source>Find a free room…</source>
        <translation>Atrast brīvu telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="171"/>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="174"/>
        <source>Rooms and sites…</source>
        <translation>Telpas un filiāles…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="175"/>
        <source>Closures…</source>
        <translation>Slēgšanas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="177"/>
        <source>Export bookings…</source>
        <translation>Eksportēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="178"/>
        <source>Import rooms…</source>
        <translation>Importēt telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="179"/>
        <source>Import bookings…</source>
        <translation>Importēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="182"/>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="184"/>
        <source>Door sign for the day…</source>
        <translation>Durvju zīme dienai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="185"/>
        <source>Door sign for the week…</source>
        <translation>Durvju zīme nedēļai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="186"/>
        <source>Week schedule of the site…</source>
        <translation>Filiāles nedēļas grafiks…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="254"/>
        <source>The calendar could not be shown</source>
        <translation>Kalendāru nevarēja parādīt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="412"/>
        <source>Dates booked: %n; the first on %1.</source>
        <translation>
            <numerusform>Rezervēti datumi: %n; pirmais — %1.</numerusform>
            <numerusform>Rezervēti datumi: %n; pirmais — %1.</numerusform>
            <numerusform>Rezervēti datumi: %n; pirmais — %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="430"/>
        <source>The booking cannot be opened</source>
        <translation>Rezervāciju nevar atvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="504"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="505"/>
        <source>Confirm</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="507"/>
        <source>Cancel booking…</source>
        <translation>Atcelt rezervāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="512"/>
        <source>Print booking sheet…</source>
        <translation>Drukāt rezervācijas lapu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="544"/>
        <source>The booking was not confirmed</source>
        <translation>Rezervācija netika apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="553"/>
        <source>Cancel which dates?</source>
        <translation>Kurus datumus atcelt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="556"/>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="567"/>
        <source>Cancel booking</source>
        <translation>Atcelt rezervāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="556"/>
        <source>Why is it cancelled?</source>
        <translation>Kāpēc tā tiek atcelta?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="568"/>
        <source>The booking was not cancelled</source>
        <translation>Rezervācija netika atcelta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="161"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="161"/>
        <source>View</source>
        <translation>Skats</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="162"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="162"/>
        <source>Date shown</source>
        <translation>Rādītais datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="450"/>
        <source>Move which dates?</source>
        <translation>Kurus datumus pārvietot?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="471"/>
        <source>The booking was not moved</source>
        <translation>Rezervācija netika pārvietota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="480"/>
        <source>Stretch booking</source>
        <translation>Mainīt rezervācijas ilgumu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="480"/>
        <source>Move booking</source>
        <translation>Pārvietot rezervāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="543"/>
        <source>Change booking status</source>
        <translation>Mainīt rezervācijas statusu</translation>
    </message>
</context>
</TS>
