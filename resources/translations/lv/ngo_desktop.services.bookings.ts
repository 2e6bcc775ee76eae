<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Bookings</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="151"/>
        <source>The room no longer exists.</source>
        <translation>Telpa vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="160"/>
        <source>The organisation no longer exists.</source>
        <translation>Organizācija vairs nepastāv.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="167"/>
        <source>Choose the organisation or enter a title for the booking.</source>
        <translation>Izvēlieties organizāciju vai ievadiet rezervācijas nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="169"/>
        <source>The number of attendees cannot be negative.</source>
        <translation>Dalībnieku skaits nevar būt negatīvs.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="171"/>
        <source>Cancel a booking with Cancel booking, giving the reason.</source>
        <translation>Rezervāciju atceļ ar “Atcelt rezervāciju”, norādot iemeslu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="215"/>
        <source>Someone else changed this booking meanwhile. Close the form and open the booking again.</source>
        <translation>Kāds cits pa to laiku mainīja šo rezervāciju. Aizveriet formu un atveriet rezervāciju vēlreiz.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="248"/>
        <location filename="../../../ngo_desktop/services/bookings.py" line="350"/>
        <location filename="../../../ngo_desktop/services/bookings.py" line="396"/>
        <location filename="../../../ngo_desktop/services/bookings.py" line="414"/>
        <source>Booking no. {id} does not exist.</source>
        <translation>Rezervācija Nr. {id} nepastāv.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/services/bookings.py" line="291"/>
        <source>%n date(s) of the series cannot be booked; the first, {when}</source>
        <translation>
            <numerusform>%n sērijas datumu nevar rezervēt; pirmais — {when}</numerusform>
            <numerusform>%n sērijas datumus nevar rezervēt; pirmais — {when}</numerusform>
            <numerusform>%n sērijas datumu nevar rezervēt; pirmais — {when}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="296"/>
        <source>No date of the series can be booked</source>
        <translation>Nevienu sērijas datumu nevar rezervēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="354"/>
        <source>A cancelled booking cannot be changed.</source>
        <translation>Atceltu rezervāciju nevar mainīt.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="408"/>
        <source>Write why the booking is cancelled.</source>
        <translation>Ierakstiet, kāpēc rezervācija tiek atcelta.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings.py" line="418"/>
        <source>The booking is already cancelled.</source>
        <translation>Rezervācija jau ir atcelta.</translation>
    </message>
</context>
</TS>
