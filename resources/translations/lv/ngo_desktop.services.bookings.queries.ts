<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Bookings</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/queries.py" line="111"/>
        <source>Several organisations are named “{name}”; give the ID instead ({ids}).</source>
        <translation>Ir vairākas organizācijas ar nosaukumu „{name}”; norādiet ID ({ids}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/queries.py" line="114"/>
        <source>No organisation is named “{name}”. Check the name or give its ID.</source>
        <translation>Nav organizācijas ar nosaukumu „{name}”. Pārbaudiet nosaukumu vai norādiet organizācijas ID.</translation>
    </message>
</context>
</TS>
