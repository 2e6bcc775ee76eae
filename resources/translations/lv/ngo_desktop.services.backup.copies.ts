<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Backup</name>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="88"/>
        <source>The database {path} is damaged ({detail}), so its copy was not kept. Restore the newest good backup with “ngo-desktop restore FILE”.</source>
        <translation>Datubāze {path} ir bojāta ({detail}), tāpēc tās kopija netika paturēta. Atjaunojiet jaunāko labo rezerves kopiju ar „ngo-desktop restore FAILS”.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="128"/>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="247"/>
        <source>The file {path} does not exist.</source>
        <translation>Fails {path} neeksistē.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="131"/>
        <source>{path} is not a backup of this program (not an SQLite file). Nothing was changed.</source>
        <translation>{path} nav šīs programmas rezerves kopija (tas nav SQLite fails). Nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="146"/>
        <source>{path} is damaged ({detail}). Nothing was changed; choose another backup.</source>
        <translation>{path} ir bojāts ({detail}). Nekas netika mainīts; izvēlieties citu rezerves kopiju.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="150"/>
        <source>{path} is damaged (integrity check: {detail}). Nothing was changed; choose another backup.</source>
        <translation>{path} ir bojāts (integritātes pārbaude: {detail}). Nekas netika mainīts; izvēlieties citu rezerves kopiju.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="154"/>
        <source>{path} holds no data of this program. Nothing was changed.</source>
        <translation>{path} nesatur šīs programmas datus. Nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="157"/>
        <source>{path} was made by a newer version of the program (schema {revision}). Update the program first; nothing was changed.</source>
        <translation>{path} izveidota ar jaunāku programmas versiju (shēma {revision}). Vispirms atjauniniet programmu; nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="170"/>
        <source>This database is not an SQLite file.</source>
        <translation>Šī datubāze nav SQLite fails.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="173"/>
        <source>That is the database in use; choose a backup file.</source>
        <translation>Tā ir pašlaik lietotā datubāze; izvēlieties rezerves kopijas failu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="224"/>
        <source>{tool} is not installed on this computer, so a server database cannot be backed up or restored from here. Install PostgreSQL&apos;s client programs (Debian: postgresql-client; Windows: the PostgreSQL installer) or ask the server&apos;s administrator.</source>
        <translation>Šajā datorā nav instalēts {tool}, tāpēc servera datubāzei no šejienes nevar izveidot rezerves kopiju vai to atjaunot. Instalējiet PostgreSQL klienta programmas (Debian: postgresql-client; Windows: PostgreSQL instalētājs) vai vērsieties pie servera administratora.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="241"/>
        <source>pg_dump failed: {detail}</source>
        <translation>pg_dump neizdevās: {detail}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="251"/>
        <source>{path} is not a pg_dump backup of this program. Nothing was changed.</source>
        <translation>{path} nav šīs programmas pg_dump rezerves kopija. Nekas netika mainīts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="260"/>
        <source>pg_restore failed, the database was left as it was: {detail}</source>
        <translation>pg_restore neizdevās, datubāze palika nemainīta: {detail}</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/services/backup/copies.py" line="285"/>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Atmiņā esošai datubāzei nevar izveidot rezerves kopiju.</translation>
    </message>
</context>
</TS>
