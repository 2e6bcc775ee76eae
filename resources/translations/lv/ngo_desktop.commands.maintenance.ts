<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="21"/>
        <source>fill the database with demo data of a Latvian centre</source>
        <translation>aizpildīt datubāzi ar Latvijas centra demonstrācijas datiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="24"/>
        <source>small: a realistic centre; large: data for benchmarks</source>
        <translation>small: reālistisks centrs; large: dati ātrdarbības mērījumiem</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="26"/>
        <source>add demo data even if the database is not empty</source>
        <translation>pievienot demonstrācijas datus arī tad, ja datubāze nav tukša</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="29"/>
        <source>bring the database schema up to date</source>
        <translation>atjaunināt datubāzes shēmu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="38"/>
        <source>Demo data loaded into {database}: {summary}</source>
        <translation>Demonstrācijas dati ielādēti datubāzē {database}: {summary}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="40"/>
        <source>{sites} sites, {rooms} rooms, {organisations} organisations, {bookings} bookings, {fairs} fairs with {stalls} stalls, {premises} pop-up premises</source>
        <translation>filiāles: {sites}, telpas: {rooms}, organizācijas: {organisations}, rezervācijas: {bookings}, tirdziņi: {fairs} ar {stalls} tirdzniecības vietām, pop-up telpas: {premises}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/commands/maintenance.py" line="63"/>
        <source>The database {database} is up to date (schema {revision}).</source>
        <translation>Datubāze {database} ir atjaunināta (shēma {revision}).</translation>
    </message>
</context>
</TS>
