<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingExchange</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="43"/>
        <source>Booking number</source>
        <translation>Rezervācijas ID</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="44"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="45"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="46"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="47"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="48"/>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="49"/>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="50"/>
        <source>Attendees</source>
        <translation>Dalībnieki</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="51"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="52"/>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="53"/>
        <source>Full value</source>
        <translation>Pilnā vērtība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="54"/>
        <source>Payment</source>
        <translation>Samaksa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="55"/>
        <source>Reason for cancelling</source>
        <translation>Atcelšanas iemesls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="56"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="118"/>
        <source>Export to a file ending in .ics, .csv or .xlsx.</source>
        <translation>Eksportējiet failā ar paplašinājumu .ics, .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="122"/>
        <location filename="../../../ngo_desktop/services/bookings/exchange.py" line="133"/>
        <source>Bookings</source>
        <translation>Rezervācijas</translation>
    </message>
</context>
</TS>
