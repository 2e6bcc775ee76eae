<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Background</name>
    <message>
        <location filename="../../../ngo_desktop/views/background.py" line="64"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
</context>
</TS>
