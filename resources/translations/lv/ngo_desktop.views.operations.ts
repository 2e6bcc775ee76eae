<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Background</name>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="413"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="499"/>
        <location filename="../../../ngo_desktop/views/operations.py" line="501"/>
        <source>Not done</source>
        <translation>Nav izdarīts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="504"/>
        <source>Something went wrong</source>
        <translation>Kaut kas nogāja greizi</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="532"/>
        <source>A file could not be read or written ({detail}). Check the disk and the folder, then try again; nothing was saved.</source>
        <extracomment>A refusal longer than this (a list of rows or records in the way) would make a message box taller than a 1024×768 screen, its last lines and its buttons below the screen&apos;s edge.</extracomment>
        <translation>Failu nevarēja nolasīt vai ierakstīt ({detail}). Pārbaudiet disku un mapi un mēģiniet vēlreiz; nekas netika saglabāts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="537"/>
        <source>The database is busy at another desk. Wait a moment and try again; nothing was saved.</source>
        <translation>Datubāzi pašlaik izmanto citā darba vietā. Brīdi uzgaidiet un mēģiniet vēlreiz; nekas netika saglabāts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="539"/>
        <source>The database could not do this ({detail}). Nothing was saved; if it happens again, restore the newest backup.</source>
        <translation>Datubāze to nevarēja izdarīt ({detail}). Nekas netika saglabāts; ja tas atkārtojas, atjaunojiet jaunāko rezerves kopiju.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="542"/>
        <source>The database server cannot be reached ({detail}). Check the network and try again; nothing was saved.</source>
        <translation>Datubāzes serveris nav sasniedzams ({detail}). Pārbaudiet tīkla savienojumu un mēģiniet vēlreiz; nekas netika saglabāts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/operations.py" line="544"/>
        <source>An unexpected error stopped this action ({detail}). Nothing was saved; please tell whoever looks after the program.</source>
        <translation>Negaidīta kļūda pārtrauca šo darbību ({detail}). Nekas netika saglabāts; lūdzu, pastāstiet par to programmas uzturētājam.</translation>
    </message>
</context>
</TS>
