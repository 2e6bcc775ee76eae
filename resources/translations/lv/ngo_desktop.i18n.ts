<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../../ngo_desktop/i18n.py" line="27"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Meklēt:</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/i18n.py" line="28"/>
        <source>Files of &amp;type:</source>
        <translation>Datnes ar &amp;tipu:</translation>
    </message>
</context>
</TS>
