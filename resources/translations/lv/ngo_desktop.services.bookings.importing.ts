<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingImport</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="43"/>
        <source>Site</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="44"/>
        <source>Room</source>
        <translation>Telpa</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="45"/>
        <source>Capacity</source>
        <translation>Ietilpība</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="46"/>
        <source>Equipment</source>
        <translation>Aprīkojums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="47"/>
        <source>Setup minutes</source>
        <translation>Sagatavošanas minūtes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="48"/>
        <source>Cleanup minutes</source>
        <translation>Sakopšanas minūtes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="49"/>
        <source>Hourly rate</source>
        <translation>Stundas likme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="50"/>
        <source>Half-day rate</source>
        <translation>Puses dienas likme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="51"/>
        <source>Full-day rate</source>
        <translation>Visas dienas likme</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="52"/>
        <source>Member discount %</source>
        <translation>Biedru atlaide %</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="53"/>
        <source>Opening hours</source>
        <translation>Darba laiks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="54"/>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="55"/>
        <source>Reason for the exception</source>
        <translation>Izņēmuma iemesls</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="111"/>
        <source>Import a file ending in .csv or .xlsx.</source>
        <translation>Importējiet failu ar paplašinājumu .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="140"/>
        <source>“{name}”</source>
        <translation>„{name}”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="143"/>
        <source>Columns missing from the file: {columns}. The first row of the file names its columns (in Latvian or English), and it has: {found}. Add the missing columns or rename these.</source>
        <translation>Failā trūkst kolonnu: {columns}. Faila pirmajā rindā jābūt kolonnu nosaukumiem (latviski vai angliski), bet tajā ir: {found}. Pievienojiet trūkstošās kolonnas vai pārdēvējiet esošās.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="234"/>
        <source>“{value}” cannot be read; {advice}</source>
        <translation>„{value}” nevar nolasīt: {advice}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="238"/>
        <source>write a whole number.</source>
        <translation>ierakstiet veselu skaitli.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="239"/>
        <source>write an amount in euro such as 12,50.</source>
        <translation>ierakstiet summu eiro, piemēram, 12,50.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="250"/>
        <source>write the hours as 1-5 08:00-22:00; 6 10:00-16:00 (1 is Monday).</source>
        <translation>ierakstiet laiku kā 1-5 08:00-22:00; 6 10:00-16:00 (1 ir pirmdiena).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="322"/>
        <source>no room is named {room}.</source>
        <translation>nav telpas ar nosaukumu „{room}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="330"/>
        <source>no organisation is named {name}.</source>
        <translation>nav organizācijas ar nosaukumu „{name}”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/importing.py" line="342"/>
        <source>give the date as DD.MM.YYYY, times as HH:MM, the attendees as a whole number and a status that is not cancelled.</source>
        <translation>ierakstiet datumu kā DD.MM.GGGG, laiku kā HH:MM, dalībnieku skaitu kā veselu skaitli un statusu, kas nav „Atcelta”.</translation>
    </message>
</context>
</TS>
