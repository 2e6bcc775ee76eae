<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>PrintingActions</name>
    <message>
        <location filename="../../../ngo_desktop/views/documents/printing_actions.py" line="34"/>
        <location filename="../../../ngo_desktop/views/documents/printing_actions.py" line="27"/>
        <source>Preparing the document…</source>
        <translation>Gatavo dokumentu…</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/printing_actions.py" line="39"/>
        <location filename="../../../ngo_desktop/views/documents/printing_actions.py" line="35"/>
        <source>Cannot print</source>
        <translation>Nevar izdrukāt</translation>
    </message>
    <message>
        <location filename="../../../ngo_desktop/views/documents/printing_actions.py" line="45"/>
        <source>Noting it in the register…</source>
        <translation>Ieraksta reģistrā…</translation>
    </message>
</context>
</TS>
