<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>BookingImport</name>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="61"/>
        <source>Import a file ending in .csv or .xlsx.</source>
        <translation>Importējiet failu ar paplašinājumu .csv vai .xlsx.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="63"/>
        <source>The file is empty.</source>
        <translation>Fails ir tukšs.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="84"/>
        <source>The file has no column {columns}.</source>
        <translation>Failā nav kolonnas {columns}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="161"/>
        <source>Row {row}: {value} is not a valid value.</source>
        <translation>{row}. rinda: {value} nav derīga vērtība.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="164"/>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="227"/>
        <source>Row {row}: {problem}</source>
        <translation>{row}. rinda: {problem}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="194"/>
        <source>Row {row}: no room is named {room}.</source>
        <translation>{row}. rinda: nav telpas ar nosaukumu {room}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="202"/>
        <source>Row {row}: no organisation is named {name}.</source>
        <translation>{row}. rinda: nav organizācijas ar nosaukumu {name}.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/booking_import.py" line="214"/>
        <source>Row {row}: give the date as DD.MM.YYYY, times as HH:MM and a known status.</source>
        <translation>{row}. rinda: norādiet datumu kā DD.MM.GGGG, laiku kā HH:MM un zināmu statusu.</translation>
    </message>
</context>
</TS>
