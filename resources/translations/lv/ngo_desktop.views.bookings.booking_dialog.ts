<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="85"/>
        <source>Booking no. %1</source>
        <translation>Rezervācija Nr. %1</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="86"/>
        <source>New booking</source>
        <translation>Jauna rezervācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="93"/>
        <source>Type to search the registry</source>
        <translation>Rakstiet, lai meklētu reģistrā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="132"/>
        <source>Only to book despite the warnings above</source>
        <translation>Tikai, lai rezervētu, neskatoties uz brīdinājumiem augstāk</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="140"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="141"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="142"/>
        <source>Contact person</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="143"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="144"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="145"/>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="146"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="147"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="148"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="149"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="150"/>
        <source>Repeat</source>
        <translation>Atkārtot</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="151"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="153"/>
        <source>Payment</source>
        <translation>Maksājums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="155"/>
        <source>Override reason</source>
        <translation>Izņēmuma pamatojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="255"/>
        <source>%1 to pay (full value %2) %3</source>
        <translation>Jāmaksā %1 (pilnā vērtība %2) %3</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="259"/>
        <source>Full value %1 (reductions are applied on saving)</source>
        <translation>Pilnā vērtība %1 (atlaides tiek piemērotas, saglabājot)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="278"/>
        <source>Choose the organisation from the list that appears as you type, or leave it empty.</source>
        <translation>Izvēlieties organizāciju no saraksta, kas parādās rakstot, vai atstājiet lauku tukšu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="281"/>
        <source>Change which dates?</source>
        <translation>Kurus datumus mainīt?</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="297"/>
        <location filename="../../../ngo_desktop/views/bookings/booking_dialog.py" line="303"/>
        <source>The booking was not saved</source>
        <translation>Rezervācija netika saglabāta</translation>
    </message>
</context>
</TS>
