<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Printing</name>
    <message>
        <location filename="../../../ngo_desktop/services/printing/common.py" line="104"/>
        <source>“{text}” is not a week. Write it as year-Wnumber, e.g. 2026-W48.</source>
        <translation>„{text}” nav nedēļa. Rakstiet gads-Wnumurs, piem., 2026-W48.</translation>
    </message>
</context>
</TS>
