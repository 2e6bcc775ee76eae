<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lv_LV">
  <context>
    <name>Bookings</name>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="79" />
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="196" />
      <source>The room no longer exists.</source>
      <translation>Telpa vairs nepastāv.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="88" />
      <source>The organisation no longer exists.</source>
      <translation>Organizācija vairs nepastāv.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="95" />
      <source>Choose the organisation or enter a title for the booking.</source>
      <translation>Izvēlieties organizāciju vai ievadiet rezervācijas nosaukumu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="97" />
      <source>The number of attendees cannot be negative.</source>
      <translation>Dalībnieku skaits nevar būt negatīvs.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="99" />
      <source>Cancel a booking with Cancel booking, giving the reason.</source>
      <translation>Rezervāciju atceļ ar „Atcelt rezervāciju”, norādot iemeslu.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="143" />
      <source>Someone else changed this booking meanwhile. Close the form and open the booking again.</source>
      <translation>Kāds cits pa to laiku mainīja šo rezervāciju. Aizveriet formu un atveriet rezervāciju vēlreiz.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="176" />
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="300" />
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="349" />
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="377" />
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="419" />
      <source>Booking no. {id} does not exist.</source>
      <translation>Rezervācija Nr. {id} nepastāv.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="237" />
      <source>No date of the series can be booked</source>
      <translation>Nevienu sērijas datumu nevar rezervēt</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="304" />
      <source>A cancelled booking cannot be changed.</source>
      <translation>Atceltu rezervāciju nevar mainīt.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="371" />
      <source>Write why the booking is cancelled.</source>
      <translation>Ierakstiet, kāpēc rezervācija tiek atcelta.</translation>
    </message>
    <message>
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="381" />
      <source>The booking is already cancelled.</source>
      <translation>Rezervācija jau ir atcelta.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../../ngo_desktop/services/bookings/booking.py" line="232" />
      <source>Dates of the series that cannot be booked: %n; the first is {when}</source>
      <translation>
        <numerusform>Sērijas datumi, kurus nevar rezervēt: %n; pirmais no tiem — {when}</numerusform>
        <numerusform>Sērijas datumi, kurus nevar rezervēt: %n; pirmais no tiem — {when}</numerusform>
        <numerusform>Sērijas datumi, kurus nevar rezervēt: %n; pirmais no tiem — {when}</numerusform>
      </translation>
    </message>
  </context>
</TS>