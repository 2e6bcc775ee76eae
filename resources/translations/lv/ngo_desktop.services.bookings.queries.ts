<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Bookings</name>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/queries.py" line="116"/>
        <source>Several organisations are named {name}; give the id instead ({ids}).</source>
        <translation>Vairākām organizācijām ir nosaukums {name}; norādiet ID ({ids}).</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/bookings/queries.py" line="119"/>
        <source>No organisation is named {name}. Check the name or give its id.</source>
        <translation>Nav organizācijas ar nosaukumu {name}. Pārbaudiet nosaukumu vai norādiet tās ID.</translation>
    </message>
</context>
</TS>
