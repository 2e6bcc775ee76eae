<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>DocumentLabels</name>
    <message>
        <location filename="../../../ngo_desktop/documents/report.py" line="45"/>
        <source>Nothing in this period.</source>
        <translation>Šajā periodā nav datu.</translation>
    </message>
</context>
</TS>
