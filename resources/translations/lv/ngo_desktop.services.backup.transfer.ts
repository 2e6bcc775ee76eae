<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DataTransfer</name>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="51"/>
        <source>The data to move must come from an SQLite file.</source>
        <translation>Pārvietojamajiem datiem jābūt SQLite failā.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="54"/>
        <source>The target must be a PostgreSQL URL such as postgresql+psycopg://user@server/ngo.</source>
        <translation>Mērķim jābūt PostgreSQL adresei, piemēram, postgresql+psycopg://lietotājs@serveris/ngo.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="61"/>
        <source>The server cannot be reached ({detail}). Check the address, user and password.</source>
        <translation>Serveris nav sasniedzams ({detail}). Pārbaudiet adresi, lietotāju un paroli.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="67"/>
        <source>The server database already holds data ({rows} rows). Move into an empty database; nothing was copied.</source>
        <translation>Servera datubāzē jau ir dati ({rows} rindas). Pārvietojiet datus uz tukšu datubāzi; nekas netika pārkopēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="75"/>
        <source>The row counts differ after copying ({tables}). Do not use the server database; the file is unchanged.</source>
        <translation>Pēc kopēšanas rindu skaits atšķiras ({tables}). Neizmantojiet servera datubāzi; fails nav mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="102"/>
        <source>The server refused the data ({detail}); nothing was copied.</source>
        <translation>Serveris datus nepieņēma ({detail}); nekas netika pārkopēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/transfer.py" line="122"/>
        <source>The server cannot hold row {key} of the table “{table}”, column “{column}”: {problem} Correct it in the program and move again; nothing was copied.</source>
        <translation>Serveris nevar saglabāt tabulas „{table}” rindu {key}, kolonnu „{column}”: {problem} Izlabojiet to programmā un pārvietojiet datus vēlreiz; nekas netika nokopēts.</translation>
    </message>
</context>
</TS>
