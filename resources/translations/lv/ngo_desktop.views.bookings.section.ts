<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="131"/>
        <source>No rooms yet — add the first room</source>
        <translation>Telpu vēl nav — pievienojiet pirmo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="132"/>
        <source>Rooms and halls the centre lends appear here with their bookings.</source>
        <translation>Šeit redzamas centra iznomātās telpas un zāles ar to rezervācijām.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="133"/>
        <source>Add the first room…</source>
        <translation>Pievienot pirmo telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="147"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="148"/>
        <source>Week of a room</source>
        <translation>Telpas nedēļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="149"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="153"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="158"/>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="159"/>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="168"/>
        <source>New booking…</source>
        <translation>Jauna rezervācija…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="170"/>
        <source>Find a free room…</source>
        <translation>Atrast brīvu telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="172"/>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="175"/>
        <source>Rooms and sites…</source>
        <translation>Telpas un filiāles…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="176"/>
        <source>Closures…</source>
        <translation>Slēgšanas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="178"/>
        <source>Export bookings…</source>
        <translation>Eksportēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="179"/>
        <source>Import rooms…</source>
        <translation>Importēt telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="180"/>
        <source>Import bookings…</source>
        <translation>Importēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="183"/>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="185"/>
        <source>Door sign for the day…</source>
        <translation>Durvju zīme dienai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="186"/>
        <source>Door sign for the week…</source>
        <translation>Durvju zīme nedēļai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="187"/>
        <source>Week schedule of the site…</source>
        <translation>Filiāles nedēļas grafiks…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="254"/>
        <source>The calendar could not be shown</source>
        <translation>Kalendāru nevarēja parādīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="423"/>
        <source>The booking cannot be opened</source>
        <translation>Rezervāciju nevar atvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="489"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="490"/>
        <source>Confirm</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="492"/>
        <source>Cancel booking…</source>
        <translation>Atcelt rezervāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="495"/>
        <source>Print booking sheet…</source>
        <translation>Drukāt rezervācijas lapu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="525"/>
        <source>The booking was not confirmed</source>
        <translation>Rezervācija netika apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="534"/>
        <source>Cancel which dates?</source>
        <translation>Kurus datumus atcelt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="537"/>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="546"/>
        <source>Cancel booking</source>
        <translation>Atcelt rezervāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="537"/>
        <source>Why is it cancelled?</source>
        <translation>Kāpēc tā tiek atcelta?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="547"/>
        <source>The booking was not cancelled</source>
        <translation>Rezervācija netika atcelta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="162"/>
        <source>Site</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="162"/>
        <source>View</source>
        <translation>Skats</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="163"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="163"/>
        <source>Date shown</source>
        <translation>Rādītais datums</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="407"/>
        <source>%n date(s) booked, the first on %1.</source>
        <translation>
            <numerusform>Rezervēts %n datums, pirmais — %1.</numerusform>
            <numerusform>Rezervēti %n datumi, pirmais — %1.</numerusform>
            <numerusform>Rezervēti %n datumi, pirmais — %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="439"/>
        <source>Move which dates?</source>
        <translation>Kurus datumus pārvietot?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="458"/>
        <source>The booking was not moved</source>
        <translation>Rezervācija netika pārvietota</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="467"/>
        <source>Stretch booking</source>
        <translation>Mainīt rezervācijas ilgumu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="467"/>
        <source>Move booking</source>
        <translation>Pārvietot rezervāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="524"/>
        <source>Change booking status</source>
        <translation>Mainīt rezervācijas statusu</translation>
    </message>
</context>
</TS>
