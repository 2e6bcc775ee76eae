<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../ngo_desktop/gui.py" line="61"/>
        <source>The database cannot be opened</source>
        <translation>Datubāzi nevar atvērt</translation>
    </message>
</context>
</TS>
