<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>BookingsSection</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="95"/>
        <source>No rooms yet — add the first room</source>
        <translation>Telpu vēl nav — pievienojiet pirmo telpu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="96"/>
        <source>Rooms and halls the centre lends appear here with their bookings.</source>
        <translation>Šeit redzamas centra iznomātās telpas un zāles ar to rezervācijām.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="97"/>
        <source>Add the first room…</source>
        <translation>Pievienot pirmo telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="110"/>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="111"/>
        <source>Week of a room</source>
        <translation>Telpas nedēļa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="112"/>
        <source>Month</source>
        <translation>Mēnesis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="118"/>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="119"/>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="120"/>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="124"/>
        <source>New booking…</source>
        <translation>Jauna rezervācija…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="126"/>
        <source>Find a free room…</source>
        <translation>Atrast brīvu telpu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="128"/>
        <source>More</source>
        <translation>Vairāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="130"/>
        <source>Rooms and sites…</source>
        <translation>Telpas un filiāles…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="131"/>
        <source>Closures…</source>
        <translation>Slēgšanas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="133"/>
        <source>Export bookings…</source>
        <translation>Eksportēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="134"/>
        <source>Import rooms…</source>
        <translation>Importēt telpas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="135"/>
        <source>Import bookings…</source>
        <translation>Importēt rezervācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="137"/>
        <source>Print</source>
        <translation>Drukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="139"/>
        <source>Door sign for the day…</source>
        <translation>Durvju zīme dienai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="140"/>
        <source>Door sign for the week…</source>
        <translation>Durvju zīme nedēļai…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="141"/>
        <source>Week schedule of the site…</source>
        <translation>Filiāles nedēļas grafiks…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="190"/>
        <source>The calendar could not be shown</source>
        <translation>Kalendāru nevarēja parādīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="324"/>
        <source>The booking cannot be opened</source>
        <translation>Rezervāciju nevar atvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="336"/>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="337"/>
        <source>Confirm</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="339"/>
        <source>Cancel booking…</source>
        <translation>Atcelt rezervāciju…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="342"/>
        <source>Print booking sheet…</source>
        <translation>Drukāt rezervācijas lapu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="361"/>
        <source>The booking was not confirmed</source>
        <translation>Rezervācija netika apstiprināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="365"/>
        <source>Cancel which dates?</source>
        <translation>Kurus datumus atcelt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="368"/>
        <source>Cancel booking</source>
        <translation>Atcelt rezervāciju</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="368"/>
        <source>Why is it cancelled?</source>
        <translation>Kāpēc tā tiek atcelta?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/section.py" line="376"/>
        <source>The booking was not cancelled</source>
        <translation>Rezervācija netika atcelta</translation>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="57" />
      <source>No rooms yet — add the first room</source>
      <translation>Telpu vēl nav — pievienojiet pirmo telpu</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="58" />
      <source>Rooms and halls the centre lends appear here with their bookings.</source>
      <translation>Šeit redzamas centra iznomātās telpas un zāles ar to rezervācijām.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="59" />
      <source>Add the first room…</source>
      <translation>Pievienot pirmo telpu…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="68" />
      <source>Day</source>
      <translation>Diena</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="69" />
      <source>Week of a room</source>
      <translation>Telpas nedēļa</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="70" />
      <source>Month</source>
      <translation>Mēnesis</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="76" />
      <source>Today</source>
      <translation>Šodien</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="77" />
      <source>Previous</source>
      <translation>Iepriekšējais</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="78" />
      <source>Next</source>
      <translation>Nākamais</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="82" />
      <source>New booking…</source>
      <translation>Jauna rezervācija…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="84" />
      <source>Find a free room…</source>
      <translation>Atrast brīvu telpu…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="86" />
      <source>More</source>
      <translation>Vairāk</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="89" />
      <source>Rooms and sites…</source>
      <translation>Telpas un filiāles…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="90" />
      <source>Closures…</source>
      <translation>Slēgšanas…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="92" />
      <source>Export bookings…</source>
      <translation>Eksportēt rezervācijas…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="93" />
      <source>Import rooms…</source>
      <translation>Importēt telpas…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="94" />
      <source>Import bookings…</source>
      <translation>Importēt rezervācijas…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="97" />
      <source>Print</source>
      <translation>Drukāt</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="99" />
      <source>Door sign for the day…</source>
      <translation>Durvju zīme dienai…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="100" />
      <source>Door sign for the week…</source>
      <translation>Durvju zīme nedēļai…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="101" />
      <source>Week schedule of the site…</source>
      <translation>Filiāles nedēļas grafiks…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="266" />
      <source>Edit…</source>
      <translation>Labot…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="267" />
      <source>Confirm</source>
      <translation>Apstiprināt</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="269" />
      <source>Cancel booking…</source>
      <translation>Atcelt rezervāciju…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="272" />
      <source>Print booking sheet…</source>
      <translation>Drukāt rezervācijas lapu…</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="291" />
      <source>The booking was not confirmed</source>
      <translation>Rezervācija netika apstiprināta</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="296" />
      <source>Cancel which dates?</source>
      <translation>Kurus datumus atcelt?</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="299" />
      <source>Cancel booking</source>
      <translation>Atcelt rezervāciju</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="299" />
      <source>Why is it cancelled?</source>
      <translation>Kāpēc tā tiek atcelta?</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/views/bookings/section.py" line="306" />
      <source>The booking was not cancelled</source>
      <translation>Rezervācija netika atcelta</translation>
    </message>
  </context>
</TS>