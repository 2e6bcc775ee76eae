<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="18"/>
        <source>This is an SQLite file on this computer; nothing to connect to.</source>
        <translation>Tas ir SQLite fails šajā datorā; nav kam pieslēgties.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="29"/>
        <source>Cannot connect: {detail}</source>
        <translation>Nevar pieslēgties: {detail}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="33"/>
        <source>the database is empty; the program creates its tables on start</source>
        <translation>datubāze ir tukša; programma tās tabulas izveidos palaišanas laikā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="35"/>
        <source>it holds this program&apos;s data, up to date</source>
        <translation>tajā ir šīs programmas dati, shēma ir aktuāla</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="37"/>
        <source>it holds this program&apos;s data; it will be upgraded on start</source>
        <translation>tajā ir šīs programmas dati; palaišanas laikā tā tiks atjaunināta</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="39"/>
        <source>it was made by a newer version of the program; update the program</source>
        <translation>tā izveidota ar jaunāku programmas versiju; atjauniniet programmu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/database/connection_check.py" line="40"/>
        <source>Connected to PostgreSQL {version}: {state}.</source>
        <translation>Pieslēgts PostgreSQL {version}: {state}.</translation>
    </message>
</context>
</TS>
