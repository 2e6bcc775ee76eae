<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="93"/>
        <source>Booking no. %1</source>
        <translation>Rezervācija Nr. %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="94"/>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="326"/>
        <source>New booking</source>
        <translation>Jauna rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="101"/>
        <source>Type to search the registry</source>
        <translation>Rakstiet, lai meklētu reģistrā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="141"/>
        <source>Only to book despite the warnings above</source>
        <translation>Tikai, lai rezervētu, neskatoties uz brīdinājumiem augstāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="149"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="150"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="151"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="152"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="153"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="154"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="155"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="156"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="157"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="158"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="159"/>
        <source>Repeat</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="160"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="162"/>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="164"/>
        <source>Override reason</source>
        <translation>Izņēmuma pamatojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="283"/>
        <source>%1 to pay (full value %2) %3</source>
        <translation>Jāmaksā %1 (pilnā vērtība %2) %3</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="303"/>
        <source>Choose the organisation from the list that appears as you type, or leave it empty.</source>
        <translation>Izvēlieties organizāciju no saraksta, kas parādās rakstot, vai atstājiet lauku tukšu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="306"/>
        <source>Change which dates?</source>
        <translation>Kurus datumus mainīt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="324"/>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="331"/>
        <source>The booking was not saved</source>
        <translation>Rezervācija netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="352"/>
        <source>New series of bookings</source>
        <translation>Jauna rezervāciju sērija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="319"/>
        <source>Edit booking</source>
        <translation>Labot rezervāciju</translation>
    </message>
</context>
</TS>
