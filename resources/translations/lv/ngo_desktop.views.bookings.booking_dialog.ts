<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="98"/>
        <source>Booking no. %1</source>
        <translation>Rezervācija Nr. %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="99"/>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="360"/>
        <source>New booking</source>
        <translation>Jauna rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="106"/>
        <source>Type to search the registry</source>
        <translation>Rakstiet, lai meklētu reģistrā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="147"/>
        <source>Only to book despite the warnings above</source>
        <translation>Tikai, lai rezervētu, neraugoties uz brīdinājumiem augstāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="157"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="158"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="159"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="160"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="161"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="162"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="163"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="164"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="165"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="166"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="167"/>
        <source>Repeat</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="168"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="170"/>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="172"/>
        <source>Override reason</source>
        <translation>Izņēmuma pamatojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="203"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="316"/>
        <source>%1 to pay (full value %2; %3)</source>
        <translation>Jāmaksā %1 (pilnā vērtība %2; %3)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="337"/>
        <source>Choose the organisation from the list that appears as you type, or leave it empty.</source>
        <translation>Izvēlieties organizāciju no saraksta, kas parādās rakstot, vai atstājiet lauku tukšu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="340"/>
        <source>Change which dates?</source>
        <translation>Kurus datumus mainīt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="358"/>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="365"/>
        <source>The booking was not saved</source>
        <translation>Rezervācija netika saglabāta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="386"/>
        <source>New series of bookings</source>
        <translation>Jauna rezervāciju sērija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="353"/>
        <source>Edit booking</source>
        <translation>Labot rezervāciju</translation>
    </message>
</context>
</TS>
