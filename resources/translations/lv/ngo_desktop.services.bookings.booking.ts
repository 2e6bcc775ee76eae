<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Bookings</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="153"/>
        <source>The room no longer exists.</source>
        <translation>Telpa vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="162"/>
        <source>The organisation no longer exists.</source>
        <translation>Organizācija vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="169"/>
        <source>Choose the organisation or enter a title for the booking.</source>
        <translation>Izvēlieties organizāciju vai ievadiet rezervācijas nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="171"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>Dalībnieku skaits nevar būt negatīvs.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="173"/>
        <source>Cancel a booking with Cancel booking, giving the reason.</source>
        <translation>Rezervāciju atceļ ar “Atcelt rezervāciju”, norādot iemeslu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="217"/>
        <source>Someone else changed this booking meanwhile. Close the form and open the booking again.</source>
        <translation>Kāds cits pa to laiku mainīja šo rezervāciju. Aizveriet formu un atveriet rezervāciju vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="250"/>
        <location filename="../../../ngo_desktop/services/bookings.py" line="352"/>
        <location filename="../../../ngo_desktop/services/bookings.py" line="398"/>
        <location filename="../../../ngo_desktop/services/bookings.py" line="416"/>
        <source>Booking no. {id} does not exist.</source>
        <translation>Rezervācija Nr. {id} nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="298"/>
        <source>No date of the series can be booked</source>
        <translation>Nevienu sērijas datumu nevar rezervēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="356"/>
        <source>A cancelled booking cannot be changed.</source>
        <translation>Atceltu rezervāciju nevar mainīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="410"/>
        <source>Write why the booking is cancelled.</source>
        <translation>Ierakstiet, kāpēc rezervācija tiek atcelta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="420"/>
        <source>The booking is already cancelled.</source>
        <translation>Rezervācija jau ir atcelta.</translation>
    </message>
</context>
</TS>
