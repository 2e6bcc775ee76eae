<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../../ngo_desktop/outputs.py" line="61"/>
        <source>{path} is a database or a backup. It is never overwritten; nothing was written. Choose another file name.</source>
        <translation>{path} ir datubāze vai rezerves kopija. Tā nekad netiek pārrakstīta; nekas netika ierakstīts. Izvēlieties citu faila nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/outputs.py" line="66"/>
        <source>{path} is the database in use. Nothing was written; choose another file name.</source>
        <translation>{path} ir izmantotā datubāze. Nekas netika ierakstīts; izvēlieties citu faila nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/outputs.py" line="70"/>
        <source>{path} is a folder. Nothing was written; choose a file name.</source>
        <translation>{path} ir mape. Nekas netika ierakstīts; izvēlieties faila nosaukumu.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/outputs.py" line="73"/>
        <source>{path} could not be written: the folder {folder} does not exist. Nothing was written; choose an existing folder.</source>
        <translation>{path} neizdevās ierakstīt: mape {folder} nepastāv. Nekas netika ierakstīts; izvēlieties esošu mapi.</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/outputs.py" line="79"/>
        <source>{path} already exists. Nothing was written; choose another file name (on the command line, add --force to replace it).</source>
        <translation>{path} jau ir. Nekas netika ierakstīts; izvēlieties citu faila nosaukumu (komandrindā pievienojiet --force, lai to aizstātu).</translation>
    </message>
</context>
</TS>
