<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Bookings</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="160"/>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="277"/>
        <source>The room no longer exists.</source>
        <translation>Telpa vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="169"/>
        <source>The organisation no longer exists.</source>
        <translation>Organizācija vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="176"/>
        <source>Choose the organisation or enter a title for the booking.</source>
        <translation>Izvēlieties organizāciju vai ievadiet rezervācijas nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="178"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>Dalībnieku skaits nevar būt negatīvs.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="180"/>
        <source>Cancel a booking with Cancel booking, giving the reason.</source>
        <translation>Rezervāciju atceļ ar “Atcelt rezervāciju”, norādot iemeslu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="224"/>
        <source>Someone else changed this booking meanwhile. Close the form and open the booking again.</source>
        <translation>Kāds cits pa to laiku mainīja šo rezervāciju. Aizveriet formu un atveriet rezervāciju vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="257"/>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="380"/>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="429"/>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="457"/>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="499"/>
        <source>Booking no. {id} does not exist.</source>
        <translation>Rezervācija Nr. {id} nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="317"/>
        <source>No date of the series can be booked</source>
        <translation>Nevienu sērijas datumu nevar rezervēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="384"/>
        <source>A cancelled booking cannot be changed.</source>
        <translation>Atceltu rezervāciju nevar mainīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="451"/>
        <source>Write why the booking is cancelled.</source>
        <translation>Ierakstiet, kāpēc rezervācija tiek atcelta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/booking.py" line="461"/>
        <source>The booking is already cancelled.</source>
        <translation>Rezervācija jau ir atcelta.</translation>
    </message>
</context>
</TS>
