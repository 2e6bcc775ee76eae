<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="72"/>
        <source>Import organisations</source>
        <translation>Organizāciju imports</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="77"/>
        <source>Choose a CSV or Excel file with one organisation per row.</source>
        <translation>Izvēlieties CSV vai Excel failu, kurā katrā rindā ir viena organizācija.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="79"/>
        <source>Choose file…</source>
        <translation>Izvēlēties failu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="86"/>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="89"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="89"/>
        <source>Column in the file</source>
        <translation>Kolonna failā</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="104"/>
        <source>When the organisation is already there:</source>
        <translation>Ja organizācija jau ir reģistrā:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="106"/>
        <source>skip the row</source>
        <translation>izlaist rindu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="107"/>
        <source>update it with the file&apos;s values</source>
        <translation>atjaunināt ar faila vērtībām</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="108"/>
        <source>fill only its empty fields</source>
        <translation>aizpildīt tikai tās tukšos laukus</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="114"/>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="131"/>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="141"/>
        <source>Choose a file to import</source>
        <translation>Izvēlieties importējamo failu</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="142"/>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Izklājlapas (*.csv *.xlsx);;Visi faili (*)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="150"/>
        <source>Cannot read the file</source>
        <translation>Failu nevar nolasīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="155"/>
        <source>text in %1, values separated by “%2”</source>
        <translation>teksts %1 kodējumā, vērtības atdalītas ar „%2”</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="183"/>
        <source>(not imported)</source>
        <translation>(neimportēt)</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="185"/>
        <source>column %1</source>
        <translation>%1. kolonna</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="218"/>
        <source>Cannot check the file</source>
        <translation>Failu nevar pārbaudīt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="221"/>
        <source>Checking the file…</source>
        <translation>Pārbauda failu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="262"/>
        <source>Ready: %1 to add, %2 to update, %3 to skip.</source>
        <translation>Gatavs: pievienot %1, atjaunināt %2, izlaist %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="268"/>
        <source>Rows that look like an organisation already in the registry: %n (see the list below).</source>
        <translation>
            <numerusform>Rindas, kas izskatās pēc reģistrā jau esošas organizācijas: %n (skatiet sarakstu zemāk).</numerusform>
            <numerusform>Rindas, kas izskatās pēc reģistrā jau esošas organizācijas: %n (skatiet sarakstu zemāk).</numerusform>
            <numerusform>Rindas, kas izskatās pēc reģistrā jau esošas organizācijas: %n (skatiet sarakstu zemāk).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="292"/>
        <source>Importing organisations…</source>
        <translation>Importē organizācijas…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="288"/>
        <source>Import stopped</source>
        <translation>Imports apturēts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="158"/>
        <source>rows: %n</source>
        <translation>
            <numerusform>%n rinda</numerusform>
            <numerusform>%n rindas</numerusform>
            <numerusform>nav rindu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="258"/>
        <source>Rows with problems: %n. Nothing will be imported until they are fixed in the file (or the column mapping).</source>
        <translation>
            <numerusform>%n rindā ir kļūdas. Nekas netiks importēts, kamēr tās nav izlabotas failā (vai kolonnu piesaistē).</numerusform>
            <numerusform>%n rindās ir kļūdas. Nekas netiks importēts, kamēr tās nav izlabotas failā (vai kolonnu piesaistē).</numerusform>
            <numerusform>%n rindās ir kļūdas. Nekas netiks importēts, kamēr tās nav izlabotas failā (vai kolonnu piesaistē).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="289"/>
        <source>The import was stopped; nothing was imported.</source>
        <translation>Imports tika apturēts; nekas netika importēts.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="293"/>
        <source>Nothing was imported</source>
        <translation>Nekas netika importēts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="300"/>
        <source>Import finished</source>
        <translation>Imports pabeigts</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/organisations/import_dialog.py" line="301"/>
        <source>%1 added, %2 updated, %3 skipped.</source>
        <translation>Pievienotas: %1, atjauninātas: %2, izlaistas: %3.</translation>
    </message>
</context>
</TS>
